"""Languages come from SITE_LANGUAGES: each has a Locale, and a language added
later gets the whole page tree synchronised into it, ready to translate."""

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization

from home.services import locale_ensure_all

pytestmark = pytest.mark.django_db


def test_every_site_language_has_a_locale_synced_from_the_source(locales):
    assert sorted(locales) == ["en", "it", "ro"]
    syncs = {
        s.locale.language_code: s.sync_from.language_code
        for s in LocaleSynchronization.objects.select_related("locale", "sync_from")
    }
    assert syncs == {"it": "en", "ro": "en"}


def test_a_new_language_gets_the_page_tree(settings, site_tree):
    settings.SITE_LANGUAGES = ["en", "it", "ro", "fr"]
    settings.LANGUAGES = [*settings.LANGUAGES, ("fr", "français")]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES
    locale_ensure_all()
    french = Locale.objects.get(language_code="fr")
    about = site_tree["en"]["about"]
    alias = Page.objects.get(translation_key=about.translation_key, locale=french)
    assert alias.alias_of_id == about.id
    locale_ensure_all()  # idempotent
    assert Page.objects.filter(locale=french).count() == 2
