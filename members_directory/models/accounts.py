from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class MemberGroup(models.Model):
    """The Wagtail group of one member organisation. Its page permissions
    (edit, not publish) sit on the organisation's MemberPage in every language
    and, once news and events take members' submissions, "add" under their
    index pages; every account of the organisation belongs to it."""

    member_key = models.UUIDField(
        _("member"),
        unique=True,
        help_text=_("The translation key shared by the member page's translations."),
    )
    group = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="member_group"
    )

    class Meta:
        verbose_name = _("member group")
        verbose_name_plural = _("member groups")

    def __str__(self):
        return self.group.name


class MemberAccount(models.Model):
    """A user who speaks for one member organisation. Made by an invitation
    (`services.member_invite`); the person sets a password through the
    signed link in the invitation email."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="member_account",
    )
    member = models.ForeignKey(
        "members_directory.MemberPage",
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="accounts",
    )
    invited_at = models.DateTimeField(_("invited at"), null=True, blank=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    joined_at = models.DateTimeField(
        _("joined at"),
        null=True,
        blank=True,
        help_text=_("When the person set a password through the invitation."),
    )

    class Meta:
        verbose_name = _("member account")
        verbose_name_plural = _("member accounts")
        ordering = ["-invited_at"]
        permissions = [
            ("export_directory", "Can export the members directory"),
        ]

    def __str__(self):
        return f"{self.user.email or self.user.get_username()} ({self.member.title})"
