"""One public address: the default Site follows BASE_URL (migrate, seed),
a system check says when they disagree, and what the site serves carries
the same absolute URLs whatever `Host` a request arrives with."""

from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.checks import run_checks
from django.core.management import call_command
from wagtail.models import Site

from home.factories import FormFieldFactory, FormPageFactory
from tests.utils import OTHER_HOSTS, PUBLIC_BASE, same_for_every_host

pytestmark = pytest.mark.django_db

BASE = PUBLIC_BASE
SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def get(client, path, host, **params):
    response = client.get(path, params, HTTP_HOST=host)
    assert response.status_code == 200, (path, host)
    return response


def default_site():
    return Site.objects.get(is_default_site=True)


def home_warnings():
    messages = run_checks(databases=["default"])
    return {m.id: m.msg for m in messages if m.id.startswith("home.")}


class TestSiteFollowsBaseUrl:
    def test_migrate_moves_the_default_site_onto_base_url(self, site_tree, settings):
        Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
        call_command("migrate", verbosity=0)
        site = default_site()
        assert (site.hostname, site.port) == ("cluster.example.org", 443)
        assert site.root_url == "https://cluster.example.org"

        settings.BASE_URL = "http://intranet.example.org:8080"
        call_command("migrate", verbosity=0)
        assert default_site().root_url == "http://intranet.example.org:8080"
        assert site_tree["en"]["about"].get_full_url() == (
            "http://intranet.example.org:8080/en/about/"
        )

    def test_another_site_on_that_address_is_left_alone(self, site_tree):
        default = default_site()
        Site.objects.filter(pk=default.pk).update(hostname="localhost", port=80)
        Site.objects.create(
            hostname="cluster.example.org", port=443, root_page=default.root_page
        )
        call_command("migrate", verbosity=0)
        assert (default_site().hostname, default_site().port) == ("localhost", 80)
        assert "home.W001" in home_warnings()


class TestSystemCheck:
    def test_silent_when_the_site_is_on_base_url(self, site_tree):
        assert home_warnings() == {}

    def test_warns_when_the_site_is_elsewhere(self, site_tree):
        Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
        message = home_warnings()["home.W001"]
        assert "localhost:80" in message
        assert "https://cluster.example.org" in message

    @pytest.mark.parametrize(
        "base_url",
        ["https://cluster.example.org:8443", "https://cluster.example.org/site"],
    )
    def test_warns_when_base_url_cannot_be_a_site(self, site_tree, settings, base_url):
        settings.BASE_URL = base_url
        call_command("migrate", verbosity=0)
        assert "home.W002" in home_warnings()


class TestSitemap:
    def test_every_location_and_alternate_is_on_base_url(self, client, site_tree):
        def urls(host):
            tree = ElementTree.fromstring(get(client, "/sitemap.xml", host).content)  # noqa: S314 (our own XML)
            locations = [loc.text for loc in tree.iterfind("s:url/s:loc", SITEMAP_NS)]
            alternates = [
                link.get("href") for link in tree.iterfind("s:url/x:link", SITEMAP_NS)
            ]
            return locations, alternates

        locations, alternates = same_for_every_host(urls)
        assert BASE + "it/about/" in locations
        assert BASE + "it/about/" in alternates
        assert all(url.startswith(BASE) for url in locations + alternates)

    def test_robots_names_the_sitemap_on_base_url(self, client):
        def body(host):
            return get(client, "/robots.txt", host).content

        assert f"Sitemap: {BASE}sitemap.xml".encode() in same_for_every_host(body)


class TestPageHead:
    def test_hreflang_alternates_are_on_base_url(self, client, site_tree):
        def alternates(host):
            html = BeautifulSoup(get(client, "/it/about/", host).content, "html.parser")
            return {
                link["hreflang"]: link["href"]
                for link in html.select("head link[rel=alternate][hreflang]")
            }

        assert same_for_every_host(alternates) == {
            "en": BASE + "en/about/",
            "it": BASE + "it/about/",
            "x-default": BASE + "en/about/",
        }

    def test_the_canonical_link_is_on_base_url(self, client, site_tree):
        def canonical(host, path="/it/about/"):
            html = BeautifulSoup(get(client, path, host).content, "html.parser")
            return [link["href"] for link in html.select("head link[rel=canonical]")]

        assert same_for_every_host(canonical) == [BASE + "it/about/"]
        # A filtered or paginated view is not claimed to be the bare page.
        assert canonical(OTHER_HOSTS[0], "/it/about/?page=2") == []


class TestApi:
    def test_page_urls_are_on_base_url(self, client, site_tree):
        about = site_tree["en"]["about"]

        def meta(host):
            detail = get(client, f"/api/v2/pages/{about.id}/", host).json()["meta"]
            listed = get(client, "/api/v2/pages/", host, locale="en").json()
            item = next(i for i in listed["items"] if i["id"] == about.id)["meta"]
            return detail["html_url"], item["html_url"], item["detail_url"]

        assert same_for_every_host(meta) == (
            BASE + "en/about/",
            BASE + "en/about/",
            f"{BASE}api/v2/pages/{about.id}/",
        )


class TestJoinFormEmail:
    def test_staff_email_links_the_page_on_base_url(
        self, client, site_tree, django_capture_on_commit_callbacks
    ):
        page = FormPageFactory(parent=site_tree["en"]["home"], subject="New member")
        FormFieldFactory(page=page, label="Organisation", field_type="singleline")
        page.save_revision().publish()

        def body(host):
            mail.outbox.clear()
            with django_capture_on_commit_callbacks(execute=True):
                client.post("/en/join/", {"organisation": "CHU"}, HTTP_HOST=host)
            [message] = mail.outbox
            return [line for line in message.body.splitlines() if "://" in line]

        assert same_for_every_host(body) == [f"Page: {BASE}en/join/"]
