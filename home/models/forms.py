from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from .seo import SeoMixin

# A field people never see (hidden by CSS, skipped by keyboard and screen
# readers) that naive spam bots fill in. A submission that fills it is dropped.
HONEYPOT_FIELD = "website_url"


class HoneypotFormBuilder(FormBuilder):
    def get_form_class(self):
        form_class = super().get_form_class()
        form_class.base_fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        return form_class


class FormField(TranslatableMixin, AbstractFormField):
    """Labels, help texts and choices are translated; the stored name stays
    the source one so that submissions in every language share their keys."""

    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")

    override_translatable_fields = [SynchronizedField("clean_name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]


class FormPage(SeoMixin, AbstractEmailForm):
    """A form editors build themselves: "Join the cluster", contact. Each
    submission is stored (see Forms in the admin) and staff are emailed by a
    background task, so a slow mail server never slows the visitor down."""

    form_builder = HoneypotFormBuilder

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    thank_you_text = RichTextField(
        _("confirmation message"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown to the visitor after sending the form."),
    )

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email to staff"),
        ),
    ]

    class Meta:
        verbose_name = _("form page")

    def process_form_submission(self, form):
        from ..services import form_submission_notify_staff

        if form.cleaned_data.pop(HONEYPOT_FIELD, ""):
            return None
        submission = FormMixin.process_form_submission(self, form)
        form_submission_notify_staff(submission)
        return submission
