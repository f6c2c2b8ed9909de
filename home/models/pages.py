from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..alt_text import image_alt_field
from ..blocks import BodyBlock, ServiceBlock
from ..promotable import PromotableMixin
from .seo import SeoMixin


class HomePage(SeoMixin, Page):
    """The front page of one language. Other apps fill its sections (latest
    news, upcoming events, featured members) through the
    `register_home_section` hook, so home never imports them."""

    hero_title = models.CharField(_("hero title"), max_length=120)
    hero_text = models.TextField(_("hero text"), blank=True, max_length=400)
    hero_image = models.ForeignKey(
        "home.CustomImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = image_alt_field(_("hero image alt text"))
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero button page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_cta_label = models.CharField(_("hero button label"), max_length=60, blank=True)
    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )
    services_title = models.CharField(_("services title"), max_length=120, blank=True)
    services = StreamField(
        [("service", ServiceBlock())], blank=True, verbose_name=_("services")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldPanel("hero_cta_page"),
                FieldPanel("hero_cta_label"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("intro"),
        FieldPanel("services_title"),
        FieldPanel("services"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_text"),
        index.SearchField("intro"),
    ]
    api_fields = [APIField("hero_title"), APIField("hero_text"), APIField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = []
        for section in hooks.get_hooks("register_home_section"):
            entry = section(self, request)
            if entry:
                sections.append(entry)
        context["home_sections"] = sorted(sections, key=lambda s: s.get("order", 0))
        return context


class StandardPage(SeoMixin, PromotableMixin, Page):
    """About, services, contact details, policies: any page made of blocks."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences under the title; also the summary on cards."),
    )
    hero_image = models.ForeignKey(
        "home.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = image_alt_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("introduction"), APIField("hero_image"), APIField("body")]

    class Meta:
        verbose_name = _("standard page")
