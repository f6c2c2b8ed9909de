"""home/listing.py, the one reader of index pages' query strings: what a
filter and a page number accept, what they refuse and say, the links and the
counts."""

import pytest
from django.http import QueryDict
from django.utils import translation
from wagtail.models import Locale

from home.listing import (
    BAD_INPUT_STATUS,
    ListingQuery,
    count_by,
    listing_url,
    paginate,
)
from home.models import Topic


@pytest.fixture(autouse=True)
def _english():
    # Notices are translated: earlier tests may leave another language active.
    with translation.override("en"):
        yield


def query(string):
    return ListingQuery(QueryDict(string))


class TestFilters:
    def test_a_known_value_is_kept_for_links(self):
        q = query("topic=ai")
        assert q.one("topic", {"ai", "mri"}) == "ai"
        assert q.status == 200 and q.notices == []
        assert q.kept == [("topic", "ai")]

    def test_an_unknown_value_is_refused_with_a_notice(self):
        q = query("topic=nope")
        assert q.one("topic", {"ai"}) is None
        assert q.status == BAD_INPUT_STATUS == 404
        assert q.notices == ["The filter topic=“nope” is not known and was ignored."]
        assert q.kept == []

    def test_the_app_may_say_it_better(self):
        q = query("kind=party")
        q.one("kind", {"webinar"}, message="No kind called “%(value)s”.")
        assert q.notices == ["No kind called “party”."]

    def test_the_notice_is_in_the_visitors_language(self):
        with translation.override("it"):
            q = query("type=x")
            q.one("type", ())
        assert q.notices == [
            "Il filtro type=«x» non è riconosciuto ed è stato ignorato."
        ]

    def test_absent_and_empty_values_are_no_filter(self):
        for string in ("", "topic=", "topic=%20"):
            q = query(string)
            assert q.one("topic", {"ai"}) is None
            assert q.status == 200 and q.notices == []

    def test_a_predicate_may_decide_and_normalize_first(self):
        q = query("country=ro")
        assert q.one("country", lambda code: code == "RO", normalize=str.upper) == "RO"
        assert q.kept == [("country", "RO")]

    def test_nul_bytes_and_long_values_never_reach_the_lookup(self):
        seen = []

        def known(value):
            seen.append(value)
            return True

        q = query("topic=a%00b")
        assert q.one("topic", known) is None
        long = query("topic=" + "x" * 5000)
        assert long.one("topic", known) is None
        assert seen == []
        assert "\x00" not in q.notices[0]
        assert len(long.notices[0]) < 200

    def test_a_single_filter_given_twice_reads_the_last(self):
        assert query("topic=mri&topic=ai").one("topic", {"ai", "mri"}) == "ai"

    def test_repeatable_filters_keep_known_values_once_in_order(self):
        q = query("type=b&type=nope&type=a&type=b&type=")
        assert q.many("type", {"a", "b"}) == ["b", "a"]
        assert q.status == 404
        assert len(q.notices) == 1
        assert q.kept == [("type", "b"), ("type", "a")]

    def test_search_text_is_cleaned_and_shortened_with_a_notice_not_an_error(self):
        q = query("q=" + "word%00 " * 30)
        text = q.text("q", 20)
        assert text == "word word word word"
        assert q.status == 200
        assert q.notices == ["The search text was too long and has been shortened."]


class TestPageNumber:
    @pytest.mark.parametrize(
        "raw", ["abc", "1.5", "-1", "%2B2", "٣", "1_0", "2%00", "1e3"]
    )
    def test_what_is_not_a_whole_number_is_refused(self, raw):
        q = query("page=" + raw)
        assert q.page_number(num_pages=5) == 1
        assert q.status == 404
        assert len(q.notices) == 1 and len(q.notices[0]) < 120

    @pytest.mark.parametrize("raw", ["0", "6", "999", "9" * 40, "9" * 5000])
    def test_a_page_that_does_not_exist_is_refused(self, raw):
        q = query("page=" + raw)
        assert q.page_number(num_pages=5) == 1
        assert q.status == 404
        assert q.notices[0].startswith("There is no page")
        assert q.notices[0].endswith("showing page 1.")

    @pytest.mark.parametrize("raw", ["", "1", " 3 ", "5"])
    def test_existing_pages(self, raw):
        q = query("page=" + raw)
        assert q.page_number(num_pages=5) == int(raw or 1)
        assert q.status == 200 and q.notices == []

    def test_an_empty_list_has_its_first_page(self):
        q = query("page=1")
        assert q.page_number(num_pages=1) == 1 and q.status == 200


class TestPaginate:
    def test_links_keep_the_filters_and_drop_page_one(self):
        q = query("topic=ai&page=2")
        q.one("topic", {"ai"})
        pagination = paginate(list(range(25)), q, 10, "/en/news/")
        assert pagination.items == list(range(10, 20))
        assert pagination.total == 25
        assert pagination.previous_url == "/en/news/?topic=ai"
        assert pagination.next_url == "/en/news/?topic=ai&page=3"
        assert [link.get("url") for link in pagination.links] == [
            "/en/news/?topic=ai",
            "/en/news/?topic=ai&page=2",
            "/en/news/?topic=ai&page=3",
        ]
        assert [link["current"] for link in pagination.links] == [False, True, False]

    def test_one_page_needs_no_links(self):
        pagination = paginate([1, 2], query(""), 10, "/x/")
        assert pagination.links == []
        assert pagination.previous_url is None and pagination.next_url is None

    def test_long_lists_have_gaps(self):
        pagination = paginate(list(range(200)), query("page=10"), 10, "/x/")
        assert {"gap": True} in pagination.links

    def test_a_bad_page_shows_the_first(self):
        q = query("page=99")
        pagination = paginate(list(range(25)), q, 10, "/x/")
        assert pagination.page.number == 1
        assert q.status == 404

    def test_urls_quote_values(self):
        assert listing_url("/x/", [("q", "a b&c")]) == "/x/?q=a+b%26c"
        assert listing_url("/x/", [], page=1) == "/x/"


@pytest.mark.django_db
def test_count_by_counts_in_one_group_by_query(django_assert_num_queries):
    english = Locale.objects.get(language_code="en")
    italian = Locale.objects.get(language_code="it")
    for slug in ("a", "b", "c"):
        Topic.objects.create(name=slug, slug=slug, locale=english)
    Topic.objects.create(name="a", slug="a-it", locale=italian)
    with django_assert_num_queries(1):
        counts = count_by(Topic.objects.order_by("name"), "locale__language_code")
    assert counts == {"en": 3, "it": 1}
    assert count_by(Topic.objects.all(), "name", distinct="locale") == {
        "a": 2,
        "b": 1,
        "c": 1,
    }
