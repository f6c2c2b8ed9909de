"""Models of the events app, split by what they are for:

- choices: kinds, attendance modes, statuses, countries, languages, time zones;
- index_page: EventIndexPage, the events section of one language;
- pages: EventPage, with display: what templates show of an event beyond its
  fields (local times, place, topics, calendar address);
- querysets: the listing verbs of EventPage (upcoming, past, for_locale ...);
- related: EventPageTopic, the topics of an event (translated with the page);
- registration: Registration (a person's place or waiting-list entry) and
  EventCalendarState (the iCalendar SEQUENCE of an event, in every language).
"""

from .choices import AttendanceMode, EventKind, EventStatus
from .index_page import EventIndexPage
from .pages import EventPage
from .querysets import EventPageQuerySet
from .registration import EventCalendarState, Registration, RegistrationStatus
from .related import EventPageTopic

__all__ = [
    "AttendanceMode",
    "EventCalendarState",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventPageQuerySet",
    "EventPageTopic",
    "EventStatus",
    "Registration",
    "RegistrationStatus",
]
