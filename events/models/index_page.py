from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from home.listing import serve_listing
from home.models.seo import SeoMixin

# Views, listings and feeds read these models back, so the routes and
# get_context() below import them when called (tests/test_architecture.py).


class EventIndexPage(RoutablePageMixin, SeoMixin, Page):
    """The events section of one language: upcoming events by default, the
    past-events archive at `?when=past`, filters by kind, topic and month, and
    the language's iCalendar feed at `feed/`."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=400)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    api_fields = [APIField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events index page")

    def get_context(self, request, *args, **kwargs):
        from ..listing import event_index_listing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = event_index_listing(self, request)
        context["feed_url"] = self.feed_url
        return context

    @path("")
    def index(self, request):
        # 404 with a notice for a bad filter value or page number.
        return serve_listing(self, request)

    @path("feed/")
    def feed(self, request):
        from ..views import event_feed

        return event_feed(request, self)

    @property
    def feed_url(self):
        """The calendar feed's absolute address, which calendar apps keep."""
        url = self.get_full_url()  # None before the page has a place in a site
        return url + self.reverse_subpage("feed") if url else ""
