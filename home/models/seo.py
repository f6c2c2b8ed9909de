from wagtail.models import Page


class SeoMixin:
    """Head metadata every page shares: the language alternates (hreflang) and
    the sitemap entry with them, computed from the page's live translations."""

    def get_live_translations(self):
        """This page's live translations in other locales, aliases excluded:
        an alias shows the source text, so it is not a translation."""
        return (
            Page.objects.live()
            .public()
            .filter(translation_key=self.translation_key, alias_of__isnull=True)
            .exclude(pk=self.pk)
            .select_related("locale")
        )

    def get_language_alternates(self, request=None):
        """[(language_code, absolute URL)] for this page and its translations."""
        pages = (
            [self, *self.get_live_translations()]
            if self.alias_of_id is None
            else [self]
        )
        alternates = []
        for page in pages:
            url = page.get_full_url(request)
            if url:
                alternates.append((page.locale.language_code, url))
        return sorted(alternates)

    def get_sitemap_urls(self, request=None):
        if self.alias_of_id is not None:
            return []
        urls = super().get_sitemap_urls(request)
        alternates = [
            {"lang_code": code, "location": url}
            for code, url in self.get_language_alternates(request)
        ]
        for entry in urls:
            entry["alternates"] = alternates
        return urls
