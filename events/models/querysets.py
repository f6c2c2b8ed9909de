from datetime import datetime

from django.utils import timezone
from wagtail.models import PageManager, PageQuerySet

from home.locale import LocaleQuerySetMixin


class EventPageQuerySet(LocaleQuerySetMixin, PageQuerySet):
    """Domain verbs for event listings. "Upcoming" means not yet over, so an
    event in progress is still listed with the coming ones. `for_locale` and
    `translated` (home/locale.py) leave out untranslated copies."""

    def upcoming(self, now=None):
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")

    def of_kind(self, kind):
        return self.filter(kind=kind)

    def in_month(self, year, month, tz=None):
        """Events starting in that month, in the site's time zone."""
        tz = tz or timezone.get_current_timezone()
        first = datetime(year, month, 1, tzinfo=tz)
        following = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=tz)
        return self.filter(start__gte=first, start__lt=following)

    def with_topic(self, slug):
        from .related import EventPageTopic

        pages = EventPageTopic.objects.filter(topic__slug=slug).values("page_id")
        return self.filter(pk__in=pages)


EventPageManager = PageManager.from_queryset(EventPageQuerySet)
