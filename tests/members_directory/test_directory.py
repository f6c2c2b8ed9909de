from urllib.parse import parse_qs, urlencode, urlparse

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from home.factories import CustomImageFactory
from tests.utils import translate

from .conftest import member_add


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def names(soup):
    return [a.get_text(strip=True) for a in soup.select(".listing .card__title a")]


def count_of(soup, facet, value):
    box = soup.find("input", attrs={"name": facet, "value": value})
    if box is None:
        return None
    label = soup.find("label", attrs={"for": box["id"]})
    return int(label.select_one(".filters__count").get_text(strip=True).strip("()"))


@pytest.fixture
def members(directory, vocabulary):
    """Five members: two hospitals (RO, IT), a start-up (IT), a university
    (RO) and an SME (DE), with overlapping areas of expertise."""
    v = vocabulary
    return {
        "cluj": member_add(
            directory,
            [v["pet"], v["mri"]],
            title="Cluj Heart Hospital",
            organisation_type="hospital",
            country="RO",
            city="Cluj-Napoca",
        ),
        "milano": member_add(
            directory,
            [v["mri"]],
            title="Ospedale Milano",
            organisation_type="hospital",
            country="IT",
            city="Milano",
        ),
        "deepscan": member_add(
            directory,
            [v["ai"]],
            title="DeepScan",
            organisation_type="startup",
            country="IT",
            city="Torino",
            offers="Segmentation models for CT.",
        ),
        "umf": member_add(
            directory,
            [v["pet"], v["ai"]],
            title="UMF Iasi",
            organisation_type="university",
            country="RO",
            city="Iasi",
        ),
        "optik": member_add(
            directory,
            [],
            title="Optik GmbH",
            organisation_type="sme",
            country="DE",
            city="Jena",
        ),
    }


@pytest.mark.django_db
class TestDirectoryFilters:
    def test_lists_every_member_in_title_order_with_counts(
        self, client, members, directory
    ):
        soup = soup_of(client.get(directory.url))
        assert names(soup) == [
            "Cluj Heart Hospital",
            "DeepScan",
            "Optik GmbH",
            "Ospedale Milano",
            "UMF Iasi",
        ]
        assert "5 members" in soup.select_one(".results-count").get_text()
        assert count_of(soup, "type", "hospital") == 2
        assert count_of(soup, "type", "public_body") == 0
        assert count_of(soup, "country", "RO") == 2
        assert count_of(soup, "country", "DE") == 1
        assert count_of(soup, "country", "FR") is None  # nobody there
        assert count_of(soup, "expertise", "pet") == 2
        assert count_of(soup, "expertise", "ai") == 2

    def test_filters_combine_and_repeat(self, client, members, directory):
        response = client.get(
            directory.url, {"type": ["hospital", "university"], "country": "RO"}
        )
        soup = soup_of(response)
        assert names(soup) == ["Cluj Heart Hospital", "UMF Iasi"]
        # Counts of a facet ignore that facet's own choice, so that ticking
        # another option adds exactly that many.
        assert count_of(soup, "country", "IT") == 1
        assert count_of(soup, "type", "startup") == 0
        assert count_of(soup, "expertise", "pet") == 2
        assert soup.find(
            "input", attrs={"name": "type", "value": "university"}
        ).has_attr("checked")

    def test_expertise_filter_in_any_language(
        self, client, members, directory, italian_directory, vocabulary
    ):
        translate(members["milano"], "it", offers="Risonanza a 7 tesla.")
        response = client.get(italian_directory.url, {"expertise": "mri"})
        soup = soup_of(response)
        assert names(soup) == ["Ospedale Milano"]
        # Only Italian profiles: the English ones are not listed.
        assert (
            "1 membro" in soup.select_one(".results-count").get_text()
            or "1" in soup.select_one(".results-count").get_text()
        )
        label = soup.find("label", attrs={"for": "filter-expertise-mri"})
        assert "Risonanza magnetica" in label.get_text()

    def test_search_text_matches_name_city_texts_and_country(
        self, client, members, directory
    ):
        assert names(soup_of(client.get(directory.url, {"q": "segmentation"}))) == [
            "DeepScan"
        ]
        assert names(soup_of(client.get(directory.url, {"q": "jena"}))) == [
            "Optik GmbH"
        ]
        assert names(soup_of(client.get(directory.url, {"q": "germany"}))) == [
            "Optik GmbH"
        ]
        assert names(soup_of(client.get(directory.url, {"q": "hospital cluj"}))) == [
            "Cluj Heart Hospital"
        ]

    def test_unknown_and_malformed_values_are_ignored_with_a_notice(
        self, client, members, directory
    ):
        response = client.get(
            directory.url,
            {
                "type": ["hospital", "spaceship"],
                "country": ["XX", "ro"],
                "expertise": "<b>x</b>",
                "page": "abc",
                "q": "x" * 500,
            },
        )
        assert response.status_code == 404
        soup = soup_of(response)
        notices = " ".join(n.get_text() for n in soup.select(".notice"))
        assert "type=“spaceship”" in notices
        assert "country=“XX”" in notices
        assert "<b>x</b>" in notices  # shown as text, escaped
        assert "<b>" not in str(
            soup.select_one(".notice--warning").decode_contents()
        ).replace("&lt;b&gt;", "")
        assert "page number" in notices
        assert "shortened" in notices
        assert names(soup) == []  # "xxx…" matches nobody; the valid filters stay

    def test_chips_remove_one_filter_each(self, client, members, directory):
        soup = soup_of(
            client.get(directory.url, {"type": "hospital", "country": ["RO", "IT"]})
        )
        chips = {
            a.get_text(" ", strip=True): a["href"]
            for a in soup.select(".chip--removable")
        }
        romania = next(
            href for label, href in chips.items() if label.startswith("Romania")
        )
        assert parse_qs(urlparse(romania).query) == {
            "type": ["hospital"],
            "country": ["IT"],
        }

    def test_pagination_keeps_the_filters(self, client, directory):
        for number in range(14):
            member_add(
                directory, title=f"Hospital {number:02}", organisation_type="hospital"
            )
        member_add(directory, title="Zeta SME", organisation_type="sme")
        soup = soup_of(client.get(directory.url, {"type": "hospital"}))
        assert len(names(soup)) == 12
        next_link = soup.select_one(".pagination a[rel=next]")["href"]
        assert parse_qs(urlparse(next_link).query) == {
            "type": ["hospital"],
            "page": ["2"],
        }
        second = soup_of(client.get(next_link))
        assert names(second) == ["Hospital 12", "Hospital 13"]
        beyond = client.get(directory.url, {"page": "99"})
        assert beyond.status_code == 404
        assert names(soup_of(beyond))[0] == "Hospital 00"

    def test_country_chart_links_filter_the_directory(self, client, members, directory):
        soup = soup_of(client.get(directory.url, {"type": "hospital"}))
        svg = soup.select_one(".member-map svg")
        links = {a["aria-label"]: a["href"] for a in svg.find_all("a")}
        assert links["Romania: 1 member"] == "/en/members/?type=hospital&country=RO"
        assert links["Italy: 1 member"] == "/en/members/?type=hospital&country=IT"
        assert [t.get_text() for t in svg.find_all("text")][:2] == ["Italy", "1"]


@pytest.mark.django_db
class TestDirectoryQueries:
    def _queries(self, client, url):
        client.get(url, {"country": "RO"})  # renditions are made on the first view
        with CaptureQueriesContext(connection) as context:
            response = client.get(url, {"country": "RO"})
        assert response.status_code == 200
        return len(context)

    def test_query_count_does_not_grow_with_members(
        self, client, directory, vocabulary
    ):
        terms = list(vocabulary.values())
        for number in range(5):
            member_add(
                directory,
                terms[: number % 3 + 1],
                title=f"A{number:02}",
                logo=CustomImageFactory(),
            )
        few = self._queries(client, directory.url)
        for number in range(25):
            member_add(
                directory,
                terms[: number % 3 + 1],
                title=f"B{number:02}",
                logo=CustomImageFactory(),
                country=["RO", "IT", "DE"][number % 3],
            )
        many = self._queries(client, directory.url)
        assert few == many


PARAMETER_NAMES = st.sampled_from(["q", "type", "country", "expertise", "page"])


@pytest.mark.django_db
class TestDirectoryBadInput:
    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(
        params=st.lists(st.tuples(PARAMETER_NAMES, st.text(max_size=60)), max_size=8)
    )
    def test_any_query_string_gives_a_page_never_an_error(
        self, client, directory, vocabulary, params
    ):
        query = urlencode(params)
        response = client.get(f"{directory.url}?{query}")
        assert response.status_code in (200, 404)
        if response.status_code == 404:
            # Bad input is said, and the directory is still there.
            page = BeautifulSoup(response.content, "html.parser")
            assert page.select(".notice--warning")
            assert page.select("form.filters")
