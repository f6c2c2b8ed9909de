"""The news fields of Wagtail's read API, for partner platforms."""

import pytest

from news.models import NewsPage

pytestmark = pytest.mark.django_db

FIELDS = "summary,date,topics,hero_image_thumbnail"


class TestNewsApi:
    def test_news_per_locale_with_the_fields_partners_need(self, client, news_site):
        response = client.get(
            "/api/v2/pages/",
            {"type": "news.NewsPage", "locale": "it", "fields": FIELDS},
        )
        assert response.status_code == 200
        items = {item["title"]: item for item in response.json()["items"]}
        assert set(items) == {
            "Giornata di formazione",
            "Contratto firmato",
            "Bando vinto",
        }
        item = items["Contratto firmato"]
        assert item["summary"] == news_site["it"][1].summary
        assert item["date"] == "2026-03-03"
        assert item["topics"] == [
            {"name": "Finanziamenti", "slug": "funding"},
            {"name": "IA nell'imaging", "slug": "ai-in-imaging"},
        ]
        thumbnail = item["hero_image_thumbnail"]
        assert thumbnail["width"] <= 600
        assert thumbnail["url"].startswith("/media/images/")
        assert thumbnail["full_url"].startswith("http")
        assert thumbnail["alt"]

    def test_detail_has_the_body_and_social_image(self, client, news_site):
        page = news_site["en"][1]
        data = client.get(f"/api/v2/pages/{page.pk}/").json()
        assert data["meta"]["type"] == "news.NewsPage"
        assert data["hero_image_social"]["width"] == 1200
        assert data["hero_image_social"]["height"] == 630
        assert data["hero_image_alt"] == page.hero_image.description
        assert isinstance(data["body"], list)
        assert [t["slug"] for t in data["topics"]] == ["funding", "ai-in-imaging"]

    def test_drafts_are_not_exposed(self, client, news_site):
        draft = NewsPage.objects.get(pk=news_site["it"][0].pk)
        draft.unpublish()
        response = client.get(
            "/api/v2/pages/", {"type": "news.NewsPage", "locale": "it"}
        )
        assert "Giornata di formazione" not in [
            item["title"] for item in response.json()["items"]
        ]
        assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404

    def test_the_index_is_listed_with_its_intro(self, client, news_site):
        response = client.get(
            "/api/v2/pages/",
            {"type": "news.NewsIndexPage", "locale": "ro", "fields": "intro"},
        )
        (item,) = response.json()["items"]
        assert item["title"] == "Știri"
        assert item["intro"]
