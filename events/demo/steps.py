"""The events app's demo steps: topics, the events page and its events in
English, their Italian and Romanian translations (through wagtail-localize,
as editors would make them), and a few registrations."""

import zoneinfo
from datetime import datetime, timedelta

from django.utils import timezone

from home.demo import register_step
from home.demo.builder import (
    CREATED,
    UNCHANGED,
    DemoData,
    counted,
    menu_entries_add,
    page_ensure,
    register_translation_steps,
    source_locale,
    vocabulary_ensure,
)
from home.models import Topic

from ..models import EventIndexPage, EventPage, Registration, RegistrationStatus
from .media import IMAGES, image_ensure, slides_ensure

# Speakers' names stay as they are in every language.
DATA = DemoData(__file__, untranslated={"name"})
# The event the demo's registrations are for.
PM_TRAINING = "project-management-training"
# Dates are set when an event is first made, relative to that day, and kept
# afterwards: running the seed again changes nothing.
DATE_FIELDS = (
    "start",
    "end",
    "previous_start",
    "registration_opens_at",
    "registration_closes_at",
)
# Keys of an event in the data that are not EventPage fields (see en.toml).
FACTS = {
    "topics",
    "days_from_today",
    "start_time",
    "end_time",
    "lasts_days",
    "previous_start",
    "registration_closes_days_before",
    "speakers",
}

menu_entries_add(DATA)

DEMO_REGISTRATIONS = [
    ("Ana Popescu", "ana.popescu@spitalcluj.example", "Spitalul Clinic Cluj", "ro"),
    ("Luca Romano", "luca.romano@bioimmagini.example", "Istituto di Bioimmagini", "it"),
    ("Sarah Keller", "s.keller@medisoft.example", "Medisoft Imaging", "en"),
]


def _local(days, clock, zone, today):
    return datetime.combine(today + timedelta(days=days), clock, tzinfo=zone)


def event_content(spec, existing=None):
    """The page fields for one event of the data (see data/en.toml)."""
    zone = zoneinfo.ZoneInfo(spec["time_zone"])
    today = timezone.now().astimezone(zone).date()
    days = spec["days_from_today"]
    content = {key: value for key, value in spec.items() if key not in FACTS}
    content["start"] = _local(days, spec["start_time"], zone, today)
    last_day = days + spec.get("lasts_days", 1) - 1
    content["end"] = _local(last_day, spec["end_time"], zone, today)
    if "previous_start" in spec:
        previous = spec["previous_start"]
        content["previous_start"] = _local(
            previous["days_from_today"], previous["time"], zone, today
        )
    if "registration_closes_days_before" in spec:
        content["registration_closes_at"] = content["start"] - timedelta(
            days=spec["registration_closes_days_before"]
        )
    content["speakers"] = [
        (
            "speaker",
            {
                "name": speaker["name"],
                "role": speaker["role"],
                "photo": None,
            },
        )
        for speaker in spec.get("speakers", [])
    ]
    if existing is not None:
        for name in DATE_FIELDS:
            if name in content or getattr(existing, name) is not None:
                content[name] = getattr(existing, name)
    return content


@register_step("Event topics", order=300)
def topics(ctx):
    """The topics events are tagged with, in every language. The news demo
    shares some (by slug): whichever step runs first makes them."""
    return counted(vocabulary_ensure(ctx, Topic, DATA["topics"], DATA))


@register_step("Events in English", order=310)
def events_english(ctx):
    statuses = []
    for key in IMAGES:
        ctx.images[key], created = image_ensure(key)
    ctx.documents["risk-slides"], _created = slides_ensure()
    home = ctx.pages["home"]
    index, status = page_ensure(
        ctx, "events", EventIndexPage, home, "events", DATA["index"]
    )
    statuses.append(status)
    source = source_locale()
    for slug, spec in DATA["events"].items():
        existing = EventPage.objects.child_of(index).filter(slug=slug).first()
        content = event_content(spec, existing)
        content["event_topics"] = [
            {"topic": Topic.objects.get(slug=topic, locale=source)}
            for topic in spec["topics"]
        ]
        _page, status = page_ensure(
            ctx, f"event:{slug}", EventPage, index, slug, content
        )
        statuses.append(status)
    return counted(statuses)


register_translation_steps(
    "Events",
    320,
    DATA,
    lambda ctx: ["events", *(f"event:{slug}" for slug in DATA["events"])],
)


@register_step("Event registrations", order=340)
def registrations(ctx):
    """A few people registered for the upcoming project-management training
    (made directly: the demo sends no email)."""
    event = ctx.pages[f"event:{PM_TRAINING}"]
    statuses = []
    for name, email, organisation, language in DEMO_REGISTRATIONS:
        _registration, created = Registration.objects.get_or_create(
            event=event,
            email=email,
            defaults={
                "name": name,
                "organisation": organisation,
                "language": language,
                "status": RegistrationStatus.CONFIRMED,
                "consent_text": "Given at the registration desk (demo data).",
            },
        )
        statuses.append(CREATED if created else UNCHANGED)
    return counted(statuses)
