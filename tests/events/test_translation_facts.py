"""Facts never drift between languages: moving the English webinar by an hour
moves the Italian and Romanian pages, their calendar files, the calendar
feeds, the JSON-LD and the listings at once, while their titles stay
translated; publishing a translation afterwards never brings the old time
back. One event is one calendar entry in every language."""

import json
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from events.models import EventPage
from home.models import Topic
from tests.events.builders import publish, tag

pytestmark = pytest.mark.django_db

TITLES = {
    "en": "Funding webinar",
    "it": "Webinar sui fondi",
    "ro": "Webinar despre fonduri",
}


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def live(page):
    return EventPage.objects.get(pk=page.pk)


def page_start(client, page):
    """The start a visitor reads on the event page."""
    html = soup(client.get(live(page).url))
    return html.select_one(".facts dd time")["datetime"], html.h1.get_text(strip=True)


def ics_event(client, url):
    response = client.get(url)
    assert response.status_code == 200
    [vevent] = Calendar.from_ical(response.content).walk("VEVENT")
    return vevent


def feed_events(client, language):
    response = client.get(f"/{language}/events/feed/")
    return {
        str(v["UID"]): v for v in Calendar.from_ical(response.content).walk("VEVENT")
    }


def json_ld_start(client, page):
    html = soup(client.get(live(page).url))
    data = json.loads(html.select_one('script[type="application/ld+json"]').string)
    return data["startDate"]


def listing_start(client, language, title):
    html = soup(client.get(f"/{language}/events/"))
    for card in html.select("li.card--event"):
        if title in card.get_text():
            return card.select_one("time")["datetime"]
    raise AssertionError(f"{title!r} is not listed in {language}")


@pytest.fixture
def webinar(make_event):
    english = make_event(
        title=TITLES["en"], kind="webinar", attendance_mode="online", venue_city=""
    )
    return {
        "en": english,
        "it": make_event("it", source=english, title=TITLES["it"]),
        "ro": make_event("ro", source=english, title=TITLES["ro"]),
    }


def move_by_an_hour(page):
    page = live(page)
    page.start += timedelta(hours=1)
    page.end += timedelta(hours=1)
    return publish(page)


class TestPublishingTheSource:
    def test_moves_every_translation_at_once(self, client, webinar):
        english = move_by_an_hour(webinar["en"])
        start = english.local_start.isoformat()
        for code in ("it", "ro"):
            page = webinar[code]
            assert page_start(client, page) == (start, TITLES[code])
            vevent = ics_event(client, live(page).url + "ical/")
            assert vevent.start == english.local_start
            assert str(vevent["SUMMARY"]) == TITLES[code]
            [feed_event] = feed_events(client, code).values()
            assert feed_event.start == english.local_start
            assert json_ld_start(client, page) == start
            assert listing_start(client, code, TITLES[code]) == start

    def test_cancelling_reaches_every_language(self, client, webinar):
        english = live(webinar["en"])
        english.status = "cancelled"
        publish(english)
        for code in ("it", "ro"):
            vevent = ics_event(client, live(webinar[code]).url + "ical/")
            assert str(vevent["STATUS"]) == "CANCELLED"
            assert live(webinar[code]).title == TITLES[code]

    def test_a_translators_draft_is_not_published_but_gets_the_new_time(
        self, client, webinar
    ):
        italian = live(webinar["it"])
        italian.title = "Webinar sui fondi (bozza)"
        italian.save_revision()

        english = move_by_an_hour(webinar["en"])

        assert page_start(client, webinar["it"]) == (
            english.local_start.isoformat(),
            TITLES["it"],
        )
        draft = live(webinar["it"]).get_latest_revision_as_object()
        assert draft.title == "Webinar sui fondi (bozza)"
        assert draft.start == english.start

        # The translator publishes the draft started before the move.
        live(webinar["it"]).get_latest_revision().publish()
        assert page_start(client, webinar["it"]) == (
            english.local_start.isoformat(),
            "Webinar sui fondi (bozza)",
        )

    def test_a_translation_missing_text_the_new_facts_need_gets_the_sources(
        self, client, webinar
    ):
        """The webinar becomes an in-person event in Milan: the translations,
        which had no city to translate, show the English one until a
        translator adapts it, rather than staying online."""
        english = live(webinar["en"])
        english.attendance_mode = "in_person"
        english.venue_city = "Milano"
        publish(english)
        for code in ("it", "ro"):
            page = live(webinar[code])
            assert (page.attendance_mode, page.venue_city) == ("in_person", "Milano")
            assert page.title == TITLES[code]
            location = str(ics_event(client, page.url + "ical/")["LOCATION"])
            assert "Milano" in location

    def test_capacity_and_registration_dates_follow(self, webinar):
        english = live(webinar["en"])
        english.registration_open = True
        english.capacity = 30
        english.registration_closes_at = english.start - timedelta(days=1)
        publish(english)
        for code in ("it", "ro"):
            page = live(webinar[code])
            assert (page.registration_open, page.capacity) == (True, 30)
            assert page.registration_closes_at == english.registration_closes_at


class TestPublishingATranslationAfterwards:
    def test_an_older_italian_revision_keeps_the_new_time(self, client, webinar):
        old_revision = live(webinar["it"]).latest_revision
        english = move_by_an_hour(webinar["en"])

        old_revision.publish()

        assert page_start(client, webinar["it"]) == (
            english.local_start.isoformat(),
            TITLES["it"],
        )
        assert ics_event(client, live(webinar["it"]).url + "ical/").start == (
            english.local_start
        )

    def test_the_translation_editor_keeps_the_new_time(
        self, client, make_event, locales, django_capture_on_commit_callbacks
    ):
        english = make_event(title=TITLES["en"])
        source, _created = TranslationSource.get_or_create_from_instance(english)
        translation = Translation.objects.create(
            source=source, target_locale=locales["it"]
        )
        title = source.stringsegment_set.get(context__path="title")
        StringTranslation.objects.create(
            translation_of=title.string,
            locale=locales["it"],
            context=title.context,
            data=TITLES["it"],
        )
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        italian = english.get_translation(locales["it"])

        english = move_by_an_hour(english)
        # The translator saves, then publishes, in wagtail-localize's editor
        # (which reads the translation afresh for each request and rebuilds
        # the page from the source content frozen when it was last synced).
        Translation.objects.get(pk=translation.pk).save_target(publish=False)
        assert live(italian).start == english.start
        with django_capture_on_commit_callbacks(execute=True):
            Translation.objects.get(pk=translation.pk).save_target(publish=True)

        assert page_start(client, italian) == (
            english.local_start.isoformat(),
            TITLES["it"],
        )


class TestOneCalendarIdentity:
    def test_the_same_uid_and_sequence_in_every_language(self, client, webinar):
        before = feed_events(client, "en")
        [uid] = before
        assert uid.endswith("@cluster.example.org")
        for code in ("it", "ro"):
            assert list(feed_events(client, code)) == [uid]

        move_by_an_hour(webinar["en"])

        for code in ("en", "it", "ro"):
            vevent = feed_events(client, code)[uid]
            assert vevent["SEQUENCE"] == 1
            single = ics_event(client, live(webinar[code]).url + "ical/")
            assert (str(single["UID"]), single["SEQUENCE"]) == (uid, 1)

    def test_a_translators_edit_does_not_raise_the_sequence(self, client, webinar):
        italian = live(webinar["it"])
        italian.venue_name = "Sala riunioni virtuale"
        publish(italian)
        vevent = ics_event(client, live(webinar["it"]).url + "ical/")
        assert vevent["SEQUENCE"] == 0

    def test_each_category_once(self, client, webinar):
        topic = Topic.objects.create(
            name="Webinar", slug="webinar", locale=Locale.get_default()
        )
        tag(live(webinar["en"]), topic)
        vevent = ics_event(client, live(webinar["en"]).url + "ical/")
        assert [str(c) for c in vevent["CATEGORIES"].cats] == ["Webinar"]
