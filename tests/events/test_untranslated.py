"""Events that are not translated are left out of the other languages
(home/locale.py): aliases from wagtail-localize's tree sync, and an event
whose translation was started with "Translate" but not translated yet."""

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from events.factories import local_datetime
from events.models import EventPage
from members_directory.factories import MembersDirectoryPageFactory
from tests.events.builders import publish
from tests.localize import aliases_sync, segment_translate, translation_start
from tests.members_directory.conftest import member_add
from tests.utils import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def started(site_tree, make_event):
    """An upcoming English event run by DeepVista (whose profile is
    translated into Italian by hand), aliased into Italian and Romanian by
    the tree sync, then "Translate" started into Italian."""
    directory = publish(MembersDirectoryPageFactory(parent=site_tree["en"]["home"]))
    translate(directory, "it", title="Membri")
    member = member_add(directory, title="DeepVista", slug="deepvista")
    translate(member, "it", title="DeepVista")
    event = make_event(
        title="Imaging clinic",
        slug="imaging-clinic",
        start=local_datetime(5, 10),
        end=local_datetime(5, 12),
        member=member,
    )
    aliases_sync()
    assert (
        EventPage.objects.filter(
            translation_key=event.translation_key, alias_of=event
        ).count()
        == 2
    )
    target = translation_start(event, "it")
    assert target.live and target.alias_of_id is None
    return event


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def listed(client, url):
    return [a.get_text(strip=True) for a in soup(client, url).select(".card__title a")]


def home_events(client, language):
    html = soup(client, f"/{language}/")
    section = html.select_one('section[aria-labelledby="home-events-title"]')
    return (
        [a.get_text(strip=True) for a in section.select(".card__title a")]
        if section
        else []
    )


def member_events(client, language):
    html = soup(client, f"/{language}/members/deepvista/")
    section = html.select_one('section[aria-labelledby="member-events-title"]')
    return section.get_text(" ", strip=True) if section else ""


def feed_summaries(client, language):
    response = client.get(f"/{language}/events/feed/")
    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    return [str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT")]


def api_titles(client, language):
    response = client.get(
        "/api/v2/pages/", {"type": "events.EventPage", "locale": language}
    )
    assert response.status_code == 200
    return [item["title"] for item in response.json()["items"]]


def test_left_out_of_every_italian_and_romanian_list(client, started):
    assert listed(client, "/en/events/") == ["Imaging clinic"]
    assert "Imaging clinic" in home_events(client, "en")
    assert "Imaging clinic" in member_events(client, "en")
    for language in ("it", "ro"):
        assert listed(client, f"/{language}/events/") == []
        assert home_events(client, language) == []
        assert feed_summaries(client, language) == []
        assert api_titles(client, language) == []
    assert "Imaging clinic" not in member_events(client, "it")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/events/imaging-clinic/" in sitemap
    assert "/it/events/imaging-clinic/" not in sitemap
    html = soup(client, "/en/events/imaging-clinic/")
    assert {link["hreflang"] for link in html.select("link[hreflang]")} == {
        "en",
        "x-default",
    }


def test_opened_its_content_is_marked_english(client, started):
    for language in ("it", "ro"):  # the started translation and the alias
        html = soup(client, f"/{language}/events/imaging-clinic/")
        assert html.html["lang"] == language
        assert html.main["lang"] == "en"


def test_listed_once_one_segment_is_translated(client, started):
    segment_translate(started, "it", "Clinica di imaging")
    assert listed(client, "/it/events/") == ["Clinica di imaging"]
    assert home_events(client, "it") == ["Clinica di imaging"]
    assert feed_summaries(client, "it") == ["Clinica di imaging"]
    assert "Clinica di imaging" in member_events(client, "it")
    assert api_titles(client, "it") == ["Clinica di imaging"]
    assert soup(client, "/it/events/imaging-clinic/").main.get("lang") is None
    assert listed(client, "/ro/events/") == []
