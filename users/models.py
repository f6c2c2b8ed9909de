from django.contrib.auth.models import AbstractUser
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """The site's user: staff and member accounts alike.

    Custom from the first migration so that later fields cost a migration, not
    a swap. The language a person reads emails in is Wagtail's own
    `UserProfile.preferred_language`; member accounts are tied to their
    organisation by the members directory.
    """

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
