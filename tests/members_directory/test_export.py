import csv
import io

import pytest
from django.contrib.auth.models import Group
from openpyxl import load_workbook

from users.factories import UserFactory

from .conftest import member_add

pytestmark = pytest.mark.django_db
URL = "/admin/reports/members-directory/"


@pytest.fixture
def staff_client(client):
    user = UserFactory(username="comms")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


@pytest.fixture
def two_members(directory, vocabulary):
    member_add(
        directory,
        [vocabulary["mri"], vocabulary["ai"]],
        title="Scanlab",
        organisation_type="startup",
        country="IT",
        city="Milano",
    )
    member_add(
        directory,
        [],
        title="Cluj Heart Institute",
        organisation_type="hospital",
        country="RO",
    )


class TestDirectoryExport:
    def test_staff_see_the_report(self, staff_client, two_members):
        response = staff_client.get(URL)
        assert response.status_code == 200
        assert b"Scanlab" in response.content
        assert b"Cluj Heart Institute" in response.content

    def test_csv_export(self, staff_client, two_members):
        response = staff_client.get(URL, {"export": "csv"})
        assert response.status_code == 200
        content = (
            b"".join(response.streaming_content).decode()
            if response.streaming
            else response.content.decode()
        )
        rows = list(csv.DictReader(io.StringIO(content)))
        scanlab = next(row for row in rows if row["Organisation name"] == "Scanlab")
        assert scanlab["Country code"] == "IT"
        assert scanlab["Country"] == "Italy"
        assert scanlab["Organisation type"] == "Start-up"
        assert scanlab["Areas of expertise"] == "mri, ai"
        assert scanlab["Address"].endswith("/en/members/scanlab/")

    def test_xlsx_export(self, staff_client, two_members):
        response = staff_client.get(URL, {"export": "xlsx"})
        assert response.status_code == 200
        content = (
            b"".join(response.streaming_content)
            if response.streaming
            else response.content
        )
        sheet = load_workbook(io.BytesIO(content)).active
        values = [[cell.value for cell in row] for row in sheet.iter_rows()]
        assert values[0][0] == "Organisation name"
        assert {row[0] for row in values[1:]} == {"Scanlab", "Cluj Heart Institute"}

    def test_people_without_the_permission_cannot_export(self, client, two_members):
        client.force_login(UserFactory(username="nobody", is_staff=False))
        response = client.get(URL, {"export": "csv"})
        assert response.status_code in (302, 403)
        assert b"Scanlab" not in response.content
