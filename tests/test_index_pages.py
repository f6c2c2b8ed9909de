"""Every index page answers the same bad input the same way (home/listing.py):
404 with a notice in the visitor's language and the best listing still shown,
never a 500; a valid filter without results is an empty 200 page; and the
number of queries does not grow with the number of items."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.factories import EventIndexPageFactory, EventPageFactory
from home.factories import CustomImageFactory
from home.models import Topic
from members_directory.factories import MemberPageFactory, MembersDirectoryPageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.utils import translate

pytestmark = pytest.mark.django_db


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _child(index, factory, **fields):
    index = type(index).objects.get(pk=index.pk)  # fresh tree counters
    page = factory.build(**fields)
    index.add_child(instance=page)
    return _publish(page)


# For each index: its address, a filter, a value of it that some items have,
# a valid value that none have, the index factory and one item's fields.
INDEXES = {
    "news": {
        "path": "/en/news/",
        "filter": "topic",
        "valid_empty": "funding",
        "index": NewsIndexPageFactory,
        "item": lambda n, image: (NewsPageFactory, {"hero_image": image}),
    },
    "events": {
        "path": "/en/events/",
        "filter": "kind",
        "valid_empty": "conference",
        "index": EventIndexPageFactory,
        "item": lambda n, image: (
            EventPageFactory,
            {"kind": "training", "image": image, "slug": f"event-{n}"},
        ),
    },
    "members": {
        "path": "/en/members/",
        "filter": "type",
        "valid_empty": "hospital",
        "index": MembersDirectoryPageFactory,
        "item": lambda n, image: (
            MemberPageFactory,
            {"organisation_type": "sme", "logo": image},
        ),
    },
}

BAD_INPUT = [
    ("page=abc", "not a page number"),
    ("page=0", "no page 0"),
    ("page=-1", "not a page number"),
    ("page=999", "no page 999"),
    ("page=2&page=x", "not a page number"),
    ("page=" + "9" * 5000, "no page"),
    ("page=1%002", "not a page number"),
    ("{filter}=nope", "nope"),
    ("{filter}=nope&{filter}=nada", "nada"),
    ("{filter}=" + "z" * 5000, "zzz"),
    ("{filter}=a%00b", "a b"),
]


@pytest.fixture(params=list(INDEXES))
def index(request, site_tree):
    spec = INDEXES[request.param]
    page = _publish(spec["index"](parent=site_tree["en"]["home"]))
    image = CustomImageFactory()
    # A topic no news has yet: a valid, empty filter.
    Topic.objects.create(name="Funding", slug="funding")

    made = []

    def add(count):
        start = len(made)
        made.extend(range(start, start + count))
        for number in range(start, start + count):
            factory, fields = spec["item"](number, image)
            _child(page, factory, title=f"Item {number:02d}", **fields)

    return {**spec, "name": request.param, "page": page, "add": add}


def _soup(response):
    return BeautifulSoup(response.content, "html.parser")


def _notices(response):
    return " ".join(
        n.get_text(" ", strip=True) for n in _soup(response).select(".notice")
    )


def _titles(response):
    return [a.get_text(strip=True) for a in _soup(response).select(".card__title a")]


class TestEveryIndexOnBadInput:
    def test_bad_input_is_a_404_with_a_notice_and_the_first_page(self, client, index):
        index["add"](2)
        good = client.get(index["path"])
        assert good.status_code == 200
        assert _notices(good) == ""
        shown = _titles(good)
        assert len(shown) == 2
        for query, said in BAD_INPUT:
            query = query.format(filter=index["filter"])
            response = client.get(f"{index['path']}?{query}")
            assert response.status_code == 404, query
            assert said in _notices(response), (query, _notices(response))
            # The visitor can carry on: the first page, unfiltered.
            assert _titles(response) == shown, query
            assert "\x00" not in response.content.decode()

    def test_notices_are_in_the_visitors_language(self, client, index):
        translate(index["page"], "it", title="Indice")
        path = index["path"].replace("/en/", "/it/")
        response = client.get(path, {"page": "abc"})
        assert response.status_code == 404
        assert "non è un numero di pagina" in _notices(response)
        response = client.get(path, {index["filter"]: "nope"})
        assert response.status_code == 404
        assert "«nope»" in _notices(response) or "“nope”" in _notices(response)
        assert "ignored" not in _notices(response)

    def test_a_valid_filter_without_results_is_an_empty_200(self, client, index):
        index["add"](1)
        response = client.get(index["path"], {index["filter"]: index["valid_empty"]})
        assert response.status_code == 200
        assert _titles(response) == []
        assert _soup(response).select_one(".empty-state")
        assert _notices(response) == ""


class TestEveryIndexQueryCount:
    def test_the_same_queries_for_5_and_30_items(self, client, index):
        def count():
            client.get(index["path"])  # renditions are made on the first visit
            with CaptureQueriesContext(connection) as queries:
                response = client.get(index["path"])
            assert response.status_code == 200
            return len(queries)

        index["add"](5)
        few = count()
        index["add"](25)
        assert count() == few
