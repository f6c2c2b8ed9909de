"""The "promotable" interface that channels (feeds, newsletter, social posts)
read pages through."""

import pytest

from home.factories import CustomImageFactory
from home.promotable import PROMO_SUMMARY_MAX, Promotable

pytestmark = pytest.mark.django_db


def test_standard_page_is_promotable(site_tree):
    about = site_tree["it"]["about"]
    about.hero_image = CustomImageFactory()
    assert isinstance(about, Promotable)
    assert about.get_promo_title() == "Chi siamo"
    assert about.get_promo_summary() == "Chi siamo."
    assert about.get_promo_url() == "https://cluster.example.org/it/about/"
    assert about.get_promo_image() == about.hero_image
    assert about.get_promo_locale() == "it"
    assert about.get_promo_topics() == []


def test_summary_is_plain_text_and_bounded(site_tree):
    about = site_tree["en"]["about"]
    about.search_description = "<b>Imaging</b> " + "word " * 200
    summary = about.get_promo_summary()
    assert "<b>" not in summary
    assert summary.startswith("Imaging word")
    assert len(summary) <= PROMO_SUMMARY_MAX
    about.seo_title = "About ImagoMol"
    assert about.get_promo_title() == "About ImagoMol"


def test_an_untranslated_copy_is_promoted_in_the_source_language(site_tree):
    from tests.localize import aliases_sync, translation_start

    aliases_sync()
    about = translation_start(site_tree["en"]["about"], "ro")
    assert about.get_promo_locale() == "en"
