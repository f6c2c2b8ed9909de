"""`seed_demo` adds the news section in every language: topics, an index
and at least twelve news items with real translations and local pictures."""

from io import StringIO

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale

from home.models import Menu, Topic
from news.models import NewsIndexPage, NewsPage

LANGUAGES = ("en", "it", "ro")


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed once for the module, in a transaction rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        out, err = StringIO(), StringIO()
        call_command("seed_demo", stdout=out, stderr=err)
        yield out.getvalue(), err.getvalue()
        transaction.set_rollback(True)


def live_news(language):
    return NewsPage.objects.live().filter(
        locale__language_code=language, alias_of__isnull=True
    )


@pytest.mark.django_db
class TestNewsSeed:
    def test_runs_without_warnings(self, seeded):
        out, err = seeded
        for label in ("News topics", "News in English", "News in Italian"):
            assert label in out
        assert err == ""

    def test_twelve_or_more_news_in_every_language(self, seeded):
        english = list(live_news("en"))
        assert len(english) >= 12
        for language in ("it", "ro"):
            locale = Locale.objects.get(language_code=language)
            assert live_news(language).count() == len(english)
            for page in english:
                translated = page.get_translation(locale).specific
                assert translated.live and translated.alias_of_id is None
                assert translated.title != page.title
                assert translated.summary != page.summary
                assert translated.slug == page.slug
                assert translated.date == page.date
                assert len(translated.summary) <= 300

    def test_every_item_has_a_described_picture_and_topics(self, seeded):
        for language in LANGUAGES:
            for page in live_news(language):
                assert page.hero_image is not None
                assert page.hero_image.description
                assert page.topics
                assert {t.locale.language_code for t in page.topics} == {language}

    def test_topics_are_translated(self, seeded):
        for slug in ("ai-in-imaging", "funding", "training", "member-news"):
            names = {
                topic.locale.language_code: topic.name
                for topic in Topic.objects.filter(slug=slug)
            }
            assert set(names) == set(LANGUAGES)
            assert len(set(names.values())) == 3, names

    def test_the_index_reads_well_in_every_language(self, seeded, client):
        for language in LANGUAGES:
            assert (
                NewsIndexPage.objects.get(
                    locale__language_code=language, alias_of__isnull=True
                ).slug
                == "news"
            )
            response = client.get(f"/{language}/news/")
            assert response.status_code == 200
            html = BeautifulSoup(response.content, "html.parser")
            assert html.html["lang"] == language
            assert len(html.select(".card")) == 9
            assert html.select_one('nav.pagination a[rel="next"]')
            assert client.get(f"/{language}/news/?page=2").status_code == 200

    def test_feeds_and_home_in_italian(self, seeded, client):
        feed = feedparser.parse(client.get("/it/news/feed/rss/").content)
        assert feed.bozo == 0
        newest = live_news("it").newest_first().first()
        assert feed.entries[0].title == newest.title
        assert all(entry.enclosures for entry in feed.entries)
        html = BeautifulSoup(client.get("/it/").content, "html.parser")
        cards = html.select('section[aria-labelledby="home-news-title"] .card')
        assert len(cards) == 3

    def test_news_is_in_the_main_menu(self, seeded):
        labels = {"en": "News", "it": "Notizie", "ro": "Știri"}
        for language, label in labels.items():
            menu = Menu.objects.get(place=Menu.MAIN, locale__language_code=language)
            items = {item.label: item.link_page for item in menu.items.all()}
            assert items[label].specific_class is NewsIndexPage
            assert items[label].locale.language_code == language
