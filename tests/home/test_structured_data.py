"""The one JSON-LD helper: absolute values, escaping, the <script> element."""

import json

import pytest
from bs4 import BeautifulSoup

from home.structured_data import image_url, json_ld_script, json_ld_text


def parse_script(html):
    """The JSON-LD as a browser and a search engine read it back."""
    scripts = BeautifulSoup(html, "html.parser").find_all("script")
    assert len(scripts) == 1
    assert scripts[0]["type"] == "application/ld+json"
    return json.loads(scripts[0].string)


class TestJsonLdScript:
    def test_round_trips_text_with_any_characters(self):
        data = {"name": "Ospedale “San Luca” & Co", "keywords": ["IA", "Imagistică"]}
        assert parse_script(json_ld_script(data)) == data

    @pytest.mark.parametrize(
        "hostile",
        [
            "</script><script>alert(1)</script>",
            "</SCRIPT >x",
            "<!-- <script>",
            "a]]>b",
        ],
    )
    def test_text_cannot_end_or_disturb_the_element(self, hostile):
        html = str(json_ld_script({"@type": "Thing", "name": hostile}))
        body = html.removeprefix('<script type="application/ld+json">')
        body = body.removesuffix("</script>")
        # Nothing inside may start an HTML tag or comment: the element ends
        # only where it is meant to, and the text comes back intact.
        assert "<" not in body and ">" not in body
        assert parse_script(html)["name"] == hostile

    def test_the_text_alone_is_escaped_too(self):
        text = json_ld_text({"name": "</script>"})
        assert "</script>" not in text
        assert json.loads(text) == {"name": "</script>"}


class TestImageUrl:
    class Rendition:
        def __init__(self, url):
            self.url = url

    def test_a_media_path_goes_on_the_public_address(self, settings):
        settings.BASE_URL = "https://cluster.example.org"
        url = image_url(self.Rendition("/media/images/scan.fill-1200x675.jpg"))
        assert url == "https://cluster.example.org/media/images/scan.fill-1200x675.jpg"

    def test_media_on_object_storage_keep_their_address(self, settings):
        settings.BASE_URL = "https://cluster.example.org"
        url = "https://bucket.s3.example.net/images/scan.jpg"
        assert image_url(self.Rendition(url)) == url
