"""The site's one public address.

`BASE_URL` (settings, from the environment) is where the public reaches the
site. Every absolute URL the product emits (sitemap, hreflang, canonical,
Open Graph, feeds and their ids, iCalendar, JSON-LD, the API, emails, social
posts, newsletters) is built here from it, never from the `Host` a request
happened to carry. Page URLs come from Wagtail's `Site` record, which
`site_sync_with_base_url()` keeps in step with `BASE_URL`.
"""

from urllib.parse import urlsplit

from django.conf import settings


def base_url() -> str:
    """`BASE_URL` without a trailing slash: `https://example.org`."""
    return settings.BASE_URL.rstrip("/")


def site_domain() -> str:
    """The host name of the public address, for identifiers such as
    iCalendar UIDs: `example.org`."""
    return urlsplit(base_url()).hostname or "localhost"


def absolute_url(url: str) -> str:
    """`url` made absolute on the public address. A path (`/en/news/`) gets
    `BASE_URL` in front; an address that is already absolute (a member's own
    website, a media URL on object storage) is returned as it is."""
    if not url:
        return base_url() + "/"
    parts = urlsplit(url)
    if parts.scheme and parts.netloc:
        return url
    if url.startswith("//"):
        return urlsplit(base_url()).scheme + ":" + url
    return base_url() + ("" if url.startswith("/") else "/") + url


def site_address_from_base_url() -> tuple[str, int]:
    """The (hostname, port) a Wagtail `Site` needs so that its `root_url` is
    `BASE_URL`. Wagtail writes `https://` only for port 443, so an https
    address on another port cannot be expressed; the system check says so."""
    parts = urlsplit(base_url())
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname or "localhost", port
