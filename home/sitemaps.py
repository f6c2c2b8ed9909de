from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .locale import translated_filter


class MultilingualSitemap(Sitemap):
    """Every live page of every language that counts as a translation
    (untranslated copies left out: home/locale.py), each with its hreflang
    alternates."""

    def items(self):
        site = self.get_wagtail_site()
        homes = Page.objects.filter(translation_key=site.root_page.translation_key)
        query = Page.objects.none()
        for home in homes:
            query |= Page.objects.descendant_of(home, inclusive=True)
        return (
            query.live()
            .public()
            .filter(translated_filter())
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
