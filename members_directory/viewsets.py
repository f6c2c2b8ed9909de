"""Admin screens: the expertise vocabulary (a snippet), member accounts
(staff invite people from here) and the directory export (a report)."""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import CreateView
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .countries import country_name
from .models import Expertise, MemberAccount, MemberPage
from .services import member_invite

EXPORT_PERMISSION = "members_directory.export_directory"


class ExpertiseViewSet(SnippetViewSet):
    model = Expertise
    icon = "tag"
    menu_label = _("Areas of expertise")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class MemberInviteForm(WagtailAdminModelForm):
    email = forms.EmailField(
        label=_("Email address"),
        required=False,
        help_text=_(
            "The person receives an email with a link to set a password. The "
            "link expires after 7 days."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            self.fields["email"].required = True
        else:
            del self.fields["email"]


class MemberAccountCreateView(CreateView):
    def save_instance(self):
        return member_invite(
            self.form.cleaned_data["member"],
            self.form.cleaned_data["email"],
            invited_by=self.request.user,
        )

    def get_success_message(self, instance):
        return _("Invitation sent to %(email)s.") % {"email": instance.user.email}


class MemberAccountViewSet(ModelViewSet):
    """Staff invite member accounts here ("Invite" is the add button)."""

    model = MemberAccount
    icon = "user"
    menu_label = _("Member accounts")
    add_to_admin_menu = True
    menu_order = 330
    add_view_class = MemberAccountCreateView
    list_display = ["user", "member", "invited_at", "joined_at"]
    list_filter = ["joined_at"]
    search_fields = ["user__email", "user__username"]
    list_export = ["user__email", "member__title", "invited_at", "joined_at"]
    panels = [FieldPanel("member"), FieldPanel("email")]
    add_to_reference_index = False

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=MemberInviteForm).bind_to_model(
            self.model
        )


class MemberDirectoryReportView(ReportView):
    """Every member profile in every language, for staff, as a listing and
    as CSV or XLSX (the export buttons of Wagtail's reports)."""

    page_title = _("Members directory")
    header_icon = "group"
    index_url_name = "members_directory_report"
    index_results_url_name = "members_directory_report_results"
    list_export = [
        "title",
        "locale",
        "organisation_type_label",
        "country",
        "country_label",
        "city",
        "expertise_slugs",
        "website",
        "contact_name",
        "contact_email",
        "contact_phone",
        "member_since",
        "last_verified",
        "slug",
        "live",
        "full_url",
    ]
    export_headings = {
        "title": _("Organisation name"),
        "locale": _("Language"),
        "organisation_type_label": _("Organisation type"),
        "country": _("Country code"),
        "country_label": _("Country"),
        "expertise_slugs": _("Areas of expertise"),
        "full_url": _("Address"),
    }
    columns = [
        TitleColumn(
            "title",
            label=_("Organisation name"),
            url_name="wagtailadmin_pages:edit",
        ),
        Column("locale", label=_("Language")),
        Column("organisation_type_label", label=_("Organisation type")),
        Column("country_label", label=_("Country")),
        Column("city", label=_("City")),
        DateColumn("last_verified", label=_("Last verified")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(EXPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"members-directory-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return (
            MemberPage.objects.select_related("locale")
            .prefetch_related("expertise_links__expertise")
            .order_by("title", "locale__language_code")
        )

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            _decorate(page)
        return object_list

    def to_row_dict(self, item):
        return super().to_row_dict(_decorate(item))


def _decorate(page):
    page.organisation_type_label = str(page.get_organisation_type_display())
    page.country_label = country_name(page.country)
    page.expertise_slugs = ", ".join(
        link.expertise.slug for link in page.expertise_links.all()
    )
    return page


class ExportMenuItem(MenuItem):
    """Reports → Members directory, for those who may export it."""

    def is_shown(self, request):
        return request.user.has_perm(EXPORT_PERMISSION)
