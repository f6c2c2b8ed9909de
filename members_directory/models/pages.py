from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from home.alt_text import alt_text, image_alt_field
from home.listing import serve_listing
from home.models.seo import SeoMixin
from home.promotable import PROMO_SUMMARY_MAX, PromotableMixin
from home.translation_sync import synchronized_facts

from ..countries import COUNTRY_CHOICES, country_name
from .querysets import MemberPageManager
from .taxonomy import Expertise

# Views, listings and feeds read these models back, so the routes and
# get_context() below import them when called (tests/test_architecture.py).
# Hook through which other apps (news, events) add sections to a profile.
PROFILE_SECTION_HOOK = "register_member_profile_section"


class OrganisationType(models.TextChoices):
    SME = "sme", _("SME")
    LARGE_COMPANY = "large_company", _("Large company")
    STARTUP = "startup", _("Start-up")
    HOSPITAL = "hospital", _("Hospital or clinic")
    UNIVERSITY = "university", _("University")
    RESEARCH_INSTITUTE = "research_institute", _("Research institute")
    PUBLIC_BODY = "public_body", _("Public body")
    ASSOCIATION = "association", _("Association or cluster")


class MembersDirectoryPage(RoutablePageMixin, SeoMixin, Page):
    """The directory of one language: every member profile in that language,
    searchable and filterable by type, country and expertise (see
    `listing.member_directory_search`). It also answers the links in
    member invitations (`invitation/<token>/`), in the member's language."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=400)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    api_fields = [APIField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["members_directory.MemberPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("members directory")

    def get_context(self, request, *args, **kwargs):
        from ..listing import member_directory_search

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = member_directory_search(self, request)
        return context

    @path("")
    def index_route(self, request, *args, **kwargs):
        # 404 with a notice for an unknown filter value or page number.
        return serve_listing(self, request)

    @path("invitation/<str:token>/", name="invitation")
    def invitation_route(self, request, token):
        from ..views import invitation_accept

        return invitation_accept(request, self, token)


class MemberPage(SeoMixin, PromotableMixin, Page):
    """One member organisation, translated like any page. Its name is the
    title; type, country, dates and contact details are the same in every
    language; the description, offers and needs are translated."""

    logo = models.ForeignKey(
        "home.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo_alt = image_alt_field(_("logo alt text"))
    organisation_type = models.CharField(
        _("organisation type"), max_length=32, choices=OrganisationType.choices
    )
    country = models.CharField(
        _("country"), max_length=2, choices=COUNTRY_CHOICES, db_index=True
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    description = RichTextField(
        _("description"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
    )
    offers = models.TextField(
        _("what it offers"),
        blank=True,
        max_length=500,
        help_text=_("Services, facilities or know-how other members can use."),
    )
    looks_for = models.TextField(
        _("what it looks for"),
        blank=True,
        max_length=500,
        help_text=_("Partners, skills or equipment the organisation is seeking."),
    )
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    member_since = models.DateField(_("member since"), null=True, blank=True)
    last_verified = models.DateField(
        _("last verified"),
        null=True,
        blank=True,
        help_text=_("When staff last checked these details with the member."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("logo"),
        FieldPanel("logo_alt"),
        MultiFieldPanel(
            [
                FieldPanel("organisation_type"),
                FieldPanel("country"),
                FieldPanel("city"),
            ],
            heading=_("Organisation"),
        ),
        InlinePanel("expertise_links", label=_("Areas of expertise")),
        FieldPanel("description"),
        FieldPanel("offers"),
        FieldPanel("looks_for"),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Public contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("member_since"), FieldPanel("last_verified")],
            heading=_("Membership"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("offers"),
        index.SearchField("looks_for"),
        index.SearchField("city"),
        index.FilterField("organisation_type"),
        index.FilterField("country"),
    ]
    api_fields = [
        APIField("organisation_type"),
        APIField("country"),
        APIField("city"),
        APIField("description"),
        APIField("offers"),
        APIField("looks_for"),
        APIField("website"),
        APIField("member_since"),
    ]
    # Facts: the same in every language, copied from the source page to every
    # translation whenever it is published (home/translation_sync.py). The
    # expertise links are copied pointing at the vocabulary's translation;
    # for wagtail-localize they stay a translated child relation, because a
    # synchronised one would point the Italian profile at the English terms.
    translation_facts = (
        "logo",
        "organisation_type",
        "country",
        "city",
        "website",
        "contact_name",
        "contact_email",
        "contact_phone",
        "member_since",
        "last_verified",
        "expertise_links",
    )
    override_translatable_fields = [
        TranslatableField("description"),
        TranslatableField("offers"),
        TranslatableField("looks_for"),
        *synchronized_facts(n for n in translation_facts if n != "expertise_links"),
    ]

    parent_page_types = ["members_directory.MembersDirectoryPage"]
    subpage_types = []

    objects = MemberPageManager()

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")

    @property
    def country_name(self):
        return country_name(self.country)

    def get_expertise(self):
        """The member's areas of expertise, named in the page's language
        (whichever translation of the vocabulary a link points at)."""
        names = Expertise.names_in(self.locale_id)
        slugs = [link.expertise.slug for link in self.expertise_links.all()]
        return [(slug, names.get(slug, slug)) for slug in slugs]

    def get_context(self, request, *args, **kwargs):
        from ..structured_data import member_structured_data_json

        context = super().get_context(request, *args, **kwargs)
        context["expertise"] = self.get_expertise()
        context["structured_data"] = member_structured_data_json(self, request)
        sections = []
        for section in hooks.get_hooks(PROFILE_SECTION_HOOK):
            entry = section(self, request)
            if entry:
                sections.append(entry)
        context["profile_sections"] = sorted(sections, key=lambda s: s.get("order", 0))
        return context

    def get_promo_summary(self):
        text = self.search_description or strip_tags(self.description)
        return Truncator(text.strip()).chars(PROMO_SUMMARY_MAX)

    def get_promo_image(self):
        return self.logo

    def get_promo_image_alt(self):
        return alt_text(
            self.logo, self.logo_alt, language=self.locale.language_code
        ).text

    def get_promo_topics(self):
        return [name for _slug, name in self.get_expertise()]


class MemberPageExpertise(TranslatableMixin, Orderable):
    """A member's area of expertise. An orderable child rather than a
    many-to-many field, because wagtail-localize translates child objects
    (pointing them at the vocabulary's translation) but not M2M relations."""

    page = ParentalKey(
        MemberPage, related_name="expertise_links", on_delete=models.CASCADE
    )
    expertise = models.ForeignKey(
        "members_directory.Expertise",
        verbose_name=_("area of expertise"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("expertise")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("area of expertise")
