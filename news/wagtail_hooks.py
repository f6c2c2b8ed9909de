"""Registration only: the news sections of the home page and of member
profiles, and where member accounts may submit news (news/selectors.py)."""

from wagtail import hooks

from . import selectors

hooks.register("register_home_section", selectors.news_home_section)
hooks.register("register_member_profile_section", selectors.news_member_section)
hooks.register(
    "register_member_submission_parents", selectors.news_index_pages_for_members
)
