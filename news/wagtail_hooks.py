from wagtail import hooks
from wagtail.models import Locale

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


@hooks.register("register_member_profile_section")
def member_news_section(page, request):
    """A member's latest news on its profile in the directory."""
    items = selectors.news_list_for_member(page)
    if not items:
        return None
    index_page = selectors.news_index_for_locale(page.locale_id)
    return {
        "template": "news/includes/member_news.html",
        "order": 10,
        "items": items,
        "index_url": index_page.get_url(request) if index_page else None,
    }


@hooks.register("register_member_submission_parents")
def news_index_pages():
    """Member accounts may submit news (for moderation) under the news index."""
    from .models import NewsIndexPage

    return NewsIndexPage.objects.filter(locale=Locale.get_default())
