"""Registration only: the registrations admin, the events sections of the
home page and of member profiles, and where member accounts may submit
events (events/selectors.py)."""

from wagtail import hooks

from . import selectors
from .viewsets import RegistrationViewSet


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("registrations")


hooks.register("register_home_section", selectors.event_home_section)
hooks.register("register_member_profile_section", selectors.event_member_section)
hooks.register(
    "register_member_submission_parents", selectors.event_index_pages_for_members
)
