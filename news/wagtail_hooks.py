from wagtail import hooks

from . import selectors
from .listing import feed_links

HOME_SECTION_ORDER = 20


@hooks.register("register_home_section")
def latest_news_section(page, request):
    """The latest three news on a language's home page, with the feeds of
    that language's news index for the page's <head> (`head_links`)."""
    index_page = selectors.news_index_for_locale(page.locale_id, within=page)
    if index_page is None:
        return None
    return {
        "template": "news/includes/home_latest.html",
        "order": HOME_SECTION_ORDER,
        "items": selectors.news_list_latest(page.locale_id, limit=3, within=page),
        "index_url": index_page.get_url(request),
        "head_links": feed_links(index_page, request),
    }
