"""The events index: upcoming events by default, the past-events archive,
filters by kind, topic and month through plain links and a GET form, pages,
a friendly notice for every bad value, and the home page's next three."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.factories import local_datetime
from events.listing import EVENTS_PER_PAGE
from events.models import EventPage
from events.selectors import event_list_upcoming
from home.factories import CustomImageFactory
from home.models import Topic
from tests.events.builders import tag

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [a.get_text() for a in soup(response).select(".listing .card__title a")]


def notices(response):
    return [p.get_text() for p in soup(response).select(".notice p")]


@pytest.fixture
def programme(make_event):
    """Two past and three upcoming English events, one Italian translation."""
    past_old = make_event(
        title="Old webinar",
        kind="webinar",
        start=local_datetime(-60, 10),
        end=local_datetime(-60, 11),
    )
    past_recent = make_event(
        title="Recent training", start=local_datetime(-5, 9), end=local_datetime(-5, 12)
    )
    soon = make_event(
        title="Soon webinar",
        kind="webinar",
        start=local_datetime(3, 14),
        end=local_datetime(3, 15),
    )
    later = make_event(
        title="Later training", start=local_datetime(40, 9), end=local_datetime(40, 17)
    )
    latest = make_event(
        title="Conference",
        kind="conference",
        start=local_datetime(70, 9),
        end=local_datetime(71, 17),
    )
    make_event("it", source=later, title="Formazione più avanti")
    funding = Topic.objects.create(name="Funding", slug="funding")
    tag(later, funding)
    tag(soon, funding)
    return {
        "past_old": past_old,
        "past_recent": past_recent,
        "soon": soon,
        "later": later,
        "latest": latest,
    }


class TestListing:
    def test_upcoming_by_default_soonest_first(self, client, programme):
        response = client.get("/en/events/")
        assert response.status_code == 200
        assert titles(response) == ["Soon webinar", "Later training", "Conference"]

    def test_an_event_in_progress_is_still_upcoming(self, client, make_event):
        make_event(
            title="Running now",
            start=timezone.now() - timedelta(hours=1),
            end=timezone.now() + timedelta(hours=1),
        )
        assert titles(client.get("/en/events/")) == ["Running now"]

    def test_past_archive_most_recent_first(self, client, programme):
        response = client.get("/en/events/", {"when": "past"})
        assert titles(response) == ["Recent training", "Old webinar"]
        assert soup(response).h1.get_text() == "Past events"

    def test_each_language_lists_its_own_events(self, client, programme):
        # The Romanian index has only aliases (untranslated): none listed.
        assert titles(client.get("/it/events/")) == ["Formazione più avanti"]
        romanian = client.get("/ro/events/")
        assert titles(romanian) == []
        assert soup(romanian).select_one(".empty-state")

    def test_filter_by_kind(self, client, programme):
        response = client.get("/en/events/", {"kind": "webinar"})
        assert titles(response) == ["Soon webinar"]
        response = client.get("/en/events/", {"kind": "webinar", "when": "past"})
        assert titles(response) == ["Old webinar"]

    def test_filter_by_topic_through_a_link(self, client, programme):
        page = soup(client.get(programme["later"].url))
        link = page.select_one("a.chip[href*='topic=funding']")
        response = client.get(link["href"])
        assert titles(response) == ["Soon webinar", "Later training"]
        assert titles(client.get("/it/events/?topic=funding")) == [
            "Formazione più avanti"
        ]

    def test_filter_by_month(self, client, programme):
        start = programme["later"].start.astimezone(timezone.get_current_timezone())
        month = f"{start.year:04d}-{start.month:02d}"
        response = client.get("/en/events/", {"month": month})
        assert "Later training" in titles(response)
        assert "Conference" not in titles(response)
        options = [o["value"] for o in soup(response).select("#id_month option")]
        assert month in options

    def test_the_filter_form_works_without_javascript(self, client, programme):
        form = soup(client.get("/en/events/?when=past")).select_one("form.filters")
        assert form["method"] == "get"
        assert form.select_one("input[name=when]")["value"] == "past"
        assert [s["name"] for s in form.select("select")] == ["kind", "topic", "month"]
        for select in form.select("select"):
            assert form.select_one(f"label[for={select['id']}]")

    def test_pages_of_twelve(self, client, make_event):
        for day in range(EVENTS_PER_PAGE + 1):
            make_event(
                start=local_datetime(day + 1, 9), end=local_datetime(day + 1, 10)
            )
        first = client.get("/en/events/")
        assert len(titles(first)) == EVENTS_PER_PAGE
        next_link = soup(first).select_one("a[rel=next]")["href"]
        assert next_link == "/en/events/?page=2"
        assert len(titles(client.get(next_link))) == 1

    def test_queries_do_not_grow_with_the_events(self, client, make_event):
        def count():
            with CaptureQueriesContext(connection) as queries:
                assert client.get("/en/events/").status_code == 200
            return len(queries)

        topic = Topic.objects.create(name="Funding", slug="funding")
        for _ in range(2):
            tag(make_event(image=CustomImageFactory()), topic)
        count()  # the first request fills the site's caches
        few = count()
        for _ in range(6):
            tag(make_event(image=CustomImageFactory()), topic)
        assert count() == few


class TestBadParameters:
    @pytest.mark.parametrize(
        ("params", "notice"),
        [
            ({"kind": "party"}, "There is no kind of event called “party”"),
            ({"topic": "astrology"}, "There is no topic called “astrology”"),
            ({"month": "2031-13"}, "“2031-13” is not a month"),
            ({"month": "soon"}, "“soon” is not a month"),
            ({"when": "tomorrow"}, "“tomorrow” is not a choice here"),
            ({"page": "two"}, "“two” is not a page number"),
            ({"page": "99"}, "There is no page 99: showing page 1."),
        ],
    )
    def test_a_notice_and_the_listing_never_an_error(
        self, client, programme, params, notice
    ):
        response = client.get("/en/events/", params)
        assert response.status_code == 404
        assert any(notice in text for text in notices(response)), notices(response)
        assert titles(response) == ["Soon webinar", "Later training", "Conference"]
        assert soup(response).select_one('meta[name=robots][content*="noindex"]')

    def test_one_bad_value_leaves_the_other_filters(self, client, programme):
        response = client.get("/en/events/", {"kind": "webinar", "month": "x"})
        assert response.status_code == 404
        assert titles(response) == ["Soon webinar"]

    def test_notices_in_the_visitors_language(self, client, programme):
        response = client.get("/it/events/", {"kind": "festa"})
        assert response.status_code == 404
        assert "Non esiste un tipo di evento “festa”" in notices(response)[0]


class TestHomeSection:
    def test_home_shows_the_next_three_in_its_language(self, client, make_event):
        events = [
            make_event(
                title=f"Event {n}",
                start=local_datetime(n, 9),
                end=local_datetime(n, 10),
            )
            for n in range(1, 5)
        ]
        make_event(
            title="Cancelled",
            status="cancelled",
            start=local_datetime(1, 8),
            end=local_datetime(1, 9),
        )
        make_event(
            title="Past", start=local_datetime(-1, 9), end=local_datetime(-1, 10)
        )
        make_event("it", source=events[2], title="Evento tre")
        english = soup(client.get("/en/"))
        cards = english.select(".card--event .card__title a")
        assert [a.get_text() for a in cards] == ["Event 1", "Event 2", "Event 3"]
        assert english.find("a", string="All events")["href"] == "/en/events/"
        italian = soup(client.get("/it/"))
        assert [
            a.get_text() for a in italian.select(".card--event .card__title a")
        ] == ["Evento tre"]
        assert not soup(client.get("/ro/")).select(".card--event")

    def test_selector_returns_upcoming_not_cancelled(self, make_event):
        make_event(title="A", start=local_datetime(2, 9), end=local_datetime(2, 10))
        make_event(title="B", status="cancelled")
        assert [e.title for e in event_list_upcoming("en")] == ["A"]
        assert event_list_upcoming("ro") == []


def test_queryset_verbs(make_event):
    now = timezone.now()
    past = make_event(start=local_datetime(-3, 9), end=local_datetime(-3, 10))
    webinar = make_event(
        kind="webinar", start=local_datetime(5, 9), end=local_datetime(5, 10)
    )
    assert list(EventPage.objects.past(now)) == [past]
    assert list(EventPage.objects.upcoming(now).of_kind("webinar")) == [webinar]
    local = webinar.start.astimezone(timezone.get_current_timezone())
    assert webinar in EventPage.objects.in_month(local.year, local.month)
    assert list(EventPage.objects.for_locale("it")) == []


def test_home_head_links_the_calendar_feed(client, make_event):
    make_event(start=local_datetime(3, 9), end=local_datetime(3, 10))
    html = BeautifulSoup(client.get("/en/").content, "html.parser")
    link = html.select_one('head link[rel="alternate"][type="text/calendar"]')
    assert link["href"] == "https://cluster.example.org/en/events/feed/"
