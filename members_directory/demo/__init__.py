"""The members directory's demo steps (see home/demo/__init__.py).

- content: the vocabulary, the directory page and the sentences member
  profiles are made of, in every language;
- organisations: the 34 member organisations;
- logos: their logos, drawn with Pillow.

Steps: 400 the vocabulary and the directory in every language, 410 the
members in English, 420 and 430 their Italian and Romanian translations, and
960 (after home's users at 950) the `member` user's organisation, group and
one pending submission. "Members" joins the main menu (built at 900).
"""

import datetime
from functools import cache

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test.utils import override_settings
from wagtail.models import Locale

from home.demo import register_step
from home.demo.builder import (
    CREATED,
    UNCHANGED,
    UPDATED,
    page_ensure,
    source_locale,
    translate,
)
from home.demo.content_forms import MENUS
from home.demo.text import TranslationMap, t
from home.models import HomePage

from ..models import Expertise, MemberPage, MembersDirectoryPage
from ..services import member_link_user, member_workflow_ensure
from .content import (
    DIRECTORY,
    EXPERTISE,
    FOCUS_SENTENCES,
    LOOKS_FOR,
    OFFERS,
    TYPE_SENTENCES,
)
from .logos import logo_ensure
from .organisations import MEMBER_USER_ORGANISATION, MEMBERS, PENDING_OFFERS

MENU_ENTRY = ("members", t("Members", "Membri", "Membri"))
if MENU_ENTRY not in MENUS["main"]:
    keys = [key for key, _label in MENUS["main"]]
    position = keys.index("services") + 1 if "services" in keys else len(keys)
    MENUS["main"].insert(position, MENU_ENTRY)

CONTACT_NAMES = [
    "Ana Popescu",
    "Marco Rossi",
    "Julia Becker",
    "Claire Martin",
    "Lucía García",
    "Pieter de Vries",
    "Mihai Ionescu",
    "Giulia Ferri",
    "Lukas Wagner",
    "Élodie Bernard",
    "Javier López",
    "Sanne Jansen",
]
LANGUAGES = ("it", "ro")
DIALLING_CODES = {
    "AT": "+43",
    "BE": "+32",
    "DE": "+49",
    "ES": "+34",
    "FR": "+33",
    "IT": "+39",
    "NL": "+31",
    "PL": "+48",
    "RO": "+40",
}


def _description(spec):
    kind, focus = spec[2], FOCUS_SENTENCES[spec[6]]
    sentence = TYPE_SENTENCES[kind]
    return t(
        f"<p>{sentence.en} {focus.en}</p>",
        f"<p>{sentence.it} {focus.it}</p>",
        f"<p>{sentence.ro} {focus.ro}</p>",
    )


@cache
def translation_map():
    return TranslationMap(
        DIRECTORY,
        EXPERTISE,
        OFFERS,
        LOOKS_FOR,
        [_description(spec) for spec in MEMBERS],
    )


def _counted(statuses):
    parts = [
        f"{statuses.count(s)} {s}"
        for s in (CREATED, UPDATED, UNCHANGED)
        if statuses.count(s)
    ]
    return ", ".join(parts)


def _languages():
    return [code for code in LANGUAGES if code in settings.SITE_LANGUAGES]


def _expertise_ensure(ctx):
    locale = source_locale()
    statuses, terms = [], {}
    for slug, name in EXPERTISE.items():
        term = Expertise.objects.filter(slug=slug, locale=locale).first()
        status = UNCHANGED
        if term is None:
            term, status = Expertise(slug=slug, locale=locale), CREATED
        if term.name != name.en:
            term.name = name.en
            term.save()
            status = status if status == CREATED else UPDATED
        terms[slug] = term
        statuses.append(status)
        for language in _languages():
            target = Locale.objects.get(language_code=language)
            statuses.append(translate(ctx, term, target, translation_map()))
    return terms, statuses


@register_step("Members directory and expertise", order=400)
def directory(ctx):
    _terms, statuses = _expertise_ensure(ctx)
    home = ctx.pages.get("home") or HomePage.objects.get(locale=source_locale())
    page, status = page_ensure(
        ctx, "members", MembersDirectoryPage, home, "members", DIRECTORY
    )
    statuses.append(status)
    for language in _languages():
        target = Locale.objects.get(language_code=language)
        statuses.append(translate(ctx, page, target, translation_map()))
    return _counted(statuses)


def _member_content(index, spec, terms):
    slug, name, kind, country, city, expertise, _focus, since = spec
    locale = source_locale()
    return {
        "title": name,
        "organisation_type": kind,
        "country": country,
        "city": city,
        "description": _description(spec),
        "offers": OFFERS[kind],
        "looks_for": LOOKS_FOR[kind],
        "website": f"https://www.{slug}.example.org/",
        "contact_name": CONTACT_NAMES[index % len(CONTACT_NAMES)],
        "contact_email": f"partners@{slug}.example.org",
        "contact_phone": f"{DIALLING_CODES[country]} {20 + index} {100 + index:03d} "
        f"{200 + index * 7:03d}",
        "member_since": datetime.date(since, 1 + index % 12, 1),
        "last_verified": datetime.date(2026, 1 + index % 10, 15),
        "expertise_links": [
            {"expertise": terms[key], "locale": locale} for key in expertise
        ],
    }


@register_step("Members in English", order=410)
def members(ctx):
    locale = source_locale()
    terms = {term.slug: term for term in Expertise.objects.filter(locale=locale)}
    directory = ctx.pages["members"]
    statuses = []
    for index, spec in enumerate(MEMBERS):
        logo, _created = logo_ensure(index, spec[1], spec[0])
        content = {**_member_content(index, spec, terms), "logo": logo}
        page = MemberPage.objects.child_of(directory).filter(slug=spec[0]).first()
        if page is not None and page.current_workflow_state is not None:
            # A member's submission is waiting for review: leave it alone.
            ctx.pages[f"member-{spec[0]}"] = page
            statuses.append(UNCHANGED)
            continue
        _page, status = page_ensure(
            ctx, f"member-{spec[0]}", MemberPage, directory, spec[0], content
        )
        statuses.append(status)
    return _counted(statuses)


def _members_translate(ctx, language):
    if language not in settings.SITE_LANGUAGES:
        return f"skipped: {language} is not in SITE_LANGUAGES"
    target = Locale.objects.get(language_code=language)
    statuses = []
    for spec in MEMBERS:
        page = ctx.pages[f"member-{spec[0]}"]
        # Names stay as they are in every language.
        strings = {"title": page.title}
        statuses.append(translate(ctx, page, target, translation_map(), strings))
    return _counted(statuses)


@register_step("Members in Italian", order=420)
def members_italian(ctx):
    return _members_translate(ctx, "it")


@register_step("Members in Romanian", order=430)
def members_romanian(ctx):
    return _members_translate(ctx, "ro")


@register_step("Member account and a pending submission", order=960)
def member_account(ctx):
    user = get_user_model().objects.filter(username="member").first()
    if user is None:
        ctx.warn("no `member` user: the member account step was skipped")
        return "skipped"
    page = MemberPage.objects.filter(
        slug=MEMBER_USER_ORGANISATION, locale=source_locale()
    ).first()
    member_link_user(page, user)
    workflow = member_workflow_ensure()
    if page.current_workflow_state is not None:
        return f"{user.username} → {page.title}, submission already pending"
    draft = page.get_latest_revision_as_object()
    draft.offers = PENDING_OFFERS
    draft.save_revision(user=user)
    # Staff are told by email; the demo keeps those emails in memory.
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"
    ):
        workflow.start(draft, user)
    ctx.summary.append(
        f"  The `member` user edits {page.title}; its change awaits review in "
        "the admin (Dashboard, 'Awaiting your review')."
    )
    return f"{user.username} → {page.title}, 1 submission pending"
