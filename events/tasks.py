"""Background tasks of the events app: thin wrappers that re-read rows by id."""

from django_tasks import task

from . import emails
from .models import Registration


@task()
def registration_email_send(registration_id: int, kind: str) -> None:
    registration = (
        Registration.objects.select_related("event", "event__locale")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None:
        return
    emails.registration_email_send(registration, kind)
