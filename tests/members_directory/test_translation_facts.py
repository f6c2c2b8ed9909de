"""A member's type, country and areas of expertise are facts: changing them on
the English profile changes every published translation at once (the
profile and the directory's filters in that language), the translated texts
staying as the translator left them; publishing a translation afterwards
does not bring the old facts back."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import WorkflowState

from members_directory.models import MemberPage, MemberPageExpertise
from members_directory.services import member_workflow_ensure
from tests.utils import translate
from users.factories import UserFactory

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

    def test_a_translation_waiting_for_approval_keeps_waiting(self, member, vocabulary):
        """The member submitted its Italian profile for review; staff then
        publish the English one: the Italian gets the new facts and stays in
        review with the member's text."""
        italian = live(member["it"])
        italian.offers = "Licenze pilota gratuite."
        italian.save_revision()
        member_workflow_ensure().start(italian, UserFactory())
        state = WorkflowState.objects.get(object_id=str(italian.pk))

        change_facts(member["en"], vocabulary)

        state.refresh_from_db()
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        italian = live(member["it"])
        assert (italian.country, italian.offers) == ("IT", "Licenze pilota.")
        draft = italian.get_latest_revision_as_object()
        assert (draft.country, draft.offers) == ("IT", "Licenze pilota gratuite.")
