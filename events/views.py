"""The views behind the events pages' routes (see the @path methods of
EventIndexPage and EventPage): calendar files, registering and
cancelling. Each answers bad input with a page in the visitor's language and
a 4xx status, changing nothing."""

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from . import ical, selectors, services, tokens
from .forms import CancelForm, RegistrationForm
from .models import RegistrationStatus


def _calendar_response(content, filename, *, download):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if download else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


@require_GET
def event_feed(request, index):
    events = selectors.event_feed_events(index)
    content = ical.events_feed_ical(index, events, request=request)
    response = _calendar_response(
        content, f"events-{index.locale.language_code}.ics", download=False
    )
    response["Cache-Control"] = "public, max-age=900"
    return response


@require_GET
def event_ical(request, page):
    return _calendar_response(
        ical.event_ical(page, request=request), f"{page.slug}.ics", download=True
    )


def _render_event(request, page, form, status, error=""):
    context = selectors.event_page_context(page, request, form=form)
    context["registration_error"] = error
    response = page.render(request, context_overrides=context)
    response.status_code = status
    return response


def event_register(request, page):
    """POST from the form on the event page. Success redirects back to the
    page (a reload sends nothing twice) with a message; bad input shows the
    page again with the errors."""
    if request.method != "POST":
        if request.method in ("GET", "HEAD"):
            return HttpResponseRedirect(page.url + "#registration")
        return HttpResponseNotAllowed(["POST"])
    form = RegistrationForm(request.POST, consent_text=page.consent_text)
    if not form.is_valid():
        return _render_event(request, page, form, status=400)
    if form.is_spam:
        return HttpResponseRedirect(page.url)
    data = form.cleaned_data
    try:
        result = services.registration_create(
            page,
            name=data["name"],
            email=data["email"],
            organisation=data["organisation"],
            language=translation.get_language(),
            consent=str(form.fields["consent"].label),
        )
    except services.RegistrationError as error:
        return _render_event(request, page, form, status=409, error=str(error))
    registration = result.registration
    if not result.created:
        messages.info(
            request,
            _(
                "This email address is already registered for this event. We have "
                "not registered it again."
            ),
        )
    elif registration.status == RegistrationStatus.CONFIRMED:
        messages.success(
            request,
            _(
                "Thank you, your place is confirmed. We have sent you an email "
                "with the details and a link to cancel."
            ),
        )
    else:
        messages.success(
            request,
            _(
                "All places are taken, so you are on the waiting list. We will "
                "email you if a place becomes free."
            ),
        )
    return HttpResponseRedirect(page.url + "#registration")


def registration_cancel(request, page, token):
    """GET shows what the link cancels and asks to confirm; POST cancels.
    The page speaks the registrant's language, whichever language's event
    page the link is on (the source one when the event has no translation
    in theirs)."""
    registration = tokens.registration_from_token(token)
    language = translation.get_language()
    if registration is not None and registration.language in dict(settings.LANGUAGES):
        language = registration.language
    with translation.override(language):
        response = _registration_cancel(request, page, registration)
        if isinstance(response, TemplateResponse):
            response.render()
    return response


def _registration_cancel(request, page, registration):
    context = {"page": page, "self": page, "registration": registration}
    template = "events/registration_cancel.html"
    if registration is None or (
        registration.event.translation_key != page.translation_key
    ):
        context["invalid"] = True
        return TemplateResponse(request, template, context, status=400)
    if request.method == "POST":
        form = CancelForm(request.POST)
        if form.is_valid():
            was_cancelled = registration.status == RegistrationStatus.CANCELLED
            registration = services.registration_cancel(registration)
            context.update(registration=registration, done=not was_cancelled)
            context["already"] = was_cancelled
            return TemplateResponse(request, template, context)
    elif request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "POST"])
    context["already"] = registration.status == RegistrationStatus.CANCELLED
    return TemplateResponse(request, template, context)
