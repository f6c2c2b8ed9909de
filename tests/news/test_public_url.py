"""A news page and its feeds carry the same absolute URLs, on BASE_URL,
whatever `Host` the request arrives with: otherwise a feed reader that
reaches the site under another name shows every entry again."""

import json

import feedparser
import pytest
from bs4 import BeautifulSoup

from tests.utils import PUBLIC_BASE, same_for_every_host

pytestmark = pytest.mark.django_db

BASE = PUBLIC_BASE


def get(client, path, host):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, (path, host)
    return response


def absolute_urls_in_head(client, path, host):
    head = BeautifulSoup(get(client, path, host).content, "html.parser").head
    tags = {
        (tag.get("property") or tag.get("name")): tag["content"]
        for tag in head.select("meta[property], meta[name]")
        if tag["content"].startswith(("http://", "https://"))
    }
    links = sorted(
        (link.get("hreflang") or link.get("type"), link["href"])
        for link in head.select("link[rel=alternate]")
    )
    (script,) = head.select('script[type="application/ld+json"]')
    return tags, links, json.loads(script.string)


def test_news_page_head_is_on_base_url(client, news_site):
    tags, links, data = same_for_every_host(
        lambda host: absolute_urls_in_head(client, "/it/news/grant-signed/", host)
    )
    url = BASE + "it/news/grant-signed/"
    assert tags["og:url"] == url
    assert tags["og:image"].startswith(BASE + "media/images/")
    assert tags["twitter:image"] == tags["og:image"]
    assert ("it", url) in links
    assert ("application/rss+xml", BASE + "it/news/feed/rss/") in links
    assert all(href.startswith(BASE) for _kind, href in links)
    assert data["url"] == data["mainEntityOfPage"]["@id"] == url
    assert data["image"][0]["url"] == tags["og:image"]
    for role in ("author", "publisher"):
        assert data[role]["url"] == BASE
        assert data[role]["logo"]["url"].startswith(BASE)


@pytest.mark.parametrize("path", ["feed/rss/", "feed/atom/", "topic/funding/feed/rss/"])
def test_feed_links_guids_and_ids_are_on_base_url(client, news_site, path):
    def read(host):
        feed = feedparser.parse(get(client, f"/it/news/{path}", host).content)
        assert feed.bozo == 0, feed.get("bozo_exception")
        return (
            feed.feed.link,
            sorted(link.href for link in feed.feed.links),
            [(e.id, e.link, [x.href for x in e.enclosures]) for e in feed.entries],
        )

    link, feed_links, entries = same_for_every_host(read)
    assert link.startswith(BASE + "it/news/")
    assert BASE + f"it/news/{path}" in feed_links
    assert BASE + "it/news/grant-signed/" in [entry[0] for entry in entries]
    for guid, entry_link, enclosures in entries:
        assert guid == entry_link
        assert entry_link.startswith(BASE + "it/news/")
        assert all(href.startswith(BASE + "media/") for href in enclosures)
