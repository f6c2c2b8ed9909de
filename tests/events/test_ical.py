"""iCalendar files (RFC 5545), read back with the icalendar library: one event
to add to a calendar, and the subscribable feed of each language."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from events.factories import local_datetime

pytestmark = pytest.mark.django_db

BUCHAREST = ZoneInfo("Europe/Bucharest")


def calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    parsed = Calendar.from_ical(response.content)
    assert parsed.get_missing_tzids() == set()
    return parsed


def only_event(parsed):
    [vevent] = parsed.walk("VEVENT")
    return vevent


@pytest.fixture
def event(make_event):
    return make_event(
        title="Writing a Horizon Europe proposal",
        summary="From the call to the submission.",
        time_zone="Europe/Bucharest",
        start=datetime(2031, 3, 12, 10, 0, tzinfo=BUCHAREST),
        end=datetime(2031, 3, 12, 13, 0, tzinfo=BUCHAREST),
        attendance_mode="hybrid",
        online_url="https://meet.example.org/secret",
        venue_name="Innovation Hub",
        venue_address="Str. Inovației 12",
        venue_city="Cluj-Napoca",
        venue_country="RO",
    )


def ical(client, page):
    response = client.get(page.url + "ical/")
    assert response["Content-Disposition"] == f'attachment; filename="{page.slug}.ics"'
    return only_event(calendar(response))


class TestEventFile:
    def test_times_carry_the_events_zone_with_its_definition(self, client, event):
        response = client.get(event.url + "ical/")
        parsed = calendar(response)
        vevent = only_event(parsed)
        assert vevent["DTSTART"].params["TZID"] == "Europe/Bucharest"
        assert vevent.start == datetime(2031, 3, 12, 10, 0, tzinfo=BUCHAREST)
        assert vevent.end == datetime(2031, 3, 12, 13, 0, tzinfo=BUCHAREST)
        assert [tz.tz_name for tz in parsed.timezones] == ["Europe/Bucharest"]
        assert b"DTSTART;TZID=Europe/Bucharest:20310312T100000" in response.content

    def test_describes_the_event(self, client, event):
        vevent = ical(client, event)
        assert str(vevent["SUMMARY"]) == "Writing a Horizon Europe proposal"
        assert str(vevent["UID"]) == event.ical_uid
        assert str(vevent["URL"]) == f"https://cluster.example.org{event.url}"
        assert "From the call to the submission." in str(vevent["DESCRIPTION"])
        assert str(vevent["LOCATION"]) == (
            "Innovation Hub, Str. Inovației 12, Cluj-Napoca, Romania, and online"
        )
        assert str(vevent["STATUS"]) == "CONFIRMED"
        assert vevent["SEQUENCE"] == 0
        assert vevent["DTSTAMP"].dt.tzinfo is not None

    def test_the_online_link_is_never_in_the_public_file(self, client, event):
        response = client.get(event.url + "ical/")
        assert b"secret" not in response.content

    def test_uid_stays_and_sequence_rises_only_for_dates_place_and_status(
        self, client, event
    ):
        uid = str(ical(client, event)["UID"])

        event.title = "Writing a winning Horizon Europe proposal"
        event.save_revision().publish()
        vevent = ical(client, event)
        assert (str(vevent["UID"]), vevent["SEQUENCE"]) == (uid, 0)

        event.start += timedelta(days=7)
        event.end += timedelta(days=7)
        event.save_revision().publish()
        vevent = ical(client, event)
        assert (str(vevent["UID"]), vevent["SEQUENCE"]) == (uid, 1)
        assert vevent.start == datetime(2031, 3, 19, 10, 0, tzinfo=BUCHAREST)

        event.venue_city = "Bucharest"
        event.save_revision().publish()
        assert ical(client, event)["SEQUENCE"] == 2

        event.status = "cancelled"
        event.save_revision().publish()
        vevent = ical(client, event)
        assert vevent["SEQUENCE"] == 3
        assert str(vevent["STATUS"]) == "CANCELLED"
        assert str(vevent["SUMMARY"]).startswith("Cancelled: ")

    def test_publishing_an_older_revision_still_raises_the_sequence(
        self, client, event
    ):
        first = event.latest_revision
        event.start += timedelta(days=1)
        event.end += timedelta(days=1)
        event.save_revision().publish()
        first.publish()
        assert ical(client, event)["SEQUENCE"] == 2

    def test_every_language_has_the_events_one_uid(self, client, event, make_event):
        italian = make_event("it", source=event, title="Scrivere una proposta")
        vevent = ical(client, italian)
        assert str(vevent["UID"]) == italian.ical_uid == event.ical_uid
        assert str(vevent["SUMMARY"]) == "Scrivere una proposta"


class TestFeed:
    def test_the_languages_events_with_their_zones(self, client, event, make_event):
        make_event(
            title="Webinar in Rome time",
            time_zone="Europe/Rome",
            start=local_datetime(20, 14, zone="Europe/Rome"),
            end=local_datetime(20, 15, zone="Europe/Rome"),
        )
        make_event(title="Cancelled one", status="cancelled")
        make_event(
            title="Long ago",
            start=local_datetime(-400, 9),
            end=local_datetime(-400, 10),
        )
        make_event("it", source=event, title="Scrivere una proposta")
        response = client.get("/en/events/feed/")
        assert response["Content-Disposition"] == 'inline; filename="events-en.ics"'
        parsed = calendar(response)
        summaries = sorted(str(v["SUMMARY"]) for v in parsed.walk("VEVENT"))
        assert summaries == [
            "Cancelled: Cancelled one",
            "Webinar in Rome time",
            "Writing a Horizon Europe proposal",
        ]
        assert sorted(tz.tz_name for tz in parsed.timezones) == [
            "Europe/Bucharest",
            "Europe/Rome",
        ]
        assert str(parsed["X-WR-CALNAME"]) == "ImagoMol events"
        assert b"secret" not in response.content

        italian = calendar(client.get("/it/events/feed/"))
        assert [str(v["SUMMARY"]) for v in italian.walk("VEVENT")] == [
            "Scrivere una proposta"
        ]

    def test_an_empty_programme_is_still_a_calendar(self, client, events_tree):
        parsed = calendar(client.get("/ro/events/feed/"))
        assert parsed.walk("VEVENT") == []
        assert str(parsed["VERSION"]) == "2.0"
