import re
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import Translation, TranslationSource

from home.models import FormPage, HomePage, Menu

TARGET_LANGUAGES = ("it", "ro")


def seed():
    out, err = StringIO(), StringIO()
    call_command("seed_demo", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "users": get_user_model().objects.count(),
        "menus": Menu.objects.count(),
        "translation sources": TranslationSource.objects.count(),
    }


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed once for the module (it takes seconds), inside a transaction that
    is rolled back afterwards; each test still runs in its own savepoint."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield seed()
        transaction.set_rollback(True)


@pytest.mark.django_db
class TestSeedDemo:
    def test_prints_one_progress_line_per_step_and_no_warnings(self, seeded):
        out, err = seeded
        progress = [line for line in out.splitlines() if line.startswith("[")]
        total = len(progress)
        for number, line in enumerate(progress, start=1):
            assert re.match(rf"\[{number}/{total}\] .+ \.\.\. done", line), line
        assert any("Pages in Italian" in line for line in progress)
        assert err == ""

    def test_replaces_the_welcome_page_with_three_live_homes(self, seeded):
        assert not Page.objects.filter(
            title="Welcome to your new Wagtail site!"
        ).exists()
        homes = HomePage.objects.filter(depth=2, alias_of__isnull=True, live=True)
        assert sorted(home.locale.language_code for home in homes) == ["en", "it", "ro"]
        site = Site.objects.get(is_default_site=True)
        # On the test settings' BASE_URL, https://cluster.example.org.
        assert (site.hostname, site.port, site.site_name) == (
            "cluster.example.org",
            443,
            "ImagoMol",
        )
        assert site.root_page.specific.locale.language_code == "en"

    def test_every_english_page_has_real_translations(self, seeded):
        english = Page.objects.filter(locale__language_code="en", depth__gt=1)
        assert english.count() >= 5
        for page in english:
            for code in TARGET_LANGUAGES:
                translated = page.get_translation(
                    Locale.objects.get(language_code=code)
                )
                assert translated.live, translated
                assert translated.alias_of_id is None, translated
                if page.specific_class._meta.app_label == "home":
                    # Other apps' pages may keep a proper name (an organisation).
                    assert translated.title != page.title, translated
                if page.depth > 2:
                    assert translated.slug == page.slug

    def test_translations_are_managed_by_wagtail_localize(self, seeded):
        about = Page.objects.get(locale__language_code="en", slug="about")
        source = TranslationSource.objects.get_for_instance(about)
        assert sorted(
            Translation.objects.filter(source=source, enabled=True).values_list(
                "target_locale__language_code", flat=True
            )
        ) == ["it", "ro"]
        # Every string is translated: editors see complete translations.
        for translation in Translation.objects.all():
            total, done = translation.get_progress()
            assert total == done, translation

    def test_form_fields_are_translated_and_keep_their_names(self, seeded):
        english = FormPage.objects.get(locale__language_code="en", slug="join")
        italian = FormPage.objects.get(locale__language_code="it", slug="join")
        en_fields = list(english.form_fields.all())
        it_fields = list(italian.form_fields.all())
        assert [f.clean_name for f in it_fields] == [f.clean_name for f in en_fields]
        assert "Tipo di organizzazione" in [f.label for f in it_fields]
        dropdown = next(f for f in it_fields if f.field_type == "dropdown")
        assert "Ospedale o clinica" in dropdown.choices

    def test_visitors_read_italian_on_italian_pages(self, seeded, client):
        response = client.get("/it/about/")
        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == "it"
        assert soup.h1.get_text(strip=True) == "Chi siamo"
        nav = {a.get_text(strip=True): a["href"] for a in soup.select(".site-nav a")}
        assert nav["Servizi"] == "/it/services/"
        switcher = {
            a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")
        }
        assert switcher == {"en": "/en/about/", "ro": "/ro/about/"}

    def test_menus_exist_in_every_language_and_link_within_it(self, seeded):
        for place in (Menu.MAIN, Menu.FOOTER):
            menus = Menu.objects.filter(place=place)
            assert sorted(m.locale.language_code for m in menus) == ["en", "it", "ro"]
            for menu in menus:
                items = list(menu.items.select_related("link_page"))
                assert items
                assert all(i.link_page.locale_id == menu.locale_id for i in items)

    def test_running_twice_changes_nothing(self, seeded):
        before = counts()
        out, err = seed()
        assert counts() == before
        assert "already existed" in out
        assert err == ""

    def test_puts_the_site_back_on_base_url(self, seeded, settings):
        settings.BASE_URL = "http://demo.example.org:8080"
        seed()
        site = Site.objects.get(is_default_site=True)
        assert site.root_url == "http://demo.example.org:8080"
        assert Site.objects.count() == 1

    def test_users_have_the_right_access(self, seeded):
        User = get_user_model()
        admin = User.objects.get(username="admin")
        editor = User.objects.get(username="editor")
        member = User.objects.get(username="member")
        assert admin.is_superuser and admin.check_password("admin")
        assert not editor.is_superuser and editor.check_password("editor")
        assert "Editors" in editor.groups.values_list("name", flat=True)
        assert editor.has_perm("wagtailadmin.access_admin")
        assert member.is_active and member.check_password("member")
        assert not member.is_superuser
        # A member edits its own organisation's profile in the admin.
        assert member.has_perm("wagtailadmin.access_admin")
        assert not member.is_staff and not member.is_superuser
        assert member.wagtail_userprofile.preferred_language == "it"

    def test_existing_users_keep_their_password(self, seeded):
        editor = get_user_model().objects.get(username="editor")
        editor.set_password("changed-by-editor")
        editor.save()
        seed()
        editor.refresh_from_db()
        assert editor.check_password("changed-by-editor")
