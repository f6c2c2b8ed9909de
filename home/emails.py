"""Emails of the home app, built and sent from tasks (never in a request)."""

from django.conf import settings
from django.core.mail import send_mail
from django.utils import translation
from django.utils.translation import gettext as _


def form_submission_email_render(submission):
    """(subject, body, recipients, sender) for staff, in the source language."""
    page = submission.page.specific
    labels = {field.clean_name: field.label for field in page.get_form_fields()}
    with translation.override(settings.LANGUAGE_CODE):
        lines = [_("A visitor sent the form “%(title)s”.") % {"title": page.title}, ""]
        for name, value in submission.form_data.items():
            if isinstance(value, list):
                value = ", ".join(str(item) for item in value)
            lines.append(f"{labels.get(name, name)}: {value}")
        lines += ["", _("Language: %(code)s") % {"code": page.locale.language_code}]
        lines.append(_("Page: %(url)s") % {"url": page.get_full_url()})
        subject = page.subject or _("New submission: %(title)s") % {"title": page.title}
    recipients = [a.strip() for a in page.to_address.split(",") if a.strip()]
    sender = page.from_address or settings.DEFAULT_FROM_EMAIL
    return (
        subject,
        "\n".join(lines),
        recipients or settings.STAFF_NOTIFICATION_EMAILS,
        sender,
    )


def form_submission_email_send(submission):
    subject, body, recipients, sender = form_submission_email_render(submission)
    send_mail(subject, body, sender, recipients)
