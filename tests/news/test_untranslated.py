"""News that is not translated is left out of the other languages
(home/locale.py): the aliases wagtail-localize's tree sync makes, and an item
whose translation was started with "Translate" but not translated yet. Once
one string is translated and published, the item is Italian news."""

import json
from xml.etree import ElementTree

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.db import transaction

from tests.localize import aliases_sync, segment_translate, translation_start
from tests.news.builders import add_news, day

pytestmark = pytest.mark.django_db

ITALIAN = ["Giornata di formazione", "Contratto firmato", "Bando vinto"]


@pytest.fixture(scope="module")
def untranslated(news_site, django_db_blocker):
    """On top of news_site: "Scanner upgrade" (the newest) and "Open day",
    in English; the tree sync gives both an alias in Italian and Romanian
    (as it does "New scanner" in Italian), then "Translate" is started for
    "Scanner upgrade" into Italian."""
    with django_db_blocker.unblock(), transaction.atomic():
        index = news_site["indexes"]["en"]
        started = add_news(index, title="Scanner upgrade", date=day(10))
        add_news(index, title="Open day", date=day(9))
        aliases_sync()
        target = translation_start(started, "it")
        yield {"source": started, "target": target}
        transaction.set_rollback(True)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def card_titles(client, url):
    return [
        a.get_text(strip=True) for a in soup(client.get(url)).select(".card__title a")
    ]


def feed_titles(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return [entry.title for entry in feedparser.parse(response.content).entries]


def news_article(html):
    scripts = html.select('script[type="application/ld+json"]')
    data = [json.loads(script.string) for script in scripts]
    (article,) = [item for item in data if item.get("@type") == "NewsArticle"]
    return article


def test_the_fixture_has_real_aliases_and_a_started_translation(untranslated):
    from news.models import NewsPage

    assert (
        NewsPage.objects.filter(
            locale__language_code="it", alias_of__isnull=False
        ).count()
        == 2
    )  # "New scanner", "Open day"
    target = untranslated["target"]
    assert target.live and target.alias_of_id is None
    assert target.title == "Scanner upgrade"


class TestLeftOut:
    def test_not_in_the_italian_index_nor_twice(self, client, untranslated):
        assert card_titles(client, "/it/news/") == ITALIAN
        assert card_titles(client, "/ro/news/") == ["Un scaner nou"]

    @pytest.mark.parametrize("kind", ["rss", "atom"])
    def test_not_in_the_italian_feeds(self, client, untranslated, kind):
        assert feed_titles(client, f"/it/news/feed/{kind}/") == ITALIAN

    def test_not_on_the_italian_home(self, client, untranslated):
        html = soup(client.get("/it/"))
        section = html.select_one('section[aria-labelledby="home-news-title"]')
        shown = [a.get_text(strip=True) for a in section.select(".card__title a")]
        assert shown == ITALIAN

    def test_not_in_the_sitemap(self, client, untranslated):
        body = client.get("/sitemap.xml").content
        ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
        locations = {
            url.findtext("s:loc", namespaces=ns)
            for url in ElementTree.fromstring(body)  # noqa: S314 (our own XML)
        }
        assert "https://cluster.example.org/en/news/scanner-upgrade/" in locations
        assert "https://cluster.example.org/it/news/scanner-upgrade/" not in locations
        assert "https://cluster.example.org/it/news/open-day/" not in locations

    def test_not_in_hreflang(self, client, untranslated):
        html = soup(client.get("/en/news/scanner-upgrade/"))
        codes = {link["hreflang"] for link in html.select("link[hreflang]")}
        assert codes == {"en", "x-default"}

    def test_not_in_the_api_as_italian(self, client, untranslated):
        response = client.get(
            "/api/v2/pages/", {"type": "news.NewsPage", "locale": "it"}
        )
        assert response.status_code == 200
        titles = [item["title"] for item in response.json()["items"]]
        assert sorted(titles) == sorted(ITALIAN)

    def test_opened_its_content_is_marked_english(self, client, untranslated):
        html = soup(client.get("/it/news/scanner-upgrade/"))
        assert html.html["lang"] == "it"
        assert html.main["lang"] == "en"
        og = {tag["property"]: tag["content"] for tag in html.select("meta[property]")}
        assert og["og:locale"] == "en_GB"
        assert news_article(html)["inLanguage"] == "en"

    def test_an_alias_opened_is_marked_english_too(self, client, untranslated):
        html = soup(client.get("/it/news/open-day/"))
        assert html.main["lang"] == "en"
        assert news_article(html)["inLanguage"] == "en"


class TestOneSegmentTranslated:
    def test_then_it_is_italian_news(self, client, untranslated):
        segment_translate(untranslated["source"], "it", "Scanner aggiornato")
        assert card_titles(client, "/it/news/") == ["Scanner aggiornato", *ITALIAN]
        assert feed_titles(client, "/it/news/feed/rss/")[0] == "Scanner aggiornato"
        html = soup(client.get("/it/news/scanner-upgrade/"))
        assert html.main.get("lang") is None
        assert news_article(html)["inLanguage"] == "it"
        english = soup(client.get("/en/news/scanner-upgrade/"))
        assert "it" in {link["hreflang"] for link in english.select("link[hreflang]")}
