from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersDirectoryConfig(AppConfig):
    name = "members_directory"
    verbose_name = _("Members directory")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
