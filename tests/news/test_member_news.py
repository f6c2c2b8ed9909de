"""News by a member organisation: "by <member>" on the news page, the news on
the member's profile, and member accounts allowed to submit news."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import GroupPagePermission

from members_directory.services import member_group_ensure
from tests.members_directory.conftest import member_add
from tests.news.builders import add_news, build_indexes, day, translate_news
from tests.utils import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(site_tree):
    from members_directory.factories import MembersDirectoryPageFactory

    directory = MembersDirectoryPageFactory(parent=site_tree["en"]["home"])
    directory.save_revision().publish()
    translate(directory, "it", title="Membri")
    member = member_add(directory, title="DeepVista", slug="deepvista")
    other = member_add(directory, title="Spitalul Cluj", slug="spitalul-cluj")
    italian_member = translate(member, "it", title="DeepVista")
    indexes = build_indexes(site_tree)
    news = add_news(indexes["en"], title="DeepVista joins", date=day(0), member=member)
    add_news(indexes["en"], title="Hospital news", date=day(1), member=other)
    add_news(indexes["en"], title="Cluster news", date=day(2))
    italian_news = translate_news(news, "it", title="DeepVista entra")
    return {
        "member": member,
        "italian_member": italian_member,
        "news": news,
        "italian_news": italian_news,
        "indexes": indexes,
    }


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_news_page_says_who_it_is_by_in_each_language(client, setting):
    english = html(client, setting["news"].url).select_one(".news-byline")
    assert english.get_text(" ", strip=True) == "by DeepVista"
    assert english.a["href"] == "/en/members/deepvista/"
    italian = html(client, setting["italian_news"].url).select_one(".news-byline a")
    assert italian["href"] == "/it/members/deepvista/"


def test_news_without_member_has_no_byline(client, setting):
    page = html(client, "/en/news/cluster-news/")
    assert page.select_one(".news-byline") is None


def test_member_profile_lists_its_own_news_only(client, setting):
    titles = [
        a.get_text(strip=True)
        for a in html(client, "/en/members/deepvista/").select(
            "section[aria-labelledby=member-news-title] .card__title a"
        )
    ]
    assert titles == ["DeepVista joins"]
    italian = html(client, "/it/members/deepvista/")
    assert "DeepVista entra" in italian.get_text()


def test_feed_names_the_member_as_author(client, setting):
    import feedparser

    feed = feedparser.parse(client.get("/en/news/feed/rss/").content)
    authors = {entry.title: entry.get("author", "") for entry in feed.entries}
    assert "DeepVista" in authors["DeepVista joins"]
    assert "DeepVista" not in authors["Cluster news"]


def test_member_accounts_may_submit_news_but_not_publish(setting):
    group = member_group_ensure(setting["member"])
    granted = set(
        GroupPagePermission.objects.filter(
            group=group, page=setting["indexes"]["en"]
        ).values_list("permission__codename", flat=True)
    )
    assert "add_page" in granted
    assert "publish_page" not in granted


def test_member_profile_leaves_out_untranslated_news(client, setting):
    from tests.localize import aliases_sync, segment_translate, translation_start

    def italian_titles():
        section = html(client, "/it/members/deepvista/").select_one(
            "section[aria-labelledby=member-news-title]"
        )
        return [a.get_text(strip=True) for a in section.select(".card__title a")]

    later = add_news(
        setting["indexes"]["en"],
        title="DeepVista wins",
        date=day(5),
        member=setting["member"],
    )
    aliases_sync()
    translation_start(later, "it")
    assert italian_titles() == ["DeepVista entra"]
    segment_translate(later, "it", "DeepVista vince")
    assert italian_titles() == ["DeepVista vince", "DeepVista entra"]
