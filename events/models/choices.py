"""The fixed vocabularies of an event: kinds, attendance modes, statuses,
countries, the languages an event may be held in, and time zones."""

import zoneinfo
from functools import cache

from django.conf.global_settings import LANGUAGES as ALL_LANGUAGES
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    TRAINING = "training", _("Training")
    WEBINAR = "webinar", _("Webinar")
    CONFERENCE = "conference", _("Conference")
    NETWORKING = "networking", _("Networking")
    INFO_DAY = "info_day", _("Info day")


class AttendanceMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("In person and online")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")
    RESCHEDULED = "rescheduled", _("Rescheduled")
    MOVED_ONLINE = "moved_online", _("Moved online")


# ISO 3166-1 alpha-2 codes of the countries the cluster holds events in: the
# EU, the EEA, and the neighbours that take part in EU programmes.
COUNTRIES = [
    ("AL", _("Albania")),
    ("AT", _("Austria")),
    ("BA", _("Bosnia and Herzegovina")),
    ("BE", _("Belgium")),
    ("BG", _("Bulgaria")),
    ("CH", _("Switzerland")),
    ("CY", _("Cyprus")),
    ("CZ", _("Czechia")),
    ("DE", _("Germany")),
    ("DK", _("Denmark")),
    ("EE", _("Estonia")),
    ("ES", _("Spain")),
    ("FI", _("Finland")),
    ("FR", _("France")),
    ("GB", _("United Kingdom")),
    ("GR", _("Greece")),
    ("HR", _("Croatia")),
    ("HU", _("Hungary")),
    ("IE", _("Ireland")),
    ("IS", _("Iceland")),
    ("IT", _("Italy")),
    ("LI", _("Liechtenstein")),
    ("LT", _("Lithuania")),
    ("LU", _("Luxembourg")),
    ("LV", _("Latvia")),
    ("MD", _("Moldova")),
    ("ME", _("Montenegro")),
    ("MK", _("North Macedonia")),
    ("MT", _("Malta")),
    ("NL", _("Netherlands")),
    ("NO", _("Norway")),
    ("PL", _("Poland")),
    ("PT", _("Portugal")),
    ("RO", _("Romania")),
    ("RS", _("Serbia")),
    ("SE", _("Sweden")),
    ("SI", _("Slovenia")),
    ("SK", _("Slovakia")),
    ("TR", _("Türkiye")),
    ("UA", _("Ukraine")),
]

# Languages an event can be held in: Django's list (whose names Django itself
# translates), without regional variants.
EVENT_LANGUAGES = [(code, _(name)) for code, name in ALL_LANGUAGES if "-" not in code]

# Areas of the IANA database that name real places; the legacy aliases
# ("EST5EDT", "posix/...", "right/...") are left out of the editor's list.
_AREAS = (
    "Africa",
    "America",
    "Antarctica",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
)


@cache
def time_zone_choices():
    """[(name, label)] for the editor's time zone menu, from the system's
    time zone database (computed once; not stored in migrations)."""
    names = sorted(
        name
        for name in zoneinfo.available_timezones()
        if name.split("/", 1)[0] in _AREAS and "/" in name
    )
    return [("UTC", "UTC")] + [(name, name.replace("_", " ")) for name in names]


def validate_time_zone(value):
    """An IANA time zone name that this machine's database knows."""
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(
            _("“%(value)s” is not a time zone name such as Europe/Rome."),
            code="invalid_time_zone",
            params={"value": value},
        ) from error
