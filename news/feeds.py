"""RSS 2.0 and Atom feeds of a news index, for the whole section and per
topic, built on Django's syndication framework and served by the index page
(see NewsIndexPage's routes).

Each entry has the title, the summary, the date (published and updated), the
author, the topics as categories and the social image as an enclosure (with
its size, which RSS requires). Addresses, guids and ids are absolute on the
public address (BASE_URL), whatever host the reader asked: a feed reader
would show every entry again if they changed.
"""

import mimetypes

from django.contrib.syndication.views import Feed
from django.core.cache import cache
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from home.models import SiteSettings
from home.public_url import absolute_url
from home.structured_data import image_url

from . import selectors
from .sharing import modified_at, published_at, social_image


def _file_size(rendition):
    """The rendition's size in bytes, remembered: asking the storage may be a
    network call once media live in object storage."""
    key = f"news:rendition-size:{rendition.pk}:{rendition.file.name}"
    size = cache.get(key)
    if size is None:
        try:
            size = rendition.file.size
        except OSError:
            size = 0
        cache.set(key, size, 60 * 60 * 24)
    return size


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page, topic_slug=None):
        super().__init__()
        self.index_page = index_page
        self.topic_slug = topic_slug
        self.language = index_page.locale.language_code

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.topic = None
        if self.topic_slug:
            self.topic = selectors.news_topic_for_slug(
                self.index_page.locale_id, self.topic_slug
            )
            if self.topic is None:
                raise Http404(_("There is no such topic."))
        self.site_settings = SiteSettings.for_request(request)
        self.items_list = selectors.news_list_for_feed(
            self.index_page, topic_slug=self.topic_slug
        )
        return self.index_page

    # The feed
    def title(self, obj):
        organisation = self.site_settings.organisation_name or "ImagoMol"
        if self.topic is not None:
            return f"{organisation}: {obj.title}: {self.topic.name}"
        return f"{organisation}: {obj.title}"

    def link(self, obj):
        url = obj.get_full_url(self.request)
        if self.topic is not None:
            url += f"?topic={self.topic.slug}"
        return url

    def feed_url(self, obj):
        return absolute_url(self.request.path)

    def description(self, obj):
        return obj.intro or obj.title

    def author_name(self, obj):
        return self.site_settings.organisation_name or "ImagoMol"

    def categories(self, obj):
        return [self.topic.name] if self.topic is not None else ()

    def feed_copyright(self, obj):
        return self.site_settings.organisation_name or "ImagoMol"

    # The entries
    def items(self, obj):
        return self.items_list

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return self.item_link(item)

    def item_pubdate(self, item):
        return published_at(item)

    def item_updateddate(self, item):
        return modified_at(item)

    def item_author_name(self, item):
        return item.get_author_name(self.site_settings)

    def item_categories(self, item):
        return [topic.name for topic in item.topics]

    def item_enclosures(self, item):
        rendition = social_image(item)
        if rendition is None:
            return []
        mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
        return [
            Enclosure(
                image_url(rendition),
                str(_file_size(rendition)),
                mime_type,
            )
        ]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)
