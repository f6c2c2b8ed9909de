"""iCalendar (RFC 5545) files with the `icalendar` library: one event to add
to a calendar, a subscribable feed per language, and the private copy
attached to a registration email.

Times carry the event's own TZID, with the VTIMEZONE definitions generated
from the time zone database for the span of the events. UID stays the same
across edits and is the same in every language (EventPage.ical_uid); SEQUENCE
is the count of published changes to the source page's dates, place or status
(EventCalendarState), also shared by every language."""

from datetime import UTC, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress, vDuration, vText

from .models import EventStatus
from .selectors import event_calendar_sequences

PRODID = "-//ImagoMol//Events//EN"
STATUSES = {
    EventStatus.CANCELLED: "CANCELLED",
    EventStatus.POSTPONED: "TENTATIVE",
}
# How often subscribed calendar clients should fetch the feed again.
REFRESH_INTERVAL = timedelta(hours=6)


def _site_settings(page):
    from home.models import SiteSettings

    site = page.get_site()
    return SiteSettings.for_site(site) if site else None


def _summary(page):
    if page.status == EventStatus.CANCELLED:
        return _("Cancelled: %(title)s") % {"title": page.title}
    if page.status == EventStatus.POSTPONED:
        return _("Postponed: %(title)s") % {"title": page.title}
    return page.title


def _location(page, private):
    venue = ", ".join(page.venue_parts)
    online = page.is_online
    if private and online and page.online_url:
        return f"{venue} · {page.online_url}" if venue else page.online_url
    if venue and online:
        return _("%(venue)s, and online") % {"venue": venue}
    if online:
        return _("Online")
    return venue


def _description(page, url, private):
    parts = [page.summary]
    if page.status == EventStatus.POSTPONED:
        parts.append(_("Postponed: the new date will be announced."))
    if private and page.is_online and page.online_url:
        parts.append(_("Join online: %(url)s") % {"url": page.online_url})
    parts.append(url)
    return "\n\n".join(part for part in parts if part)


def _categories(page):
    """The kind and the topics, each once: a "Training" event with the topic
    "Training" is in one category, not two."""
    names = {}
    for name in [str(page.get_kind_display())] + [t["name"] for t in page.topics]:
        if name:
            names.setdefault(name.casefold(), name)
    return list(names.values())


def event_component(page, *, private=False, organiser=None, request=None):
    """The VEVENT for `page`. `private` adds the online link, for the copy
    only registered people receive."""
    url = page.get_full_url(request)
    if not hasattr(page, "calendar_sequence"):
        event_calendar_sequences([page])
    event = Event()
    event.add("uid", page.ical_uid)
    event.add("dtstamp", (page.last_published_at or timezone.now()).astimezone(UTC))
    event.add("sequence", page.calendar_sequence)
    event.add("dtstart", page.local_start)
    event.add("dtend", page.local_end)
    event.add("summary", _summary(page))
    event.add("description", _description(page, url, private))
    location = _location(page, private)
    if location:
        event.add("location", location)
    event.add("url", url)
    event.add("status", STATUSES.get(page.status, "CONFIRMED"))
    event.add("transp", "OPAQUE")
    event.add("class", "PUBLIC")
    event.add("categories", _categories(page))
    if page.first_published_at:
        event.add("created", page.first_published_at.astimezone(UTC))
    if page.last_published_at:
        event.add("last-modified", page.last_published_at.astimezone(UTC))
    if organiser is not None:
        event.add("organizer", organiser)
    return event


def _organiser(page):
    site_settings = _site_settings(page)
    if site_settings is None or not site_settings.email:
        return None
    organiser = vCalAddress(f"mailto:{site_settings.email}")
    organiser.params["cn"] = vText(site_settings.organisation_name)
    return organiser


def _calendar(name=None, description=None):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("name", name)
        calendar.add("x-wr-calname", vText(name))
    if description:
        calendar.add("description", description)
        calendar.add("x-wr-caldesc", vText(description))
    return calendar


def _finish(calendar, events):
    """Add the VTIMEZONEs the events use, defined for a span around them
    (a shorter definition than the library's 1970-2038 default)."""
    if events:
        first = min(page.local_start for page in events).date()
        last = max(page.local_end for page in events).date()
        calendar.add_missing_timezones(
            first_date=first - timedelta(days=366),
            last_date=last + timedelta(days=366),
        )
    return calendar.to_ical()


def event_ical(page, *, private=False, request=None):
    """One event as an .ics file (bytes)."""
    calendar = _calendar()
    calendar.add_component(
        event_component(
            page, private=private, organiser=_organiser(page), request=request
        )
    )
    return _finish(calendar, [page])


def events_feed_ical(index, events, request=None):
    """The calendar feed of one language's events (bytes)."""
    site_settings = _site_settings(index)
    organisation = getattr(site_settings, "organisation_name", "") or "ImagoMol"
    calendar = _calendar(
        name=_("%(organisation)s events") % {"organisation": organisation},
        description=index.search_description or index.introduction,
    )
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH_INTERVAL))
    organiser = _organiser(index)
    for page in events:
        calendar.add_component(
            event_component(page, organiser=organiser, request=request)
        )
    return _finish(calendar, events)
