from home.locale import translations_of


class SeoMixin:
    """Head metadata every page shares: the language alternates (hreflang) and
    the sitemap entry with them, computed from the page's live translations."""

    def get_live_translations(self):
        """This page's live, public translations in every locale (itself
        included when it counts as one): untranslated copies are left out,
        they show another language's text (home/locale.py)."""
        return translations_of(self).public()

    def get_language_alternates(self, request=None, pages=None):
        """[(language_code, absolute URL)] for this page's translations; an
        untranslated copy lists the others, not itself."""
        pages = self.get_live_translations() if pages is None else pages
        alternates = []
        for page in pages:
            url = page.get_full_url(request)
            if url:
                alternates.append((page.locale.language_code, url))
        return sorted(alternates)

    def get_sitemap_urls(self, request=None):
        pages = list(self.get_live_translations())
        if self.pk not in {page.pk for page in pages}:
            return []  # not a translation: the sitemap lists real pages only
        urls = super().get_sitemap_urls(request)
        alternates = [
            {"lang_code": code, "location": url}
            for code, url in self.get_language_alternates(request, pages)
        ]
        for entry in urls:
            entry["alternates"] = alternates
        return urls
