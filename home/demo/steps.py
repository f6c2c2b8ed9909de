"""The home app's demo steps: locales, images, the pages and their
translations, site settings, menus and the local user accounts."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from ..models import FormPage, HomePage, Menu, SiteSettings, StandardPage
from ..public_url import site_address_from_base_url
from ..services import locale_ensure_all
from . import register_step
from .builder import (
    CREATED,
    UNCHANGED,
    UPDATED,
    DemoData,
    counted,
    menu_entries,
    menu_entries_add,
    page_ensure,
    register_translation_steps,
    source_locale,
    translate,
)
from .images import IMAGES, image_ensure, statute_ensure
from .text import TranslationMap

DATA = DemoData(__file__)
menu_entries_add(DATA)

WELCOME_TITLE = "Welcome to your new Wagtail site!"
SITE_NAME = "ImagoMol"
# The pages under the home page (in menu order) and their models; their
# words are DATA["pages"][key].
PAGE_MODELS = {
    "about": StandardPage,
    "services": StandardPage,
    "join": FormPage,
    "contact": FormPage,
}


@register_step("Locales", order=10)
def locales(ctx):
    locale_ensure_all()
    return ", ".join(Locale.objects.values_list("language_code", flat=True))


@register_step("Images and documents", order=20)
def images(ctx):
    statuses = []
    for key in IMAGES:
        ctx.images[key], created = image_ensure(key)
        statuses.append(CREATED if created else UNCHANGED)
    ctx.documents["statute"], created = statute_ensure()
    statuses.append(CREATED if created else UNCHANGED)
    return counted(statuses)


def _site_ensure(home):
    """The default Site, on BASE_URL's host name and port."""
    hostname, port = site_address_from_base_url()
    site = (
        Site.objects.filter(is_default_site=True).first()
        or Site.objects.filter(hostname=hostname, port=port).first()
        or Site(hostname=hostname, port=port)
    )
    wanted = {
        "hostname": hostname,
        "port": port,
        "site_name": SITE_NAME,
        "root_page_id": home.pk,
        "is_default_site": True,
    }
    if site.pk is None or any(getattr(site, k) != v for k, v in wanted.items()):
        for key, value in wanted.items():
            setattr(site, key, value)
        site.save()
    return site


@register_step("Home page and site", order=30)
def home_and_site(ctx):
    """Replace Wagtail's welcome page (and the aliases wagtail-localize made
    of it) with the home page. The home page is made and the site pointed at
    it first: deleting the welcome page would delete a site still on it."""
    root = Page.get_first_root_node()
    welcome = Page.objects.child_of(root).filter(
        content_type=ContentType.objects.get_for_model(Page), title=WELCOME_TITLE
    )
    home = HomePage.objects.child_of(root).filter(locale=source_locale()).first()
    created = home is None
    if created:
        # Free the slug "home" that the welcome page holds.
        for page in welcome.filter(slug="home"):
            Page.objects.filter(pk=page.pk).update(slug=f"welcome-{page.pk}")
        home, _status = page_ensure(
            ctx,
            "home",
            HomePage,
            root,
            "home",
            {
                "title": DATA["pages"]["home"]["title"],
                "hero_title": DATA["pages"]["home"]["hero_title"],
            },
        )
    ctx.pages["home"] = home
    ctx.site = _site_ensure(home)
    Site.objects.filter(root_page__in=welcome).update(root_page=home)
    # Aliases first, then the page they mirror.
    doomed = [
        *welcome.filter(alias_of__isnull=False),
        *welcome.filter(alias_of__isnull=True),
    ]
    for page in doomed:
        page.delete()
    removed = len(doomed)
    return (
        f"home {'created' if created else 'unchanged'}, {removed} welcome pages removed"
    )


@register_step("Pages in English", order=40)
def pages(ctx):
    home = ctx.pages["home"]
    language = source_locale().language_code
    # Pages link to each other, so each first exists (a draft with its title
    # only, if new) before any is filled in; they keep their menu order.
    new = set()
    for key, model in PAGE_MODELS.items():
        page = model.objects.child_of(home).filter(slug=key).first()
        if page is None:
            title = DATA["pages"][key]["title"].get(language)
            page = model(title=title, slug=key, live=False)
            home.add_child(instance=page)
            new.add(key)
        ctx.pages[key] = page
    statuses = []
    for key, model in PAGE_MODELS.items():
        content = DATA["pages"][key]
        _page, status = page_ensure(ctx, key, model, home, key, content)
        statuses.append(CREATED if key in new else status)
    # The home page last: it links to the pages above.
    root = home.get_parent()
    home_content = DATA["pages"]["home"]
    statuses.append(
        page_ensure(ctx, "home", HomePage, root, home.slug, home_content)[1]
    )
    return counted(statuses)


# The home page last, so that its links can point at the translated pages
# (translating a child first makes the home page an alias, which
# translating it then converts).
register_translation_steps("Pages", 50, DATA, [*PAGE_MODELS, "home"])


@register_step("Site settings", order=70)
def site_settings(ctx):
    site_settings = SiteSettings.for_site(ctx.site)
    wanted = {**DATA["site_settings"], "logo_id": ctx.images["logo"].pk}
    if all(getattr(site_settings, k) == v for k, v in wanted.items()):
        return UNCHANGED
    for key, value in wanted.items():
        setattr(site_settings, key, value)
    site_settings.save()
    return UPDATED


def _menu_ensure(ctx, place, entries):
    """The source-language menu for `place`, from every app's entries (see
    builder.menu_entries_add); entries whose page was not made are skipped."""
    locale = source_locale()
    language = locale.language_code
    wanted = [
        (ctx.pages[key].pk, label.get(language))
        for key, label in entries
        if key in ctx.pages
    ]
    menu = Menu.objects.filter(place=place, locale=locale).first()
    items = list(menu.items.all()) if menu else []
    if menu and [(i.link_page_id, i.label) for i in items] == wanted:
        return menu, UNCHANGED
    status = UPDATED if menu else CREATED
    menu = menu or Menu(place=place, locale=locale)
    items += [menu.items.model() for _ in range(len(wanted) - len(items))]
    for index, (item, (page_pk, label)) in enumerate(zip(items, wanted, strict=False)):
        item.link_page_id, item.label, item.link_url = page_pk, label, ""
        item.sort_order = index
    menu.items = items[: len(wanted)]
    menu.save()
    return menu, status


@register_step("Menus", order=900)
def menus(ctx):
    statuses = []
    entries = menu_entries()
    labels = TranslationMap(
        [label for place in entries.values() for _k, label in place]
    )
    for place, place_entries in entries.items():
        menu, status = _menu_ensure(ctx, place, place_entries)
        statuses.append(status)
        for locale in DATA.target_locales():
            statuses.append(translate(ctx, menu, locale, labels))
    return counted(statuses)


USERS = [
    {
        "username": "admin",
        "password": "admin",
        "first_name": "Site",
        "last_name": "Administrator",
        "is_superuser": True,
        "is_staff": True,
        "groups": [],
        "language": "en",
        "role": "superuser",
    },
    {
        "username": "editor",
        "password": "editor",
        "first_name": "Ioana",
        "last_name": "Pop",
        "is_superuser": False,
        "is_staff": False,
        "groups": ["Editors", "Moderators"],
        "language": "en",
        "role": "communications staff (Editors, Moderators)",
    },
    {
        "username": "member",
        "password": "member",
        "first_name": "Marco",
        "last_name": "Bianchi",
        "is_superuser": False,
        "is_staff": False,
        "groups": [],
        "language": "it",
        "role": "a member organisation's account: edits its profile, "
        "submits for review",
    },
]


@register_step("Users", order=950)
def users(ctx):
    User = get_user_model()
    lines = ["", "Demo accounts, for local use only (user / password):"]
    statuses = []
    for spec in USERS:
        user, created = User.objects.get_or_create(
            username=spec["username"],
            defaults={
                "email": f"{spec['username']}@imagomol.example",
                "first_name": spec["first_name"],
                "last_name": spec["last_name"],
                "is_active": True,
                "is_superuser": spec["is_superuser"],
                "is_staff": spec["is_staff"],
            },
        )
        if created:
            user.set_password(spec["password"])
            user.save(update_fields=["password"])
        elif spec["is_superuser"] and not (user.is_superuser and user.is_active):
            user.is_superuser = user.is_staff = user.is_active = True
            user.save(update_fields=["is_superuser", "is_staff", "is_active"])
        groups = Group.objects.filter(name__in=spec["groups"])
        missing = set(spec["groups"]) - {group.name for group in groups}
        if missing:
            ctx.warn(f"user {user.username}: no group named {', '.join(missing)}")
        user.groups.add(*groups)
        profile = UserProfile.get_for_user(user)
        if not profile.preferred_language:
            profile.preferred_language = spec["language"]
            profile.save(update_fields=["preferred_language"])
        statuses.append(CREATED if created else UNCHANGED)
        login = f"{spec['username']} / {spec['password']}"
        if not created:
            login = f"{spec['username']} (already existed, password not reset)"
        lines.append(f"  {login:<48} {spec['role']}")
    ctx.summary.extend(lines)
    return counted(statuses)
