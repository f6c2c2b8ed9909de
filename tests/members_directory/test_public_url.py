"""A member profile's Organization JSON-LD and the invitation email carry
absolute URLs on BASE_URL, whatever `Host` the request arrives with."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from home.factories import CustomImageFactory
from members_directory.services import member_invite
from tests.utils import PUBLIC_BASE, same_for_every_host

from .conftest import member_add

pytestmark = pytest.mark.django_db

BASE = PUBLIC_BASE


def test_organization_json_ld_is_on_base_url(client, directory):
    member = member_add(
        directory, title="Scanlab", slug="scanlab", logo=CustomImageFactory()
    )

    def data(host):
        response = client.get(member.url, HTTP_HOST=host)
        assert response.status_code == 200
        script = BeautifulSoup(response.content, "html.parser").find(
            "script", type="application/ld+json"
        )
        return json.loads(script.string)

    data = same_for_every_host(data)
    assert data["url"] == BASE + "en/members/scanlab/"
    assert data["logo"].startswith(BASE + "media/images/")


def test_invitation_link_is_on_base_url(directory, django_capture_on_commit_callbacks):
    member = member_add(directory, title="Scanlab", slug="scanlab")
    with django_capture_on_commit_callbacks(execute=True):
        member_invite(member, "anna@example.org")
    [message] = mail.outbox
    links = [word for word in message.body.split() if "://" in word]
    assert links and all(
        link.startswith(BASE + "en/members/invitation/") for link in links
    )
