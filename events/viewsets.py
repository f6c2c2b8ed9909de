"""Admin screens of the events app, registered in wagtail_hooks.py: the
registrations, filterable by event and status, exportable as CSV or XLSX,
with attendance to tick."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

from .models import EventPage, Registration


def _source_events(request=None):
    """Registrations belong to the events in the source language."""
    return EventPage.objects.filter(
        locale=Locale.get_default(), alias_of__isnull=True
    ).order_by("-start")


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(label=_("Event"), queryset=_source_events)

    class Meta:
        model = Registration
        fields = ["event", "status", "attended", "language"]


class RegistrationAdminForm(WagtailAdminModelForm):
    class Meta:
        model = Registration
        fields = [
            "event",
            "name",
            "email",
            "organisation",
            "language",
            "status",
            "attended",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"] = forms.ModelChoiceField(
            label=_("Event"),
            queryset=_source_events(),
            initial=self.initial.get("event"),
        )


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "group"
    menu_label = _("Registrations")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "name",
        "email",
        "organisation",
        "event",
        "status",
        "language",
        "attended",
        "created_at",
    ]
    list_export = [
        "event",
        "name",
        "email",
        "organisation",
        "language",
        "status",
        "attended",
        "created_at",
        "cancelled_at",
        "consent_text",
    ]
    export_filename = "registrations"
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "email", "organisation"]
    ordering = ["-created_at"]
    list_per_page = 50

    def get_form_class(self, for_update=False):
        return RegistrationAdminForm
