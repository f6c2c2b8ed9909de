"""A news item's date is a fact: changing it on the English page moves every
published translation at once (its page and its place in the listing), the
translated title staying as it was; publishing a translation afterwards does
not bring the old date back."""

import pytest
from bs4 import BeautifulSoup

from news.models import NewsPage
from tests.news.builders import day

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def live(page):
    return NewsPage.objects.get(pk=page.pk)


def shown(client, page):
    """(date, title) as a visitor reads them on the page."""
    html = soup(client.get(live(page).url))
    return html.select_one(".meta__item--date time")["datetime"], html.h1.get_text(
        strip=True
    )


def listing(client, language):
    html = soup(client.get(f"/{language}/news/"))
    return [
        (card.select_one(".card__title a").get_text(strip=True), card.time["datetime"])
        for card in html.select(".card")
    ]


def redate(page, date):
    page = live(page)
    page.date = date
    page.save_revision().publish()
    return live(page)


class TestNewsDate:
    def test_publishing_the_source_moves_every_translation(self, client, news_site):
        grant = news_site["en"][1]
        italian = grant.get_translation(news_site["indexes"]["it"].locale)
        redate(grant, day(5))

        assert shown(client, italian) == ("2026-03-06", "Contratto firmato")
        assert listing(client, "it") == [
            ("Contratto firmato", "2026-03-06"),
            ("Giornata di formazione", "2026-03-04"),
            ("Bando vinto", "2026-03-01"),
        ]

    def test_publishing_an_older_translation_keeps_the_new_date(
        self, client, news_site
    ):
        grant = news_site["en"][1]
        italian = live(grant.get_translation(news_site["indexes"]["it"].locale))
        before_the_move = italian.latest_revision
        redate(grant, day(5))

        before_the_move.publish()

        assert shown(client, italian) == ("2026-03-06", "Contratto firmato")
