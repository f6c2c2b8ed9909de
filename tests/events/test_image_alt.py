"""An event's image is described in the page's language: its own alt text
when the translation has one, else the English description marked lang="en";
speakers' photos are decorative (their name is beside them)."""

import pytest
from bs4 import BeautifulSoup

from home.factories import CustomImageFactory

pytestmark = pytest.mark.django_db


def article_image(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one(
        "figure.article__image img"
    )


class TestEventImageAlt:
    @pytest.fixture
    def event(self, make_event):
        image = CustomImageFactory(description="Lecture hall of the PET centre")
        return make_event(
            image=image,
            speakers=[("speaker", {"name": "Ana Pop", "role": "", "photo": image})],
        )

    def test_italian_alt(self, client, make_event, event):
        italian = make_event("it", source=event, image_alt="L'aula del centro PET")
        img = article_image(client, italian)
        assert img["alt"] == "L'aula del centro PET"
        assert not img.has_attr("lang")

    def test_without_alt_the_description_is_marked_english(
        self, client, make_event, event
    ):
        italian = make_event("it", source=event)
        img = article_image(client, italian)
        assert (img["alt"], img["lang"]) == ("Lecture hall of the PET centre", "en")

    def test_speaker_photo_is_decorative(self, client, make_event, event):
        italian = make_event("it", source=event)
        html = BeautifulSoup(client.get(italian.url).content, "html.parser")
        photo = html.select_one(".speaker img")
        assert photo["alt"] == ""
        assert not photo.has_attr("lang")
