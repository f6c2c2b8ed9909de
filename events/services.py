"""Writes of the events app: registering, cancelling, moving people up from
the waiting list (the emails about it are sent from tasks: emails.py), and
the iCalendar sequence. The signed cancel links are in tokens.py.

Capacity under concurrency: every write that counts places first locks the
source-language event row (SELECT ... FOR UPDATE on PostgreSQL), so
registrations for one event are decided one at a time. SQLite has no row
locks but one writer at a time: there the transaction starts with BEGIN
IMMEDIATE, taking the write lock before it reads, and a "database is locked"
answer is retried with back-off."""

import hashlib
import random
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC
from functools import partial

from django.db import IntegrityError, OperationalError, connections, transaction
from django.db.models import Value
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import (
    EventCalendarState,
    EventPage,
    EventStatus,
    Registration,
    RegistrationStatus,
)
from .selectors import (
    registration_count_confirmed,
    registration_first_waitlisted,
    registration_state,
)
from .tasks import registration_email_send

# How long a registration keeps trying while SQLite is busy with others.
LOCK_PATIENCE = 20
LOCK_MESSAGES = ("database is locked", "database table is locked")


class RegistrationError(Exception):
    """A registration that cannot be taken; the message is for the visitor."""


class RegistrationClosed(RegistrationError):
    pass


class EventFull(RegistrationError):
    pass


@dataclass(frozen=True)
class RegistrationResult:
    registration: Registration
    created: bool  # False: this email had registered already


# Transactions that hold the capacity --------------------------------------


@contextmanager
def _begin_immediate(connection):
    """On SQLite, start the next transaction with BEGIN IMMEDIATE: the write
    lock is taken (waiting up to the busy timeout) before anything is read,
    so two registrations cannot both count the same free place, and no
    transaction has to be abandoned half-way when it comes to write.
    (DATABASES OPTIONS {"transaction_mode": "IMMEDIATE"} does this for every
    transaction; this covers the case where it is not set.)"""
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        yield
        return
    connection.ensure_connection()
    previous = connection.transaction_mode
    connection.transaction_mode = previous or "IMMEDIATE"
    try:
        yield
    finally:
        connection.transaction_mode = previous


def _is_lock_error(error):
    return any(message in str(error) for message in LOCK_MESSAGES)


def _write(func, using="default"):
    """Run `func` in a transaction, retrying it (for up to LOCK_PATIENCE
    seconds) when SQLite reports the database locked. Inside an outer
    transaction it runs once, as part of it."""
    connection = connections[using]
    nested = connection.in_atomic_block
    deadline = time.monotonic() + LOCK_PATIENCE
    attempt = 0
    while True:
        try:
            with _begin_immediate(connection), transaction.atomic(using=using):
                return func()
        except OperationalError as error:
            if nested or not _is_lock_error(error) or time.monotonic() > deadline:
                raise
        # Jittered exponential back-off: 5 ms, 10 ms ... at most 250 ms.
        delay = min(0.005 * 2**attempt, 0.25)
        time.sleep(delay * (0.5 + random.random()))  # noqa: S311
        attempt += 1


def _event_lock(event):
    """The event row, locked until the transaction ends."""
    return (
        EventPage.objects.select_for_update(of=("self",))
        .select_related("locale")
        .get(pk=event.pk)
    )


def _find_by_email(event, email):
    # The database's LOWER() on both sides, as in the unique constraint.
    return (
        Registration.objects.annotate(email_lower=Lower("email"))
        .filter(event=event, email_lower=Lower(Value(email)))
        .first()
    )


def _email_later(registration, kind):
    transaction.on_commit(
        partial(registration_email_send.enqueue, registration.pk, str(kind))
    )


# Registering and cancelling -------------------------------------------------


def registration_create(page, *, name, email, organisation="", language, consent):
    """Register `email` for the event on `page` (in any language). Returns a
    RegistrationResult; the same email (any case) gets its registration back.
    Raises RegistrationClosed or EventFull, changing nothing."""
    source = page.get_source_event()

    def attempt():
        event = _event_lock(source)
        existing = _find_by_email(event, email)
        if existing is not None and existing.is_active:
            return RegistrationResult(existing, created=False)
        state = registration_state(event)
        if state.phase == "full":
            raise EventFull(_("All places are taken."))
        if not state.accepts:
            raise RegistrationClosed(_("Registration is closed."))
        status = (
            RegistrationStatus.CONFIRMED
            if state.phase == "open"
            else RegistrationStatus.WAITLISTED
        )
        values = {
            "name": name,
            "organisation": organisation,
            "language": language,
            "status": status,
            "consent_text": consent,
            "cancelled_at": None,
        }
        if existing is not None:
            # Someone who cancelled comes back: a new place or list entry.
            for key, value in values.items():
                setattr(existing, key, value)
            existing.created_at = timezone.now()
            existing.save()
            registration = existing
        else:
            try:
                with transaction.atomic():
                    registration = Registration.objects.create(
                        event=event, email=email, **values
                    )
            except IntegrityError:
                # Only reachable without the row lock's protection.
                return RegistrationResult(_find_by_email(event, email), created=False)
        _email_later(registration, status)
        return RegistrationResult(registration, created=True)

    return _write(attempt)


def registration_cancel(registration):
    """Cancel `registration`, give its place to the first person waiting and
    email both. Cancelling twice changes nothing. Returns the registration."""

    def attempt():
        event = _event_lock(registration.event)
        current = Registration.objects.get(pk=registration.pk)
        if current.status == RegistrationStatus.CANCELLED:
            return current
        current.status = RegistrationStatus.CANCELLED
        current.cancelled_at = timezone.now()
        current.save(update_fields=["status", "cancelled_at", "updated_at"])
        _email_later(current, RegistrationStatus.CANCELLED)
        _promote(event)
        return current

    return _write(attempt)


def registration_waitlist_promote(event):
    """Give free places to the people waiting, first come first served (after
    a cancellation, a deletion in the admin, or a larger capacity)."""

    def attempt():
        try:
            locked = _event_lock(event)
        except EventPage.DoesNotExist:
            return []
        return _promote(locked)

    return _write(attempt)


def _promote(event):
    if event.status == EventStatus.CANCELLED or event.end <= timezone.now():
        return []
    if event.capacity is None:
        free = Registration.objects.filter(
            event=event, status=RegistrationStatus.WAITLISTED
        ).count()
    else:
        free = event.capacity - registration_count_confirmed(event)
    promoted = registration_first_waitlisted(event, max(free, 0))
    for registration in promoted:
        registration.status = RegistrationStatus.CONFIRMED
        registration.save(update_fields=["status", "updated_at"])
        _email_later(registration, "promoted")
    return promoted


# The calendar sequence --------------------------------------------------------


def calendar_fingerprint(page):
    """What calendar clients must be told about when it changes: dates,
    time zone, status and place."""
    fields = [
        page.start.astimezone(UTC).isoformat() if page.start else "",
        page.end.astimezone(UTC).isoformat() if page.end else "",
        page.time_zone,
        page.status,
        page.attendance_mode,
        page.venue_name,
        page.venue_address,
        page.venue_city,
        page.venue_country,
    ]
    return hashlib.sha256("\x1f".join(fields).encode()).hexdigest()


def event_calendar_state_update(page):
    """After the source page of an event is published: raise the event's
    iCalendar SEQUENCE (shared by every language) when its dates, place or
    status changed since the last publication."""
    fingerprint = calendar_fingerprint(page)
    with transaction.atomic():
        state, created = EventCalendarState.objects.select_for_update().get_or_create(
            translation_key=page.translation_key, defaults={"fingerprint": fingerprint}
        )
        if not created and state.fingerprint != fingerprint:
            state.sequence += 1
            state.fingerprint = fingerprint
            state.save(update_fields=["sequence", "fingerprint", "updated_at"])
    return state
