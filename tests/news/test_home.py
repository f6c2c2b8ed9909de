"""The latest news on each language's home page, and its feeds in the head."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def section(response):
    html = BeautifulSoup(response.content, "html.parser")
    return html.select_one('section[aria-labelledby="home-news-title"]')


class TestLatestNewsOnHome:
    @pytest.mark.parametrize(
        ("language", "titles"),
        [
            ("en", ["Training day", "Grant signed", "New scanner"]),
            ("it", ["Giornata di formazione", "Contratto firmato", "Bando vinto"]),
            ("ro", ["Un scaner nou"]),
        ],
    )
    def test_the_latest_three_in_the_language(
        self, client, news_site, language, titles
    ):
        response = client.get(f"/{language}/")
        assert response.status_code == 200
        latest = section(response)
        shown = [a.get_text(strip=True) for a in latest.select(".card__title a")]
        assert shown == titles
        assert latest.select_one("a.section__more")["href"] == f"/{language}/news/"

    def test_the_section_carries_the_feeds_for_the_head(self, client, news_site):
        response = client.get("/it/")
        (news,) = [
            s
            for s in response.context["home_sections"]
            if s["template"] == "news/includes/home_latest.html"
        ]
        assert [(link["type"], link["href"]) for link in news["head_links"]] == [
            ("application/rss+xml", "https://cluster.example.org/it/news/feed/rss/"),
            ("application/atom+xml", "https://cluster.example.org/it/news/feed/atom/"),
        ]

    def test_the_home_page_head_links_the_news_feeds(self, client, news_site):
        """Needs home_page.html to print the sections' `head_links` in its
        extra_head block (see the news app's report)."""
        html = BeautifulSoup(client.get("/ro/").content, "html.parser")
        links = html.head.select('link[rel="alternate"][type]')
        assert {(link["type"], link["href"]) for link in links} >= {
            ("application/rss+xml", "https://cluster.example.org/ro/news/feed/rss/"),
            ("application/atom+xml", "https://cluster.example.org/ro/news/feed/atom/"),
        }

    def test_no_section_without_news(self, client, news_site):
        from news.models import NewsPage

        for page in NewsPage.objects.filter(locale__language_code="ro"):
            page.unpublish()
        response = client.get("/ro/")
        assert section(response) is None
