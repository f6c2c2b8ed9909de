"""Background tasks of the home app: thin wrappers that re-read rows by id."""

from django_tasks import task
from wagtail.contrib.forms.models import FormSubmission

from . import emails


@task()
def form_submission_email_send(submission_id: int) -> None:
    submission = (
        FormSubmission.objects.select_related("page").filter(pk=submission_id).first()
    )
    if submission is None:
        return
    emails.form_submission_email_send(submission)
