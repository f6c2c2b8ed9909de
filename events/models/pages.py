from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Locale, Page
from wagtail.search import index

from home.alt_text import image_alt_field
from home.blocks import BodyBlock
from home.languages import source_language
from home.models.seo import SeoMixin
from home.promotable import PromotableMixin
from home.translation_sync import synchronized_facts

from ..blocks import MaterialsBlock, SpeakersBlock
from ..forms import EventPageForm
from .choices import (
    COUNTRIES,
    EVENT_LANGUAGES,
    AttendanceMode,
    EventKind,
    EventStatus,
    time_zone_choices,
    validate_time_zone,
)
from .display import EventDisplayMixin
from .querysets import EventPageManager

# Views, listings and feeds read these models back, so the routes and
# get_context() below import them when called (tests/test_architecture.py).


def _default_time_zone():
    return settings.TIME_ZONE


class EventPage(EventDisplayMixin, RoutablePageMixin, SeoMixin, PromotableMixin, Page):
    """A training, webinar, conference, networking event or info day.

    Times are stored as aware datetimes and shown in the event's own time
    zone; editors enter them as wall-clock times there (see EventPageForm).
    The online link goes only to registered people: it is in no template,
    feed or API field. Registrations belong to the event in the source
    language, so every language shares one capacity."""

    kind = models.CharField(
        _("kind"), max_length=20, choices=EventKind.choices, default=EventKind.TRAINING
    )
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("Plain text, at most 300 characters: cards, feeds, calendars."),
    )
    image = models.ForeignKey(
        "home.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = image_alt_field()
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=_default_time_zone,
        validators=[validate_time_zone],
        help_text=_("Where the event takes place; visitors see its times there."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
    )
    previous_start = models.DateTimeField(
        _("previously planned start"),
        null=True,
        blank=True,
        help_text=_("When the event was rescheduled: the start first announced."),
    )
    attendance_mode = models.CharField(
        _("attendance"),
        max_length=20,
        choices=AttendanceMode.choices,
        default=AttendanceMode.IN_PERSON,
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.CharField(_("street address"), max_length=255, blank=True)
    venue_city = models.CharField(_("city"), max_length=100, blank=True)
    venue_country = models.CharField(
        _("country"), max_length=2, choices=COUNTRIES, blank=True
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_(
            "Sent only to registered people, in their confirmation email. Never "
            "shown on the site."
        ),
    )
    event_language = models.CharField(
        _("held in"),
        max_length=10,
        choices=EVENT_LANGUAGES,
        default=source_language,
        help_text=_("The language the event is held in."),
    )
    is_free = models.BooleanField(_("free of charge"), default=True)
    price_text = models.CharField(
        _("price"),
        max_length=200,
        blank=True,
        help_text=_("As visitors read it, e.g. “€80; free for cluster members”."),
    )
    price_amount = models.DecimalField(
        _("price in euros"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("The full price as a number, for search engines."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))
    speakers = StreamField(SpeakersBlock(), blank=True, verbose_name=_("speakers"))
    materials = StreamField(MaterialsBlock(), blank=True, verbose_name=_("materials"))
    recording_url = models.URLField(_("recording"), blank=True)
    # The same (source-language) member page in every translation, as on news.
    member = models.ForeignKey(
        "members_directory.MemberPage",
        verbose_name=_("member organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The member organisation running this event, if not us."),
    )

    registration_open = models.BooleanField(_("takes registrations"), default=False)
    registration_opens_at = models.DateTimeField(
        _("registration opens"),
        null=True,
        blank=True,
        help_text=_("Empty: as soon as the page is published."),
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Empty: when the event starts."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Empty: no limit."),
    )
    waitlist_enabled = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_("When the places are taken, further people join a waiting list."),
    )
    consent_text = models.CharField(
        _("consent checkbox text"),
        max_length=300,
        blank=True,
        help_text=_("Empty: a standard text about storing the registrant's details."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = EventPageManager()

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel(
                    "time_zone", widget=forms.Select(choices=time_zone_choices())
                ),
                FieldPanel("status"),
                FieldPanel("previous_start"),
            ],
            heading=_("Date and status"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance_mode"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldRowPanel([FieldPanel("venue_city"), FieldPanel("venue_country")]),
                FieldPanel("online_url"),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("event_language"),
                FieldPanel("member"),
                FieldPanel("is_free"),
                FieldPanel("price_text"),
                FieldPanel("price_amount"),
            ],
            heading=_("Language and price"),
        ),
        FieldPanel("body"),
        FieldPanel("speakers"),
        InlinePanel("event_topics", label=_("Topics")),
        MultiFieldPanel(
            [FieldPanel("materials"), FieldPanel("recording_url")],
            heading=_("After the event"),
        ),
    ]
    registration_panels = [
        FieldPanel("registration_open"),
        FieldRowPanel(
            [FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]
        ),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("waitlist_enabled")]),
        FieldPanel("consent_text"),
        FieldPanel("privacy_page"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(registration_panels, heading=_("Registration")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ],
        base_form_class=EventPageForm,
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("venue_city"),
        index.FilterField("kind"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("kind"),
        APIField("status"),
        APIField("start"),
        APIField("end"),
        APIField("time_zone"),
        APIField("previous_start"),
        APIField("attendance_mode"),
        APIField("event_language"),
        APIField("venue_name"),
        APIField("venue_city"),
        APIField("venue_country"),
        APIField("is_free"),
        APIField("price_text"),
        APIField("price_amount"),
        APIField("topics"),
        APIField("image"),
        APIField(
            "image_thumbnail",
            serializer=ImageRenditionField("fill-600x400", source="image"),
        ),
        APIField(
            "image_large", serializer=ImageRenditionField("width-1200", source="image")
        ),
        APIField("speakers"),
        APIField("recording_url"),
    ]
    # Facts: the same in every language, copied from the source page to every
    # translation whenever it is published (home/translation_sync.py). The
    # venue's name, street and city stay text that translators may adapt.
    translation_facts = (
        "kind",
        "start",
        "end",
        "time_zone",
        "status",
        "previous_start",
        "attendance_mode",
        "venue_country",
        "online_url",
        "event_language",
        "is_free",
        "price_amount",
        "member",
        "registration_open",
        "registration_opens_at",
        "registration_closes_at",
        "capacity",
        "waitlist_enabled",
    )
    override_translatable_fields = synchronized_facts(translation_facts)

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event page")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        if self.status == EventStatus.RESCHEDULED and not self.previous_start:
            errors["previous_start"] = _(
                "A rescheduled event needs the start first announced."
            )
        if self.has_venue and not (self.venue_city and self.venue_country):
            errors["venue_city"] = _(
                "An event with people in the room needs a city and a country."
            )
        if not self.is_free and not self.price_text:
            errors["price_text"] = _("Say what the event costs.")
        opens, closes = self.registration_opens_at, self.registration_closes_at
        if opens and closes and closes <= opens:
            errors["registration_closes_at"] = _(
                "Registration must close after it opens."
            )
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from ..selectors import event_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_page_context(self, request))
        return context

    # Routes besides the page itself: its calendar file, registering and
    # cancelling. The views live in events/views.py.

    @path("ical/")
    def ical(self, request):
        from ..views import event_ical

        return event_ical(request, self)

    @path("register/")
    def register(self, request):
        from ..views import event_register

        return event_register(request, self)

    @path("cancel/<str:token>/")
    def cancel(self, request, token):
        from ..views import registration_cancel

        return registration_cancel(request, self, token)

    def get_source_event(self):
        """The version of this event in the site's source language, which
        registrations for every language are attached to (itself when the
        event was written in another language)."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        source = (
            EventPage.objects.filter(
                translation_key=self.translation_key,
                locale=Locale.get_default(),
                alias_of__isnull=True,
            )
            .select_related("locale")
            .first()
        )
        return source or self
