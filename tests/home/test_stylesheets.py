"""The site's styles are several plain CSS files linked in cascade order, with
no build step: a file that is not linked, a link to a file that does not
exist, or an icon `url()` that points nowhere shows up only as a page that
looks wrong. These tests read the pages and the files the way a browser does."""

import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import RequestFactory
from django.views.defaults import server_error

STATIC = Path(settings.BASE_DIR) / "static"
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)["']?\s*\)""")


def _stylesheets(html):
    soup = BeautifulSoup(html, "html.parser")
    return [
        link["href"]
        for link in soup.find_all("link", rel="stylesheet")
        if link.get("media") != "print"
    ]


def _static_path(url):
    return finders.find(url.removeprefix(settings.STATIC_URL))


class TestStylesheets:
    @pytest.mark.django_db
    def test_every_screen_stylesheet_is_linked_from_pages(self, client, site_tree):
        linked = _stylesheets(client.get("/en/").content)
        on_disk = {
            settings.STATIC_URL + str(path.relative_to(STATIC))
            for path in (STATIC / "css").rglob("*.css")
            if path.name != "print.css"
        }
        assert sorted(linked) == sorted(on_disk)
        assert all(_static_path(url) for url in linked)

    def test_the_error_page_has_the_same_styles(self, settings):
        settings.DEBUG = False
        response = server_error(RequestFactory().get("/en/broken/"))
        assert _stylesheets(response.content)
        assert all(_static_path(url) for url in _stylesheets(response.content))

    @pytest.mark.django_db
    def test_tokens_come_first_and_preferences_last(self, client, site_tree):
        linked = _stylesheets(client.get("/en/").content)
        names = [url.rsplit("/", 1)[-1] for url in linked]
        assert names[0] == "base.css"
        assert names[-1] == "utilities.css"

    @pytest.mark.parametrize(
        "path",
        sorted((STATIC / "css").rglob("*.css")),
        ids=lambda path: str(path.relative_to(STATIC)),
    )
    def test_every_url_in_a_stylesheet_resolves(self, path):
        """Relative to the file itself, as browsers and ManifestStaticFilesStorage
        resolve them: a file moved into a subfolder needs `../../img/`."""
        url = settings.STATIC_URL + str(path.relative_to(STATIC))
        missing = [
            target
            for target in CSS_URL.findall(path.read_text(encoding="utf-8"))
            if not target.startswith("data:") and not _static_path(urljoin(url, target))
        ]
        assert not missing
