"""A member organisation's group edits every translation of its profile,
including translations made after the group: each new MemberPage joins the
permissions of its translation key's group. Publishing a profile gives its
translations the source's facts (home/translation_sync.py)."""

from django.db.models.signals import post_save


def member_page_grant_group(sender, instance, created, raw=False, **kwargs):
    if raw or not created:
        return
    from .models import MemberGroup
    from .services import member_group_ensure

    if MemberGroup.objects.filter(member_key=instance.translation_key).exists():
        member_group_ensure(instance)


def connect():
    from wagtail.signals import page_published

    from home.signal_handlers import translation_facts_published

    from .models import MemberPage

    page_published.connect(
        translation_facts_published,
        sender=MemberPage,
        dispatch_uid="members_directory.translation_facts",
    )

    post_save.connect(
        member_page_grant_group,
        sender=MemberPage,
        dispatch_uid="members_directory.member_page_grant_group",
    )
