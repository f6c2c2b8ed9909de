from django import template

from home.models import SiteSettings
from home.structured_data import json_ld_script

from .. import sharing

register = template.Library()


def _site_settings(context):
    request = context.get("request")
    return SiteSettings.for_request(request) if request is not None else None


@register.inclusion_tag("news/includes/social_meta.html", takes_context=True)
def news_social_meta(context, page):
    """Open Graph and Twitter card <meta> tags for a news page."""
    request = context.get("request")
    return {"tags": sharing.social_meta(page, request, _site_settings(context))}


@register.simple_tag(takes_context=True)
def news_json_ld(context, page):
    """The page's schema.org NewsArticle as a JSON-LD <script>."""
    request = context.get("request")
    data = sharing.news_article_data(page, request, _site_settings(context))
    return json_ld_script(data)


@register.inclusion_tag("news/includes/feed_links.html", takes_context=True)
def news_feed_links(context, index_page, topic=None):
    """<link rel="alternate"> to the feeds of `index_page` (and `topic`)."""
    if index_page is None:
        return {"links": []}
    return {
        "links": sharing.feed_links(index_page, context.get("request"), topic=topic)
    }
