"""Capacity holds when many people register at the same moment: real
concurrent requests, each thread with its own client and database
connection, released together by a barrier.

On PostgreSQL the registrations of one event are serialised by a row lock on
the event (SELECT ... FOR UPDATE). SQLite has one writer at a time; there the
service starts its transaction with BEGIN IMMEDIATE and retries "database is
locked", so a smaller crowd is enough to show the same guarantee."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core import mail
from django.db import connection, connections
from django.db.backends.signals import connection_created
from django.test import Client
from wagtail.models import Locale, Page, Site

from events.models import Registration, RegistrationStatus
from home.models import SiteSettings

# Real transactions: each thread commits its own.
# One worker runs all of these, one after the other: two crowds of 50 at once
# on two pytest-xdist workers would pass PostgreSQL's 100 connections.
pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.xdist_group("concurrency"),
]


@pytest.fixture(autouse=True)
def wagtail_root():
    """Transactional tests end by emptying the database, which takes away
    Wagtail's root page (made by a data migration, not recreated by the
    post-migrate signals that the flush sends): put it back when missing.
    (serialized_rollback cannot restore it: wagtail-localize's signals query
    locales before they are loaded back.)"""
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(
            instance=Page(title="Root", slug="root", locale=Locale.get_default())
        )


def register_all_at_once(page, people):
    barrier = threading.Barrier(people)

    def register(number):
        try:
            client = Client()
            barrier.wait(timeout=60)
            response = client.post(
                page.url + "register/",
                {
                    "name": f"Person {number}",
                    "email": f"person{number}@example.org",
                    "consent": "on",
                },
            )
            return response.status_code
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=people) as pool:
        return sorted(pool.map(register, range(people)))


def statuses(page):
    counts = {}
    for status in Registration.objects.filter(event=page).values_list(
        "status", flat=True
    ):
        counts[status] = counts.get(status, 0) + 1
    return counts


@pytest.fixture
def postgres():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: set DATABASE_URL=postgres://...")


@pytest.mark.postgres
class TestOnPostgreSQL:
    def test_fifty_people_for_ten_places_with_a_waiting_list(
        self, postgres, make_event
    ):
        event = make_event(registration_open=True, capacity=10, waitlist_enabled=True)
        codes = register_all_at_once(event, 50)
        assert codes == [302] * 50
        assert statuses(event) == {
            RegistrationStatus.CONFIRMED: 10,
            RegistrationStatus.WAITLISTED: 40,
        }
        assert len(mail.outbox) == 50

    def test_fifty_people_for_ten_places_without_a_list(self, postgres, make_event):
        event = make_event(registration_open=True, capacity=10, waitlist_enabled=False)
        codes = register_all_at_once(event, 50)
        assert codes == [302] * 10 + [409] * 40
        assert statuses(event) == {RegistrationStatus.CONFIRMED: 10}


@pytest.fixture
def readers_not_blocked_by_the_writer(site_tree):
    """The SQLite test database lives in memory with a shared cache, where a
    writer blocks every reader of its tables ("database table is locked"), so
    that merely showing a page could fail while someone registers. A SQLite
    file, as the site uses, lets readers read meanwhile; read_uncommitted
    gives the in-memory database the same behaviour. Writers are still one at
    a time, which is what holds the capacity."""

    # The emails read the site settings, which are made on first use: make
    # them now, rather than as one more writer in the crowd.
    SiteSettings.for_site(Site.objects.get(is_default_site=True))

    def allow_reads(sender, connection, **kwargs):
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            connection.cursor().execute("PRAGMA read_uncommitted = 1")

    connection_created.connect(allow_reads)
    yield
    connection_created.disconnect(allow_reads)


class TestOnAnyDatabase:
    @pytest.mark.usefixtures("readers_not_blocked_by_the_writer")
    def test_twenty_people_for_five_places(self, make_event):
        event = make_event(registration_open=True, capacity=5, waitlist_enabled=True)
        codes = register_all_at_once(event, 20)
        assert codes == [302] * 20
        assert statuses(event) == {
            RegistrationStatus.CONFIRMED: 5,
            RegistrationStatus.WAITLISTED: 15,
        }
        assert len(mail.outbox) == 20
