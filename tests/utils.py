"""Builders shared by the tests.

`build_site_tree` builds what a visitor meets: an English home page that the
default Site serves, with Italian and Romanian translations, and an "About"
page translated into Italian only (so the switcher's fallback shows).
"""

from wagtail.models import Locale, Page, Site

from home.factories import HomePageFactory, StandardPageFactory


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, language_code, **fields):
    """A real (non-alias) translation of `page`, with `fields` set, published.
    wagtail-localize's tree sync may already have made an alias there: the
    alias is replaced by the translation, as converting it in the admin does."""
    locale = Locale.objects.get(language_code=language_code)
    existing = page.get_translation_or_none(locale)
    if existing is not None and existing.alias_of_id is not None:
        existing.delete()
        existing = None
    target = existing.specific if existing else page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(target, name, value)
    return _publish(target)


def build_site_tree():
    root = Page.get_first_root_node()
    # The default Site is the one `migrate` left (on BASE_URL, as in a real
    # install); it holds the root while Wagtail's "Welcome" page (and its
    # aliases) goes, then serves the new home. A transactional test's flush
    # takes it away: then one is made as Wagtail's first migration does.
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = root
    site.save()
    for page in Page.objects.filter(depth=2):
        page.delete()
    home = HomePageFactory(parent=root, title="Home", hero_title="Imaging, connected")
    site.root_page = home
    site.save()
    home = _publish(home)
    about = _publish(
        StandardPageFactory(
            parent=home, title="About us", slug="about", introduction="Who we are."
        )
    )
    tree = {"en": {"home": home, "about": about}}
    tree["it"] = {
        "home": translate(home, "it", title="Home", hero_title="Imaging, in rete"),
        "about": translate(about, "it", title="Chi siamo", introduction="Chi siamo."),
    }
    tree["ro"] = {
        "home": translate(home, "ro", title="Acasă", hero_title="Imagistică, conectată")
    }
    return tree


# The test settings' BASE_URL, and two other names a request may arrive
# under (as behind a proxy that passes the inner host on): absolute URLs
# must be on the first whatever the request says.
PUBLIC_BASE = "https://cluster.example.org/"
OTHER_HOSTS = ["127.0.0.1:8000", "www.other-name.example.net"]


def same_for_every_host(fetch):
    """`fetch(host)` for each of OTHER_HOSTS, checked equal, returned once."""
    results = [fetch(host) for host in OTHER_HOSTS]
    assert results[0] == results[1], results
    return results[0]
