"""Image descriptions are translated with the page: every place a page shows
an image may carry its own alt text, which wagtail-localize offers for
translation; without one, the image's (English) description is used and
marked lang="en" on pages in other languages."""

from importlib import import_module

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from wagtail.models import Site
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from home.factories import CustomImageFactory, StandardPageFactory
from home.models import SiteSettings, StandardPage
from tests.news.builders import add_news, build_indexes, day, translate_news
from tests.utils import translate

pytestmark = pytest.mark.django_db

DESCRIPTION = "Radiologist reviewing a PET scan"


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def image_block(image, alt="", decorative=False):
    return ("image", {"image": image, "alt": alt, "decorative": decorative})


@pytest.fixture
def picture():
    return CustomImageFactory(description=DESCRIPTION)


@pytest.fixture
def services(site_tree, picture):
    """An English page with a hero image and an image block, neither with
    alt text of its own."""
    page = StandardPageFactory(
        parent=site_tree["en"]["home"],
        title="Services",
        slug="services",
        hero_image=picture,
        body=[image_block(picture)],
    )
    page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)


class TestImageBlockAlt:
    def test_italian_alt_is_shown_unmarked(self, client, services, picture):
        translate(
            services,
            "it",
            title="Servizi",
            body=[image_block(picture, alt="Radiologa che esamina una PET")],
        )
        img = soup(client, "/it/services/").select_one("figure.block-image img")
        assert img["alt"] == "Radiologa che esamina una PET"
        assert not img.has_attr("lang")

    def test_without_alt_the_english_description_is_marked(
        self, client, services, picture
    ):
        translate(services, "it", title="Servizi", body=[image_block(picture)])
        img = soup(client, "/it/services/").select_one("figure.block-image img")
        assert img["alt"] == DESCRIPTION
        assert img["lang"] == "en"

    def test_on_the_english_page_the_description_needs_no_mark(self, client, services):
        img = soup(client, "/en/services/").select_one("figure.block-image img")
        assert img["alt"] == DESCRIPTION
        assert not img.has_attr("lang")

    def test_decorative_image_has_empty_alt(self, client, services, picture):
        translate(
            services,
            "it",
            title="Servizi",
            body=[image_block(picture, alt="x", decorative=True)],
        )
        img = soup(client, "/it/services/").select_one("figure.block-image img")
        assert img["alt"] == ""
        assert not img.has_attr("lang")

    def test_blocks_saved_before_alt_existed_are_translatable(self, client, services):
        # Body data as saved before the block had `alt` and `decorative`.
        page = StandardPage.objects.get(pk=services.pk)
        page.body = [("image", {"image": services.hero_image, "caption": "PET"})]
        page.save_revision().publish()
        source, _created = TranslationSource.get_or_create_from_instance(page)
        texts = StringSegment.objects.filter(source=source).values_list(
            "string__data", flat=True
        )
        assert "PET" in texts
        html = soup(client, "/en/services/").select_one("figure.block-image")
        assert html.img["alt"] == DESCRIPTION
        assert html.figcaption.get_text() == "PET"


class TestPageImageAlt:
    def test_hero_image_alt_per_language(self, client, services):
        translate(services, "it", title="Servizi", hero_image_alt="Una radiologa")
        img = soup(client, "/it/services/").select_one("figure.article__image img")
        assert img["alt"] == "Una radiologa"
        assert not img.has_attr("lang")

    def test_hero_image_without_alt_is_marked_english(self, client, services):
        translate(services, "it", title="Servizi")
        img = soup(client, "/it/services/").select_one("figure.article__image img")
        assert (img["alt"], img["lang"]) == (DESCRIPTION, "en")

    def test_news_card_page_and_social_tags_use_the_italian_alt(
        self, client, site_tree
    ):
        indexes = build_indexes(site_tree)
        news = add_news(indexes["en"], title="Grant", date=day(0))
        translate_news(
            news, "it", title="Contratto", hero_image_alt="Firma del contratto"
        )
        page = soup(client, "/it/news/grant/")
        assert (
            page.select_one("figure.article__image img")["alt"] == "Firma del contratto"
        )
        og = page.select_one('meta[property="og:image:alt"]')["content"]
        twitter = page.select_one('meta[name="twitter:image:alt"]')["content"]
        assert og == twitter == "Firma del contratto"
        card = soup(client, "/it/news/").select_one(".card__media img")
        assert card["alt"] == "Firma del contratto"
        assert not card.has_attr("lang")
        english = soup(client, "/en/news/").select_one(".card__media img")
        assert english["alt"] == news.hero_image.description


class TestTranslationWithLocalize:
    def test_alt_texts_are_segments_and_translations_reach_the_page(
        self, client, services, locales, django_capture_on_commit_callbacks
    ):
        page = StandardPage.objects.get(pk=services.pk)
        page.hero_image_alt = "A radiologist at work"
        page.body = [image_block(page.hero_image, alt="The PET scanner")]
        page.save_revision().publish()

        source, _created = TranslationSource.get_or_create_from_instance(page)
        segments = StringSegment.objects.filter(source=source).select_related(
            "string", "context"
        )
        by_text = {segment.string.data: segment for segment in segments}
        assert by_text["A radiologist at work"].context.path == "hero_image_alt"
        assert by_text["The PET scanner"].context.path.endswith(".alt")

        italian = {
            "A radiologist at work": "Una radiologa al lavoro",
            "The PET scanner": "Lo scanner PET",
        }
        for text, segment in by_text.items():
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locales["it"],
                context=segment.context,
                data=italian.get(text, text),
            )
        with django_capture_on_commit_callbacks(execute=True):  # publishing
            source.create_or_update_translation(locales["it"])

        html = soup(client, "/it/services/")
        hero = html.select_one("figure.article__image img")
        block = html.select_one("figure.block-image img")
        assert hero["alt"] == "Una radiologa al lavoro"
        assert block["alt"] == "Lo scanner PET"
        assert not hero.has_attr("lang") and not block.has_attr("lang")


class TestFooterCountry:
    def test_country_is_named_in_the_page_language(self, client, site_tree):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.address = "Via Roma 1\n00100 Roma"
        settings.country = "IT"
        settings.save()
        english = soup(client, "/en/").select_one(".site-footer address")
        italian = soup(client, "/it/").select_one(".site-footer address")
        assert "Italy" in english.get_text()
        assert "Italia" in italian.get_text()
        assert "Italy" not in italian.get_text()
        assert "00100 Roma" in italian.get_text()

    def test_migration_moves_the_address_country_to_the_code(self, site_tree):
        migration = import_module("home.migrations.0007_site_country_from_address")
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.address = "Str. Inovației 12\n400000 Cluj-Napoca\nRomania"
        settings.save()
        migration.split_country(apps, None)
        settings.refresh_from_db()
        assert (settings.address, settings.country) == (
            "Str. Inovației 12\n400000 Cluj-Napoca",
            "RO",
        )
