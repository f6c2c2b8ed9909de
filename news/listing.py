"""The news index as a visitor uses it: `?topic=<slug>` and `?page=<n>`.

Plain links drive it, so it works without JavaScript. The query string is
read, counted and paginated by `home.listing`, which also decides what bad
input answers (404 with a notice, and the first page of all news).
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from home.listing import Listing, ListingQuery, listing_url, paginate

from . import selectors

PER_PAGE = 9


@dataclass
class NewsListing(Listing):
    """One page of the news index: the page, the topic chips and notices."""

    all_url: str = ""
    current_topic: object = None
    topic_chips: list = field(default_factory=list)


def news_listing(index_page, request):
    """The listing of `index_page` for the query string of `request`."""
    query = ListingQuery(request.GET)
    topics = selectors.news_topics_for_index(index_page)
    by_slug = {topic.slug: topic for topic in topics}

    def known(slug):
        # A topic that exists but has no news yet is a valid, empty list;
        # a slug that names no topic at all is a bad address.
        if slug not in by_slug:
            by_slug[slug] = selectors.news_topic_for_slug(index_page.locale_id, slug)
        return by_slug[slug] is not None

    topic_slug = query.one(
        "topic",
        known,
        message=_(
            "There is no topic “%(value)s”. Here is all the news instead; "
            "choose a topic below to narrow it down."
        ),
    )
    current_topic = by_slug[topic_slug] if topic_slug else None

    base = index_page.get_url(request)
    news = selectors.news_list_for_index(index_page, topic_slug=topic_slug)
    return NewsListing(
        query=query,
        pagination=paginate(news, query, PER_PAGE, base),
        all_url=base,
        current_topic=current_topic,
        topic_chips=[
            {
                "name": topic.name,
                "url": listing_url(base, [("topic", topic.slug)]),
                "current": topic.slug == topic_slug,
            }
            for topic in topics
        ],
    )
