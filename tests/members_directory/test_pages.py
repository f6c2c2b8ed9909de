import json

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.factories import CustomImageFactory
from home.models import HomePage, StandardPage
from members_directory.factories import (
    ExpertiseFactory,
    MemberPageExpertiseFactory,
    MemberPageFactory,
    MembersDirectoryPageFactory,
)
from members_directory.models import MemberPage, MembersDirectoryPage
from tests.utils import build_site_tree, translate

from .conftest import member_add


class TestPageTypes(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()

    def test_where_each_type_can_live(self):
        self.assertCanCreateAt(HomePage, MembersDirectoryPage)
        self.assertCanCreateAt(MembersDirectoryPage, MemberPage)
        self.assertCanNotCreateAt(HomePage, MemberPage)
        self.assertCanNotCreateAt(StandardPage, MembersDirectoryPage)
        self.assertCanNotCreateAt(MemberPage, MemberPage)
        self.assertCanNotCreateAt(Page, MembersDirectoryPage)

    def test_every_type_renders(self):
        directory = MembersDirectoryPageFactory(parent=self.tree["en"]["home"])
        member = MemberPageFactory(parent=directory, logo=CustomImageFactory())
        MemberPageExpertiseFactory(page=member, expertise=ExpertiseFactory())
        self.assertPageIsRenderable(directory)
        self.assertPageIsRenderable(member)
        # An unknown filter value answers 404 with a notice (home/listing.py).
        self.assertPageIsRenderable(
            directory, query_data={"type": "nonsense"}, accept_404=True
        )


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
class TestMemberProfile:
    def test_profile_shows_facts_logo_alt_and_expertise(
        self, client, directory, vocabulary
    ):
        logo = CustomImageFactory(description="Blue ring logo of Scanlab")
        member = member_add(
            directory,
            expertise=[vocabulary["mri"], vocabulary["ai"]],
            title="Scanlab",
            logo=logo,
            organisation_type="startup",
            country="IT",
            city="Milano",
            offers="Reconstruction software.",
            looks_for="Hospitals for a pilot.",
        )
        response = client.get(member.url)
        assert response.status_code == 200
        soup = soup_of(response)
        assert soup.h1.get_text(strip=True) == "Scanlab"
        assert soup.find("img", alt="Blue ring logo of Scanlab")
        text = soup.main.get_text(" ", strip=True)
        for expected in [
            "Start-up",
            "Milano, Italy",
            "Reconstruction software.",
            "Hospitals for a pilot.",
            "MRI",
            "AI and image analysis",
        ]:
            assert expected in text
        chip = soup.find("a", string="MRI")
        assert chip["href"].endswith("/en/members/?expertise=mri")

    def test_profile_carries_organization_json_ld_escaped(self, client, directory):
        member = member_add(
            directory,
            title="</script><script>alert(1)</script> Lab",
            country="RO",
            city="Cluj-Napoca",
            website="https://lab.example.org/",
        )
        response = client.get(member.url)
        html = response.content.decode()
        assert "</script><script>alert(1)" not in html
        script = soup_of(response).find("script", type="application/ld+json")
        data = json.loads(script.string)
        assert data["@type"] == "Organization"
        assert data["name"] == "</script><script>alert(1)</script> Lab"
        assert data["address"]["addressCountry"] == "RO"
        assert data["sameAs"] == ["https://lab.example.org/"]
        assert data["url"].endswith(member.url)

    def test_profile_sections_come_from_the_hook(self, client, directory):
        from wagtail import hooks

        member = member_add(directory, title="Hooked")

        def section(page, request):
            return {
                "template": "tests/member_profile_section.html",
                "order": 1,
                "word": f"section-for-{page.slug}",
            }

        with hooks.register_temporarily("register_member_profile_section", section):
            response = client.get(member.url)
        assert "section-for-hooked" in response.content.decode()

    def test_italian_profile_names_expertise_in_italian(
        self, client, directory, vocabulary, italian_directory
    ):
        member = member_add(directory, expertise=[vocabulary["mri"]], title="Scanlab")
        italian = translate(member, "it", offers="Software di ricostruzione.")
        assert italian.get_parent().specific == italian_directory
        response = client.get(italian.url)
        text = soup_of(response).main.get_text(" ", strip=True)
        assert "Risonanza magnetica" in text
        assert "Software di ricostruzione." in text
