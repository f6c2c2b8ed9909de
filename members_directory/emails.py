"""The invitation email, rendered in the invitee's language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.users.models import UserProfile

from .tokens import INVITATION_MAX_AGE, invitation_token_make


def member_invitation_link(account, language):
    """The absolute link to the set-password page, on the directory page of
    `language` (or of the member page's own language)."""
    member = account.member
    localized = (
        member.get_translations(inclusive=True)
        .filter(locale__language_code=language)
        .first()
        or member
    )
    directory = localized.get_parent().specific
    path = directory.reverse_subpage(
        "invitation", kwargs={"token": invitation_token_make(account.user)}
    )
    return directory.get_full_url() + path


def member_invitation_email_send(account):
    user = account.user
    language = (
        UserProfile.get_for_user(user).get_preferred_language()
        or account.member.locale.language_code
    )
    with translation.override(language):
        context = {
            "organisation": account.member.localized.title,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "link": member_invitation_link(account, language),
            "days": INVITATION_MAX_AGE.days,
            "username": user.get_username(),
        }
        subject = render_to_string(
            "members_directory/emails/invitation_subject.txt", context
        )
        body = render_to_string("members_directory/emails/invitation.txt", context)
    send_mail(
        " ".join(subject.split()),
        body,
        settings.DEFAULT_FROM_EMAIL,
        [user.email],
    )
    return True
