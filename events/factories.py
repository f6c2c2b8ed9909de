"""factory_boy factories for the events app's models, used by the tests."""

import zoneinfo
from datetime import datetime, time, timedelta

import factory
import wagtail_factories
from django.utils import timezone

from home.languages import source_language

from .models import (
    EventIndexPage,
    EventPage,
    EventPageTopic,
    Registration,
    RegistrationStatus,
)


def local_datetime(days_from_now, hour, minute=0, zone="Europe/Rome"):
    """An aware datetime `days_from_now` days away at hour:minute in `zone`."""
    tz = zoneinfo.ZoneInfo(zone)
    day = timezone.now().astimezone(tz).date() + timedelta(days=days_from_now)
    return datetime.combine(day, time(hour, minute), tzinfo=tz)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Events"
    slug = "events"
    introduction = "Trainings, webinars, conferences and info days."


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    summary = "A morning on writing project proposals."
    kind = "training"
    time_zone = "Europe/Rome"
    start = factory.LazyAttribute(lambda o: local_datetime(10, 9, zone=o.time_zone))
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=3))
    attendance_mode = "in_person"
    venue_name = "Palazzo delle Stelline"
    venue_address = "Corso Magenta 61"
    venue_city = "Milano"
    venue_country = "IT"
    event_language = factory.LazyFunction(source_language)


class EventPageTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventPageTopic

    page = factory.SubFactory(EventPageFactory)
    topic = None
    locale = factory.SelfAttribute("page.locale")


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventPageFactory)
    name = factory.Sequence(lambda n: f"Person {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    language = factory.LazyFunction(source_language)
    status = RegistrationStatus.CONFIRMED
