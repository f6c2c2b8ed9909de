"""The invitation email, and the page its link leads to, in the invitee's
language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.users.models import UserProfile

from home.selectors import page_translation_in

from .tokens import INVITATION_MAX_AGE, invitation_token_make


def member_invitation_language(user):
    """The invitee's language: the one chosen when inviting (kept as their
    admin language), else their organisation page's."""
    language = UserProfile.get_for_user(user).preferred_language
    if language in dict(settings.LANGUAGES):
        return language
    return user.member_account.member.locale.language_code


def member_invitation_link(account, language):
    """The absolute link to the set-password page, on the members directory
    in `language` when the directory is translated into it, else on the
    directory the organisation's page is in."""
    directory = account.member.get_parent().specific
    directory = page_translation_in(directory, language) or directory
    path = directory.reverse_subpage(
        "invitation", kwargs={"token": invitation_token_make(account.user)}
    )
    return directory.get_full_url() + path


def member_invitation_email_send(account):
    user = account.user
    language = member_invitation_language(user)
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
