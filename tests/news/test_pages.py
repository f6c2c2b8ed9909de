"""Where news pages live, that they render, and what the editor must fill in."""

import datetime

from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from home.factories import CustomImageFactory
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from tests.news.builders import add_news, build_indexes, build_topics, day
from tests.utils import build_site_tree


class TestNewsPageTypes(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.topics = build_topics()
        cls.indexes = build_indexes(cls.tree)
        cls.image = CustomImageFactory()
        cls.news = add_news(
            cls.indexes["en"],
            title="Cluster wins a Horizon Europe grant",
            date=day(0),
            topics=[cls.topics["funding"]["en"]],
            hero_image=cls.image,
            body=[
                ("heading", {"text": "What happens next", "level": "h2"}),
                ("paragraph", "<p>Three years of <b>work</b>.</p>"),
                ("quote", {"quote": "A great day.", "attribution": "The manager"}),
            ],
        )

    def setUp(self):
        self.login()

    def test_where_each_type_can_live(self):
        self.assertCanCreateAt(HomePage, NewsIndexPage)
        self.assertCanCreateAt(NewsIndexPage, NewsPage)
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(StandardPage, NewsPage)
        self.assertCanNotCreateAt(StandardPage, NewsIndexPage)
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(NewsPage, {})

    def test_every_type_renders(self):
        for index in self.indexes.values():
            self.assertPageIsRenderable(index)
        self.assertPageIsRenderable(self.news)
        self.assertPageIsRenderable(self.indexes["en"], route_path="/feed/rss/")
        self.assertPageIsRenderable(self.indexes["en"], route_path="/feed/atom/")
        self.assertPageIsRenderable(
            self.indexes["it"], route_path="/topic/funding/feed/rss/"
        )
        # The edit form's StreamField is drawn by JavaScript, so the preview
        # gets its data explicitly.
        self.assertPageIsPreviewable(self.news, post_data=self._form_data())
        self.assertPageIsPreviewable(
            self.indexes["en"],
            post_data={"title": "News", "slug": "news", "intro": "What happens."},
        )

    def _form_data(self, **overrides):
        data = {
            "title": "New member joins",
            "slug": "new-member-joins",
            "date": "2026-03-04",
            "summary": "A university hospital joins the cluster.",
            "hero_image": self.image.pk,
            "topic_links": inline_formset([{"topic": self.topics["funding"]["en"].pk}]),
            "body": streamfield([("paragraph", rich_text("<p>Welcome.</p>"))]),
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_editors_create_news_with_topics(self):
        self.assertCanCreate(self.indexes["en"], NewsPage, self._form_data())
        page = NewsPage.objects.get(slug="new-member-joins", locale__language_code="en")
        assert page.date == datetime.date(2026, 3, 4)
        assert [topic.slug for topic in page.topics] == ["funding"]

    def test_the_image_and_a_short_summary_are_required(self):
        url = reverse(
            "wagtailadmin_pages:add",
            args=("news", "newspage", self.indexes["en"].pk),
        )
        # Drafts may be incomplete; publishing asks for everything.
        data = self._form_data(hero_image="", summary="x" * 301)
        data["action-publish"] = "action-publish"
        response = self.client.post(url, data)
        assert response.status_code == 200
        errors = response.context["form"].errors
        assert "hero_image" in errors
        assert "summary" in errors
        assert not NewsPage.objects.filter(slug="new-member-joins").exists()

    def test_promotable_interface(self):
        news = NewsPage.objects.get(pk=self.news.pk)
        assert news.get_promo_title() == "Cluster wins a Horizon Europe grant"
        assert news.get_promo_summary() == news.summary
        assert news.get_promo_image() == self.image
        assert news.get_promo_topics() == ["Funding"]
        assert news.get_promo_locale() == "en"
        assert news.get_promo_url().endswith(
            "/en/news/cluster-wins-a-horizon-europe-grant/"
        )
