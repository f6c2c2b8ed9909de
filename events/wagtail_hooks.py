from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Locale

from . import selectors
from .viewsets import RegistrationViewSet


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("registrations")


@hooks.register("register_home_section")
def upcoming_events_section(page, request):
    """The next three events of the home page's language, with the
    language's calendar feed for the page's <head> (`head_links`)."""
    events = selectors.event_list_upcoming(page.locale, limit=3)
    if not events:
        return None
    index = selectors.event_index_for_locale(page.locale)
    head_links = []
    if index is not None and index.feed_url:
        head_links.append(
            {
                "type": "text/calendar",
                "title": _("Events (iCalendar)"),
                "href": index.feed_url,
            }
        )
    return {
        "template": "events/includes/home_upcoming.html",
        "order": 20,
        "events": events,
        "index": index,
        "head_links": head_links,
    }


@hooks.register("register_member_profile_section")
def member_events_section(page, request):
    """A member's upcoming events on its profile in the directory."""
    events = selectors.event_list_upcoming_for_member(page)
    if not events:
        return None
    return {
        "template": "events/includes/member_upcoming.html",
        "order": 20,
        "events": events,
    }


@hooks.register("register_member_submission_parents")
def event_index_pages():
    """Member accounts may submit events (for moderation) under the index."""
    from .models import EventIndexPage

    return EventIndexPage.objects.filter(locale=Locale.get_default())
