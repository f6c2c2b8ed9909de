"""What follows publishing an event, or deleting a registration in the admin.
Connected in EventsConfig.ready()."""

from functools import partial

from django.db import transaction


def event_published(sender, instance, **kwargs):
    """Count calendar-relevant changes of the source page (SEQUENCE, one for
    every language, whose facts come from the source) and, when places were
    added, move people up from the waiting list."""
    from home.translation_sync import translation_source

    from .services import event_calendar_state_update, registration_waitlist_promote

    if instance.alias_of_id is not None or not instance.live:
        return
    source = translation_source(instance)
    if source is not None and source.pk == instance.pk:
        event_calendar_state_update(instance)
    if instance.registration_open and instance.get_source_event().pk == instance.pk:
        transaction.on_commit(partial(registration_waitlist_promote, instance))


def registration_deleted(sender, instance, **kwargs):
    """A registration deleted in the admin frees its place."""
    from .models import RegistrationStatus
    from .services import registration_waitlist_promote

    if instance.status == RegistrationStatus.CONFIRMED:
        transaction.on_commit(partial(registration_waitlist_promote, instance.event))
