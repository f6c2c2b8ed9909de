"""Communications staff (Wagtail's Editors group) manage menus, topics and the
site settings from the admin; anonymous visitors reach none of it."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from users.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = UserFactory(username="comms")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailsnippets_home_menu:list",
        "wagtailsnippets_home_menu:add",
        "wagtailsnippets_home_topic:list",
        "wagtailsnippets_home_topic:add",
    ],
)
def test_editors_manage_menus_and_topics(editor_client, site_tree, url_name):
    assert editor_client.get(reverse(url_name)).status_code == 200


def test_editors_edit_site_settings(editor_client, site_tree):
    url = reverse("wagtailsettings:edit", args=["home", "sitesettings"])
    assert editor_client.get(url).status_code in (200, 302)
    response = editor_client.get(url, follow=True)
    assert response.status_code == 200
    assert b"organisation_name" in response.content


@pytest.mark.parametrize(
    "url_name", ["wagtailsnippets_home_menu:list", "wagtailsnippets_home_topic:list"]
)
def test_anonymous_visitors_are_sent_to_log_in(client, url_name):
    response = client.get(reverse(url_name))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
