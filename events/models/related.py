from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin


class EventPageTopic(TranslatableMixin, Orderable):
    """A topic of an event. A child object rather than a many-to-many field,
    which wagtail-localize does not translate: the Italian event points at
    the Italian topic, translated along with the page."""

    page = ParentalKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="event_topics"
    )
    topic = models.ForeignKey(
        "home.Topic",
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("topic")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("event topic")
        verbose_name_plural = _("event topics")
        ordering = ["sort_order"]

    def __str__(self):
        return str(self.topic)
