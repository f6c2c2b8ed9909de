"""Thin tasks: they take ids, re-read the rows and call a service."""

from django_tasks import task


@task()
def member_invitation_send(account_id):
    from .emails import member_invitation_email_send
    from .models import MemberAccount

    account = (
        MemberAccount.objects.filter(pk=account_id)
        .select_related("user", "member")
        .first()
    )
    if account is None:
        return False
    return member_invitation_email_send(account)
