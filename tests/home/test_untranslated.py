"""Untranslated pages across the site ("left out", home/locale.py): an alias
made by wagtail-localize's tree sync, or a translation started with
"Translate" and not translated yet, is no translation for the language
switcher, hreflang, the sitemap or the API, and when opened its content says
it is in English."""

from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from tests.localize import aliases_sync, segment_translate, translation_start

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def hreflangs(response):
    return {
        link["hreflang"]: link["href"]
        for link in soup(response).select('head link[rel="alternate"][hreflang]')
    }


def switcher(response):
    nav = soup(response).select_one("nav.language-switcher")
    return {a["hreflang"]: a["href"] for a in nav.select("a[hreflang]")}


def sitemap_locations(client):
    urls = ElementTree.fromstring(client.get("/sitemap.xml").content)  # noqa: S314
    return {url.findtext("s:loc", namespaces=SITEMAP_NS) for url in urls}


def api_titles(client, locale):
    response = client.get("/api/v2/pages/", {"locale": locale})
    assert response.status_code == 200
    return sorted(item["title"] for item in response.json()["items"])


@pytest.fixture
def about(site_tree):
    """ "About us" in English and Italian; in Romanian an alias from the tree
    sync, then a translation started with "Translate"."""
    aliases_sync()
    about = site_tree["en"]["about"]
    translation_start(about, "ro")
    return about


class TestStartedTranslation:
    def test_it_is_live_at_its_address_in_english(self, client, about):
        html = soup(client.get("/ro/about/"))
        assert html.html["lang"] == "ro"  # the interface is Romanian
        assert html.main["lang"] == "en"  # the content is not
        assert html.h1.get_text(strip=True) == "About us"

    def test_translated_pages_need_no_lang_of_their_own(self, client, about):
        assert soup(client.get("/it/about/")).main.get("lang") is None

    def test_hreflang_does_not_list_it(self, client, about):
        expected = {
            "en": "https://cluster.example.org/en/about/",
            "it": "https://cluster.example.org/it/about/",
            "x-default": "https://cluster.example.org/en/about/",
        }
        assert hreflangs(client.get("/en/about/")) == expected
        # On the copy itself: the real pages, not the copy.
        assert hreflangs(client.get("/ro/about/")) == expected

    def test_the_switcher_leads_to_the_romanian_home(self, client, about):
        assert switcher(client.get("/en/about/"))["ro"] == "/ro/"

    def test_not_in_the_sitemap(self, client, about):
        locations = sitemap_locations(client)
        assert "https://cluster.example.org/en/about/" in locations
        assert "https://cluster.example.org/ro/about/" not in locations

    def test_not_in_the_api_as_romanian(self, client, about):
        assert api_titles(client, "ro") == ["Acasă"]
        assert api_titles(client, "en") == ["About us", "Home"]

    def test_counts_once_a_segment_is_translated_and_published(self, client, about):
        segment_translate(about, "ro", "Despre noi")
        html = soup(client.get("/ro/about/"))
        assert html.main.get("lang") is None
        assert html.h1.get_text(strip=True) == "Despre noi"
        assert (
            hreflangs(client.get("/en/about/"))["ro"]
            == "https://cluster.example.org/ro/about/"
        )
        assert switcher(client.get("/en/about/"))["ro"] == "/ro/about/"
        assert "https://cluster.example.org/ro/about/" in sitemap_locations(client)
        assert api_titles(client, "ro") == ["Acasă", "Despre noi"]


class TestAlias:
    @pytest.fixture
    def alias_tree(self, site_tree):
        aliases_sync()
        return site_tree

    def test_opened_it_says_it_is_english(self, client, alias_tree):
        assert soup(client.get("/ro/about/")).main["lang"] == "en"

    def test_left_out_of_hreflang_sitemap_and_api(self, client, alias_tree):
        assert "ro" not in hreflangs(client.get("/ro/about/"))
        assert "https://cluster.example.org/ro/about/" not in sitemap_locations(client)
        assert api_titles(client, "ro") == ["Acasă"]
