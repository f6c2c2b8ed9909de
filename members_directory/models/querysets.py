"""The listing verbs of MemberPage, attached in pages.py with
PageManager.from_queryset. pages.py imports this module, so the expertise
links it defines are reached through the app registry, not an import."""

from django.apps import apps
from django.db.models import Prefetch, Q
from wagtail.images import get_image_model
from wagtail.models import PageManager
from wagtail.models.pages import PageQuerySet

from home.locale import LocaleQuerySetMixin

from ..countries import COUNTRIES

# The logo rendition directory cards and profiles show.
LOGO_SPEC = "max-160x160"


def _expertise_links():
    return apps.get_model("members_directory", "MemberPageExpertise").objects


class MemberPageQuerySet(LocaleQuerySetMixin, PageQuerySet):
    """`for_locale` (home/locale.py): the profiles that count as
    translations in that language."""

    def visible_in_directory(self):
        return self.live().public()

    def matching(self, text):
        """Members whose name, city, texts, country or expertise contain
        every word of `text` (in the page's language)."""
        queryset = self
        for word in text.split():
            codes = [
                code
                for code, name in COUNTRIES.items()
                if word.casefold() in str(name).casefold()
            ]
            expertise = (
                _expertise_links()
                .filter(expertise__name__icontains=word)
                .values("page_id")
            )
            queryset = queryset.filter(
                Q(title__icontains=word)
                | Q(city__icontains=word)
                | Q(description__icontains=word)
                | Q(offers__icontains=word)
                | Q(looks_for__icontains=word)
                | Q(country__in=codes)
                | Q(pk__in=expertise)
            )
        return queryset

    def with_expertise(self, slugs):
        """Members with any of the areas of expertise `slugs` (the slug is the
        same in every language, whichever translation a link points at)."""
        return self.filter(
            pk__in=_expertise_links()
            .filter(expertise__slug__in=slugs)
            .values("page_id")
        )

    def for_cards(self):
        """What a directory card shows, prefetched: the logo with its
        rendition and the areas of expertise."""
        images = get_image_model().objects.prefetch_renditions(LOGO_SPEC)
        return self.prefetch_related(
            Prefetch("logo", queryset=images), "expertise_links__expertise"
        )


MemberPageManager = PageManager.from_queryset(MemberPageQuerySet)
