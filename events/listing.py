"""The events index as a visitor uses it: `?when=past`, `?kind=`, `?topic=`,
`?month=YYYY-MM` and `?page=`, through plain links and a GET form.

The query string is read and paginated by `home.listing`, which also decides
what bad input answers (404 with a notice, and the listing without the bad
value). The form only draws the filters that apply.
"""

import re
from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from home.listing import Listing, ListingQuery, listing_url, paginate
from home.models import Topic

from .forms import EventFilterForm
from .models import EventKind, EventPage, EventPageTopic
from .selectors import event_prefetch_cards

EVENTS_PER_PAGE = 12
UPCOMING, PAST = "upcoming", "past"
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")


def _month(value):
    """(year, month) of a "YYYY-MM" value between 2000 and 2100, or None."""
    match = MONTH_PATTERN.match(value)
    year, month = (int(match[1]), int(match[2])) if match else (0, 0)
    return (year, month) if 2000 <= year <= 2100 and 1 <= month <= 12 else None


@dataclass
class EventListing(Listing):
    """One page of the events index, with its filters and notices."""

    form: EventFilterForm
    when: str
    is_filtered: bool
    upcoming_url: str
    past_url: str

    @property
    def events(self):
        return self.pagination.items

    @property
    def is_past(self):
        return self.when == PAST


def event_index_listing(index, request, now=None):
    """The listing of `index` for the query string of `request`."""
    now = now or timezone.now()
    query = ListingQuery(request.GET)
    when = (
        query.one(
            "when",
            (UPCOMING, PAST),
            message=_("“%(value)s” is not a choice here: showing upcoming events."),
        )
        or UPCOMING
    )
    base = EventPage.objects.live().public().child_of(index).for_locale(index.locale_id)
    scope = base.past(now) if when == PAST else base.upcoming(now)

    kinds = dict(EventKind.choices)
    kind = query.one(
        "kind",
        kinds,
        message=_("There is no kind of event called “%(value)s”: showing every kind."),
    )
    # Any topic of this language is accepted (a link from a news item may
    # name one no event has yet); the menu offers those the events have.
    topics = dict(
        Topic.objects.filter(locale=index.locale)
        .order_by("name")
        .values_list("slug", "name")
    )
    topic = query.one(
        "topic",
        topics,
        message=_("There is no topic called “%(value)s”: showing every topic."),
    )
    month = query.one(
        "month",
        _month,
        message=_("“%(value)s” is not a month such as 2026-03: showing every month."),
    )

    events = scope
    if kind:
        events = events.of_kind(kind)
    if topic:
        events = events.with_topic(topic)
    if month:
        events = events.in_month(*_month(month))

    used = set(
        EventPageTopic.objects.filter(page__in=scope.values("pk")).values_list(
            "topic__slug", flat=True
        )
    )
    months = scope.datetimes("start", "month", tzinfo=timezone.get_current_timezone())
    months = sorted(set(months), reverse=when == PAST)
    form = EventFilterForm(
        kinds=kinds.items(),
        topics=[(slug, name) for slug, name in topics.items() if slug in used],
        months=[
            (f"{m.year:04d}-{m.month:02d}", date_format(m, "YEAR_MONTH_FORMAT"))
            for m in months
        ],
        selected={"kind": kind, "topic": topic, "month": month},
        topic_names=topics,
    )

    url = index.get_url(request)
    return EventListing(
        query=query,
        pagination=paginate(event_prefetch_cards(events), query, EVENTS_PER_PAGE, url),
        form=form,
        when=when,
        is_filtered=bool(kind or topic or month),
        upcoming_url=url,
        past_url=listing_url(url, [("when", PAST)]),
    )
