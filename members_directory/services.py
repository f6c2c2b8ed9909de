"""Writes of the members directory: member accounts and their invitations,
the per-organisation Wagtail group and its page permissions, and the
"Member content approval" workflow.

Members get no permission system of their own: each organisation has a
Wagtail group (`MemberGroup`) holding "change" (never "publish") on the
organisation's MemberPage in every language, plus admin access and image
upload, and submissions go through a Wagtail workflow staff moderate.
"""

from functools import partial

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone
from wagtail import hooks
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.users.models import UserProfile

# Other apps name the pages members may post under (the news and events
# index pages): `@hooks.register(SUBMISSION_PARENTS_HOOK) def f(): return pages`.
SUBMISSION_PARENTS_HOOK = "register_member_submission_parents"
WORKFLOW_NAME = "Member content approval"
TASK_NAME = "Moderators approve member content"
MODERATORS = "Moderators"


def member_workflow_ensure():
    """The "Member content approval" workflow: one group approval task for
    the Moderators group (staff are emailed when something is submitted;
    the member when it is approved or rejected, by Wagtail itself)."""
    workflow, _created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    moderators = Group.objects.filter(name=MODERATORS).first()
    if moderators is not None and not task.groups.filter(pk=moderators.pk).exists():
        task.groups.add(moderators)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    return workflow


def member_workflow_assign(page):
    """Submissions under `page` (a members directory, or a news or events
    index members post to) go through the member workflow."""
    workflow = member_workflow_ensure()
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def _page_permission(action):
    return Permission.objects.get(
        content_type__app_label="wagtailcore", codename=f"{action}_page"
    )


def member_group_ensure(member):
    """The Wagtail group of `member`'s organisation, with "change" on every
    translation of its profile (and the workflow on its directories)."""
    from .models import MemberGroup, MemberPage

    link = MemberGroup.objects.filter(member_key=member.translation_key).first()
    if link is None:
        name = f"Member: {member.title}"[:140]
        group, _created = Group.objects.get_or_create(name=name)
        link = MemberGroup.objects.create(
            member_key=member.translation_key, group=group
        )
    group = link.group
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    root_collection = Collection.get_first_root_node()
    # Wagtail checks image permissions against wagtailimages.Image, whatever
    # the image model.
    for codename in ("add_image", "choose_image"):
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=root_collection,
            permission=Permission.objects.get(
                content_type__app_label="wagtailimages", codename=codename
            ),
        )
    change = _page_permission("change")
    for page in MemberPage.objects.filter(translation_key=member.translation_key):
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=change
        )
        member_workflow_assign(page.get_parent())
    for parents in hooks.get_hooks(SUBMISSION_PARENTS_HOOK):
        for parent in parents():
            _grant_add(group, parent)
    return group


def _grant_add(group, parent):
    add = _page_permission("add")
    for page in Page.objects.filter(translation_key=parent.translation_key):
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=add
        )
        member_workflow_assign(page)


def member_group_grant_add(member, parent):
    """Let `member`'s accounts create pages under `parent` (the news or
    events index, in every language) on the organisation's behalf, without
    publishing: submissions go through the member workflow. "Add" in Wagtail
    also lets the owner edit its own drafts under `parent`, never other
    people's pages. Apps usually register their index pages with the
    SUBMISSION_PARENTS_HOOK instead, so every member group gets this."""
    group = member_group_ensure(member)
    _grant_add(group, parent)
    return group


def member_account_for_user(user):
    """The MemberAccount of `user`, or None for staff and visitors."""
    from .models import MemberAccount

    if not getattr(user, "is_authenticated", False):
        return None
    return MemberAccount.objects.filter(user=user).select_related("member").first()


def member_invite(member, email, invited_by=None, language=None):
    """Invite `email` to keep `member`'s profile: make (or reuse) the user,
    link it to the organisation, add it to the organisation's group, and
    email a signed link to set a password once the transaction commits.
    `language` is the language of the emails (the member page's by default).
    Returns the MemberAccount."""
    from .models import MemberAccount
    from .tasks import member_invitation_send

    email = get_user_model().objects.normalize_email(email).strip()
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User(username=email[:150], email=email, is_active=True)
        user.set_unusable_password()
        user.save()
    account, _created = MemberAccount.objects.update_or_create(
        user=user,
        defaults={
            "member": member,
            "invited_at": timezone.now(),
            "invited_by": invited_by,
        },
    )
    user.groups.add(member_group_ensure(member))
    profile = UserProfile.get_for_user(user)
    wanted = language or member.locale.language_code
    if language or not profile.preferred_language:
        profile.preferred_language = wanted
        profile.save(update_fields=["preferred_language"])
    transaction.on_commit(partial(member_invitation_send.enqueue, account.pk))
    return account


def member_link_user(member, user):
    """Make an existing `user` an account of `member` without an invitation
    (the demo's `member` user)."""
    from .models import MemberAccount

    account, _created = MemberAccount.objects.update_or_create(
        user=user, defaults={"member": member}
    )
    user.groups.add(member_group_ensure(member))
    return account
