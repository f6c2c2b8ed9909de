"""The public page where an invited member sets a password. Reached through
the members directory page in the invitee's language when the directory is
translated into it (a routable subpage); the page speaks the invitee's
language either way."""

from django.contrib.auth.forms import SetPasswordForm
from django.template.response import TemplateResponse
from django.utils import timezone, translation

from .emails import member_invitation_language
from .tokens import InvalidInvitation, invitation_token_check

TEMPLATE = "members_directory/invitation_accept.html"


def invitation_accept(request, directory, token):
    context = {"page": directory, "self": directory}
    try:
        user = invitation_token_check(token)
    except InvalidInvitation as error:
        context["error"] = error.reason
        return TemplateResponse(request, TEMPLATE, context, status=400)
    with translation.override(member_invitation_language(user)):
        response = _invitation_form(request, context, user)
        response.render()
    return response


def _invitation_form(request, context, user):
    if request.method == "POST":
        form = SetPasswordForm(user, request.POST)
        if form.is_valid():
            form.save()
            account = user.member_account
            account.joined_at = account.joined_at or timezone.now()
            account.save(update_fields=["joined_at"])
            context["done"] = True
            return TemplateResponse(request, TEMPLATE, context)
    else:
        form = SetPasswordForm(user)
    context.update(
        form=form, invited_user=user, organisation=user.member_account.member
    )
    return TemplateResponse(request, TEMPLATE, context)
