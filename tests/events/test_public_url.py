"""Events carry the same absolute URLs, on BASE_URL, whatever `Host` the
request arrives with: the .ics file and the calendar feed (URL and the link
in DESCRIPTION), the Event JSON-LD, the home page's feed link and the
registration emails."""

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from icalendar import Calendar

from tests.utils import PUBLIC_BASE, same_for_every_host

pytestmark = pytest.mark.django_db

BASE = PUBLIC_BASE
ROME = ZoneInfo("Europe/Rome")


def get(client, path, host):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, (path, host)
    return response


@pytest.fixture
def event(make_event):
    return make_event(
        title="Info day",
        summary="Calls for 2031.",
        slug="info-day",
        start=datetime(2031, 3, 12, 10, 0, tzinfo=ROME),
        end=datetime(2031, 3, 12, 13, 0, tzinfo=ROME),
        attendance_mode="hybrid",
        online_url="https://meet.example.org/room",
        registration_open=True,
        capacity=10,
    )


def calendar_links(client, path, host):
    parsed = Calendar.from_ical(get(client, path, host).content)
    return [
        (str(vevent["URL"]), str(vevent["DESCRIPTION"]).split("\n\n")[-1])
        for vevent in parsed.walk("VEVENT")
    ]


@pytest.mark.parametrize("path", ["/en/events/info-day/ical/", "/en/events/feed/"])
def test_calendar_url_and_description_link_are_on_base_url(client, event, path):
    links = same_for_every_host(lambda host: calendar_links(client, path, host))
    url = BASE + "en/events/info-day/"
    assert links == [(url, url)]


def test_event_json_ld_is_on_base_url(client, event):
    def data(host):
        html = BeautifulSoup(get(client, event.url, host).content, "html.parser")
        (script,) = html.select('script[type="application/ld+json"]')
        return json.loads(script.string)

    data = same_for_every_host(data)
    url = BASE + "en/events/info-day/"
    assert data["url"] == data["offers"]["url"] == url
    assert data["organizer"]["url"] == BASE + "en/"
    assert {"@type": "VirtualLocation", "url": url} in data["location"]


@pytest.mark.parametrize("path", ["/en/", "/en/events/", "/en/events/info-day/"])
def test_pages_link_the_calendar_feed_on_base_url(client, event, path):
    def href(host):
        html = BeautifulSoup(get(client, path, host).content, "html.parser")
        return html.select_one('head link[type="text/calendar"]')["href"]

    assert same_for_every_host(href) == BASE + "en/events/feed/"


def test_registration_email_links_are_on_base_url(
    client, event, django_capture_on_commit_callbacks
):
    def links(host):
        mail.outbox.clear()
        data = {"name": "Ana Pop", "email": f"ana{len(host)}@example.org"}
        data |= {"organisation": "Cluj County Hospital", "consent": "on"}
        with django_capture_on_commit_callbacks(execute=True):
            client.post(event.url + "register/", data, HTTP_HOST=host)
        [message] = mail.outbox
        found = [w for w in message.body.split() if w.startswith("http")]
        event_link, cancel_link = [w for w in found if "meet.example" not in w]
        # The token differs per registration; the address it sits on does not.
        return event_link, cancel_link.partition("cancel/")[0]

    assert same_for_every_host(links) == (BASE + "en/events/info-day/",) * 2
