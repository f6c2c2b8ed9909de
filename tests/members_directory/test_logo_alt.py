"""A member's logo is described in the page's language, on its profile and
on its card in the directory; without an alt text of the translation's own,
the English description is marked lang="en"."""

import pytest
from bs4 import BeautifulSoup

from home.factories import CustomImageFactory
from tests.members_directory.conftest import member_add
from tests.utils import translate

pytestmark = pytest.mark.django_db


def logos(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select("img.card__logo")


@pytest.fixture
def member(directory):
    logo = CustomImageFactory(description="Blue ring logo of Scanlab")
    return member_add(
        directory, title="Scanlab", slug="scanlab", logo=logo, country="IT"
    )


def test_italian_logo_alt_on_profile_and_card(client, member, italian_directory):
    italian = translate(member, "it", logo_alt="Logo di Scanlab: un anello blu")
    for url in (italian.url, italian_directory.url):
        (img,) = logos(client, url)
        assert img["alt"] == "Logo di Scanlab: un anello blu"
        assert not img.has_attr("lang")


def test_without_alt_the_description_is_marked_english(
    client, member, italian_directory
):
    italian = translate(member, "it")
    for url in (italian.url, italian_directory.url):
        (img,) = logos(client, url)
        assert (img["alt"], img["lang"]) == ("Blue ring logo of Scanlab", "en")
