"""The members directory's demo steps (see home/demo/builder.py).

- data/: the vocabulary, the directory page, the sentences member profiles
  are made of, in every language, and the 34 member organisations;
- logos: their logos, drawn with Pillow.

Steps: 400 the vocabulary in every language and the directory, 410 the
members in English, 420 and on the directory's and members' translations,
and 960 (after home's users at 950) the `member` user's organisation, group
and one pending submission. "Members" joins the main menu (built at 900).
"""

import datetime
from functools import cache

from django.contrib.auth import get_user_model
from django.test.utils import override_settings

from home.demo import register_step
from home.demo.builder import (
    UNCHANGED,
    DemoData,
    counted,
    menu_entries_add,
    page_ensure,
    register_translation_steps,
    source_locale,
    vocabulary_ensure,
)
from home.demo.text import Text, TranslationMap
from home.models import HomePage

from ..models import Expertise, MemberPage, MembersDirectoryPage
from ..services import member_link_user, member_workflow_ensure
from .logos import logo_ensure

# Organisations' names stay as they are in every language.
DATA = DemoData(__file__, untranslated={"name"})
menu_entries_add(DATA)


def _description(spec):
    """The sentence of the member's type, then the one of its focus."""
    sentence = DATA["type_sentences"][spec["type"]]
    focus = DATA["focus_sentences"][spec["focus"]]
    return Text.of(
        **{
            language: f"<p>{sentence.get(language)} {focus.get(language)}</p>"
            for language in DATA.languages
        }
    )


def _organisations():
    return list(DATA["organisations"].items())


@cache
def translations():
    """The data's texts and the descriptions composed of them."""
    descriptions = [_description(spec) for _slug, spec in _organisations()]
    return TranslationMap(DATA.content, descriptions)


@register_step("Members directory and expertise", order=400)
def directory(ctx):
    statuses = vocabulary_ensure(ctx, Expertise, DATA["expertise"], DATA)
    home = ctx.pages.get("home") or HomePage.objects.get(locale=source_locale())
    _page, status = page_ensure(
        ctx, "members", MembersDirectoryPage, home, "members", DATA["directory"]
    )
    statuses.append(status)
    return counted(statuses)


def _member_content(index, slug, spec, terms):
    contacts = DATA["contacts"]
    names, codes = contacts["names"], contacts["dialling_codes"]
    kind, country = spec["type"], spec["country"]
    return {
        "title": spec["name"],
        "organisation_type": kind,
        "country": country,
        "city": spec["city"],
        "description": _description(spec),
        "offers": DATA["offers"][kind],
        "looks_for": DATA["looks_for"][kind],
        "website": f"https://www.{slug}.example.org/",
        "contact_name": names[index % len(names)],
        "contact_email": f"partners@{slug}.example.org",
        "contact_phone": f"{codes[country]} {20 + index} {100 + index:03d} "
        f"{200 + index * 7:03d}",
        "member_since": datetime.date(spec["member_since"], 1 + index % 12, 1),
        "last_verified": datetime.date(2026, 1 + index % 10, 15),
        "expertise_links": [
            {"expertise": terms[key], "locale": source_locale()}
            for key in spec["expertise"]
        ],
    }


@register_step("Members in English", order=410)
def members(ctx):
    locale = source_locale()
    terms = {term.slug: term for term in Expertise.objects.filter(locale=locale)}
    directory = ctx.pages["members"]
    statuses = []
    for index, (slug, spec) in enumerate(_organisations()):
        name = spec["name"].get(locale.language_code)
        logo, _created = logo_ensure(index, name, slug)
        content = {**_member_content(index, slug, spec, terms), "logo": logo}
        page = MemberPage.objects.child_of(directory).filter(slug=slug).first()
        if page is not None and page.current_workflow_state is not None:
            # A member's submission is waiting for review: leave it alone.
            ctx.pages[f"member-{slug}"] = page
            statuses.append(UNCHANGED)
            continue
        _page, status = page_ensure(
            ctx, f"member-{slug}", MemberPage, directory, slug, content
        )
        statuses.append(status)
    return counted(statuses)


# The directory first, then the members.
register_translation_steps(
    "Members",
    420,
    DATA,
    lambda ctx: ["members", *(f"member-{slug}" for slug, _spec in _organisations())],
    translations=translations,
)


@register_step("Member account and a pending submission", order=960)
def member_account(ctx):
    user = get_user_model().objects.filter(username="member").first()
    if user is None:
        ctx.warn("no `member` user: the member account step was skipped")
        return "skipped"
    page = MemberPage.objects.filter(
        slug=DATA["member_user"]["organisation"], locale=source_locale()
    ).first()
    member_link_user(page, user)
    workflow = member_workflow_ensure()
    if page.current_workflow_state is not None:
        return f"{user.username} → {page.title}, submission already pending"
    draft = page.get_latest_revision_as_object()
    draft.offers = DATA["member_user"]["pending_offers"]
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
