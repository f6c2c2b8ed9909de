"""Adding a language is what the README says: a code in SITE_LANGUAGES and
`migrate`. No migration follows from the setting, the new language gets its
Locale and serves pages, and Open Graph names it with its territory."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from home.languages import og_locale

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = "en,it,ro,de"

# The site in a fresh SQLite database with German added: its Locale, its
# synchronised tree, and a page served under /de/ in German.
CHECK_SITE = """
from django.core.management import call_command
from django.test import Client
from wagtail.models import Locale, Page
call_command("migrate", verbosity=0)
print(sorted(Locale.objects.values_list("language_code", flat=True)))
print(Page.objects.filter(depth=2, locale__language_code="de").count())
response = Client().get("/de/")
print(response.status_code, 'lang="de"' in response.content.decode())
"""


def manage(*args, tmp_path):
    env = {
        **os.environ,
        "SITE_LANGUAGES": LANGUAGES,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DJANGO_IGNORE_DOTENV": "1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


class TestAddingALanguage:
    def test_needs_no_new_migration(self, tmp_path):
        result = manage("makemigrations", "--check", "--dry-run", tmp_path=tmp_path)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "No changes detected" in result.stdout

    def test_migrate_makes_its_locale_and_serves_it(self, tmp_path):
        result = manage("shell", "-v0", "-c", CHECK_SITE, tmp_path=tmp_path)
        assert result.returncode == 0, result.stderr
        locales, german_pages, served = result.stdout.strip().splitlines()[-3:]
        assert locales == "['de', 'en', 'it', 'ro']"
        assert german_pages == "1"
        assert served == "200 True"


class TestOpenGraphLocale:
    @pytest.mark.parametrize(
        ("code", "expected"),
        [
            ("de", "de_DE"),
            ("en", "en_GB"),
            ("it", "it_IT"),
            ("ro", "ro_RO"),
            ("el", "el_GR"),
            ("pt-br", "pt_BR"),
            ("sr-latn", "sr_RS"),
        ],
    )
    def test_full_form(self, code, expected):
        assert og_locale(code) == expected
