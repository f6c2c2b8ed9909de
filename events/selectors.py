"""Reads of the events app: the home section, a member's events, the feed,
and what a visitor may do about registering. The index listing is in
listing.py."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Locale

from home.locale import locale_lookup
from home.selectors import page_translation_in
from home.structured_data import json_ld_script

from .forms import RegistrationForm
from .models import (
    EventCalendarState,
    EventIndexPage,
    EventPage,
    EventPageTopic,
    EventStatus,
    Registration,
    RegistrationStatus,
)
from .structured_data import event_structured_data

# How far back the calendar feed reaches, so subscribers keep recent events.
FEED_HISTORY = timedelta(days=365)
CARD_RENDITION = "fill-480x320|format-webp"


# Registration -------------------------------------------------------------


@dataclass(frozen=True)
class RegistrationState:
    """What a visitor can do about registering for an event.

    phase is one of: "none" (the event takes no registrations), "not_yet"
    (opens later), "open" (places left, or no limit), "waitlist" (full, the
    waiting list is open), "full" (full, no list), "closed"."""

    phase: str
    places_left: int | None = None
    opens_at: datetime | None = None
    closes_at: datetime | None = None

    @property
    def accepts(self):
        return self.phase in ("open", "waitlist")

    @property
    def shown(self):
        return self.phase != "none"


def registration_state(event, now=None):
    """The registration state of `event`, which must be the source-language
    event (EventPage.get_source_event) that registrations belong to."""
    now = now or timezone.now()
    if not event.registration_open:
        return RegistrationState("none")
    closes_at = event.registration_closes_at or event.start
    opens_at = event.registration_opens_at
    if event.status == EventStatus.CANCELLED or now >= closes_at or now >= event.end:
        return RegistrationState("closed", closes_at=closes_at)
    if opens_at and now < opens_at:
        return RegistrationState("not_yet", opens_at=opens_at, closes_at=closes_at)
    if event.capacity is None:
        return RegistrationState("open", closes_at=closes_at)
    confirmed = registration_count_confirmed(event)
    places_left = max(event.capacity - confirmed, 0)
    if places_left:
        return RegistrationState("open", places_left=places_left, closes_at=closes_at)
    phase = "waitlist" if event.waitlist_enabled else "full"
    return RegistrationState(phase, places_left=0, closes_at=closes_at)


def registration_count_confirmed(event):
    return Registration.objects.filter(
        event=event, status=RegistrationStatus.CONFIRMED
    ).count()


def registration_first_waitlisted(event, count):
    """The first `count` people on the waiting list, in the order they came."""
    return list(
        Registration.objects.filter(
            event=event, status=RegistrationStatus.WAITLISTED
        ).order_by("created_at", "pk")[:count]
    )


def event_in_language(event, language_code):
    """`event` in `language_code` when it has a real translation there, else
    the event itself."""
    return page_translation_in(event, language_code) or event


# The event page -----------------------------------------------------------


def event_page_context(page, request, form=None):
    """The event page's extra context: registration state and form, the
    calendar links and the schema.org data."""
    state = registration_state(page.get_source_event())
    if form is None and state.accepts:
        form = RegistrationForm(consent_text=page.consent_text)
    parent = page.get_parent().specific
    return {
        "registration": state,
        "registration_form": form if state.accepts else None,
        "privacy_page": page.privacy_page.localized if page.privacy_page else None,
        "feed_url": parent.feed_url if isinstance(parent, EventIndexPage) else None,
        "structured_data": json_ld_script(event_structured_data(page, request, state)),
    }


# Listings -----------------------------------------------------------------


def event_prefetch_cards(queryset):
    """Everything a card shows, in a fixed number of queries."""
    images = get_image_model().objects.prefetch_renditions(CARD_RENDITION)
    topics = EventPageTopic.objects.select_related("topic").order_by("sort_order")
    return queryset.select_related("locale").prefetch_related(
        Prefetch("image", queryset=images),
        Prefetch("event_topics", queryset=topics),
    )


def event_list_upcoming(locale, limit=3, now=None):
    """The next `limit` events in `locale` (a Locale or a language code) that
    are not cancelled: the home page's section."""
    events = (
        EventPage.objects.live()
        .public()
        .for_locale(locale)
        .upcoming(now)
        .exclude(status=EventStatus.CANCELLED)
    )
    return list(event_prefetch_cards(events)[:limit])


def event_list_upcoming_for_member(member_page, limit=3, now=None):
    """The next events run by the member organisation `member_page`, in the
    profile's language (events link to the member's source page, so the match
    is on its translation key)."""
    events = (
        EventPage.objects.live()
        .public()
        .for_locale(member_page.locale_id)
        .upcoming(now)
        .filter(member__translation_key=member_page.translation_key)
    )
    return list(event_prefetch_cards(events)[:limit])


def event_index_for_locale(locale):
    """The live events index of `locale` (a Locale, its id or its language
    code), or None."""
    return EventIndexPage.objects.live().filter(**locale_lookup(locale)).first()


def event_feed_events(index, now=None):
    """The events of the index's language for its calendar feed: every
    upcoming one and those of the past year, cancelled ones included (so that
    subscribers' calendars learn of the cancellation)."""
    now = now or timezone.now()
    events = (
        EventPage.objects.live()
        .public()
        .child_of(index)
        .for_locale(index.locale_id)
        .filter(end__gte=now - FEED_HISTORY)
        .select_related("locale")
        .prefetch_related(
            Prefetch(
                "event_topics",
                queryset=EventPageTopic.objects.select_related("topic"),
            )
        )
        .order_by("start", "pk")
    )
    return event_calendar_sequences(list(events))


def event_calendar_sequences(events):
    """`events`, each with `calendar_sequence`: its iCalendar SEQUENCE, the
    same in every language (one query for all of them)."""
    sequences = dict(
        EventCalendarState.objects.filter(
            translation_key__in=[event.translation_key for event in events]
        ).values_list("translation_key", "sequence")
    )
    for event in events:
        event.calendar_sequence = sequences.get(event.translation_key, 0)
    return events


# Sections of other apps' pages (registered in wagtail_hooks.py) -------------


def event_home_section(page, request):
    """The next three events of the home page's language, with the
    language's calendar feed for the page's <head> (`head_links`)."""
    events = event_list_upcoming(page.locale, limit=3)
    if not events:
        return None
    index = event_index_for_locale(page.locale)
    head_links = []
    if index is not None and index.feed_url:
        head_links.append(
            {
                "type": "text/calendar",
                "title": _("Events (iCalendar)"),
                "href": index.feed_url,
            }
        )
    return {
        "template": "events/includes/home_upcoming.html",
        "order": 20,
        "events": events,
        "index": index,
        "head_links": head_links,
    }


def event_member_section(page, request):
    """A member's upcoming events on its profile in the directory."""
    events = event_list_upcoming_for_member(page)
    if not events:
        return None
    return {
        "template": "events/includes/member_upcoming.html",
        "order": 20,
        "events": events,
    }


def event_index_pages_for_members():
    """Member accounts may submit events (for moderation) under the events
    index of the source language."""
    return EventIndexPage.objects.filter(locale=Locale.get_default())
