"""What a news page tells other sites about itself: Open Graph and Twitter
card tags for link previews, and schema.org `NewsArticle` JSON-LD for search
engines. Built in Python so the template only prints them, and so the JSON
is escaped once, here, where `</script>` in a title cannot break out.
"""

import json
from datetime import datetime, time

from django.conf import settings
from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from home.languages import og_locale

from .models import SOCIAL_IMAGE_SPEC

# What json.dumps leaves that HTML would read: the same escapes as Django's
# json_script, so the output is safe inside <script>.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def absolute_url(url, request=None):
    """`url` made absolute from the request's host, or from BASE_URL when
    there is no request (tasks, the newsletter)."""
    if not url or url.startswith(("http://", "https://")):
        return url
    if request is not None:
        return request.build_absolute_uri(url)
    return settings.BASE_URL + url


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


def _logo_url(site_settings, request):
    logo = getattr(site_settings, "logo", None)
    if logo is not None:
        return absolute_url(logo.get_rendition("height-120|format-png").url, request)
    return absolute_url(static("img/logo.svg"), request)


def social_meta(page, request=None, site_settings=None):
    """[(attribute, name, content)] for <meta> tags: Open Graph (property=)
    and Twitter cards (name=)."""
    url = absolute_url(page.get_url(request), request)
    description = page.summary
    site_name = getattr(site_settings, "organisation_name", "") or "ImagoMol"
    tags = [
        ("property", "og:type", "article"),
        ("property", "og:site_name", site_name),
        ("property", "og:title", page.title),
        ("property", "og:description", description),
        ("property", "og:url", url),
        ("property", "og:locale", og_locale(page.locale.language_code)),
    ]
    for code, _url in page.get_language_alternates(request):
        if code != page.locale.language_code:
            tags.append(("property", "og:locale:alternate", og_locale(code)))
    rendition = social_image(page)
    if rendition is not None:
        tags += [
            ("property", "og:image", absolute_url(rendition.url, request)),
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
            ("name", "twitter:image", absolute_url(rendition.url, request)),
            ("name", "twitter:image:alt", page.get_promo_image_alt()),
        ]
    return tags


def news_article_data(page, request=None, site_settings=None):
    """schema.org NewsArticle for `page`, as a dict ready for json.dumps."""
    url = absolute_url(page.get_url(request), request)
    organisation = {
        "@type": "Organization",
        "name": page.get_author_name(site_settings),
        "url": absolute_url("/", request),
        "logo": {"@type": "ImageObject", "url": _logo_url(site_settings, request)},
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
        "inLanguage": page.locale.language_code,
        "author": organisation,
        "publisher": organisation,
    }
    rendition = social_image(page)
    if rendition is not None:
        data["image"] = [
            {
                "@type": "ImageObject",
                "url": absolute_url(rendition.url, request),
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


def json_ld_script(data):
    """A <script type="application/ld+json"> element holding `data`. Not
    executed, so the Content-Security-Policy allows it."""
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(payload)
    )
