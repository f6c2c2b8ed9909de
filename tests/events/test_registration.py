"""Registering for an event as a visitor does it: the form on the event page,
places left, the waiting list, duplicates, bad input, the confirmation email
in the registrant's language with the .ics attached, and cancelling through
the signed link, which gives the place to the first person waiting."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from events.models import Registration, RegistrationStatus
from events.tokens import registration_token

pytestmark = pytest.mark.django_db

CONFIRMED = RegistrationStatus.CONFIRMED
WAITLISTED = RegistrationStatus.WAITLISTED
CANCELLED = RegistrationStatus.CANCELLED


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def register(client, page, **overrides):
    data = {
        "name": "Ana Pop",
        "email": "ana@example.org",
        "organisation": "Cluj County Hospital",
        "consent": "on",
        **overrides,
    }
    return client.post(page.url + "register/", data)


def places_text(client, page):
    return (
        soup(client.get(page.url))
        .select_one("#registration .lead")
        .get_text(strip=True)
    )


def attachment_calendar(message):
    [(filename, content, mimetype)] = message.attachments
    assert filename.endswith(".ics") and mimetype.startswith("text/calendar")
    return Calendar.from_ical(content)


def cancel_url(message):
    return next(
        line for line in message.body.splitlines() if "/cancel/" in line
    ).strip()


@pytest.fixture
def event(make_event):
    return make_event(
        title="Project management for R&D",
        registration_open=True,
        capacity=2,
        waitlist_enabled=True,
        attendance_mode="hybrid",
        online_url="https://meet.example.org/pm-room",
    )


class TestRegistering:
    def test_a_place_is_confirmed_and_emailed_with_the_calendar_file(
        self, client, event, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = register(client, event)
        assert response.status_code == 302
        assert response["Location"] == event.url + "#registration"
        page = client.get(response["Location"])
        assert "your place is confirmed" in soup(page).select_one(".notice").get_text()

        registration = Registration.objects.get()
        assert registration.status == CONFIRMED
        assert registration.event == event
        assert registration.language == "en"
        assert "stores my name" in registration.consent_text

        [message] = mail.outbox
        assert message.to == ["ana@example.org"]
        assert "Project management for R&D" in message.subject
        assert "https://meet.example.org/pm-room" in message.body
        assert cancel_url(message).startswith(
            f"https://cluster.example.org{event.url}cancel/{registration.pk}-"
        )
        [vevent] = attachment_calendar(message).walk("VEVENT")
        assert str(vevent["UID"]) == event.ical_uid
        assert "pm-room" in str(vevent["DESCRIPTION"])

    def test_visitors_see_the_places_left(self, client, make_event, event):
        many = make_event(registration_open=True, capacity=12)
        assert places_text(client, many) == "12 places left"
        assert places_text(client, event) == "2 places left"
        register(client, event)
        assert places_text(client, event) == "1 place left"

    def test_places_left_in_italian_and_romanian(self, client, make_event):
        source = make_event(registration_open=True, capacity=12)
        italian = make_event("it", source=source, title="Formazione")
        romanian = make_event("ro", source=source, title="Formare")
        assert places_text(client, italian) == "12 posti disponibili"
        assert places_text(client, romanian) == "12 locuri disponibile"

    def test_the_waiting_list_when_the_places_are_taken(
        self, client, event, django_capture_on_commit_callbacks
    ):
        register(client, event, email="one@example.org")
        register(client, event, email="two@example.org")
        assert places_text(client, event) == "Waiting list"
        button = soup(client.get(event.url)).select_one("#registration button")
        assert button.get_text() == "Join the waiting list"
        with django_capture_on_commit_callbacks(execute=True):
            register(client, event, email="three@example.org")
        assert Registration.objects.get(email="three@example.org").status == WAITLISTED
        [message] = mail.outbox
        assert "waiting list" in message.subject
        assert not message.attachments
        assert "pm-room" not in message.body

    def test_refused_when_full_and_there_is_no_list(self, client, make_event):
        full = make_event(registration_open=True, capacity=1, waitlist_enabled=False)
        register(client, full, email="one@example.org")
        response = register(client, full, email="two@example.org")
        assert response.status_code == 409
        assert (
            "All places are taken"
            in soup(response).select_one("[role=alert]").get_text()
        )
        assert Registration.objects.count() == 1
        assert places_text(client, full) == "Registration closed"

    def test_the_same_email_gets_its_registration_back(
        self, client, event, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            register(client, event, email="Ana@Example.org")
            response = register(client, event, email="ana@example.ORG")
        assert Registration.objects.count() == 1
        notices = soup(client.get(response["Location"])).select(".notice")
        assert "already registered" in notices[-1].get_text()
        assert len(mail.outbox) == 1

    def test_registrations_of_every_language_share_the_places(
        self, client, event, make_event
    ):
        italian = make_event("it", source=event, title="Gestione dei progetti")
        register(client, event, email="one@example.org")
        register(client, italian, email="due@example.org")
        registration = Registration.objects.get(email="due@example.org")
        assert registration.event == event
        assert registration.language == "it"
        assert places_text(client, italian) == "Lista d'attesa"

    def test_someone_who_cancelled_can_come_back(self, client, event):
        register(client, event)
        registration = Registration.objects.get()
        client.post(event.url + f"cancel/{registration_token(registration)}/")
        register(client, event)
        registration.refresh_from_db()
        assert registration.status == CONFIRMED
        assert Registration.objects.count() == 1


class TestBadInput:
    def expect_nothing_changed(self, response, status=400):
        assert response.status_code == status
        assert Registration.objects.count() == 0
        assert mail.outbox == []

    def test_missing_consent(self, client, event):
        response = register(client, event, consent="")
        self.expect_nothing_changed(response)
        field = soup(response).select_one(".form__field--error")
        assert "Please agree to the storing of your details" in field.get_text()
        # What the visitor typed is kept.
        assert soup(response).select_one("#id_email")["value"] == "ana@example.org"

    def test_malformed_email(self, client, event):
        response = register(client, event, email="ana@")
        self.expect_nothing_changed(response)
        assert (
            "Enter a valid email address."
            in soup(response).select_one(".form__field--error").get_text()
        )

    def test_errors_in_the_visitors_language(self, client, event, make_event):
        italian = make_event("it", source=event, title="Gestione dei progetti")
        response = register(client, italian, email="x", consent="")
        self.expect_nothing_changed(response)
        text = soup(response).select_one("#registration").get_text()
        assert "Inserisci un indirizzo email valido." in text
        assert "acconsentite alla conservazione dei vostri dati" in text

    def test_closed_registration(self, client, make_event):
        closed = make_event(
            registration_open=True,
            capacity=10,
            registration_opens_at=timezone.now() - timedelta(days=5),
            registration_closes_at=timezone.now() - timedelta(hours=1),
        )
        assert places_text(client, closed) == "Registration closed"
        assert not soup(client.get(closed.url)).select("#registration form")
        response = register(client, closed)
        self.expect_nothing_changed(response, status=409)
        assert "Registration is closed." in response.content.decode()

    def test_not_yet_open(self, client, make_event):
        later = make_event(
            registration_open=True,
            registration_opens_at=timezone.now() + timedelta(days=2),
        )
        assert places_text(client, later).startswith("Registration opens on")
        self.expect_nothing_changed(register(client, later), status=409)

    def test_an_event_that_takes_no_registrations(self, client, make_event):
        plain = make_event(registration_open=False)
        assert not soup(client.get(plain.url)).select("#registration")
        self.expect_nothing_changed(register(client, plain), status=409)

    def test_a_cancelled_event_takes_no_registrations(self, client, make_event):
        cancelled = make_event(registration_open=True, status="cancelled")
        self.expect_nothing_changed(register(client, cancelled), status=409)

    def test_a_bot_filling_the_hidden_field_registers_nobody(self, client, event):
        response = register(client, event, website_url="http://spam.example")
        assert response.status_code == 302
        assert Registration.objects.count() == 0

    def test_the_register_address_only_takes_posts(self, client, event):
        response = client.get(event.url + "register/")
        assert response.status_code == 302
        assert client.put(event.url + "register/").status_code == 405


class TestCancelling:
    @pytest.fixture
    def full_event(self, client, event, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            for email in ("one@example.org", "two@example.org", "three@example.org"):
                register(client, event, email=email)
        link = cancel_url(mail.outbox[0])
        mail.outbox.clear()
        return link

    def test_the_link_asks_first_then_cancels_and_promotes(
        self, client, event, full_event, django_capture_on_commit_callbacks
    ):
        page = client.get(full_event)
        assert page.status_code == 200
        assert "one@example.org" in page.content.decode()
        assert Registration.objects.get(email="one@example.org").status == CONFIRMED

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(full_event)
        assert response.status_code == 200
        assert "Your registration is cancelled" in response.content.decode()
        statuses = dict(Registration.objects.values_list("email", "status"))
        assert statuses == {
            "one@example.org": CANCELLED,
            "two@example.org": CONFIRMED,
            "three@example.org": CONFIRMED,
        }
        cancelled, promoted = sorted(mail.outbox, key=lambda m: m.to[0])
        assert cancelled.to == ["one@example.org"] and "cancelled" in cancelled.subject
        assert promoted.to == ["three@example.org"]
        assert "now yours" in promoted.subject
        assert "pm-room" in promoted.body
        attachment_calendar(promoted)

    def test_cancelling_twice_changes_nothing(
        self, client, full_event, django_capture_on_commit_callbacks
    ):
        client.post(full_event)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(full_event)
        assert "already cancelled" in response.content.decode()
        assert mail.outbox == []

    @pytest.mark.parametrize(
        "tamper",
        [
            lambda link: link[:-2] + ("AA" if not link.endswith("AA/") else "BB") + "/",
            lambda link: link.replace("/cancel/", "/cancel/9"),
            lambda link: link.rsplit("/cancel/", 1)[0] + "/cancel/not-a-token/",
        ],
    )
    def test_a_tampered_link_changes_nothing(self, client, full_event, tamper):
        link = tamper(full_event)
        for response in (client.get(link), client.post(link)):
            assert response.status_code in (400, 404)
        assert "not valid" in client.get(link).content.decode()
        assert not Registration.objects.filter(status=CANCELLED).exists()

    def test_a_link_for_another_event_is_refused(
        self, client, event, full_event, make_event
    ):
        other = make_event(registration_open=True)
        token = full_event.rstrip("/").rsplit("/", 1)[1]
        response = client.post(other.url + f"cancel/{token}/")
        assert response.status_code == 400
        assert not Registration.objects.filter(status=CANCELLED).exists()

    def test_more_places_move_people_up_when_published(
        self, client, event, full_event, django_capture_on_commit_callbacks
    ):
        event.capacity = 3
        with django_capture_on_commit_callbacks(execute=True):
            event.save_revision().publish()
        waiting = Registration.objects.get(email="three@example.org")
        assert waiting.status == CONFIRMED
        assert [m.to for m in mail.outbox] == [["three@example.org"]]


class TestEmailLanguage:
    def test_the_email_speaks_the_registrants_language(
        self, client, make_event, django_capture_on_commit_callbacks
    ):
        from datetime import datetime
        from zoneinfo import ZoneInfo

        rome = ZoneInfo("Europe/Rome")
        source = make_event(
            registration_open=True,
            capacity=5,
            start=datetime(2031, 3, 12, 10, 0, tzinfo=rome),
            end=datetime(2031, 3, 12, 13, 0, tzinfo=rome),
        )
        italian = make_event("it", source=source, title="Gestione dei progetti")
        with django_capture_on_commit_callbacks(execute=True):
            register(client, italian, email="luca@example.org")
        [message] = mail.outbox
        assert (
            message.subject == "Il vostro posto a “Gestione dei progetti” è confermato"
        )
        assert "mercoledì 12 marzo 2031, 10:00" in message.body
        assert "Europe/Rome" in message.body
        assert f"https://cluster.example.org{italian.url}\n" in message.body
        assert cancel_url(message).startswith(
            f"https://cluster.example.org{italian.url}cancel/"
        )
        assert message.extra_headers["Content-Language"] == "it"
        [vevent] = attachment_calendar(message).walk("VEVENT")
        assert str(vevent["SUMMARY"]) == "Gestione dei progetti"


class TestTheRegistrantsLanguage:
    """Where the event is not translated into the registrant's language, the
    email still speaks it and links to the source-language page, whose cancel
    page speaks it too."""

    @pytest.fixture
    def untranslated(self, make_event):
        return make_event(title="Writing proposals", registration_open=True)

    def test_an_italian_registrant_without_an_italian_page(
        self, client, untranslated, django_capture_on_commit_callbacks
    ):
        from wagtail.models import Locale

        # What wagtail-localize's tree sync puts in Italian: an alias.
        alias = untranslated.copy_for_translation(
            Locale.objects.get(language_code="it"), alias=True
        )
        assert alias.live and alias.url.startswith("/it/")
        with django_capture_on_commit_callbacks(execute=True):
            register(client, alias, email="luca@example.org")
        registration = Registration.objects.get()
        assert registration.language == "it"

        [message] = mail.outbox
        assert message.subject == "Il vostro posto a “Writing proposals” è confermato"
        assert message.extra_headers["Content-Language"] == "it"
        assert f"https://cluster.example.org{untranslated.url}\n" in message.body
        link = cancel_url(message)
        assert link.startswith(f"https://cluster.example.org{untranslated.url}cancel/")

        page = soup(client.get(link))
        assert page.html["lang"] == "it"
        assert page.h1.get_text(strip=True) == "Annullare un'iscrizione"
        title = page.select_one(".article__header .lead a")
        assert (title.get_text(), title["lang"]) == ("Writing proposals", "en")
        with django_capture_on_commit_callbacks(execute=True):
            done = soup(client.post(link))
        assert done.html["lang"] == "it"
        assert Registration.objects.get().status == CANCELLED
        assert mail.outbox[-1].extra_headers["Content-Language"] == "it"
