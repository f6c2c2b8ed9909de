from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.signals import page_published

        from home.signal_handlers import translation_facts_published

        from . import signal_handlers
        from .models import EventPage, Registration

        page_published.connect(
            signal_handlers.event_published,
            sender=EventPage,
            dispatch_uid="events_event_published",
        )
        page_published.connect(
            translation_facts_published,
            sender=EventPage,
            dispatch_uid="events_translation_facts",
        )
        post_delete.connect(
            signal_handlers.registration_deleted,
            sender=Registration,
            dispatch_uid="events_registration_deleted",
        )
