"""Events in Wagtail's read API for partner platforms: the fields a partner
needs, per language, live pages only, never the online link."""

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from home.factories import CustomImageFactory
from home.models import Topic
from tests.events.builders import tag

pytestmark = pytest.mark.django_db

ROME = ZoneInfo("Europe/Rome")


def test_event_fields_for_partners(client, make_event):
    topic = Topic.objects.create(name="Funding", slug="funding")
    event = make_event(
        title="Info day",
        kind="info_day",
        time_zone="Europe/Rome",
        start=datetime(2031, 3, 12, 10, 0, tzinfo=ROME),
        end=datetime(2031, 3, 12, 13, 0, tzinfo=ROME),
        attendance_mode="hybrid",
        online_url="https://meet.example.org/secret-room",
        image=CustomImageFactory(),
    )
    tag(event, topic)
    response = client.get(
        "/api/v2/pages/",
        {"type": "events.EventPage", "locale": "en", "fields": "*"},
    )
    assert response.status_code == 200
    [item] = response.json()["items"]
    assert item["title"] == "Info day"
    assert item["kind"] == "info_day"
    assert item["status"] == "scheduled"
    assert item["attendance_mode"] == "hybrid"
    assert item["time_zone"] == "Europe/Rome"
    assert datetime.fromisoformat(item["start"]) == event.start
    assert datetime.fromisoformat(item["end"]) == event.end
    assert item["venue_city"] == "Milano"
    assert item["venue_country"] == "IT"
    assert item["topics"] == [{"name": "Funding", "slug": "funding"}]
    assert "fill-600x400" in item["image_thumbnail"]["url"]
    assert item["is_free"] is True
    assert "secret-room" not in json.dumps(response.json())
    assert "online_url" not in item


def test_per_language_and_live_only(client, make_event):
    event = make_event(title="Info day")
    make_event("it", source=event, title="Giornata informativa")
    draft = make_event(title="Draft")
    draft.unpublish()
    titles = {
        code: [
            item["title"]
            for item in client.get(
                "/api/v2/pages/", {"type": "events.EventPage", "locale": code}
            ).json()["items"]
        ]
        for code in ("en", "it")
    }
    assert titles == {"en": ["Info day"], "it": ["Giornata informativa"]}


def test_the_online_link_cannot_be_asked_for(client, make_event):
    event = make_event(online_url="https://meet.example.org/secret-room")
    response = client.get(f"/api/v2/pages/{event.pk}/", {"fields": "online_url"})
    assert response.status_code == 400
    assert "secret-room" not in response.content.decode()
