from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from ..countries import COUNTRY_CHOICES, country_name


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(
        _("organisation name"), max_length=120, default="ImagoMol"
    )
    logo = models.ForeignKey(
        "home.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.TextField(
        _("postal address"),
        blank=True,
        help_text=_("Street, postcode and city, without the country."),
    )
    # A code rather than text: the footer names it in each visitor's language.
    country = models.CharField(
        _("country"),
        max_length=2,
        choices=COUNTRY_CHOICES,
        blank=True,
        help_text=_("Shown under the address, named in the visitor's language."),
    )
    mastodon_url = models.URLField(_("Mastodon profile"), blank=True)
    bluesky_url = models.URLField(_("Bluesky profile"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn page"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("logo")], heading=_("Identity")
        ),
        MultiFieldPanel(
            [
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("address"),
                FieldPanel("country"),
            ],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("mastodon_url"),
                FieldPanel("bluesky_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("youtube_url"),
                FieldPanel("facebook_url"),
            ],
            heading=_("Social profiles"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def country_name(self):
        return country_name(self.country) if self.country else ""

    @property
    def social_links(self):
        """(name, url) for each profile that is filled in, in a stable order."""
        names = [
            ("Mastodon", self.mastodon_url),
            ("Bluesky", self.bluesky_url),
            ("LinkedIn", self.linkedin_url),
            ("YouTube", self.youtube_url),
            ("Facebook", self.facebook_url),
        ]
        return [(name, url) for name, url in names if url]
