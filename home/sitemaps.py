from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Every live page of every language (aliases left out: they repeat the
    source text), each with its hreflang alternates."""

    def items(self):
        site = self.get_wagtail_site()
        homes = Page.objects.filter(translation_key=site.root_page.translation_key)
        query = Page.objects.none()
        for home in homes:
            query |= Page.objects.descendant_of(home, inclusive=True)
        return (
            query.live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
