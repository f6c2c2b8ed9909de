"""The emails to registrants, built and sent from tasks (never in a
request), in the registrant's language."""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from .ical import event_ical
from .selectors import event_in_language
from .tokens import registration_token


def registration_email_build(registration, kind):
    """The email about `registration` ("confirmed", "waitlisted", "promoted"
    or "cancelled"), in the registrant's language, with the event in that
    language. The confirmation of a place carries the event's .ics, with the
    online link, which only registered people receive."""
    language = registration.language
    with translation.override(language):
        page = event_in_language(registration.event, language)
        context = {
            "registration": registration,
            "event": page,
            "kind": kind,
            "event_url": page.get_full_url(),
            "cancel_url": page.get_full_url()
            + page.reverse_subpage("cancel", args=[registration_token(registration)]),
            "with_link": kind in ("confirmed", "promoted") and page.is_online,
        }
        subjects = {
            "confirmed": _("Your place at “%(title)s” is confirmed"),
            "waitlisted": _("You are on the waiting list for “%(title)s”"),
            "promoted": _("A place at “%(title)s” is now yours"),
            "cancelled": _("Your registration for “%(title)s” is cancelled"),
        }
        subject = subjects[kind] % {"title": page.title}
        body = render_to_string("events/emails/registration.txt", context)
        message = EmailMultiAlternatives(
            subject=" ".join(subject.split()),
            body=body,
            to=[registration.email],
            headers={"Content-Language": language},
        )
        if kind in ("confirmed", "promoted"):
            message.attach(
                f"{page.slug}.ics",
                event_ical(page, private=True),
                "text/calendar; charset=utf-8; method=PUBLISH",
            )
    return message


def registration_email_send(registration, kind):
    registration_email_build(registration, kind).send()
