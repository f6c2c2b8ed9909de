"""Builders for the news tests: topics in every language, a news index per
language and news items with real (non-alias) translations."""

import datetime

from wagtail.models import Locale

from home.factories import CustomImageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory, TopicFactory
from news.models import NewsPage
from tests.utils import translate

TOPIC_NAMES = {
    "ai-in-imaging": ("AI in imaging", "IA nell'imaging", "IA în imagistică"),
    "funding": ("Funding", "Finanziamenti", "Finanțare"),
    "training": ("Training", "Formazione", "Formare"),
}
INDEX_TITLES = {"en": "News", "it": "Notizie", "ro": "Știri"}


def build_topics():
    """{slug: {language: Topic}}, each English topic translated."""
    topics = {}
    for slug, names in TOPIC_NAMES.items():
        source = TopicFactory(name=names[0], slug=slug)
        topics[slug] = {"en": source}
        for code, name in zip(("it", "ro"), names[1:], strict=True):
            locale = Locale.objects.get(language_code=code)
            translated = source.copy_for_translation(locale)
            translated.name = name
            translated.save()
            topics[slug][code] = translated
    return topics


def build_indexes(site_tree):
    """{language: live NewsIndexPage}, slug "news" everywhere."""
    english = NewsIndexPageFactory(parent=site_tree["en"]["home"], title="News")
    english.save_revision().publish()
    english.refresh_from_db()
    indexes = {"en": english}
    for code in ("it", "ro"):
        indexes[code] = translate(english, code, title=INDEX_TITLES[code])
    return indexes


def add_news(index, *, title, date, topics=(), **fields):
    """A published English news item under `index` with `topics`."""
    index = type(index).objects.get(pk=index.pk)  # fresh tree counters
    fields.setdefault("hero_image", image())
    page = NewsPageFactory.build(title=title, date=date, **fields)
    for position, topic in enumerate(topics):
        page.topic_links.add(page.topic_links.model(topic=topic, sort_order=position))
    index.add_child(instance=page)
    page.save_revision().publish()
    return NewsPage.objects.get(pk=page.pk)


def image():
    """An image large enough for the 1200×630 social rendition."""
    return CustomImageFactory(file__width=1260, file__height=700)


def translate_news(page, code, **fields):
    """The `code` translation of a news page, its topic links pointing at the
    topics' translations (as wagtail-localize makes them)."""
    locale = Locale.objects.get(language_code=code)
    translated = translate(page, code, **fields)
    translated = NewsPage.objects.get(pk=translated.pk)
    links = list(translated.topic_links.all())
    for link in links:
        link.topic = link.topic.get_translation(locale)
    translated.topic_links = links
    translated.save_revision().publish()
    return NewsPage.objects.get(pk=translated.pk)


def day(offset):
    return datetime.date(2026, 3, 1) + datetime.timedelta(days=offset)
