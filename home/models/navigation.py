from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin


class Menu(TranslatableMixin, ClusterableModel):
    """A navigation menu editors control: the main bar or the footer. One per
    place and locale; wagtail-localize translates the labels, and links to
    pages follow the visitor's language when the page is translated."""

    MAIN = "main"
    FOOTER = "footer"
    PLACES = [(MAIN, _("Main navigation")), (FOOTER, _("Footer"))]

    place = models.CharField(_("place"), max_length=20, choices=PLACES)

    panels = [FieldPanel("place"), InlinePanel("items", label=_("Links"))]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("menu")
        verbose_name_plural = _("menus")
        constraints = [
            models.UniqueConstraint(
                fields=["place", "locale"], name="unique_menu_place_locale"
            )
        ]

    def __str__(self):
        return str(self.get_place_display())


class MenuItem(TranslatableMixin, Orderable):
    menu = ParentalKey(Menu, on_delete=models.CASCADE, related_name="items")
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    link_url = models.URLField(_("or an address"), blank=True)
    label = models.CharField(
        _("label"), max_length=60, blank=True, help_text=_("The page title by default.")
    )

    panels = [FieldPanel("link_page"), FieldPanel("link_url"), FieldPanel("label")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.label or (self.link_page.title if self.link_page else self.link_url)
