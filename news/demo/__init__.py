"""The news app's demo steps (see home/demo/__init__.py): the topics, the
news index and thirteen news items in English, each with a picture drawn
locally, then their Italian and Romanian translations through
wagtail-localize, and a "News" entry in the main menu.

- content, content_archive: the words, in every language;
- images: the pictures.

Topics are found by slug (another app's demo may make the same ones); a
topic that exists already keeps its name.
"""

from collections import Counter
from functools import cache

from django.conf import settings
from wagtail.models import Locale

from home.demo import register_step
from home.demo.builder import (
    CREATED,
    UNCHANGED,
    UPDATED,
    page_ensure,
    source_locale,
    translate,
)
from home.demo.content_forms import MENUS
from home.demo.text import TranslationMap
from home.models import Topic

from ..models import NewsIndexPage, NewsPage
from .content import INDEX, NEWS_LABEL, RECENT, TOPICS
from .content_archive import ARCHIVE
from .images import ALT, drawing, news_image_ensure

NEWS = RECENT + ARCHIVE
INDEX_KEY = "news"
TARGET_LANGUAGES = ("it", "ro")


def news_key(slug):
    return f"news:{slug}"


@cache
def translation_map():
    return TranslationMap(INDEX, TOPICS, NEWS)


def _counted(statuses):
    counts = Counter(statuses)
    parts = [f"{counts[s]} {s}" for s in (CREATED, UPDATED, UNCHANGED) if counts[s]]
    return ", ".join(parts)


def _target_locales():
    return [
        Locale.objects.get(language_code=code)
        for code in TARGET_LANGUAGES
        if code in settings.SITE_LANGUAGES
    ]


def _menu_entry_add():
    """ "News" in the main menu, before "Join" (home's menu step reads MENUS)."""
    main = MENUS["main"]
    keys = [key for key, _label in main]
    if INDEX_KEY in keys:
        return
    position = keys.index("join") if "join" in keys else len(main)
    main.insert(position, (INDEX_KEY, NEWS_LABEL))


_menu_entry_add()


@register_step("News topics", order=200)
def news_topics(ctx):
    locale = source_locale()
    statuses = []
    for slug, name in TOPICS:
        topic = Topic.objects.filter(slug=slug, locale=locale).first()
        if topic is None:
            topic = Topic.objects.create(
                slug=slug, locale=locale, name=name.get(locale.language_code)
            )
            statuses.append(CREATED)
        else:
            statuses.append(UNCHANGED)
        for target in _target_locales():
            statuses.append(translate(ctx, topic, target, translation_map()))
    return _counted(statuses)


def _item_content(item, topics, image):
    return {
        "title": item["title"],
        "date": item["date"],
        "summary": item["summary"],
        "hero_image": image,
        "body": item["body"],
        "topic_links": [{"topic": topics[slug]} for slug in item["topics"]],
    }


@register_step("News in English", order=210)
def news_pages(ctx):
    home = ctx.pages["home"]
    index, status = page_ensure(ctx, INDEX_KEY, NewsIndexPage, home, "news", INDEX)
    statuses = [status]
    topics = {topic.slug: topic for topic in Topic.objects.filter(locale=index.locale)}
    for item in NEWS:
        slug = item["slug"]
        motif, seed, options = item["picture"]
        image, _created = news_image_ensure(
            slug, f"ImagoMol news – {slug}", ALT[motif], drawing(motif, seed, **options)
        )
        ctx.images[news_key(slug)] = image
        _page, status = page_ensure(
            ctx,
            news_key(slug),
            NewsPage,
            index,
            slug,
            _item_content(item, topics, image),
        )
        statuses.append(status)
    return f"{len(NEWS)} news items: {_counted(statuses)}"


def _news_translate(ctx, language):
    if language not in settings.SITE_LANGUAGES:
        return f"skipped: {language} is not in SITE_LANGUAGES"
    locale = Locale.objects.get(language_code=language)
    # The index first: translating a news item into a language whose index
    # is not translated yet would make the index an alias.
    keys = [INDEX_KEY, *(news_key(item["slug"]) for item in NEWS)]
    statuses = [
        translate(ctx, ctx.pages[key], locale, translation_map()) for key in keys
    ]
    return _counted(statuses)


@register_step("News in Italian", order=220)
def news_italian(ctx):
    return _news_translate(ctx, "it")


@register_step("News in Romanian", order=230)
def news_romanian(ctx):
    return _news_translate(ctx, "ro")
