"""News: an index page per language and the news pages under it.

The models stay declarative; the index's listing, filtering and pagination
live in `listing.py`, reads that span pages in `selectors.py`, feeds in
`feeds.py`, and what a page tells other sites (Open Graph, JSON-LD) in
`sharing.py`.

A news item may speak for a member organisation (`member`); it then reads
"by <member>", appears on the member's profile, and `get_author_name()` (the
one place feeds and JSON-LD ask who the author is) names the member.
"""

from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.models.pages import PageQuerySet
from wagtail.search import index

from home.alt_text import image_alt_field
from home.blocks import BodyBlock
from home.listing import serve_listing
from home.locale import LocaleQuerySetMixin
from home.models.seo import SeoMixin
from home.promotable import PROMO_SUMMARY_MAX, PromotableMixin
from home.translation_sync import synchronized_facts

from .api import TopicsField

# Views, listings and feeds read these models back, so the routes and
# get_context() below import them when called (tests/test_architecture.py).
# Renditions the templates, feeds and API ask for, named once so that the
# selectors can prefetch exactly these.
CARD_IMAGE_SPEC = "fill-600x400|format-webp"
# Social previews and feed enclosures: JPEG, which every reader and social
# network accepts, at the 1.91:1 size Open Graph recommends.
SOCIAL_IMAGE_SPEC = "fill-1200x630|format-jpeg"
THUMBNAIL_IMAGE_SPEC = "width-600"


class NewsPageQuerySet(LocaleQuerySetMixin, PageQuerySet):
    """`for_locale(locale)` (home/locale.py): the news that count as
    translations in that language."""

    def with_topic(self, slug):
        """News tagged with the topic `slug`: the slug is the same in every
        language, so this holds whichever translation a page links to."""
        return self.filter(
            pk__in=NewsPageTopic.objects.filter(topic__slug=slug).values("page_id")
        )

    def newest_first(self):
        return self.order_by(
            "-date", F("first_published_at").desc(nulls_last=True), "-pk"
        )


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)


class NewsIndexPage(RoutablePageMixin, SeoMixin, Page):
    """The news of one language: newest first, paginated, filterable by
    topic, with RSS and Atom feeds for the whole section and per topic.

    Feed addresses, under the index (`/<lang>/news/`):
    `feed/rss/`, `feed/atom/`, `topic/<slug>/feed/rss/`, `topic/<slug>/feed/atom/`.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences under the title."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def get_context(self, request, *args, **kwargs):
        from .listing import news_listing
        from .sharing import feed_links

        context = super().get_context(request, *args, **kwargs)
        listing = news_listing(self, request)
        context["listing"] = listing
        context["feed_links"] = feed_links(self, request, topic=listing.current_topic)
        return context

    @path("")
    def news_list(self, request):
        # 404 with a notice for an unknown topic or page number.
        return serve_listing(self, request)

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        from .feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)

    @path("topic/<slug:topic>/feed/rss/", name="topic_feed_rss")
    def topic_feed_rss(self, request, topic):
        from .feeds import NewsRssFeed

        return NewsRssFeed(self, topic_slug=topic)(request)

    @path("topic/<slug:topic>/feed/atom/", name="topic_feed_atom")
    def topic_feed_atom(self, request, topic):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(self, topic_slug=topic)(request)

    def feed_url(self, kind, topic_slug=None, request=None):
        """The address of this index's `kind` ("rss" or "atom") feed, for
        the whole section or for one topic; absolute when `request` is given."""
        if topic_slug:
            subpath = self.reverse_subpage(f"topic_feed_{kind}", args=[topic_slug])
        else:
            subpath = self.reverse_subpage(f"feed_{kind}")
        if request is None:
            return self.get_url() + subpath
        return self.get_full_url(request) + subpath


class NewsPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "hero_image" in self.fields:
            self.fields["hero_image"].required = True


class NewsPage(SeoMixin, PromotableMixin, Page):
    """One news item. Its summary (plain text, at most 300 characters) is
    what cards, feeds, social posts and the newsletter show."""

    base_form_class = NewsPageForm

    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("The date shown to visitors; the list is ordered by it."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=PROMO_SUMMARY_MAX,
        validators=[MaxLengthValidator(PROMO_SUMMARY_MAX)],
        help_text=_(
            "Plain text, at most 300 characters. Shown on cards and in feeds, "
            "social posts and the newsletter."
        ),
    )
    # Required in the editor (NewsPageForm) but not by the database: deleting
    # an image must not leave pages that can no longer be saved or translated.
    hero_image = models.ForeignKey(
        "home.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top, on cards and when the page is shared."),
    )
    hero_image_alt = image_alt_field()
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    # The same (source-language) member page in every translation: the
    # profile in the reader's language is found through `.localized`.
    member = models.ForeignKey(
        "members_directory.MemberPage",
        verbose_name=_("member organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The member organisation this news speaks for; shown as "
            "“by …” and on its profile."
        ),
    )

    objects = NewsPageManager()

    # Facts: the same in every language, copied from the source page to every
    # translation whenever it is published (home/translation_sync.py).
    translation_facts = ("date", "member")
    override_translatable_fields = synchronized_facts(translation_facts)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("summary"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldPanel("member"),
            ],
            heading=_("Card"),
        ),
        InlinePanel("topic_links", label=_("Topics")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("summary"),
        APIField("topics", serializer=TopicsField(source="*")),
        APIField("hero_image"),
        # The alt text readers get: the page's own or the image's description.
        APIField(
            "hero_image_alt",
            serializer=serializers.CharField(source="get_promo_image_alt"),
        ),
        APIField(
            "hero_image_social",
            serializer=ImageRenditionField("fill-1200x630", source="hero_image"),
        ),
        APIField(
            "hero_image_thumbnail",
            serializer=ImageRenditionField(THUMBNAIL_IMAGE_SPEC, source="hero_image"),
        ),
        APIField("body"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")

    def get_context(self, request, *args, **kwargs):
        from .sharing import feed_links

        context = super().get_context(request, *args, **kwargs)
        index_page = NewsIndexPage.objects.parent_of(self).first()
        context["news_index"] = index_page
        context["feed_links"] = (
            feed_links(index_page, request) if index_page is not None else []
        )
        return context

    @cached_property
    def topics(self):
        """The page's topics, in the editor's order: from the links the
        selectors prefetched, or else one query for the links and topics."""
        links = self.topic_links.all()
        if "topic_links" not in getattr(self, "_prefetched_objects_cache", {}):
            links = links.select_related("topic")
        return [link.topic for link in links if link.topic]

    @cached_property
    def member_profile(self):
        """The member organisation's live profile in this page's language
        (or its source profile when not translated), or None."""
        if self.member_id is None:
            return None
        member = self.member
        profile = member.get_translation_or_none(self.locale) or member
        return profile if profile.live else None

    def get_author_name(self, site_settings=None):
        """Who speaks: the member organisation the news is by, or else the
        organisation running the site."""
        if self.member_profile is not None:
            return self.member_profile.title
        name = getattr(site_settings, "organisation_name", "") if site_settings else ""
        return name or "ImagoMol"

    # The promotable interface (home/promotable.py).
    def get_promo_summary(self):
        return self.summary

    def get_promo_image(self):
        return self.hero_image

    def get_promo_topics(self):
        return [topic.name for topic in self.topics]


class NewsPageTopic(TranslatableMixin, Orderable):
    """A topic of a news page. A child object rather than a many-to-many
    field: wagtail-localize translates child objects, and their link to the
    translatable Topic points at the topic's translation in each language."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(
        "home.Topic",
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        related_name="news_links",
    )

    panels = [FieldPanel("topic")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "pk"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return str(self.topic)
