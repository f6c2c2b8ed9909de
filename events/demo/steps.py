"""The events app's demo steps: topics, the events page and its events in
English, their Italian and Romanian translations (through wagtail-localize,
as editors would make them), and a few registrations."""

import zoneinfo
from collections import Counter
from datetime import datetime, time, timedelta
from functools import cache

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale

from home.demo import register_step
from home.demo.builder import (
    CREATED,
    UNCHANGED,
    UPDATED,
    page_ensure,
    source_locale,
    translate,
)
from home.demo.content_forms import MENUS
from home.demo.text import TranslationMap, t
from home.models import Topic

from ..models import EventIndexPage, EventPage, Registration, RegistrationStatus
from .content_common import EVENTS_TITLE, IMAGES, INDEX, TOPICS
from .content_past import PAST
from .content_upcoming import PM_TRAINING, UPCOMING
from .media import image_ensure, slides_ensure

EVENTS = UPCOMING + PAST
# Dates are set when an event is first made, relative to that day, and kept
# afterwards: running the seed again changes nothing.
DATE_FIELDS = (
    "start",
    "end",
    "previous_start",
    "registration_opens_at",
    "registration_closes_at",
)
SPEC_ONLY = {
    "slug",
    "topics",
    "when",
    "previous_start",
    "registration_closes_days_before",
}

# The main menu gets "Events" before "Join" (home/demo/content_forms.MENUS).
if all(key != "events" for key, _label in MENUS["main"]):
    keys = [key for key, _label in MENUS["main"]]
    position = keys.index("join") if "join" in keys else len(keys)
    MENUS["main"].insert(position, ("events", EVENTS_TITLE))

DEMO_REGISTRATIONS = [
    ("Ana Popescu", "ana.popescu@spitalcluj.example", "Spitalul Clinic Cluj", "ro"),
    ("Luca Romano", "luca.romano@bioimmagini.example", "Istituto di Bioimmagini", "it"),
    ("Sarah Keller", "s.keller@medisoft.example", "Medisoft Imaging", "en"),
]


def _counted(statuses):
    counts = Counter(statuses)
    parts = [f"{counts[s]} {s}" for s in (CREATED, UPDATED, UNCHANGED) if counts[s]]
    return ", ".join(parts)


def _local(days, clock, zone, today):
    return datetime.combine(today + timedelta(days=days), time(*clock), tzinfo=zone)


def event_content(spec, existing=None):
    """The page fields for one event spec (see content_upcoming)."""
    zone = zoneinfo.ZoneInfo(spec["time_zone"])
    today = timezone.now().astimezone(zone).date()
    days, start, end, *rest = spec["when"]
    length = rest[0] if rest else 1
    content = {key: value for key, value in spec.items() if key not in SPEC_ONLY}
    content["start"] = _local(days, start, zone, today)
    content["end"] = _local(days + length - 1, end, zone, today)
    if "previous_start" in spec:
        content["previous_start"] = _local(*spec["previous_start"], zone, today)
    if "registration_closes_days_before" in spec:
        content["registration_closes_at"] = content["start"] - timedelta(
            days=spec["registration_closes_days_before"]
        )
    content["speakers"] = [
        ("speaker", {"name": t(name, name, name), "role": role, "photo": None})
        for name, role in spec.get("speakers", [])
    ]
    if existing is not None:
        for name in DATE_FIELDS:
            if name in content or getattr(existing, name) is not None:
                content[name] = getattr(existing, name)
    return content


@cache
def translation_map():
    return TranslationMap(INDEX, *(event_content(spec) for spec in EVENTS))


@register_step("Event topics", order=300)
def topics(ctx):
    """The topics events are tagged with, in every language. The news demo
    shares some (by slug): whichever step runs first makes them."""
    source = source_locale()
    statuses = []
    for slug, name in TOPICS.items():
        topic = Topic.objects.filter(slug=slug, locale=source).first()
        if topic is None:
            topic = Topic.objects.create(slug=slug, name=name.en, locale=source)
            statuses.append(CREATED)
        for language in settings.SITE_LANGUAGES[1:]:
            if language not in ("it", "ro"):
                continue
            locale = Locale.objects.get(language_code=language)
            if Topic.objects.filter(
                translation_key=topic.translation_key, locale=locale
            ).exists():
                statuses.append(UNCHANGED)
                continue
            clash = Topic.objects.filter(slug=slug, locale=locale).first()
            if clash is not None:
                # Made on its own rather than as a translation: adopt it, so
                # that pages tagged in English find their topic here.
                clash.translation_key = topic.translation_key
                clash.save(update_fields=["translation_key"])
                statuses.append(UPDATED)
                continue
            statuses.append(
                translate(
                    ctx, topic, locale, TranslationMap(), {"name": name.get(language)}
                )
            )
    return _counted(statuses)


@register_step("Events in English", order=310)
def events_english(ctx):
    statuses = []
    for key in IMAGES:
        ctx.images[key], created = image_ensure(key)
    ctx.documents["risk-slides"], _created = slides_ensure()
    home = ctx.pages["home"]
    index, status = page_ensure(ctx, "events", EventIndexPage, home, "events", INDEX)
    statuses.append(status)
    source = source_locale()
    for spec in EVENTS:
        existing = EventPage.objects.child_of(index).filter(slug=spec["slug"]).first()
        content = event_content(spec, existing)
        content["event_topics"] = [
            {"topic": Topic.objects.get(slug=slug, locale=source)}
            for slug in spec["topics"]
        ]
        _page, status = page_ensure(
            ctx, f"event:{spec['slug']}", EventPage, index, spec["slug"], content
        )
        statuses.append(status)
    return _counted(statuses)


def _events_translate(ctx, language):
    if language not in settings.SITE_LANGUAGES:
        return f"skipped: {language} is not in SITE_LANGUAGES"
    locale = Locale.objects.get(language_code=language)
    statuses = [translate(ctx, ctx.pages["events"], locale, translation_map())]
    for spec in EVENTS:
        page = ctx.pages[f"event:{spec['slug']}"]
        statuses.append(translate(ctx, page, locale, translation_map()))
    return _counted(statuses)


@register_step("Events in Italian", order=320)
def events_italian(ctx):
    return _events_translate(ctx, "it")


@register_step("Events in Romanian", order=330)
def events_romanian(ctx):
    return _events_translate(ctx, "ro")


@register_step("Event registrations", order=340)
def registrations(ctx):
    """A few people registered for the upcoming project-management training
    (made directly: the demo sends no email)."""
    event = ctx.pages[f"event:{PM_TRAINING['slug']}"]
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
    return _counted(statuses)
