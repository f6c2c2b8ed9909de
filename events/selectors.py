"""Reads of the events app: listings, the home section, the feed, and what a
visitor may do about registering."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from home.locale import locale_lookup
from home.models import Topic
from home.selectors import page_translation_in

from .forms import EventFilterForm, RegistrationForm
from .models import (
    EventCalendarState,
    EventIndexPage,
    EventKind,
    EventPage,
    EventPageTopic,
    EventStatus,
    Registration,
    RegistrationStatus,
)

EVENTS_PER_PAGE = 12
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
    from home.structured_data import json_ld_script

    from .structured_data import event_structured_data

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


def _with_card_data(queryset):
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
    return list(_with_card_data(events)[:limit])


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
    return list(_with_card_data(events)[:limit])


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


@dataclass
class EventListing:
    """One page of the events index, with its filters and the notices about
    the query-string values that were ignored."""

    events: list
    page: object
    form: EventFilterForm
    when: str
    notices: list = field(default_factory=list)
    filters: dict = field(default_factory=dict)
    page_links: list = field(default_factory=list)
    previous_url: str = ""
    next_url: str = ""
    upcoming_url: str = "?"
    past_url: str = "?"

    @property
    def is_past(self):
        return self.when == EventFilterForm.PAST

    @property
    def is_filtered(self):
        return any(key != "when" for key in self.filters)


def _query(params, **changes):
    values = {**params, **changes}
    values = {key: value for key, value in values.items() if value not in (None, "")}
    return "?" + urlencode(values) if values else "?"


def event_index_listing(index, params, now=None):
    """The listing for `index` given the query string `params`. Bad values
    are ignored, each with a notice that says so: never an error page."""
    now = now or timezone.now()
    base = EventPage.objects.live().public().child_of(index).for_locale(index.locale_id)
    when = params.get("when")
    if when not in (EventFilterForm.UPCOMING, EventFilterForm.PAST):
        when = EventFilterForm.UPCOMING  # the form reports a bad value
    scope = base.past(now) if when == EventFilterForm.PAST else base.upcoming(now)

    locale = index.locale
    known_topics = Topic.objects.filter(locale=locale).order_by("name")
    used = EventPageTopic.objects.filter(page__in=scope.values("pk")).values("topic")
    months = scope.datetimes("start", "month", tzinfo=timezone.get_current_timezone())
    months = sorted(set(months), reverse=when == EventFilterForm.PAST)
    form = EventFilterForm(
        params,
        kinds=EventKind.choices,
        topics=[(t.slug, t.name) for t in known_topics.filter(pk__in=used)],
        known_topics=[(t.slug, t.name) for t in known_topics],
        months=[
            (f"{m.year:04d}-{m.month:02d}", date_format(m, "YEAR_MONTH_FORMAT"))
            for m in months
        ],
    )
    form.is_valid()
    notices = [str(error) for errors in form.errors.values() for error in errors]
    cleaned = {
        name: value
        for name, value in getattr(form, "cleaned_data", {}).items()
        if name not in form.errors and value
    }

    filters = {"when": when} if when != EventFilterForm.UPCOMING else {}
    events = scope
    if cleaned.get("kind"):
        events = events.of_kind(cleaned["kind"])
        filters["kind"] = cleaned["kind"]
    if cleaned.get("topic"):
        events = events.with_topic(cleaned["topic"])
        filters["topic"] = cleaned["topic"]
    if cleaned.get("month"):
        year, month = cleaned["month"]
        events = events.in_month(year, month)
        filters["month"] = f"{year:04d}-{month:02d}"

    paginator = Paginator(_with_card_data(events), EVENTS_PER_PAGE)
    page_number = params.get("page") or "1"
    try:
        number = int(page_number)
    except ValueError:
        number = 1
        notices.append(
            _("“%(value)s” is not a page number: showing the first page.")
            % {"value": page_number}
        )
    else:
        if not 1 <= number <= paginator.num_pages:
            notices.append(
                _("There is no page %(number)s: showing page %(shown)s.")
                % {
                    "number": number,
                    "shown": min(max(number, 1), paginator.num_pages),
                }
            )
            number = min(max(number, 1), paginator.num_pages)
    page = paginator.page(number)

    page_links = [
        {
            "number": item,
            "url": _query(filters, page=item if item != 1 else None),
            "current": item == page.number,
            "gap": item == Paginator.ELLIPSIS,
        }
        for item in paginator.get_elided_page_range(page.number, on_each_side=2)
    ]
    return EventListing(
        events=list(page.object_list),
        page=page,
        form=form,
        when=when,
        notices=notices,
        filters=filters,
        page_links=page_links if paginator.num_pages > 1 else [],
        previous_url=(
            _query(filters, page=page.previous_page_number())
            if page.has_previous()
            else ""
        ),
        next_url=_query(filters, page=page.next_page_number())
        if page.has_next()
        else "",
        upcoming_url=_query({}),
        past_url=_query({"when": EventFilterForm.PAST}),
    )
