"""What a visitor meets in each language: the redirect from /, the language
switcher, hreflang alternates, translated interface strings and formats."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.formats import date_format

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


class TestRootRedirect:
    @pytest.mark.parametrize(
        ("accept", "target"),
        [
            ("it-IT,it;q=0.9,en;q=0.5", "/it/"),
            ("ro", "/ro/"),
            ("de-DE,de;q=0.9", "/en/"),
            ("", "/en/"),
        ],
    )
    def test_root_follows_accept_language(self, client, site_tree, accept, target):
        response = client.get("/", headers={"accept-language": accept})
        assert response.status_code == 302
        assert response["Location"] == target
        assert "Accept-Language" in response["Vary"]

    def test_language_cookie_wins_over_header(self, client, site_tree):
        client.cookies["site_language"] = "ro"
        response = client.get("/", headers={"accept-language": "it"})
        assert response["Location"] == "/ro/"


class TestHtmlLanguage:
    @pytest.mark.parametrize("code", ["en", "it", "ro"])
    def test_html_lang_and_dir(self, client, site_tree, code):
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        html = soup(response).html
        assert html["lang"] == code
        assert html["dir"] == "ltr"

    def test_each_home_shows_its_own_text(self, client, site_tree):
        assert "Imaging, in rete" in client.get("/it/").content.decode()
        assert "Imagistică, conectată" in client.get("/ro/").content.decode()


class TestLanguageSwitcher:
    def links(self, response):
        nav = soup(response).select_one("nav.language-switcher")
        return {a["hreflang"]: a["href"] for a in nav.select("a[hreflang]")}

    def test_leads_to_the_translation_or_the_language_home(self, client, site_tree):
        links = self.links(client.get("/en/about/"))
        assert links == {"it": "/it/about/", "ro": "/ro/"}

    def test_marks_the_current_language(self, client, site_tree):
        nav = soup(client.get("/it/about/")).select_one("nav.language-switcher")
        current = nav.select_one("[aria-current]")
        assert current.get_text(strip=True) == "IT"
        assert {a["hreflang"] for a in nav.select("a[hreflang]")} == {"en", "ro"}

    def test_alias_is_not_a_translation(self, client, site_tree, locales):
        about = site_tree["en"]["about"]
        about.copy_for_translation(locales["ro"], alias=True)
        assert self.links(client.get("/en/about/"))["ro"] == "/ro/"

    def test_on_a_missing_page_it_leads_to_each_home(self, client, site_tree):
        response = client.get("/it/no-such-page/")
        assert response.status_code == 404
        assert self.links(response) == {"en": "/en/", "ro": "/ro/"}

    def test_query_count_does_not_grow_with_languages_translated(
        self, client, site_tree, django_assert_max_num_queries
    ):
        with django_assert_max_num_queries(30):
            client.get("/en/about/")


class TestHreflang:
    def alternates(self, response):
        return {
            link["hreflang"]: link["href"]
            for link in soup(response).select('head link[rel="alternate"][hreflang]')
        }

    def test_translated_page_lists_its_translations(self, client, site_tree):
        alternates = self.alternates(client.get("/it/about/"))
        assert alternates == {
            "en": "https://cluster.example.org/en/about/",
            "it": "https://cluster.example.org/it/about/",
            "x-default": "https://cluster.example.org/en/about/",
        }

    def test_home_lists_every_language(self, client, site_tree):
        alternates = self.alternates(client.get("/ro/"))
        assert set(alternates) == {"en", "it", "ro", "x-default"}

    def test_unpublished_translation_is_left_out(self, client, site_tree):
        site_tree["it"]["about"].unpublish()
        assert set(self.alternates(client.get("/en/about/"))) == {"en", "x-default"}


class TestInterfaceStrings:
    @pytest.mark.parametrize(
        ("code", "skip", "not_found"),
        [
            ("en", "Skip to main content", "Page not found"),
            ("it", "Salta al contenuto principale", "Pagina non trovata"),
            ("ro", "Sari la conținutul principal", "Pagina nu a fost găsită"),
        ],
    )
    def test_translated(self, client, site_tree, code, skip, not_found):
        page = soup(client.get(f"/{code}/"))
        assert page.select_one("a.skip-link").get_text(strip=True) == skip
        missing = client.get(f"/{code}/missing-page/")
        assert missing.status_code == 404
        assert soup(missing).h1.get_text(strip=True) == not_found
        assert soup(missing).html["lang"] == code

    def test_dates_follow_the_language(self, client, site_tree):
        about = site_tree["it"]["about"]
        with translation.override("it"):
            italian = date_format(about.last_published_at, "DATE_FORMAT")
        with translation.override("en"):
            english = date_format(about.last_published_at, "DATE_FORMAT")
        assert italian != english
        time = soup(client.get("/it/about/")).select_one("time.last-updated")
        assert time.get_text(strip=True) == italian
