"""Registration only: the vocabulary snippet, member accounts, and the
directory report with its menu entry (viewsets.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .viewsets import (
    ExpertiseViewSet,
    ExportMenuItem,
    MemberAccountViewSet,
    MemberDirectoryReportView,
)

register_snippet(ExpertiseViewSet)


@hooks.register("register_admin_viewset")
def register_member_accounts():
    return MemberAccountViewSet("member_accounts")


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/members-directory/",
            MemberDirectoryReportView.as_view(),
            name="members_directory_report",
        ),
        path(
            "reports/members-directory/results/",
            MemberDirectoryReportView.as_view(results_only=True),
            name="members_directory_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ExportMenuItem(
        _("Members directory"),
        reverse("members_directory_report"),
        icon_name="group",
        order=900,
    )
