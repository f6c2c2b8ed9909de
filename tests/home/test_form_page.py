"""The "Join the cluster" form: stored, staff emailed from a task, spam
dropped, bad input answered with a message in the visitor's language."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from home.factories import FormFieldFactory, FormPageFactory
from home.models.forms import HONEYPOT_FIELD
from tests.utils import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def join_page(site_tree):
    page = FormPageFactory(parent=site_tree["en"]["home"], subject="New member request")
    FormFieldFactory(page=page, label="Organisation", field_type="singleline")
    FormFieldFactory(page=page, label="Email", field_type="email")
    FormFieldFactory(page=page, label="Message", field_type="multiline", required=False)
    page.save_revision().publish()
    return page


def post(client, path, **data):
    values = {"organisation": "Spitalul Județean Cluj", "email": "ana@example.ro"}
    values.update(data)
    return client.post(path, values)


class TestJoinForm:
    def test_shows_labelled_fields_and_a_hidden_honeypot(self, client, join_page):
        html = BeautifulSoup(client.get("/en/join/").content, "html.parser")
        for field in html.select("form input:not([type=hidden]), form textarea"):
            assert html.select_one(f'label[for="{field["id"]}"]'), field["name"]
        honeypot = html.select_one(f'input[name="{HONEYPOT_FIELD}"]')
        assert "hp-field" in honeypot.find_parent("div")["class"]
        assert honeypot["tabindex"] == "-1"

    def test_submission_is_stored_and_staff_are_emailed(
        self, client, join_page, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = post(client, "/en/join/", message="We run a PET centre.")
        assert response.status_code == 200
        assert "Thank you for your interest." in response.content.decode()
        submission = FormSubmission.objects.get(page=join_page)
        assert submission.form_data["organisation"] == "Spitalul Județean Cluj"
        assert HONEYPOT_FIELD not in submission.form_data
        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        assert message.to == ["membership@example.org"]
        assert message.subject == "New member request"
        assert "Organisation: Spitalul Județean Cluj" in message.body
        assert "We run a PET centre." in message.body

    def test_filled_honeypot_is_dropped_quietly(
        self, client, join_page, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = post(
                client, "/en/join/", **{HONEYPOT_FIELD: "http://spam.example"}
            )
        assert response.status_code == 200
        assert FormSubmission.objects.count() == 0
        assert mail.outbox == []

    def test_bad_input_is_explained_and_nothing_is_stored(self, client, join_page):
        response = post(client, "/en/join/", organisation="", email="not-an-email")
        assert response.status_code == 200
        html = BeautifulSoup(response.content, "html.parser")
        errors = [p.get_text(strip=True) for p in html.select(".form__error")]
        assert "This field is required." in errors
        assert "Enter a valid email address." in errors
        assert html.select_one(".form__summary[role=alert]")
        assert FormSubmission.objects.count() == 0

    def test_italian_form_speaks_italian(self, client, join_page):
        italian = translate(join_page, "it", title="Unisciti al cluster")
        for field in italian.form_fields.all():
            field.label = {"Organisation": "Organizzazione", "Email": "Email"}.get(
                field.label, field.label
            )
            field.save()
        italian.save_revision().publish()
        response = post(client, "/it/join/", organisation="", email="x")
        html = BeautifulSoup(response.content, "html.parser")
        assert html.html["lang"] == "it"
        assert "Organizzazione" in html.select_one('label[for="id_organisation"]').text
        assert "Questo campo è obbligatorio." in html.text
        assert FormSubmission.objects.count() == 0


class TestImageAltText:
    def test_new_images_need_alt_text(self):
        from django.core.files.uploadedfile import SimpleUploadedFile
        from wagtail.images.forms import get_image_form
        from wagtail.images.tests.utils import get_test_image_file

        from home.models import CustomImage

        form_class = get_image_form(CustomImage)
        upload = get_test_image_file()
        form = form_class(
            data={"title": "Scanner", "description": ""},
            files={"file": SimpleUploadedFile("scan.png", upload.file.getvalue())},
        )
        assert not form.is_valid()
        assert "description" in form.errors
