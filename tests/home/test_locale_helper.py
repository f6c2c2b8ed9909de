"""The one locale helper (home/locale.py): which pages count as translations.

Aliases come from wagtail-localize's own tree sync, and started translations
from its TranslationCreator (the admin's "Translate"): see tests/localize.py.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageQuerySet
from wagtail_localize.models import Translation, TranslationSource

from home.factories import StandardPageFactory
from home.locale import (
    LocaleQuerySetMixin,
    content_language,
    is_translated,
    locale_lookup,
    translated_filter,
)
from tests.localize import aliases_sync, segment_translate, translation_start

pytestmark = pytest.mark.django_db


class LocalePageQuerySet(LocaleQuerySetMixin, PageQuerySet):
    pass


def pages(locale):
    """The site's pages in `locale` that count as translations."""
    return LocalePageQuerySet(Page).for_locale(locale).filter(depth__gt=1)


def titles(queryset):
    return sorted(page.title for page in queryset)


@pytest.fixture
def about(site_tree):
    """English "About us" with an Italian translation made by hand and, after
    the tree sync, a Romanian alias."""
    aliases_sync()
    return site_tree["en"]["about"]


def romanian(page):
    return Page.objects.get(
        translation_key=page.translation_key, locale__language_code="ro"
    )


class TestLocaleLookup:
    def test_a_locale_its_id_or_its_code(self, site_tree, locales):
        italian = locales["it"]
        for value in (italian, italian.pk, "it"):
            found = Page.objects.filter(**locale_lookup(value))
            assert titles(found) == ["Chi siamo", "Home"], value


class TestPolicy:
    def test_the_tree_sync_made_a_romanian_alias(self, about):
        alias = romanian(about)
        assert alias.alias_of_id == about.pk
        assert alias.live

    def test_an_alias_is_not_a_translation(self, about):
        alias = romanian(about)
        assert not is_translated(alias)
        assert content_language(alias) == "en"
        assert titles(pages("ro")) == ["Acasă"]

    def test_pages_made_by_hand_are_translations(self, about, site_tree):
        italian = site_tree["it"]["about"]
        assert is_translated(italian) and is_translated(about)
        assert content_language(italian) == "it"
        assert titles(pages("it")) == ["Chi siamo", "Home"]
        assert titles(pages("en")) == ["About us", "Home"]

    def test_a_started_translation_is_not_one_yet(self, about):
        target = translation_start(about, "ro")
        # wagtail-localize made a live page of the alias, in English still.
        assert target.alias_of_id is None and target.live
        assert target.title == "About us"
        assert not is_translated(target)
        assert content_language(target) == "en"
        assert titles(pages("ro")) == ["Acasă"]

    def test_one_translated_segment_makes_it_a_translation(self, about):
        translation_start(about, "ro")
        target = segment_translate(about, "ro", "Despre noi")
        assert target.title == "Despre noi"
        assert is_translated(target)
        assert content_language(target) == "ro"
        assert titles(pages("ro")) == ["Acasă", "Despre noi"]

    def test_strings_of_an_older_source_do_not_count(self, about):
        translation_start(about, "ro")
        segment_translate(about, "ro", "Despre noi")
        about.title = "About the cluster"
        about.save_revision().publish()
        TranslationSource.update_or_create_from_instance(about)
        # Only the old title was translated: nothing of the page is now.
        assert titles(pages("ro")) == ["Acasă"]
        assert content_language(romanian(about)) == "en"

    def test_a_translation_taken_over_by_hand_counts(self, about):
        """ "Stop synced translation" hands the page to Wagtail's editor:
        wagtail-localize no longer knows what is translated in it."""
        target = translation_start(about, "ro")
        Translation.objects.filter(target_locale=target.locale).update(enabled=False)
        assert titles(pages("ro")) == ["About us", "Acasă"]
        assert is_translated(Page.objects.get(pk=target.pk))

    def test_the_filter_works_on_any_page_queryset(self, about):
        translation_start(about, "ro")
        found = Page.objects.filter(
            translated_filter(), translation_key=about.translation_key
        )
        assert sorted(page.locale.language_code for page in found) == ["en", "it"]

    def test_one_query_whatever_the_number_of_pages(self, site_tree):
        home = site_tree["en"]["home"]
        for number in range(5):
            page = StandardPageFactory(parent=home, title=f"Page {number}")
            page.save_revision().publish()
            translation_start(page, "it")
        aliases_sync()
        with CaptureQueriesContext(connection) as queries:
            assert titles(pages("it")) == ["Chi siamo", "Home"]
        assert len(queries) == 1

    def test_is_translated_asks_once_per_page(self, about, django_assert_num_queries):
        target = translation_start(about, "ro")
        target = Page.objects.get(pk=target.pk)
        with django_assert_num_queries(1):
            assert not is_translated(target)
            assert not is_translated(target)
