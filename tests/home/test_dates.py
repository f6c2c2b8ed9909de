"""Dates as each language writes them (config/formats): British English for
the source language, lower-case month and weekday names and no zero-padded
days in Italian and Romanian, on pages and in emails alike."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django import forms
from django.core import mail
from django.utils import formats, translation

from config.formats import names
from events.factories import EventIndexPageFactory, EventPageFactory
from events.services import registration_create
from home.formats import weekday_date
from tests.events.builders import publish
from tests.news.builders import add_news, build_indexes, translate_news
from tests.utils import translate

pytestmark = pytest.mark.django_db

ROME = ZoneInfo("Europe/Rome")
# A Wednesday.
START = datetime(2031, 12, 10, 9, 30, tzinfo=ROME)
END = datetime(2031, 12, 10, 13, 0, tzinfo=ROME)
EVENT_WHEN = {
    "en": "Wednesday 10 December 2031, 09:30–13:00",
    "it": "mercoledì 10 dicembre 2031, 09:30–13:00",
    "ro": "miercuri, 10 decembrie 2031, 09:30–13:00",
}
NEWS_DATE = {"en": "3 March 2031", "it": "3 marzo 2031", "ro": "3 martie 2031"}


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def event(site_tree):
    """An event on a Wednesday in December, in English, Italian and Romanian."""
    index = publish(EventIndexPageFactory(parent=site_tree["en"]["home"]))
    translate(index, "it", title="Eventi")
    translate(index, "ro", title="Evenimente")
    source = publish(
        EventPageFactory(
            parent=index,
            title="Writing proposals",
            start=START,
            end=END,
            registration_open=True,
        )
    )
    return {
        "en": source,
        "it": translate(source, "it", title="Scrivere proposte"),
        "ro": translate(source, "ro", title="Scrierea propunerilor"),
    }


class TestPages:
    @pytest.mark.parametrize("code", ["en", "it", "ro"])
    def test_event_page(self, client, event, code):
        when = soup(client.get(event[code].url)).select_one(".facts dd")
        assert EVENT_WHEN[code] in when.get_text()

    @pytest.mark.parametrize("code", ["en", "it", "ro"])
    def test_news_page(self, client, site_tree, code):
        indexes = build_indexes(site_tree)
        news = add_news(indexes["en"], title="Call won", date=date(2031, 3, 3))
        page = news if code == "en" else translate_news(news, code, title="Bando")
        time = soup(client.get(page.url)).select_one("article header time")
        assert time["datetime"] == "2031-03-03"
        assert time.get_text(strip=True) == NEWS_DATE[code]


class TestEmails:
    @pytest.mark.parametrize("code", ["en", "it", "ro"])
    def test_confirmation_email(self, event, code, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            registration_create(
                event[code],
                name="Ana Pop",
                email="ana@example.org",
                language=code,
                consent="yes",
            )
        [message] = mail.outbox
        assert EVENT_WHEN[code].replace("–", " – ") in message.body


class TestConventions:
    @pytest.mark.parametrize("code", ["it", "ro"])
    def test_month_and_weekday_names_are_lower_case(self, code):
        with translation.override(code):
            for name in [*names.MONTHS, *names.WEEKDAYS, *names.WEEKDAYS_ABBR]:
                translated = translation.gettext(name)
                assert translated == translated.lower()
            for name in names.MONTHS_ALT:
                assert str(name) == str(name).lower()

    def test_other_languages_keep_their_own_conventions(self):
        # German writes months with a capital and has no format module here:
        # Django's conventions, and a weekday date built from its DATE_FORMAT.
        with translation.override("de"):
            assert formats.date_format(START, "DATE_FORMAT") == "10. Dezember 2031"
            assert weekday_date(START) == "Mittwoch, 10. Dezember 2031"

    @pytest.mark.parametrize(
        ("code", "expected"),
        [
            ("en", "10 December 2031, 09:30"),
            ("it", "10 dicembre 2031, 09:30"),
            ("ro", "10 decembrie 2031, 09:30"),
        ],
    )
    def test_named_formats(self, code, expected):
        naive = START.replace(tzinfo=None)
        with translation.override(code):
            assert formats.date_format(naive, "DATETIME_FORMAT") == expected

    def test_typed_english_dates_are_read_the_british_way(self):
        with translation.override("en"):
            assert forms.DateField().clean("03/12/2031") == date(2031, 12, 3)
