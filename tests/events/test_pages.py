"""Event pages as a visitor reads them: where each type lives, times in the
event's own time zone with the zone named, places and statuses, the
promotable interface, and the editor's form that takes wall-clock times."""

import zoneinfo
from datetime import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventIndexPage, EventPage
from home.factories import CustomImageFactory
from home.models import HomePage, StandardPage, Topic
from home.promotable import Promotable
from tests.events.builders import tag
from tests.utils import build_site_tree

BUCHAREST = zoneinfo.ZoneInfo("Europe/Bucharest")


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


class TestEventPageTypes(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()

    def test_where_each_type_can_live(self):
        self.assertCanCreateAt(HomePage, EventIndexPage)
        self.assertCanCreateAt(EventIndexPage, EventPage)
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(StandardPage, EventIndexPage)
        self.assertCanNotCreateAt(EventPage, EventPage)
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})

    def test_every_type_renders(self):
        index = EventIndexPageFactory(parent=self.tree["en"]["home"])
        image = CustomImageFactory()
        event = EventPageFactory(
            parent=index,
            image=image,
            body=[("paragraph", "<p>Bring your <b>project idea</b>.</p>")],
            speakers=[
                ("speaker", {"name": "Ana Pop", "role": "PM", "photo": image}),
            ],
            registration_open=True,
            capacity=10,
        )
        for page in (index, event):
            self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(index)


@pytest.mark.django_db
class TestEventPage:
    def test_times_are_shown_in_the_events_zone_with_the_zone_named(
        self, client, make_event
    ):
        event = make_event(
            time_zone="Europe/Bucharest",
            start=datetime(2031, 3, 12, 10, 0, tzinfo=BUCHAREST),
            end=datetime(2031, 3, 12, 13, 30, tzinfo=BUCHAREST),
        )
        page = soup(client.get(event.url))
        when = page.select_one(".facts dd")
        times = [t["datetime"] for t in when.select("time")]
        # 10:00 in Bucharest, although the site's zone is Brussels (09:00).
        assert times == ["2031-03-12T10:00:00+02:00", "2031-03-12T13:30:00+02:00"]
        # British English: a 24-hour clock.
        assert "10:00" in when.get_text() and "13:30" in when.get_text()
        assert "Europe/Bucharest, UTC+02:00" in when.get_text()

    def test_summer_time_shows_the_summer_offset(self, client, make_event):
        event = make_event(
            time_zone="Europe/Bucharest",
            start=datetime(2031, 7, 1, 9, 0, tzinfo=BUCHAREST),
            end=datetime(2031, 7, 1, 12, 0, tzinfo=BUCHAREST),
        )
        text = soup(client.get(event.url)).select_one(".facts dd").get_text()
        assert "Europe/Bucharest, UTC+03:00" in text

    def test_italian_visitors_read_italian_dates(self, client, make_event):
        event = make_event(
            start=datetime(2031, 3, 12, 10, 0, tzinfo=BUCHAREST),
            end=datetime(2031, 3, 12, 13, 0, tzinfo=BUCHAREST),
            time_zone="Europe/Bucharest",
        )
        italian = make_event("it", source=event, title="Gestione dei progetti")
        text = soup(client.get(italian.url)).select_one(".facts dd").get_text()
        assert "mercoledì 12 marzo 2031, 10:00" in text

    def test_venue_and_online_link(self, client, make_event):
        event = make_event(
            attendance_mode="hybrid",
            online_url="https://meet.example.org/secret-room",
            venue_name="Innovation Hub",
            venue_city="Cluj-Napoca",
            venue_country="RO",
        )
        response = client.get(event.url)
        html = response.content.decode()
        address = soup(response).select_one(".facts address").get_text(" ")
        assert "Innovation Hub" in address and "Romania" in address
        assert "registered people receive the link by email" in html
        assert "secret-room" not in html

    @pytest.mark.parametrize(
        ("status", "notice"),
        [
            ("cancelled", "This event is cancelled."),
            ("postponed", "This event is postponed."),
            ("moved_online", "This event now takes place online only."),
        ],
    )
    def test_status_is_announced(self, client, make_event, status, notice):
        event = make_event(status=status)
        page = soup(client.get(event.url))
        assert notice in page.select_one(".notice").get_text()

    def test_rescheduled_event_names_the_first_date(self, client, make_event):
        event = make_event(
            status="rescheduled",
            time_zone="Europe/Bucharest",
            previous_start=datetime(2031, 3, 5, 10, 0, tzinfo=BUCHAREST),
            start=datetime(2031, 3, 12, 10, 0, tzinfo=BUCHAREST),
            end=datetime(2031, 3, 12, 12, 0, tzinfo=BUCHAREST),
        )
        notice = soup(client.get(event.url)).select_one(".notice").get_text()
        assert "5 March 2031" in notice

    def test_materials_and_recording(self, client, make_event):
        event = make_event(recording_url="https://video.example.org/talk")
        link = soup(client.get(event.url)).find("a", string="Watch the recording")
        assert link["href"] == "https://video.example.org/talk"

    def test_head_links_the_calendar_feed(self, client, make_event):
        event = make_event()
        for url in (event.url, "/en/events/"):
            link = soup(client.get(url)).select_one(
                'head link[rel=alternate][type="text/calendar"]'
            )
            assert link["href"] == "https://cluster.example.org/en/events/feed/"

    def test_an_event_is_promotable(self, make_event):
        topic = Topic.objects.create(name="Funding", slug="funding")
        image = CustomImageFactory()
        event = make_event(summary="Writing proposals.", image=image)
        tag(event, topic)
        assert isinstance(event, Promotable)
        assert event.get_promo_summary() == "Writing proposals."
        assert event.get_promo_image() == image
        assert event.get_promo_topics() == ["Funding"]
        assert event.get_promo_locale() == "en"
        url = f"https://cluster.example.org/en/events/{event.slug}/"
        assert event.get_promo_url() == url


@pytest.mark.django_db
class TestEventValidation:
    @pytest.mark.parametrize(
        ("fields", "field"),
        [
            ({"end": datetime(2031, 1, 1, tzinfo=BUCHAREST)}, "end"),
            ({"status": "rescheduled"}, "previous_start"),
            ({"venue_city": ""}, "venue_city"),
            ({"is_free": False, "price_text": ""}, "price_text"),
            ({"time_zone": "Mars/Olympus_Mons"}, "time_zone"),
        ],
    )
    def test_inconsistent_events_are_refused(self, events_tree, fields, field):
        from django.core.exceptions import ValidationError

        event = EventPageFactory.build(
            start=datetime(2031, 2, 1, 10, tzinfo=BUCHAREST), **fields
        )
        with pytest.raises(ValidationError) as error:
            events_tree["en"].add_child(instance=event)
        assert field in error.value.message_dict


@pytest.mark.django_db
class TestEditorForm:
    """Editors type the times of the event's place, whatever their own zone."""

    @pytest.fixture
    def admin_client(self, client):
        user = get_user_model().objects.create_superuser(
            "boss", "boss@example.org", "pw"
        )
        client.force_login(user)
        return client

    def form_data(self, **fields):
        return nested_form_data(
            {
                "title": "Info day in Bucharest",
                "slug": "info-day-bucharest",
                "kind": "info_day",
                "summary": "Calls for 2031.",
                "start": "2031-03-12 10:00",
                "end": "2031-03-12 13:00",
                "time_zone": "Europe/Bucharest",
                "status": "scheduled",
                "attendance_mode": "online",
                "event_language": "ro",
                "is_free": "on",
                "body": streamfield([]),
                "speakers": streamfield([]),
                "materials": streamfield([]),
                "event_topics": inline_formset([]),
                "waitlist_enabled": "on",
                **fields,
            }
        )

    def test_times_are_read_in_the_events_time_zone(self, admin_client, events_tree):
        client = admin_client
        index = events_tree["en"]
        data = self.form_data(**{"action-publish": "publish"})
        response = client.post(
            f"/admin/pages/add/events/eventpage/{index.pk}/", data, follow=False
        )
        assert response.status_code == 302, response.content.decode()[:3000]
        event = EventPage.objects.get(slug="info-day-bucharest", locale=index.locale)
        assert event.start == datetime(2031, 3, 12, 10, 0, tzinfo=BUCHAREST)
        assert event.start.astimezone(zoneinfo.ZoneInfo("UTC")).hour == 8
        # The edit form shows the same wall-clock time back.
        edit = client.get(f"/admin/pages/{event.pk}/edit/")
        field = soup(edit).find("input", attrs={"name": "start"})
        assert field["value"].startswith("2031-03-12 10:00")

    def test_a_new_event_can_be_previewed(self, admin_client, events_tree):
        url = f"/admin/pages/add/events/eventpage/{events_tree['en'].pk}/preview/"
        response = admin_client.post(url, self.form_data())
        assert response.json()["is_valid"] is True
        preview = admin_client.get(url)
        assert preview.status_code == 200
        assert "Info day in Bucharest" in preview.content.decode()
