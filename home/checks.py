"""System checks that BASE_URL, the site's one public address, is one that
Wagtail's Site record can hold, and that the default Site holds it."""

from urllib.parse import urlsplit

from django.core.checks import Tags, Warning, register
from django.db import DatabaseError

from .public_url import base_url, site_address_from_base_url


@register()
def check_base_url_expressible(app_configs, **kwargs):
    """A Site is a host name and a port, and Wagtail writes `https://` only
    for port 443: anything else in BASE_URL would make page URLs differ from
    the other absolute URLs."""
    parts = urlsplit(base_url())
    problems = []
    if parts.scheme == "https" and parts.port not in (None, 443):
        problems.append("https on a port other than 443")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        problems.append("not an http(s) address with a host name")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        problems.append("a path, query or fragment")
    return [
        Warning(
            f"BASE_URL {base_url()!r} has {problem}, which Wagtail's Site "
            "cannot express: page URLs would not match the other links.",
            hint="Use https://host (port 443) or http://host[:port], with no "
            "path: the site served at the root of its host name.",
            id="home.W002",
        )
        for problem in problems
    ]


@register(Tags.database)
def check_site_follows_base_url(app_configs, databases=None, **kwargs):
    """The default Site builds every page URL; when it is not on BASE_URL,
    the sitemap, hreflang and emails point somewhere else. A database check
    (`check --database default`, and `migrate` before it migrates), so that
    commands without a database, as in an image build, do not open one."""
    if not databases:
        return []
    from wagtail.models import Site

    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:
        return []  # not migrated yet: migrate will set the Site
    if site is None:
        return []
    hostname, port = site_address_from_base_url()
    if (site.hostname, site.port) == (hostname, port):
        return []
    return [
        Warning(
            f"The default Wagtail Site is {site.hostname}:{site.port} "
            f"({site.root_url}), but BASE_URL is {base_url()}: page URLs in the "
            "sitemap, hreflang, feeds, the API and emails use the Site.",
            hint="Run `manage.py migrate`, which points the default Site at "
            "BASE_URL (or free that host name and port from the other Site).",
            id="home.W001",
        )
    ]
