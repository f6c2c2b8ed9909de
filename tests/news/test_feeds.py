"""RSS 2.0 and Atom feeds per language and per topic, as a feed reader sees
them (parsed with feedparser)."""

from pathlib import Path

import feedparser
import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsPage
from tests.news.builders import add_news, day

pytestmark = pytest.mark.django_db

FEEDS = {
    "rss": ("feed/rss/", "application/rss+xml", "rss20"),
    "atom": ("feed/atom/", "application/atom+xml", "atom10"),
}


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    return response, parsed


@pytest.mark.parametrize("kind", FEEDS)
class TestNewsFeeds:
    def test_language_feed_lists_that_language_newest_first(
        self, client, news_site, kind
    ):
        path, content_type, version = FEEDS[kind]
        response, feed = fetch(client, f"/it/news/{path}")
        assert response["Content-Type"].startswith(content_type)
        assert feed.version == version
        assert feed.feed.language == "it"
        assert feed.feed.title == "ImagoMol: Notizie"
        assert feed.feed.link == "https://cluster.example.org/it/news/"
        assert [entry.title for entry in feed.entries] == [
            "Giornata di formazione",
            "Contratto firmato",
            "Bando vinto",
        ]

    def test_entries_carry_what_a_reader_shows(self, client, news_site, kind):
        path, _content_type, _version = FEEDS[kind]
        _response, feed = fetch(client, f"/it/news/{path}")
        entry = feed.entries[1]
        page = news_site["it"][1]
        assert entry.link == "https://cluster.example.org/it/news/grant-signed/"
        assert entry.summary == page.summary
        assert entry.published_parsed[:3] == (2026, 3, 3)
        assert entry.author == "ImagoMol"
        assert sorted(tag.term for tag in entry.tags) == [
            "Finanziamenti",
            "IA nell'imaging",
        ]
        if kind == "atom":
            assert entry.updated_parsed >= entry.published_parsed

    def test_image_enclosure_has_url_size_and_type(self, client, news_site, kind):
        path, _content_type, _version = FEEDS[kind]
        _response, feed = fetch(client, f"/en/news/{path}")
        for entry in feed.entries:
            (enclosure,) = entry.enclosures
            assert enclosure.href.startswith(
                "https://cluster.example.org/media/images/"
            )
            assert enclosure.type == "image/jpeg"
            assert int(enclosure.length) > 0
            stored = Path(settings.MEDIA_ROOT) / enclosure.href.split("/media/")[1]
            assert int(enclosure.length) == stored.stat().st_size

    def test_topic_feed_lists_only_that_topic(self, client, news_site, kind):
        path, _content_type, _version = FEEDS[kind]
        _response, feed = fetch(client, f"/ro/news/topic/ai-in-imaging/{path}")
        assert feed.feed.title == "ImagoMol: Știri: IA în imagistică"
        assert (
            feed.feed.link == "https://cluster.example.org/ro/news/?topic=ai-in-imaging"
        )
        assert [entry.title for entry in feed.entries] == ["Un scaner nou"]
        _response, feed = fetch(client, f"/en/news/topic/funding/{path}")
        assert [entry.title for entry in feed.entries] == ["Grant signed", "Call won"]

    def test_topic_without_news_is_an_empty_valid_feed(self, client, news_site, kind):
        path, _content_type, _version = FEEDS[kind]
        _response, feed = fetch(client, f"/ro/news/topic/training/{path}")
        assert feed.entries == []

    def test_unknown_topic_feed_is_404(self, client, news_site, kind):
        path, _content_type, _version = FEEDS[kind]
        assert client.get(f"/en/news/topic/nope/{path}").status_code == 404

    def test_unpublished_news_leave_the_feed(self, client, news_site, kind):
        path, _content_type, _version = FEEDS[kind]
        NewsPage.objects.get(pk=news_site["it"][0].pk).unpublish()
        _response, feed = fetch(client, f"/it/news/{path}")
        assert "Giornata di formazione" not in [e.title for e in feed.entries]


def test_feed_queries_do_not_grow_with_the_number_of_news(client, news_site):
    def count_queries():
        client.get("/en/news/feed/rss/")  # renditions are made on the first visit
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/en/news/feed/rss/")
        return len(queries), len(feedparser.parse(response.content).entries)

    few, entries = count_queries()
    assert entries == 4
    funding = news_site["topics"]["funding"]["en"]
    for number in range(6):
        add_news(
            news_site["indexes"]["en"],
            title=f"More {number}",
            date=day(20 + number),
            topics=[funding],
        )
    many, entries = count_queries()
    assert entries == 10
    assert many == few
