"""Staff see registrations per event in the Wagtail admin, export them as CSV
or XLSX and tick attendance; nobody else reaches them."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from events.factories import RegistrationFactory
from events.models import Registration, RegistrationStatus
from users.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    user = UserFactory(username="comms")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


@pytest.fixture
def registrations(make_event):
    training = make_event(title="PM training", registration_open=True, capacity=1)
    webinar = make_event(title="AI webinar", registration_open=True)
    return {
        "ana": RegistrationFactory(
            event=training, name="Ana Pop", email="ana@example.org", language="ro"
        ),
        "luca": RegistrationFactory(
            event=training,
            name="Luca Romano",
            email="luca@example.org",
            language="it",
            status=RegistrationStatus.WAITLISTED,
        ),
        "sarah": RegistrationFactory(
            event=webinar, name="Sarah Keller", email="sarah@example.org"
        ),
    }


def csv_rows(response):
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(content)))


class TestStaff:
    def test_list_and_filter_by_event(self, staff_client, registrations):
        index = reverse("registrations:index")
        page = staff_client.get(index).content.decode()
        assert "Ana Pop" in page and "Sarah Keller" in page
        training = registrations["ana"].event
        filtered = staff_client.get(index, {"event": training.pk}).content.decode()
        assert "Ana Pop" in filtered and "Sarah Keller" not in filtered
        waiting = staff_client.get(index, {"status": "waitlisted"}).content.decode()
        assert "Luca Romano" in waiting and "Ana Pop" not in waiting

    def test_export_csv_per_event(self, staff_client, registrations):
        training = registrations["ana"].event
        response = staff_client.get(
            reverse("registrations:index"), {"event": training.pk, "export": "csv"}
        )
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        assert "registrations.csv" in response["Content-Disposition"]
        rows = csv_rows(response)
        assert sorted(row["Email"] for row in rows) == [
            "ana@example.org",
            "luca@example.org",
        ]
        assert {row["Event"] for row in rows} == {"PM training"}

    def test_export_xlsx(self, staff_client, registrations):
        response = staff_client.get(reverse("registrations:index"), {"export": "xlsx"})
        assert response.status_code == 200
        assert "spreadsheetml" in response["Content-Type"]
        content = b"".join(response.streaming_content)
        assert content.startswith(b"PK")

    def test_mark_attendance(self, staff_client, registrations):
        ana = registrations["ana"]
        url = reverse("registrations:edit", args=[ana.pk])
        assert staff_client.get(url).status_code == 200
        response = staff_client.post(
            url,
            {
                "event": ana.event.pk,
                "name": ana.name,
                "email": ana.email,
                "organisation": "",
                "language": ana.language,
                "status": ana.status,
                "attended": "on",
            },
        )
        assert response.status_code == 302
        ana.refresh_from_db()
        assert ana.attended

    def test_deleting_a_place_moves_the_next_person_up(
        self, staff_client, registrations, django_capture_on_commit_callbacks
    ):
        ana = registrations["ana"]
        with django_capture_on_commit_callbacks(execute=True):
            response = staff_client.post(reverse("registrations:delete", args=[ana.pk]))
        assert response.status_code == 302
        assert not Registration.objects.filter(pk=ana.pk).exists()
        registrations["luca"].refresh_from_db()
        assert registrations["luca"].status == RegistrationStatus.CONFIRMED
        assert [m.to for m in mail.outbox] == [["luca@example.org"]]


class TestOthers:
    @pytest.mark.parametrize("params", [{}, {"export": "csv"}])
    def test_anonymous_visitors_are_sent_to_log_in(self, client, registrations, params):
        response = client.get(reverse("registrations:index"), params)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]
        assert b"ana@example.org" not in response.content

    def test_a_member_account_sees_nothing(self, client, registrations):
        client.force_login(UserFactory(username="member"))
        response = client.get(reverse("registrations:index"), {"export": "csv"})
        assert response.status_code in (302, 403)
        assert b"ana@example.org" not in response.content
