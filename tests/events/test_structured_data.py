"""schema.org Event JSON-LD on every event page, as search engines read it."""

import json
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup

from events.factories import RegistrationFactory

pytestmark = pytest.mark.django_db

ROME = ZoneInfo("Europe/Rome")
SCHEMA = "https://schema.org/"


def json_ld(client, page):
    response = client.get(page.url)
    [script] = BeautifulSoup(response.content, "html.parser").select(
        'script[type="application/ld+json"]'
    )
    return json.loads(script.string), response.content.decode()


def test_an_event_in_person(client, make_event):
    event = make_event(
        title="Info day",
        summary="Calls for 2031.",
        time_zone="Europe/Rome",
        start=datetime(2031, 3, 12, 10, 0, tzinfo=ROME),
        end=datetime(2031, 3, 12, 13, 0, tzinfo=ROME),
        event_language="it",
        registration_open=True,
        capacity=30,
    )
    data, _html = json_ld(client, event)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == "Info day"
    assert data["description"] == "Calls for 2031."
    assert data["startDate"] == "2031-03-12T10:00:00+01:00"
    assert data["endDate"] == "2031-03-12T13:00:00+01:00"
    assert data["eventStatus"] == SCHEMA + "EventScheduled"
    assert data["eventAttendanceMode"] == SCHEMA + "OfflineEventAttendanceMode"
    assert data["inLanguage"] == "it"
    assert data["location"] == {
        "@type": "Place",
        "name": "Palazzo delle Stelline",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Corso Magenta 61",
            "addressLocality": "Milano",
            "addressCountry": "IT",
        },
    }
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "ImagoMol",
        "url": "https://cluster.example.org/en/",
    }
    assert data["offers"] == {
        "@type": "Offer",
        "url": f"https://cluster.example.org{event.url}",
        "price": "0",
        "priceCurrency": "EUR",
        "availability": SCHEMA + "InStock",
    }
    assert "previousStartDate" not in data


def test_hybrid_has_a_place_and_a_virtual_location(client, make_event):
    event = make_event(attendance_mode="hybrid", online_url="https://meet.example/x")
    data, html = json_ld(client, event)
    assert data["eventAttendanceMode"] == SCHEMA + "MixedEventAttendanceMode"
    place, virtual = data["location"]
    assert place["@type"] == "Place"
    assert virtual == {
        "@type": "VirtualLocation",
        "url": f"https://cluster.example.org{event.url}",
    }
    assert "meet.example" not in html


def test_online_only(client, make_event):
    event = make_event(attendance_mode="online", venue_city="", venue_country="")
    data, _html = json_ld(client, event)
    assert data["eventAttendanceMode"] == SCHEMA + "OnlineEventAttendanceMode"
    assert data["location"]["@type"] == "VirtualLocation"


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("cancelled", "EventCancelled"),
        ("postponed", "EventPostponed"),
        ("moved_online", "EventMovedOnline"),
    ],
)
def test_status(client, make_event, status, expected):
    data, _html = json_ld(client, make_event(status=status))
    assert data["eventStatus"] == SCHEMA + expected
    if status == "moved_online":
        assert data["location"]["@type"] == "VirtualLocation"
        assert data["eventAttendanceMode"] == SCHEMA + "OnlineEventAttendanceMode"


def test_rescheduled_names_the_previous_start(client, make_event):
    event = make_event(
        status="rescheduled",
        time_zone="Europe/Rome",
        previous_start=datetime(2031, 3, 5, 10, 0, tzinfo=ROME),
        start=datetime(2031, 3, 12, 10, 0, tzinfo=ROME),
        end=datetime(2031, 3, 12, 12, 0, tzinfo=ROME),
    )
    data, _html = json_ld(client, event)
    assert data["eventStatus"] == SCHEMA + "EventRescheduled"
    assert data["previousStartDate"] == "2031-03-05T10:00:00+01:00"


def test_price_and_a_full_event(client, make_event):
    event = make_event(
        is_free=False,
        price_text="€80; free for members",
        price_amount=Decimal("80.00"),
        registration_open=True,
        capacity=1,
        waitlist_enabled=False,
        speakers=[("speaker", {"name": "Elena Rossi", "role": "", "photo": None})],
    )
    RegistrationFactory(event=event)
    data, _html = json_ld(client, event)
    assert data["offers"]["price"] == "80"
    assert data["offers"]["availability"] == SCHEMA + "SoldOut"
    assert data["performer"] == [{"@type": "Person", "name": "Elena Rossi"}]


def test_text_cannot_break_out_of_the_script(client, make_event):
    title = 'Evil </script><script>alert("x")</script> & co'
    data, html = json_ld(client, make_event(title=title))
    assert data["name"] == title
    script = html.split('type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in script and "&" not in script
