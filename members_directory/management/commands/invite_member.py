"""`manage.py invite_member ORG EMAIL`: invite a person to keep a member
organisation's profile (ORG: the member page's slug or id)."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction
from wagtail.models import Locale

from members_directory.models import MemberPage
from members_directory.services import member_invite


class Command(BaseCommand):
    help = (
        "Invite EMAIL to keep the profile of the member organisation ORG (its "
        "slug or page id). The person receives an email with a link, valid for "
        "7 days, to set a password; the account can then edit the profile and "
        "submit it for review."
    )

    def add_arguments(self, parser):
        parser.add_argument("org", help="the member page's slug or id")
        parser.add_argument("email")
        parser.add_argument(
            "--language",
            help="language of the emails (default: the member page's language)",
        )

    def handle(self, *args, org, email, language=None, **options):
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"Not a valid email address: {email}") from error
        if language and not Locale.objects.filter(language_code=language).exists():
            raise CommandError(f"Unknown language: {language}")
        pages = MemberPage.objects.filter(locale=Locale.get_default())
        member = (
            pages.filter(pk=int(org)).first() if org.isdigit() else None
        ) or pages.filter(slug=org).first()
        if member is None:
            raise CommandError(f"No member organisation with the slug or id {org!r}.")
        with transaction.atomic():
            account = member_invite(member, email, language=language)
        self.stdout.write(
            self.style.SUCCESS(
                f"Invited {account.user.email} to keep the profile of {member.title}."
            )
        )
