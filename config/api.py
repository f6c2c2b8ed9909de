"""Wagtail's read API for partner platforms: read-only, live pages only.

`?locale=xx` lists the pages that count as translations in that language:
untranslated copies (aliases, translations started but not translated) are
left out, as everywhere else on the site (home/locale.py)."""

from wagtail.api.v2.filters import LocaleFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from home.locale import translated_filter


class TranslatedLocaleFilter(LocaleFilter):
    def filter_queryset(self, request, queryset, view):
        queryset = super().filter_queryset(request, queryset, view)
        if "locale" in request.GET:
            # Keep the mark ChildOfFilter leaves for the `child_of` checks.
            child_of = getattr(queryset, "_filtered_by_child_of", None)
            queryset = queryset.filter(translated_filter())
            if child_of:
                queryset._filtered_by_child_of = child_of
        return queryset


class TranslatedPagesAPIViewSet(PagesAPIViewSet):
    filter_backends = [
        TranslatedLocaleFilter if backend is LocaleFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", TranslatedPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
