"""What templates, feeds, the API and the channels (the promotable
interface, home/promotable.py) show of an event beyond its fields: its times
in its own time zone, its place, its topics and calendar address. A mixin of
EventPage (pages.py), which holds the fields these read."""

import zoneinfo

from django.conf import settings
from django.utils import timezone

from home.alt_text import alt_text
from home.public_url import site_domain

from .choices import AttendanceMode, EventStatus


class EventDisplayMixin:
    @property
    def zone(self):
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo(settings.TIME_ZONE)

    @property
    def local_start(self):
        return self.start.astimezone(self.zone) if self.start else None

    @property
    def local_end(self):
        return self.end.astimezone(self.zone) if self.end else None

    @property
    def local_previous_start(self):
        return (
            self.previous_start.astimezone(self.zone) if self.previous_start else None
        )

    @property
    def time_zone_label(self):
        """ "Europe/Bucharest, UTC+02:00": the zone named, with its offset at
        the start of the event."""
        start = self.local_start
        offset = start.strftime("%z") if start else ""
        offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else ""
        name = self.time_zone.replace("_", " ")
        return f"{name}, {offset}" if offset and name != "UTC" else name

    @property
    def spans_days(self):
        start, end = self.local_start, self.local_end
        return bool(start and end and start.date() != end.date())

    @property
    def has_venue(self):
        return (
            self.attendance_mode
            in (
                AttendanceMode.IN_PERSON,
                AttendanceMode.HYBRID,
            )
            and self.status != EventStatus.MOVED_ONLINE
        )

    @property
    def is_online(self):
        return (
            self.attendance_mode in (AttendanceMode.ONLINE, AttendanceMode.HYBRID)
            or self.status == EventStatus.MOVED_ONLINE
        )

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_past(self):
        return bool(self.end and self.end < timezone.now())

    @property
    def venue_parts(self):
        """The venue as lines: name, street, city, country."""
        if not self.has_venue:
            return []
        parts = [self.venue_name, self.venue_address, self.venue_city]
        if self.venue_country:
            parts.append(str(self.get_venue_country_display()))
        return [part for part in parts if part]

    @property
    def topics(self):
        """[{"name", "slug"}] in the page's order (for templates and the API)."""
        return [
            {"name": item.topic.name, "slug": item.topic.slug}
            for item in self.event_topics.all()
        ]

    @property
    def ical_uid(self):
        """The same in every language and across edits and moves (the
        translation key is shared by every language version), so someone
        subscribed to two languages' feeds sees the event once."""
        return f"{self.translation_key}@{site_domain()}"

    @property
    def ical_url(self):
        url = self.url  # None before the page has a place in a site
        return url + self.reverse_subpage("ical") if url else ""

    # The promotable interface

    def get_promo_summary(self):
        return self.search_description or self.summary

    def get_promo_image(self):
        return self.image

    def get_promo_image_alt(self):
        return alt_text(
            self.image, self.image_alt, language=self.locale.language_code
        ).text

    def get_promo_topics(self):
        return [topic["name"] for topic in self.topics]
