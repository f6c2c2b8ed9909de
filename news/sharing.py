"""What a news page tells other sites about itself: Open Graph and Twitter
card tags for link previews, and schema.org `NewsArticle` JSON-LD for search
engines. Built in Python so the template only prints them; addresses come
from the public address (home.public_url), the JSON-LD element from
home.structured_data.
"""

from datetime import datetime, time

from django.templatetags.static import static
from django.utils import timezone
from django.utils.translation import gettext as _

from home.languages import og_locale
from home.locale import content_language
from home.public_url import absolute_url
from home.structured_data import image_url

from .models import SOCIAL_IMAGE_SPEC


def social_image(page):
    """The rendition shared with links and feeds, or None."""
    if page.hero_image is None:
        return None
    return page.hero_image.get_rendition(SOCIAL_IMAGE_SPEC)


def published_at(page):
    """The news's date as an aware datetime: the first publication when it
    happened on that date (so same-day news keep their order), else midday
    of that date in the site's time zone, which stays on the same date in
    readers' time zones across Europe (midnight would be the day before in
    UTC)."""
    first = page.first_published_at
    if first is not None and timezone.localdate(first) == page.date:
        return first
    return timezone.make_aware(datetime.combine(page.date, time(12)))


def modified_at(page):
    published = published_at(page)
    last = page.last_published_at
    return max(last, published) if last else published


def _logo_url(site_settings):
    logo = getattr(site_settings, "logo", None)
    if logo is not None:
        return image_url(logo.get_rendition("height-120|format-png"))
    return absolute_url(static("img/logo.svg"))


def social_meta(page, request=None, site_settings=None):
    """[(attribute, name, content)] for <meta> tags: Open Graph (property=)
    and Twitter cards (name=)."""
    url = page.get_full_url(request)
    description = page.summary
    site_name = getattr(site_settings, "organisation_name", "") or "ImagoMol"
    language = content_language(page)  # the source's for an untranslated copy
    tags = [
        ("property", "og:type", "article"),
        ("property", "og:site_name", site_name),
        ("property", "og:title", page.title),
        ("property", "og:description", description),
        ("property", "og:url", url),
        ("property", "og:locale", og_locale(language)),
    ]
    for code, _url in page.get_language_alternates(request):
        if code != language:
            tags.append(("property", "og:locale:alternate", og_locale(code)))
    rendition = social_image(page)
    if rendition is not None:
        tags += [
            ("property", "og:image", image_url(rendition)),
            ("property", "og:image:type", "image/jpeg"),
            ("property", "og:image:width", str(rendition.width)),
            ("property", "og:image:height", str(rendition.height)),
            ("property", "og:image:alt", page.get_promo_image_alt()),
        ]
    tags += [
        ("property", "article:published_time", published_at(page).isoformat()),
        ("property", "article:modified_time", modified_at(page).isoformat()),
    ]
    tags += [("property", "article:tag", topic.name) for topic in page.topics]
    tags += [
        (
            "name",
            "twitter:card",
            "summary_large_image" if rendition else "summary",
        ),
        ("name", "twitter:title", page.title),
        ("name", "twitter:description", description),
    ]
    if rendition is not None:
        tags += [
            ("name", "twitter:image", image_url(rendition)),
            ("name", "twitter:image:alt", page.get_promo_image_alt()),
        ]
    return tags


def news_article_data(page, request=None, site_settings=None):
    """schema.org NewsArticle for `page`, as a dict ready for json.dumps."""
    url = page.get_full_url(request)
    organisation = {
        "@type": "Organization",
        "name": page.get_author_name(site_settings),
        "url": absolute_url("/"),
        "logo": {"@type": "ImageObject", "url": _logo_url(site_settings)},
    }
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": page.title[:110],
        "description": page.summary,
        "datePublished": published_at(page).isoformat(),
        "dateModified": modified_at(page).isoformat(),
        "inLanguage": content_language(page),
        "author": organisation,
        "publisher": organisation,
    }
    rendition = social_image(page)
    if rendition is not None:
        data["image"] = [
            {
                "@type": "ImageObject",
                "url": image_url(rendition),
                "width": rendition.width,
                "height": rendition.height,
                "caption": page.get_promo_image_alt(),
            }
        ]
    topics = [topic.name for topic in page.topics]
    if topics:
        data["keywords"] = topics
        data["articleSection"] = topics[0]
    return data


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
