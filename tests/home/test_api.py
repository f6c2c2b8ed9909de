"""Wagtail's read API for partner platforms: live pages only, per language,
read-only."""

import pytest

pytestmark = pytest.mark.django_db


def titles(response):
    return sorted(item["title"] for item in response.json()["items"])


def test_pages_are_listed_per_locale(client, site_tree):
    response = client.get("/api/v2/pages/", {"locale": "it"})
    assert response.status_code == 200
    assert titles(response) == ["Chi siamo", "Home"]


def test_drafts_are_not_exposed(client, site_tree):
    site_tree["it"]["about"].unpublish()
    response = client.get("/api/v2/pages/", {"locale": "it"})
    assert titles(response) == ["Home"]
    draft = site_tree["it"]["about"]
    assert client.get(f"/api/v2/pages/{draft.id}/").status_code == 404


def test_page_detail_carries_its_fields(client, site_tree):
    about = site_tree["en"]["about"]
    data = client.get(f"/api/v2/pages/{about.id}/").json()
    assert data["introduction"] == "Who we are."
    assert data["meta"]["locale"] == "en"
    assert data["meta"]["html_url"] == "https://cluster.example.org/en/about/"


def test_read_only_and_bounded(client, site_tree):
    assert client.post("/api/v2/pages/", {}).status_code == 405
    response = client.get("/api/v2/pages/", {"limit": 1000})
    assert response.status_code == 400
    assert "limit" in response.json()["message"]


def test_unknown_non_page_urls_are_plain_404s(client, site_tree):
    for path in ("/api/v2/pages/999999/", "/documents/999/x.pdf", "/healthzz"):
        response = client.get(path)
        assert response.status_code == 404, path
