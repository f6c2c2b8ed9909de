"""Events run by a member organisation show on its profile, and member
accounts may submit events for moderation."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import GroupPagePermission

from events.factories import local_datetime
from members_directory.factories import MembersDirectoryPageFactory
from members_directory.services import member_group_ensure
from tests.events.builders import publish
from tests.members_directory.conftest import member_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def members(site_tree):
    directory = publish(MembersDirectoryPageFactory(parent=site_tree["en"]["home"]))
    return {
        "deepvista": member_add(directory, title="DeepVista", slug="deepvista"),
        "hospital": member_add(directory, title="Spitalul Cluj", slug="spitalul-cluj"),
    }


def test_profile_lists_the_members_upcoming_events_only(client, members, make_event):
    make_event(
        title="DeepVista webinar",
        start=local_datetime(5, 10),
        end=local_datetime(5, 11),
        member=members["deepvista"],
    )
    make_event(
        title="Hospital open day",
        start=local_datetime(6, 10),
        end=local_datetime(6, 11),
        member=members["hospital"],
    )
    make_event(
        title="Past DeepVista course",
        start=local_datetime(-30, 10),
        end=local_datetime(-30, 11),
        member=members["deepvista"],
    )
    response = client.get("/en/members/deepvista/")
    html = BeautifulSoup(response.content, "html.parser")
    section = html.select_one("section[aria-labelledby=member-events-title]")
    assert section is not None
    text = section.get_text(" ", strip=True)
    assert "DeepVista webinar" in text
    assert "Hospital open day" not in text
    assert "Past DeepVista course" not in text


def test_profile_without_events_has_no_events_section(client, members, events_tree):
    html = BeautifulSoup(client.get("/en/members/deepvista/").content, "html.parser")
    assert html.select_one("section[aria-labelledby=member-events-title]") is None


def test_member_accounts_may_submit_events_but_not_publish(members, events_tree):
    group = member_group_ensure(members["deepvista"])
    granted = set(
        GroupPagePermission.objects.filter(
            group=group, page=events_tree["en"]
        ).values_list("permission__codename", flat=True)
    )
    assert "add_page" in granted
    assert "publish_page" not in granted
