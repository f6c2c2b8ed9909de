from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from home.languages import site_language_choices


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class Registration(models.Model):
    """One person's place at an event (or on its waiting list).

    Attached to the event in the source language, so that every language
    shares the capacity; `language` remembers the registrant's own, which
    their emails and cancel link use. Written only through events.services,
    which holds the capacity under concurrent requests."""

    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    language = models.CharField(
        _("language"), max_length=10, choices=site_language_choices
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
    )
    attended = models.BooleanField(_("attended"), default=False)
    consent_text = models.TextField(
        _("consent given to"), blank=True, help_text=_("The text the person agreed to.")
    )
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["event", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "event",
                name="unique_registration_email_per_event",
                violation_error_message=_(
                    "This email address is already registered for this event."
                ),
            )
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"])]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    @property
    def is_active(self):
        return self.status != RegistrationStatus.CANCELLED


class EventCalendarState(models.Model):
    """What calendar clients were last told about an event: its iCalendar
    SEQUENCE and a fingerprint of the dates, place and status it counted.
    One per event in all its languages (its translation key), as the UID is,
    and counted from the source page, whose facts every translation shares.
    Kept beside the pages rather than on them, because publishing an older
    revision would otherwise bring an older sequence back."""

    translation_key = models.UUIDField(unique=True)
    sequence = models.PositiveIntegerField(default=0)
    fingerprint = models.CharField(max_length=64)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("event calendar state")
        verbose_name_plural = _("event calendar states")

    def __str__(self):
        return f"{self.translation_key}: {self.sequence}"
