"""Every page type can be created where it belongs and renders; the home page
takes sections from other apps; the menus follow the language."""

import pytest
from bs4 import BeautifulSoup
from wagtail import hooks
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.factories import CustomImageFactory, FormPageFactory, StandardPageFactory
from home.models import FormPage, HomePage, Menu, MenuItem, StandardPage
from tests.utils import build_site_tree, translate


class TestPageTypes(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()

    def test_where_each_type_can_live(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(HomePage, FormPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_every_type_renders(self):
        home = self.tree["en"]["home"]
        image = CustomImageFactory()
        standard = StandardPageFactory(
            parent=home,
            hero_image=image,
            body=[
                ("heading", {"text": "Our services", "level": "h2"}),
                ("paragraph", "<p>We connect <b>hospitals</b> and companies.</p>"),
                ("image", {"image": image, "caption": "The PET centre"}),
                (
                    "quote",
                    {"quote": "It changed how we work.", "attribution": "A member"},
                ),
                (
                    "call_to_action",
                    {
                        "title": "Join",
                        "text": "",
                        "page": home,
                        "url": "",
                        "button_label": "Join us",
                    },
                ),
                (
                    "faq",
                    {
                        "title": "FAQ",
                        "items": [{"question": "Who?", "answer": "<p>All.</p>"}],
                    },
                ),
                (
                    "table",
                    {
                        "caption": "Fees",
                        "header": ["Type", "Fee"],
                        "rows": [["SME", "300 €"]],
                    },
                ),
            ],
        )
        form = FormPageFactory(parent=home)
        for page in (home, standard, form):
            self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(form)


@pytest.mark.django_db
class TestStandardPageBody:
    def test_blocks_render_accessibly(self, client, site_tree):
        image = CustomImageFactory(description="A hybrid PET/MRI scanner")
        page = StandardPageFactory(
            parent=site_tree["en"]["home"],
            slug="services",
            body=[
                ("image", {"image": image, "caption": "Our scanner"}),
                (
                    "table",
                    {
                        "caption": "Fees",
                        "header": ["Type", "Fee"],
                        "rows": [["SME", "300 €"]],
                    },
                ),
                (
                    "faq",
                    {
                        "title": "",
                        "items": [
                            {"question": "Who can join?", "answer": "<p>All.</p>"}
                        ],
                    },
                ),
            ],
        )
        page.save_revision().publish()
        html = BeautifulSoup(client.get("/en/services/").content, "html.parser")
        assert (
            html.select_one("figure.block-image img")["alt"]
            == "A hybrid PET/MRI scanner"
        )
        table = html.select_one("table")
        assert table.caption.get_text(strip=True) == "Fees"
        assert [th["scope"] for th in table.select("th")] == ["col", "col", "row"]
        assert (
            html.select_one("details summary").get_text(strip=True) == "Who can join?"
        )


@pytest.mark.django_db
class TestHomeSections:
    def test_other_apps_add_sections_through_the_hook(self, client, site_tree):
        def latest_news(page, request):
            return {
                "template": "tests/home_section.html",
                "order": 1,
                "title": "Latest",
            }

        with hooks.register_temporarily("register_home_section", latest_news):
            response = client.get("/en/")
        assert response.status_code == 200
        assert [t.name for t in response.templates].count(
            "tests/home_section.html"
        ) == 1

    def test_no_sections_by_default(self, client, site_tree):
        response = client.get("/en/")
        assert response.context["home_sections"] == []


@pytest.mark.django_db
class TestMenus:
    @pytest.fixture
    def menu(self, site_tree, locales):
        menu = Menu.objects.create(place=Menu.MAIN, locale=locales["en"])
        MenuItem.objects.create(
            menu=menu,
            link_page=site_tree["en"]["about"],
            label="About",
            locale=locales["en"],
            sort_order=0,
        )
        MenuItem.objects.create(
            menu=menu,
            link_url="https://ec.europa.eu/",
            label="EU",
            locale=locales["en"],
            sort_order=1,
        )
        return menu

    def nav(self, client, path):
        html = BeautifulSoup(client.get(path).content, "html.parser")
        return [
            (a.get_text(strip=True), a["href"]) for a in html.select("nav.site-nav a")
        ]

    def test_main_menu_in_the_source_language(self, client, menu):
        assert self.nav(client, "/en/") == [
            ("About", "/en/about/"),
            ("EU", "https://ec.europa.eu/"),
        ]

    def test_untranslated_menu_links_to_translated_pages(self, client, menu):
        assert self.nav(client, "/it/")[0] == ("Chi siamo", "/it/about/")
        assert self.nav(client, "/ro/")[0] == ("About us", "/en/about/")

    def test_translated_menu_uses_its_own_labels(
        self, client, menu, locales, site_tree
    ):
        italian = menu.copy_for_translation(locales["it"])
        italian.save()
        item = italian.items.first()
        item.label = "La nostra storia"
        item.link_page = site_tree["it"]["about"]
        item.save()
        assert self.nav(client, "/it/")[0] == ("La nostra storia", "/it/about/")

    def test_queries_do_not_grow_with_items(
        self, client, menu, locales, site_tree, django_assert_num_queries
    ):
        client.get("/it/")  # warm the site-root cache
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as few:
            client.get("/it/")
        for n in range(8):
            page = StandardPageFactory(
                parent=site_tree["en"]["home"], slug=f"extra-{n}"
            )
            page.save_revision().publish()
            translate(page, "it", title=f"Extra {n}")
            MenuItem.objects.create(
                menu=menu, link_page=page, locale=locales["en"], sort_order=2 + n
            )
        client.get("/it/")
        with CaptureQueriesContext(connection) as many:
            client.get("/it/")
        assert len(self.nav(client, "/it/")) == 10
        assert len(many) == len(few)
