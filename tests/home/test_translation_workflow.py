"""Editors translate pages and menus with wagtail-localize: submit a page for
translation, machine-translate it (the dummy translator without a DeepL key),
publish, and the translation serves under its language prefix."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from home.models import Menu, StandardPage
from users.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = UserFactory(username="editor", is_superuser=True, is_staff=True)
    client.force_login(user)
    return user


def test_page_is_translated_through_localize(
    client, editor, site_tree, locales, django_capture_on_commit_callbacks
):
    about = site_tree["en"]["about"]
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[about.id]),
        {"locales": [locales["ro"].id]},
    )
    assert response.status_code == 302
    romanian = StandardPage.objects.get(
        translation_key=about.translation_key, locale=locales["ro"]
    )
    assert romanian.alias_of_id is None
    assert not romanian.live

    translation = Translation.objects.get(
        source__object_id=about.translation_key, target_locale=locales["ro"]
    )
    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.id]),
        {"next": "/admin/"},
    )
    assert response.status_code == 302
    assert StringTranslation.objects.filter(locale=locales["ro"]).exists()

    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=editor, publish=True)
    page = client.get("/ro/about/")
    assert page.status_code == 200
    # The dummy translator reverses word order: "About us" -> "us About".
    assert "us About" in page.content.decode()


def test_new_pages_are_synchronised_into_every_language(
    client, editor, site_tree, locales
):
    home = site_tree["en"]["home"]
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.id]),
        {
            "title": "Services",
            "slug": "services",
            "introduction": "What we do.",
            "body-count": "0",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = Page.objects.get(slug="services", locale=locales["en"])
    for code in ("it", "ro"):
        alias = Page.objects.get(
            translation_key=page.translation_key, locale=locales[code]
        )
        assert alias.alias_of_id == page.id


def test_menus_are_translatable_snippets(client, editor, locales):
    menu = Menu.objects.create(place=Menu.MAIN, locale=locales["en"])
    response = client.post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["home", "menu", menu.pk],
        ),
        {"locales": [locales["it"].id]},
    )
    assert response.status_code == 302
    assert Menu.objects.filter(place=Menu.MAIN, locale=locales["it"]).exists()
