"""Member accounts: invitations with a signed, expiring link, and the
permission matrix proving a member edits its own profile and nothing else."""

import re
import types

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail, signing
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail.test.utils.form_data import rich_text
from wagtail.users.models import UserProfile

from members_directory.models import MemberAccount, MemberPage
from members_directory.services import (
    WORKFLOW_NAME,
    member_group_grant_add,
    member_invite,
    member_link_user,
)
from tests.utils import translate
from users.factories import UserFactory

from .conftest import member_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def orgs(directory):
    own = member_add(directory, title="DeepVista", slug="deepvista", country="IT")
    other = member_add(directory, title="Optik GmbH", slug="optik", country="DE")
    return {
        "own": own,
        "own_it": translate(own, "it", offers="Licenze pilota."),
        "other": other,
        "other_it": translate(other, "it", offers="Servizi."),
    }


@pytest.fixture
def member_user(orgs):
    user = UserFactory(username="member", email="member@example.org")
    member_link_user(orgs["own"], user)
    return user


@pytest.fixture
def moderator():
    user = UserFactory(username="moderator", email="moderator@example.org")
    user.groups.add(
        Group.objects.get(name="Moderators"), Group.objects.get(name="Editors")
    )
    return user


def link_in(message):
    return re.search(r"https://\S+/invitation/\S+/", message.body).group(0)


class TestInvitation:
    def test_invite_sends_a_link_in_the_members_language(
        self, orgs, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            account = member_invite(orgs["own"], "Anna@Example.org", language="it")
        assert account.user.email == "Anna@example.org"
        assert not account.user.has_usable_password()
        assert UserProfile.get_for_user(account.user).preferred_language == "it"
        assert account.user.groups.filter(
            member_group__member_key=orgs["own"].translation_key
        ).exists()
        [message] = mail.outbox
        assert message.to == ["Anna@example.org"]
        assert "DeepVista" in message.subject
        assert "/it/members/invitation/" in link_in(message)

    def test_a_directory_not_translated_into_the_invitees_language(
        self, client, site_tree, django_capture_on_commit_callbacks
    ):
        from members_directory.factories import MembersDirectoryPageFactory

        from .conftest import publish

        english = publish(MembersDirectoryPageFactory(parent=site_tree["en"]["home"]))
        # wagtail-localize's tree sync keeps an Italian alias: not a translation.
        english.copy_for_translation(Locale.objects.get(language_code="it"), alias=True)
        member = member_add(english, title="DeepVista", slug="deepvista")
        with django_capture_on_commit_callbacks(execute=True):
            member_invite(member, "anna@example.org", language="it")
        [message] = mail.outbox
        assert message.subject == "Il tuo invito a curare il profilo di DeepVista"
        link = link_in(message)
        assert link.startswith("https://cluster.example.org/en/members/invitation/")
        page = BeautifulSoup(client.get(link).content, "html.parser")
        assert page.html["lang"] == "it"
        assert page.h1.get_text(strip=True) == "Imposta la tua password"

    def test_link_sets_the_password_once(
        self, client, orgs, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            account = member_invite(orgs["own"], "anna@example.org")
        path = link_in(mail.outbox[0]).split("cluster.example.org", 1)[-1]
        response = client.get(path)
        assert response.status_code == 200
        assert b"DeepVista" in response.content
        response = client.post(
            path, {"new_password1": "short", "new_password2": "short"}
        )
        assert response.status_code == 200
        assert b"form__error" in response.content
        password = "imaging-partners-2026"
        response = client.post(
            path, {"new_password1": password, "new_password2": password}
        )
        assert response.status_code == 200
        account.refresh_from_db()
        assert account.joined_at is not None
        assert account.user.check_password(password)
        # Used once: the password changed, so the link no longer works.
        assert client.get(path).status_code == 400

    def test_tampered_and_expired_links_answer_400_with_a_message(
        self, client, orgs, monkeypatch, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            member_invite(orgs["own"], "anna@example.org")
        path = link_in(mail.outbox[0]).split("cluster.example.org", 1)[-1]
        tampered = path.replace("/invitation/", "/invitation/x")
        response = client.get(tampered)
        assert response.status_code == 400
        assert b"not valid or has already been used" in response.content
        real_time = signing.time.time
        monkeypatch.setattr(
            signing, "time", types.SimpleNamespace(time=lambda: real_time() + 8 * 86400)
        )
        response = client.get(path)
        assert response.status_code == 400
        assert b"has expired" in response.content

    def test_invite_member_command(self, orgs, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("invite_member", "optik", "lab@optik.example")
        account = MemberAccount.objects.get(user__email="lab@optik.example")
        assert account.member == orgs["other"]
        assert len(mail.outbox) == 1
        with pytest.raises(CommandError, match="No member organisation"):
            call_command("invite_member", "nobody", "x@example.org")
        with pytest.raises(CommandError, match="Not a valid email"):
            call_command("invite_member", "optik", "not-an-email")

    def test_staff_invite_from_the_admin(
        self, client, orgs, moderator, django_capture_on_commit_callbacks
    ):
        client.force_login(moderator)
        url = reverse("member_accounts:add")
        assert client.get(url).status_code == 200
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                url, {"member": orgs["other"].pk, "email": "new@optik.example"}
            )
        assert response.status_code == 302
        assert (
            MemberAccount.objects.get(user__email="new@optik.example").invited_by
            == moderator
        )
        assert mail.outbox[-1].to == ["new@optik.example"]


def denied(response, url):
    """Wagtail answers a permission failure with 403 or a redirect away."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"] != url


def edit_post(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "organisation_type": page.organisation_type,
        "country": page.country,
        "city": page.city,
        "description": rich_text(page.description),
        "offers": page.offers,
        "looks_for": page.looks_for,
        "website": page.website,
        "contact_name": "",
        "contact_email": page.contact_email,
        "contact_phone": "",
        "member_since": "",
        "last_verified": "",
        "expertise_links-TOTAL_FORMS": "0",
        "expertise_links-INITIAL_FORMS": "0",
        "expertise_links-MIN_NUM_FORMS": "0",
        "expertise_links-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


class TestPermissionMatrix:
    @pytest.fixture
    def member_client(self, client, member_user):
        client.force_login(member_user)
        return client

    def test_reaches_the_admin_and_its_own_profile_in_every_language(
        self, member_client, orgs
    ):
        assert member_client.get(reverse("wagtailadmin_home")).status_code == 200
        for key in ("own", "own_it"):
            url = reverse("wagtailadmin_pages:edit", args=[orgs[key].pk])
            assert member_client.get(url).status_code == 200, key
        assert member_client.get(reverse("wagtailimages:index")).status_code == 200
        # The choosers the profile form opens: logo and areas of expertise.
        for name in [
            "wagtailimages_chooser:choose",
            "wagtailsnippetchoosers_members_directory_expertise:choose",
        ]:
            assert member_client.get(reverse(name)).status_code == 200, name

    def test_translations_made_later_are_editable_too(self, member_client, orgs):
        romanian = translate(orgs["own"], "ro", offers="Licențe pilot.")
        url = reverse("wagtailadmin_pages:edit", args=[romanian.pk])
        assert member_client.get(url).status_code == 200
        other = translate(orgs["other"], "ro", offers="Servicii.")
        url = reverse("wagtailadmin_pages:edit", args=[other.pk])
        assert denied(member_client.get(url), url)

    @pytest.mark.parametrize("key", ["other", "other_it"])
    def test_cannot_edit_or_preview_another_members_profile(
        self, member_client, orgs, key
    ):
        page = orgs[key]
        for url in [
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
            reverse("wagtailadmin_pages:history", args=[page.pk]),
            reverse("wagtailadmin_pages:delete", args=[page.pk]),
            reverse("wagtailadmin_pages:add_subpage", args=[page.pk]),
        ]:
            assert denied(member_client.get(url), url), url
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        response = member_client.post(url, edit_post(page, title="Hijacked"))
        assert denied(response, url)
        assert not Page.objects.filter(title="Hijacked").exists()
        assert (
            Page.objects.get(pk=page.pk).get_latest_revision().content["title"]
            != "Hijacked"
        )

    @pytest.mark.parametrize(
        "url",
        [
            "/admin/settings/home/sitesettings/",
            "/admin/users/",
            "/admin/groups/",
            "/admin/snippets/home/menu/",
            "/admin/snippets/home/topic/",
            "/admin/snippets/members_directory/expertise/",
            "/admin/member_accounts/",
            "/admin/reports/members-directory/",
            "/admin/reports/members-directory/?export=csv",
            "/admin/workflows/list/",
            "/admin/sites/",
            "/admin/locales/",
            "/admin/redirects/",
        ],
    )
    def test_cannot_reach_staff_areas(self, member_client, orgs, url):
        assert denied(member_client.get(url), url)

    def test_explorer_shows_no_other_section(
        self, member_client, orgs, site_tree, directory
    ):
        home = site_tree["en"]["home"]
        response = member_client.get(reverse("wagtailadmin_explore", args=[home.pk]))
        body = response.content.decode()
        assert "About us" not in body
        response = member_client.get(
            reverse("wagtailadmin_explore", args=[directory.pk])
        )
        body = response.content.decode()
        assert "Optik GmbH" not in body
        about = site_tree["en"]["about"]
        url = reverse("wagtailadmin_pages:edit", args=[about.pk])
        assert denied(member_client.get(url), url)

    def test_cannot_publish_but_submits_for_moderation(
        self, member_client, orgs, moderator
    ):
        page = orgs["own"]
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        response = member_client.get(url)
        assert b'name="action-publish"' not in response.content
        member_client.post(
            url, edit_post(page, title="DeepVista Imaging", **{"action-publish": "1"})
        )
        page.refresh_from_db()
        assert page.title == "DeepVista"  # the live page is unchanged
        assert page.get_latest_revision().content["title"] == "DeepVista Imaging"
        mail.outbox.clear()
        response = member_client.post(
            url, edit_post(page, title="DeepVista Imaging", **{"action-submit": "1"})
        )
        assert response.status_code == 302
        state = WorkflowState.objects.get(object_id=str(page.pk))
        assert state.workflow.name == WORKFLOW_NAME
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        page.refresh_from_db()
        assert page.title == "DeepVista"
        # Staff (the Moderators group) are told by email.
        assert any(moderator.email in m.to for m in mail.outbox)


class TestModeration:
    def test_staff_approve_and_the_member_is_told_in_their_language(
        self, client, orgs, member_user, moderator
    ):
        profile = UserProfile.get_for_user(member_user)
        profile.preferred_language = "it"
        profile.save()
        page = orgs["own"]
        client.force_login(member_user)
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        client.post(
            url, edit_post(page, offers="New offers.", **{"action-submit": "1"})
        )
        state = WorkflowState.objects.get(object_id=str(page.pk))
        task_state = state.current_task_state
        mail.outbox.clear()
        client.force_login(moderator)
        approve = reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", task_state.pk],
        )
        response = client.post(approve, {"comment": "Thanks"})
        assert response.status_code in (200, 302)
        page.refresh_from_db()
        assert page.offers == "New offers." and page.live
        [message] = [m for m in mail.outbox if member_user.email in m.to]
        assert "approvat" in message.subject.lower()  # Wagtail's Italian text

    def test_staff_reject_with_a_comment(self, client, orgs, member_user, moderator):
        page = orgs["own"]
        client.force_login(member_user)
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        client.post(url, edit_post(page, offers="Too bold.", **{"action-submit": "1"}))
        task_state = WorkflowState.objects.get(
            object_id=str(page.pk)
        ).current_task_state
        mail.outbox.clear()
        client.force_login(moderator)
        reject = reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "reject", task_state.pk],
        )
        client.post(reject, {"comment": "Please shorten the text"})
        page.refresh_from_db()
        assert page.offers != "Too bold."
        [message] = [m for m in mail.outbox if member_user.email in m.to]
        assert "Please shorten the text" in message.body

    def test_moderation_emails_link_to_the_public_address(
        self, client, orgs, member_user, moderator
    ):
        # Staff and members reach the admin under other host names; the
        # links they are emailed are on BASE_URL all the same.
        page = orgs["own"]
        client.force_login(member_user)
        mail.outbox.clear()
        client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            edit_post(page, offers="New offers.", **{"action-submit": "1"}),
            HTTP_HOST="127.0.0.1:8000",
        )
        task_state = WorkflowState.objects.get(
            object_id=str(page.pk)
        ).current_task_state
        client.force_login(moderator)
        client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[page.pk, "approve", task_state.pk],
            ),
            {"comment": "Thanks"},
            HTTP_HOST="intranet.example.net",
        )
        bodies = {(m.to[0], m.body) for m in mail.outbox}
        assert {to for to, _body in bodies} >= {moderator.email, member_user.email}
        links = [w for _to, body in bodies for w in body.split() if "://" in w]
        assert f"https://cluster.example.org{page.url}" in links
        assert any("/admin/pages/" in link for link in links)
        assert all(link.startswith("https://cluster.example.org/") for link in links)


class TestGrantAddHook:
    def test_grants_add_under_every_translation_of_a_section(
        self, orgs, member_user, site_tree
    ):
        about = site_tree["en"]["about"]
        group = member_group_grant_add(orgs["own"], about)
        pages = set(
            group.page_permissions.filter(permission__codename="add_page").values_list(
                "page_id", flat=True
            )
        )
        assert pages == set(
            Page.objects.filter(translation_key=about.translation_key).values_list(
                "pk", flat=True
            )
        )
        assert not group.page_permissions.filter(
            permission__codename="publish_page"
        ).exists()
        assert member_user.groups.filter(pk=group.pk).exists()
        assert MemberPage.objects.filter(locale=Locale.get_default()).count() == 2

    def test_apps_name_submission_parents_through_a_hook(
        self, orgs, member_user, site_tree
    ):
        from wagtail import hooks

        from members_directory.services import (
            SUBMISSION_PARENTS_HOOK,
            member_group_ensure,
        )

        about = site_tree["en"]["about"]
        with hooks.register_temporarily(SUBMISSION_PARENTS_HOOK, lambda: [about]):
            group = member_group_ensure(orgs["own"])
        granted = group.page_permissions.filter(permission__codename="add_page")
        assert set(granted.values_list("page_id", flat=True)) == {
            about.pk,
            site_tree["it"]["about"].pk,
        }
        # Submissions there go through the member workflow too.
        assert about.get_workflow().name == WORKFLOW_NAME
