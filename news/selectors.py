"""Reads of news that span pages: the index listing, the latest news for the
home page, the feeds, and the topics in use.

Every list is fetched with what its cards need (topics, the image and the
renditions named in models.py), so the number of queries does not grow with
the number of items.
"""

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.models import Locale

from home.locale import locale_lookup
from home.models import Topic

from .models import (
    CARD_IMAGE_SPEC,
    SOCIAL_IMAGE_SPEC,
    NewsIndexPage,
    NewsPage,
    NewsPageTopic,
)
from .sharing import feed_links

FEED_SIZE = 20


def _with_card_data(queryset, image_specs=(CARD_IMAGE_SPEC,)):
    rendition_model = get_image_model().get_rendition_model()
    return queryset.select_related("hero_image", "locale").prefetch_related(
        Prefetch(
            "topic_links",
            queryset=NewsPageTopic.objects.select_related("topic").order_by(
                "sort_order"
            ),
        ),
        Prefetch(
            "hero_image__renditions",
            queryset=rendition_model.objects.filter(filter_spec__in=image_specs),
        ),
    )


def _published(news):
    # Callers narrow to one language with `for_locale`, which also leaves out
    # the untranslated copies (home/locale.py).
    return news.live().public()


def _published_under(index_page):
    return _published(
        NewsPage.objects.child_of(index_page).for_locale(index_page.locale_id)
    )


def news_list_for_index(index_page, topic_slug=None):
    """The news of `index_page` (its own language only), newest first,
    optionally those of one topic."""
    news = _published_under(index_page)
    if topic_slug:
        news = news.with_topic(topic_slug)
    return _with_card_data(news.newest_first())


def news_list_for_feed(index_page, topic_slug=None, limit=FEED_SIZE):
    """The newest `limit` news for a feed, with the enclosure's rendition."""
    news = _published_under(index_page)
    if topic_slug:
        news = news.with_topic(topic_slug)
    return list(
        _with_card_data(news.newest_first(), image_specs=(SOCIAL_IMAGE_SPEC,))[:limit]
    )


def news_list_latest(locale, limit=3, within=None):
    """The newest `limit` live news in `locale`, under the page `within`
    (a language's home) when given."""
    news = _published(NewsPage.objects.for_locale(locale))
    if within is not None:
        news = news.descendant_of(within)
    return list(_with_card_data(news.newest_first())[:limit])


def news_index_for_locale(locale, within=None):
    """The live news index of `locale` (under `within` when given), or None."""
    indexes = (
        NewsIndexPage.objects.live()
        .public()
        .filter(alias_of__isnull=True, **locale_lookup(locale))
    )
    if within is not None:
        indexes = indexes.descendant_of(within)
    return indexes.order_by("path").first()


def news_topics_for_index(index_page):
    """The topics, in the index's language, that its live news use: the
    filter chips. Topics are matched by slug, the same in every language."""
    used = NewsPageTopic.objects.filter(page__in=_published_under(index_page)).values(
        "topic__slug"
    )
    return list(
        Topic.objects.filter(locale_id=index_page.locale_id, slug__in=used).order_by(
            "name"
        )
    )


def news_topic_for_slug(locale, slug):
    """The topic `slug` in `locale` (falling back to any language's), or None."""
    topics = Topic.objects.filter(slug=slug)
    return (
        topics.filter(**locale_lookup(locale)).first() or topics.order_by("pk").first()
    )


def news_list_for_member(member_page, limit=4):
    """The newest live news by the member organisation `member_page`, in the
    profile's language. News link to the member's source-language page, so
    the match is on the profile's translation key."""
    news = _published(NewsPage.objects.for_locale(member_page.locale_id)).filter(
        member__translation_key=member_page.translation_key
    )
    return list(_with_card_data(news.newest_first())[:limit])


# Sections of other apps' pages (registered in wagtail_hooks.py) -------------

HOME_SECTION_ORDER = 20
MEMBER_SECTION_ORDER = 10


def news_home_section(page, request):
    """The latest three news on a language's home page, with the feeds of
    that language's news index for the page's <head> (`head_links`)."""
    index_page = news_index_for_locale(page.locale_id, within=page)
    if index_page is None:
        return None
    return {
        "template": "news/includes/home_latest.html",
        "order": HOME_SECTION_ORDER,
        "items": news_list_latest(page.locale_id, limit=3, within=page),
        "index_url": index_page.get_url(request),
        "head_links": feed_links(index_page, request),
    }


def news_member_section(page, request):
    """A member's latest news on its profile in the directory."""
    items = news_list_for_member(page)
    if not items:
        return None
    index_page = news_index_for_locale(page.locale_id)
    return {
        "template": "news/includes/member_news.html",
        "order": MEMBER_SECTION_ORDER,
        "items": items,
        "index_url": index_page.get_url(request) if index_page else None,
    }


def news_index_pages_for_members():
    """Member accounts may submit news (for moderation) under the news index
    of the source language."""
    return NewsIndexPage.objects.filter(locale=Locale.get_default())
