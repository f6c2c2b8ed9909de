"""A member's type, country and areas of expertise are facts: changing them on
the English profile changes every published translation at once (the
profile and the directory's filters in that language), the translated texts
staying as the translator left them; publishing a translation afterwards
does not bring the old facts back."""

import pytest
from bs4 import BeautifulSoup

from members_directory.models import MemberPage, MemberPageExpertise
from tests.utils import translate

from .conftest import member_add

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def live(page):
    return MemberPage.objects.get(pk=page.pk)


def listed(client, directory, **params):
    html = soup(client.get(directory.url, params))
    return [a.get_text(strip=True) for a in html.select(".card__title a")]


def profile(client, page):
    html = soup(client.get(live(page).url))
    facts = dict(
        zip(
            [dt.get_text(strip=True) for dt in html.select(".facts dt")],
            [dd.get_text(strip=True) for dd in html.select(".facts dd")],
            strict=True,
        )
    )
    chips = [a.get_text(strip=True) for a in html.select(".chip-list .chip")]
    return facts, chips, html.select("h2 + p")[0].get_text(strip=True)


@pytest.fixture
def member(directory, vocabulary):
    english = member_add(
        directory,
        title="DeepVista",
        organisation_type="startup",
        country="RO",
        offers="Pilot licences.",
        expertise=[vocabulary["mri"]],
    )
    return {"en": english, "it": translate(english, "it", offers="Licenze pilota.")}


def change_facts(page, vocabulary):
    page = live(page)
    page.organisation_type = "hospital"
    page.country = "IT"
    page.expertise_links = [
        MemberPageExpertise(expertise=vocabulary["ai"]),
        MemberPageExpertise(expertise=vocabulary["pet"]),
    ]
    page.save_revision().publish()


class TestMemberFacts:
    def test_publishing_the_source_changes_every_translation(
        self, client, member, vocabulary, italian_directory
    ):
        change_facts(member["en"], vocabulary)

        facts, chips, offers = profile(client, member["it"])
        assert facts["Tipo di organizzazione"] == "Ospedale o clinica"
        assert facts["Paese"] == "Italia"
        assert chips == ["IA e analisi delle immagini", "PET/SPECT"]
        assert offers == "Licenze pilota."
        for filters in ({"type": "hospital"}, {"country": "IT"}, {"expertise": "ai"}):
            assert listed(client, italian_directory, **filters) == ["DeepVista"]
        assert listed(client, italian_directory, expertise="mri") == []
        # The Italian links point at the Italian terms, as wagtail-localize's.
        italian = live(member["it"])
        assert {link.expertise.locale_id for link in italian.expertise_links.all()} == {
            italian.locale_id
        }

    def test_publishing_an_older_translation_keeps_the_new_facts(
        self, client, member, vocabulary, italian_directory
    ):
        before = live(member["it"]).latest_revision
        change_facts(member["en"], vocabulary)

        before.publish()

        facts, chips, _offers = profile(client, member["it"])
        assert facts["Paese"] == "Italia"
        assert chips == ["IA e analisi delle immagini", "PET/SPECT"]
        assert listed(client, italian_directory, country="IT") == ["DeepVista"]
