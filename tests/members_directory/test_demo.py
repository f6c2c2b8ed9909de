"""seed_demo's members directory: 30+ members of every type in 6+ countries
in every language, logos, the vocabulary translated, the `member` user linked
to one organisation with one submission waiting for review."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page, WorkflowState

from home.models import Menu
from members_directory.models import (
    Expertise,
    MemberAccount,
    MemberPage,
    MembersDirectoryPage,
    OrganisationType,
)
from members_directory.services import WORKFLOW_NAME


def seed():
    out, err = StringIO(), StringIO()
    call_command("seed_demo", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield seed()
        transaction.set_rollback(True)


@pytest.mark.django_db
class TestMembersDemo:
    def test_directory_in_every_language(self, seeded):
        for code in ("en", "it", "ro"):
            directory = MembersDirectoryPage.objects.get(locale__language_code=code)
            assert directory.live and directory.slug == "members"
            assert directory.alias_of_id is None

    def test_members_of_every_type_in_six_countries_in_every_language(self, seeded):
        for code in ("en", "it", "ro"):
            members = MemberPage.objects.live().filter(
                locale__language_code=code, alias_of__isnull=True
            )
            assert members.count() >= 30, code
            assert set(members.values_list("organisation_type", flat=True)) == set(
                OrganisationType.values
            )
            assert len(set(members.values_list("country", flat=True))) >= 6
            assert not members.filter(logo__isnull=True).exists()
            assert all(m.logo.description for m in members[:5])

    def test_texts_translated_names_kept(self, seeded):
        english = MemberPage.objects.get(locale__language_code="en", slug="sonovia")
        italian = english.get_translation(Locale.objects.get(language_code="it"))
        romanian = english.get_translation(Locale.objects.get(language_code="ro"))
        assert italian.title == romanian.title == english.title == "Sonovia"
        assert italian.offers != english.offers != romanian.offers
        assert "Ecografia" in [name for _slug, name in italian.get_expertise()]
        assert Expertise.objects.filter(locale__language_code="ro").count() >= 10

    def test_member_user_has_one_pending_submission(self, seeded):
        user = get_user_model().objects.get(username="member")
        account = MemberAccount.objects.get(user=user)
        assert account.member.slug == "deepvista"
        state = WorkflowState.objects.get(
            object_id=str(account.member.pk), status=WorkflowState.STATUS_IN_PROGRESS
        )
        assert state.workflow.name == WORKFLOW_NAME
        assert state.requested_by == user
        assert user.has_perm("wagtailadmin.access_admin")

    def test_members_in_the_main_menu(self, seeded):
        directory = MembersDirectoryPage.objects.get(locale__language_code="en")
        menu = Menu.objects.get(place="main", locale__language_code="en")
        assert directory.pk in [item.link_page_id for item in menu.items.all()]

    def test_second_run_changes_nothing(self, seeded):
        before = (
            Page.objects.count(),
            MemberAccount.objects.count(),
            WorkflowState.objects.count(),
        )
        out, _err = seed()
        assert "Members in English ... done (34 unchanged)" in out
        assert "submission already pending" in out
        after = (
            Page.objects.count(),
            MemberAccount.objects.count(),
            WorkflowState.objects.count(),
        )
        assert before == after
