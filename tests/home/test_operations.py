"""Health check, robots.txt, sitemap, security headers, production settings."""

import os
import subprocess
import sys
from pathlib import Path
from unittest import mock
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.db import OperationalError, connection

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


class TestHealthz:
    def test_ok_when_the_database_answers(self, client):
        response = client.get("/healthz")
        assert response.status_code == 200
        assert response.json() == {"status": "ok"}
        assert "no-cache" in response["Cache-Control"]

    def test_503_when_the_database_does_not(self, client):
        broken = mock.patch.object(
            connection, "cursor", side_effect=OperationalError("connection refused")
        )
        with broken:
            response = client.get("/healthz")
        assert response.status_code == 503
        assert response.json()["status"] != "ok"


class TestRobotsAndSitemap:
    def test_robots_points_at_the_sitemap(self, client, settings):
        settings.BASE_URL = "https://cluster.example"
        body = client.get("/robots.txt").content.decode()
        assert "Sitemap: https://cluster.example/sitemap.xml" in body
        assert "Disallow: /admin/" in body

    def test_sitemap_has_every_language_with_alternates(self, client, site_tree):
        response = client.get("/sitemap.xml")
        assert response.status_code == 200
        ns = {
            "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
            "x": "http://www.w3.org/1999/xhtml",
        }
        urls = ElementTree.fromstring(response.content)  # noqa: S314 (our own XML).findall("s:url", ns)
        locations = {url.findtext("s:loc", namespaces=ns) for url in urls}
        assert {
            "https://cluster.example.org/en/",
            "https://cluster.example.org/it/",
            "https://cluster.example.org/ro/",
            "https://cluster.example.org/en/about/",
            "https://cluster.example.org/it/about/",
        } <= locations
        about = next(
            url
            for url in urls
            if url.findtext("s:loc", namespaces=ns).endswith("/en/about/")
        )
        alternates = {
            link.get("hreflang"): link.get("href")
            for link in about.findall("x:link", ns)
        }
        assert alternates == {
            "en": "https://cluster.example.org/en/about/",
            "it": "https://cluster.example.org/it/about/",
        }

    def test_sitemap_leaves_out_aliases_and_drafts(self, client, site_tree, locales):
        site_tree["en"]["about"].copy_for_translation(locales["ro"], alias=True)
        site_tree["it"]["about"].unpublish()
        body = client.get("/sitemap.xml").content.decode()
        assert "/ro/about/" not in body
        assert "<loc>https://cluster.example.org/it/about/</loc>" not in body


class TestSecurityHeaders:
    def test_public_pages_carry_a_strict_csp(self, client, site_tree):
        response = client.get("/en/about/")
        policy = response["Content-Security-Policy"]
        assert "default-src 'self'" in policy
        assert "script-src 'self'" in policy
        assert "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"

    def test_public_pages_load_nothing_from_other_origins(self, client, site_tree):
        page = BeautifulSoup(client.get("/en/").content, "html.parser")
        sources = [tag.get("src") for tag in page.find_all(src=True)]
        sources += [tag.get("href") for tag in page.find_all("link", href=True)]
        sources = [
            s for s in sources if not s.startswith("https://cluster.example.org/")
        ]
        assert all(s.startswith("/") for s in sources), sources


def run_with_production_settings(env):
    """Import the production settings in a fresh interpreter, as gunicorn would."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "BASE_URL", "ALLOWED_HOSTS"}
    }
    clean.update(
        env,
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_IGNORE_DOTENV="1",
    )
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.SESSION_COOKIE_SECURE, settings.DEBUG)"
    )
    return subprocess.run(  # noqa: S603 (our own interpreter and code)
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


class TestProductionSettings:
    @pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "BASE_URL"])
    def test_refuses_to_start_without(self, missing):
        env = {
            "SECRET_KEY": "x" * 50,
            "ALLOWED_HOSTS": "cluster.example",
            "BASE_URL": "https://cluster.example",
        }
        del env[missing]
        result = run_with_production_settings(env)
        assert result.returncode != 0
        assert "ImproperlyConfigured" in result.stderr
        assert missing in result.stderr

    def test_starts_secure_with_everything_set(self):
        result = run_with_production_settings(
            {
                "SECRET_KEY": "x" * 50,
                "ALLOWED_HOSTS": "cluster.example",
                "BASE_URL": "https://cluster.example",
            }
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["True", "False"]


class TestServerErrorPage:
    @pytest.mark.parametrize(
        ("code", "heading"),
        [("en", "Something went wrong"), ("ro", "A apărut o eroare")],
    )
    def test_is_translated_and_self_contained(self, rf, code, heading):
        from django.utils import translation
        from django.views.defaults import server_error

        with translation.override(code):
            response = server_error(rf.get(f"/{code}/broken/"))
        assert response.status_code == 500
        html = BeautifulSoup(response.content, "html.parser")
        assert html.html["lang"] == code
        assert html.h1.get_text(strip=True) == heading
        assert html.select_one("a.button")["href"] == f"/{code}/"
