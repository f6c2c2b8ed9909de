"""What a news page tells other sites: Open Graph and Twitter card tags,
schema.org NewsArticle JSON-LD, and the feeds in the <head>."""

import json

import pytest
from bs4 import BeautifulSoup

from tests.news.builders import add_news, day

pytestmark = pytest.mark.django_db


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").head


def meta(html):
    tags = {}
    for tag in html.select("meta[property], meta[name]"):
        key = tag.get("property") or tag.get("name")
        tags.setdefault(key, []).append(tag["content"])
    return tags


def json_ld(html):
    (script,) = html.select('script[type="application/ld+json"]')
    return json.loads(script.string)


class TestSocialTags:
    def test_open_graph_and_twitter_cards(self, client, news_site):
        tags = meta(head(client, "/it/news/grant-signed/"))
        page = news_site["it"][1]
        assert tags["og:type"] == ["article"]
        assert tags["og:title"] == ["Contratto firmato"]
        assert tags["og:description"] == [page.summary]
        assert tags["og:url"] == ["https://cluster.example.org/it/news/grant-signed/"]
        assert tags["og:locale"] == ["it_IT"]
        assert tags["og:locale:alternate"] == ["en_GB"]
        assert tags["og:site_name"] == ["ImagoMol"]
        (image,) = tags["og:image"]
        assert image.startswith("https://cluster.example.org/media/images/")
        assert image.endswith(".jpg")
        assert tags["og:image:width"] == ["1200"]
        assert tags["og:image:height"] == ["630"]
        assert tags["og:image:alt"] == [page.hero_image.description]
        assert tags["article:tag"] == ["Finanziamenti", "IA nell'imaging"]
        assert tags["article:published_time"][0].startswith("2026-03-03T")
        assert tags["twitter:card"] == ["summary_large_image"]
        assert tags["twitter:title"] == ["Contratto firmato"]
        assert tags["twitter:image"] == [image]
        assert tags["description"] == [page.summary]

    def test_news_article_json_ld(self, client, news_site):
        data = json_ld(head(client, "/it/news/grant-signed/"))
        page = news_site["it"][1]
        assert data["@context"] == "https://schema.org"
        assert data["@type"] == "NewsArticle"
        assert data["headline"] == "Contratto firmato"
        assert data["description"] == page.summary
        assert data["inLanguage"] == "it"
        assert data["datePublished"].startswith("2026-03-03T")
        assert data["dateModified"] >= data["datePublished"]
        assert data["mainEntityOfPage"] == {
            "@type": "WebPage",
            "@id": "https://cluster.example.org/it/news/grant-signed/",
        }
        (image,) = data["image"]
        assert image["url"].startswith("https://cluster.example.org/media/images/")
        assert (image["width"], image["height"]) == (1200, 630)
        for role in ("author", "publisher"):
            assert data[role]["@type"] == "Organization"
            assert data[role]["name"] == "ImagoMol"
            assert data[role]["logo"]["url"].startswith("https://cluster.example.org/")
        assert data["keywords"] == ["Finanziamenti", "IA nell'imaging"]

    def test_json_ld_cannot_be_broken_out_of(self, client, news_site):
        title = "</script><script>alert(1)</script> & <!-- more"
        page = add_news(news_site["indexes"]["en"], title=title, date=day(9))
        response = client.get(page.url)
        assert b"</script><script>alert(1)" not in response.content
        data = json_ld(BeautifulSoup(response.content, "html.parser").head)
        assert data["headline"] == title

    def test_no_image_means_a_small_card(self, client, news_site):
        page = add_news(
            news_site["indexes"]["en"], title="Text only", date=day(9), hero_image=None
        )
        html = head(client, page.url)
        tags = meta(html)
        assert tags["twitter:card"] == ["summary"]
        assert "og:image" not in tags
        assert "image" not in json_ld(html)
        body = BeautifulSoup(client.get("/en/news/").content, "html.parser")
        assert body.select_one(".card__title a").get_text() == "Text only"


class TestFeedLinksInHead:
    @pytest.mark.parametrize(
        "url",
        ["/en/news/", "/it/news/", "/it/news/?topic=funding", "/it/news/grant-signed/"],
    )
    def test_news_pages_link_their_language_feeds(self, client, news_site, url):
        language = url.split("/")[1]
        links = head(client, url).select('link[rel="alternate"][type]')
        found = {(link["type"], link["href"]) for link in links}
        base = f"https://cluster.example.org/{language}/news/feed"
        assert ("application/rss+xml", f"{base}/rss/") in found
        assert ("application/atom+xml", f"{base}/atom/") in found
        assert all(link["title"] for link in links)
        for _type, href in found:
            path = href.removeprefix("https://cluster.example.org")
            assert client.get(path).status_code == 200

    def test_a_topic_list_also_links_the_topic_feeds(self, client, news_site):
        links = head(client, "/it/news/?topic=funding").select(
            'link[rel="alternate"][type]'
        )
        hrefs = {link["href"] for link in links}
        assert "https://cluster.example.org/it/news/topic/funding/feed/rss/" in hrefs
        assert "https://cluster.example.org/it/news/topic/funding/feed/atom/" in hrefs
