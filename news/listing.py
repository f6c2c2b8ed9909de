"""The news index as a visitor uses it: `?topic=<slug>` and `?page=<n>`.

Plain links drive it, so it works without JavaScript. Bad input never raises:
an unknown topic or a page number that is not a number or out of range
answers 404 with a notice saying what was wrong, and still shows the first
page of news so that the visitor can carry on.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import selectors

PER_PAGE = 9


@dataclass
class Listing:
    context: dict = field(default_factory=dict)
    status: int = 200


def _page_number(raw):
    """The requested page number, or None when it is not a whole number."""
    if raw is None or raw == "":
        return 1
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return None
    return number if number >= 1 else None


def _listing_url(base, topic_slug, number=1):
    """The index address with the filter kept and the page number set."""
    params = {}
    if topic_slug:
        params["topic"] = topic_slug
    if number > 1:
        params["page"] = number
    return f"{base}?{urlencode(params)}" if params else base


def _page_links(base, paginator, page, topic_slug):
    links = []
    for number in paginator.get_elided_page_range(page.number, on_each_side=2):
        if number == paginator.ELLIPSIS:
            links.append({"gap": True})
        else:
            links.append(
                {
                    "number": number,
                    "url": _listing_url(base, topic_slug, number),
                    "current": number == page.number,
                }
            )
    return links


def news_listing(index_page, request):
    """The context the index template needs for `request`, and the status."""
    status = 200
    notices = []
    topics = selectors.news_topics_for_index(index_page)
    by_slug = {topic.slug: topic for topic in topics}

    topic_slug = request.GET.get("topic", "").strip()
    current_topic = None
    if topic_slug:
        current_topic = by_slug.get(topic_slug)
        if current_topic is None:
            # A topic that exists but has no news yet is a valid, empty list;
            # a slug that names no topic at all is a bad address.
            known = selectors.news_topic_for_slug(index_page.locale_id, topic_slug)
            if known is not None:
                current_topic = known
            else:
                status = 404
                notices.append(
                    _(
                        "There is no topic “%(topic)s”. Here is all the news "
                        "instead; choose a topic below to narrow it down."
                    )
                    % {"topic": topic_slug[:80]}
                )
    applied_topic = current_topic.slug if current_topic else ""

    news = selectors.news_list_for_index(index_page, topic_slug=applied_topic or None)
    paginator = Paginator(news, PER_PAGE, allow_empty_first_page=True)
    raw_page = request.GET.get("page")
    number = _page_number(raw_page)
    if number is None:
        status = 404
        notices.append(
            _(
                "“%(page)s” is not a page number. Here is the first page of "
                "news instead."
            )
            % {"page": str(raw_page)[:20]}
        )
        number = 1
    elif number > paginator.num_pages:
        status = 404
        notices.append(
            ngettext(
                "There is no page %(page)s: this list has only %(count)s page. "
                "Here is the first page instead.",
                "There is no page %(page)s: this list has only %(count)s pages. "
                "Here is the first page instead.",
                paginator.num_pages,
            )
            % {"page": number, "count": paginator.num_pages}
        )
        number = 1
    page = paginator.page(number)

    base = index_page.get_url(request)
    previous_url = (
        _listing_url(base, applied_topic, page.previous_page_number())
        if page.has_previous()
        else None
    )
    next_url = (
        _listing_url(base, applied_topic, page.next_page_number())
        if page.has_next()
        else None
    )
    context = {
        "news_items": list(page.object_list),
        "news_page": page,
        "paginator": paginator,
        "page_links": _page_links(base, paginator, page, applied_topic)
        if paginator.num_pages > 1
        else [],
        "previous_url": previous_url,
        "next_url": next_url,
        "topic_chips": [
            {
                "name": topic.name,
                "url": _listing_url(base, topic.slug),
                "current": topic.slug == applied_topic,
            }
            for topic in topics
        ],
        "current_topic": current_topic,
        "all_url": base,
        "notices": notices,
        "feed_links": feed_links(index_page, request, topic=current_topic),
    }
    return Listing(context=context, status=status)


FEED_FORMATS = (
    ("rss", "application/rss+xml", "RSS"),
    ("atom", "application/atom+xml", "Atom"),
)


def feed_links(index_page, request=None, topic=None):
    """The <link rel="alternate"> entries for the index's feeds (the whole
    section, and `topic`'s when given): dicts of type, title and href."""
    section = index_page.title
    links = [
        {
            "type": mime,
            "title": _("%(section)s (%(format)s)")
            % {"section": section, "format": label},
            "href": index_page.feed_url(kind, request=request),
        }
        for kind, mime, label in FEED_FORMATS
    ]
    if topic is not None:
        links += [
            {
                "type": mime,
                "title": _("%(section)s: %(topic)s (%(format)s)")
                % {"section": section, "topic": topic.name, "format": label},
                "href": index_page.feed_url(
                    kind, topic_slug=topic.slug, request=request
                ),
            }
            for kind, mime, label in FEED_FORMATS
        ]
    return links
