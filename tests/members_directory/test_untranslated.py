"""Member profiles that are not translated are left out of the other
languages' directory, its search and its counts (home/locale.py): aliases
from wagtail-localize's tree sync, and a profile whose translation was
started with "Translate" but not translated yet."""

import pytest
from bs4 import BeautifulSoup

from tests.localize import aliases_sync, segment_translate, translation_start
from tests.utils import translate

from .conftest import member_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def members(directory, vocabulary):
    """Two Italian hospitals: "Ospedale Milano" translated by hand, "Cluj
    Heart Hospital" aliased by the tree sync, then "Translate" started into
    Italian; "Optik GmbH" only aliased."""
    milano = member_add(
        directory,
        [vocabulary["mri"]],
        title="Ospedale Milano",
        organisation_type="hospital",
        country="IT",
        city="Milano",
    )
    cluj = member_add(
        directory,
        [vocabulary["mri"]],
        title="Cluj Heart Hospital",
        organisation_type="hospital",
        country="RO",
        city="Cluj-Napoca",
    )
    member_add(directory, title="Optik GmbH", organisation_type="sme", country="DE")
    translate(milano, "it", title="Ospedale Milano")
    aliases_sync()
    target = translation_start(cluj, "it")
    assert target.live and target.alias_of_id is None
    return {"milano": milano, "cluj": cluj}


def soup(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def names(html):
    return [a.get_text(strip=True) for a in html.select(".listing .card__title a")]


def count_of(html, facet, value):
    box = html.find("input", attrs={"name": facet, "value": value})
    label = html.find("label", attrs={"for": box["id"]})
    return int(label.select_one(".filters__count").get_text(strip=True).strip("()"))


def test_the_directory_lists_translations_only(client, members):
    assert names(soup(client, "/en/members/")) == [
        "Cluj Heart Hospital",
        "Optik GmbH",
        "Ospedale Milano",
    ]
    italian = soup(client, "/it/members/")
    assert names(italian) == ["Ospedale Milano"]
    assert count_of(italian, "type", "hospital") == 1
    assert count_of(italian, "expertise", "mri") == 1
    assert count_of(italian, "type", "sme") == 0
    assert names(soup(client, "/ro/members/")) == []


def test_search_does_not_find_untranslated_profiles(client, members):
    assert names(soup(client, "/it/members/", q="Cluj")) == []
    assert names(soup(client, "/it/members/", q="Heart")) == []
    assert names(soup(client, "/it/members/", q="Milano")) == ["Ospedale Milano"]


def test_left_out_of_the_api_sitemap_and_hreflang(client, members):
    response = client.get(
        "/api/v2/pages/", {"type": "members_directory.MemberPage", "locale": "it"}
    )
    assert [item["title"] for item in response.json()["items"]] == ["Ospedale Milano"]
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/it/members/ospedale-milano/" in sitemap
    assert "/it/members/cluj-heart-hospital/" not in sitemap
    html = soup(client, "/en/members/cluj-heart-hospital/")
    assert {link["hreflang"] for link in html.select("link[hreflang]")} == {
        "en",
        "x-default",
    }


def test_opened_its_content_is_marked_english(client, members):
    html = soup(client, "/it/members/cluj-heart-hospital/")
    assert html.html["lang"] == "it"
    assert html.main["lang"] == "en"
    assert soup(client, "/it/members/ospedale-milano/").main.get("lang") is None


def test_listed_once_one_segment_is_translated(client, members):
    segment_translate(members["cluj"], "it", "Ospedale del cuore di Cluj")
    italian = soup(client, "/it/members/")
    assert sorted(names(italian)) == ["Ospedale Milano", "Ospedale del cuore di Cluj"]
    assert count_of(italian, "type", "hospital") == 2
    assert names(soup(client, "/it/members/", q="Cluj")) == [
        "Ospedale del cuore di Cluj"
    ]
