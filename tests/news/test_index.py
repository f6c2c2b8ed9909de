"""The news index as a visitor uses it: one language, newest first, pages of
nine, topic chips, and a friendly answer to a bad address."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.factories import CustomImageFactory
from news.models import NewsPage
from tests.news.builders import add_news, day

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def card_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".card__title a")]


def notices(response):
    return [n.get_text(" ", strip=True) for n in soup(response).select(".notice")]


class TestNewsIndex:
    def test_lists_only_its_own_language_newest_first(self, client, news_site):
        assert card_titles(client.get("/en/news/")) == [
            "Training day",
            "Grant signed",
            "New scanner",
            "Call won",
        ]
        assert card_titles(client.get("/it/news/")) == [
            "Giornata di formazione",
            "Contratto firmato",
            "Bando vinto",
        ]
        assert card_titles(client.get("/ro/news/")) == ["Un scaner nou"]

    def test_same_day_news_keep_publication_order(self, client, news_site):
        index = news_site["indexes"]["en"]
        add_news(index, title="Morning", date=day(5))
        add_news(index, title="Afternoon", date=day(5))
        assert card_titles(client.get("/en/news/"))[:2] == ["Afternoon", "Morning"]

    def test_drafts_and_aliases_are_not_listed(self, client, news_site):
        NewsPage.objects.get(pk=news_site["it"][0].pk).unpublish()
        titles = card_titles(client.get("/it/news/"))
        assert "Giornata di formazione" not in titles
        # wagtail-localize made aliases of the untranslated item in Italian.
        assert "New scanner" not in titles

    def test_cards_link_to_the_page_and_show_date_and_topics(self, client, news_site):
        html = soup(client.get("/it/news/"))
        card = html.select_one(".card")
        assert card.select_one(".card__title a")["href"] == ("/it/news/training-day/")
        assert card.select_one("time")["datetime"] == "2026-03-04"
        assert card.select_one(".card__media img")["alt"]
        chips = {a.get_text(strip=True): a["href"] for a in card.select(".chip")}
        assert chips == {"Formazione": "/it/news/?topic=training"}

    def test_filters_by_topic_with_plain_links(self, client, news_site):
        response = client.get("/it/news/", {"topic": "funding"})
        assert response.status_code == 200
        assert card_titles(response) == ["Contratto firmato", "Bando vinto"]
        html = soup(response)
        current = html.select('nav[aria-labelledby="news-topics-title"] [aria-current]')
        assert [a.get_text(strip=True) for a in current] == ["Finanziamenti"]
        assert "Finanziamenti" in html.select_one("#news-results-title").get_text()

    def test_topic_chips_name_the_topics_in_use_in_the_language(
        self, client, news_site
    ):
        html = soup(client.get("/it/news/"))
        chips = [
            a.get_text(strip=True)
            for a in html.select('nav[aria-labelledby="news-topics-title"] a')
        ]
        # "All" first, then the Italian names of the topics Italian news use.
        assert chips[1:] == ["Finanziamenti", "Formazione", "IA nell'imaging"]
        assert (
            html.select_one('nav[aria-labelledby="news-topics-title"] a[aria-current]')[
                "href"
            ]
            == "/it/news/"
        )

    def test_a_topic_without_news_is_an_empty_list(self, client, news_site):
        response = client.get("/ro/news/", {"topic": "funding"})
        assert response.status_code == 200
        assert card_titles(response) == []
        assert soup(response).select_one(".empty-state")

    def test_unknown_topic_is_a_friendly_404(self, client, news_site):
        response = client.get("/en/news/", {"topic": "<b>nope</b>"})
        assert response.status_code == 404
        assert any("nope" in text for text in notices(response))
        assert b"<b>nope</b>" not in response.content
        # The news is still there to read.
        assert len(card_titles(response)) == 4

    @pytest.mark.parametrize("page", ["abc", "0", "-1", "1.5", "999", "9" * 40])
    def test_bad_page_numbers_are_friendly_404s(self, client, news_site, page):
        response = client.get("/en/news/", {"page": page})
        assert response.status_code == 404
        assert notices(response)
        assert card_titles(response)[0] == "Training day"

    def test_no_page_parameter_and_page_one_are_fine(self, client, news_site):
        assert client.get("/en/news/", {"page": ""}).status_code == 200
        assert client.get("/en/news/", {"page": "1"}).status_code == 200


class TestPagination:
    @pytest.fixture
    def many(self, news_site):
        index = news_site["indexes"]["en"]
        funding = news_site["topics"]["funding"]["en"]
        image = CustomImageFactory()
        for number in range(18):
            add_news(
                index,
                title=f"Funding story {number:02d}",
                date=day(10 + number),
                topics=[funding],
                hero_image=image,
            )
        return news_site

    def test_nine_per_page_with_numbered_links(self, client, many):
        first = client.get("/en/news/")
        assert card_titles(first)[0] == "Funding story 17"
        assert len(card_titles(first)) == 9
        third = client.get("/en/news/", {"page": "3"})
        assert third.status_code == 200
        assert card_titles(third) == [
            "Training day",
            "Grant signed",
            "New scanner",
            "Call won",
        ]
        html = soup(third)
        nav = html.select_one("nav.pagination")
        assert (
            nav.select_one('[aria-current="page"]').get_text(strip=True).endswith("3")
        )
        assert nav.select_one('a[rel="prev"]')["href"] == "/en/news/?page=2"
        assert nav.select_one('a[rel="next"]') is None

    def test_paging_keeps_the_topic(self, client, many):
        response = client.get("/en/news/", {"topic": "funding"})
        nav = soup(response).select_one("nav.pagination")
        assert nav.select_one('a[rel="next"]')["href"] == (
            "/en/news/?topic=funding&page=2"
        )
        # 18 stories and two older items on funding: 9 + 9 + 2.
        last = client.get("/en/news/", {"topic": "funding", "page": "3"})
        assert card_titles(last) == ["Grant signed", "Call won"]
        prev = soup(last).select_one('nav.pagination a[rel="prev"]')
        assert prev["href"] == "/en/news/?topic=funding&page=2"

    def test_queries_do_not_grow_with_the_number_of_news(self, client, news_site):
        index = news_site["indexes"]["en"]
        image = CustomImageFactory()
        funding = news_site["topics"]["funding"]["en"]

        def count_queries():
            client.get("/en/news/")  # renditions are made on the first visit
            with CaptureQueriesContext(connection) as queries:
                response = client.get("/en/news/")
            assert response.status_code == 200
            return len(queries), len(card_titles(response))

        few, shown = count_queries()
        assert shown == 4
        for number in range(16):
            add_news(
                index,
                title=f"More {number}",
                date=day(30 + number),
                topics=[funding],
                hero_image=image,
            )
        many, shown = count_queries()
        assert shown == 9
        assert many == few
