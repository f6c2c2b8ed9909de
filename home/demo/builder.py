"""The demo builder: each app's demo data files turned into pages, snippets,
menu entries and their translations, through wagtail-localize.

Where the words are
-------------------
Each app keeps its demo in `<app>/demo/data/`, one TOML file per language:
`en.toml`, the source language, holds the texts and the facts that are the
same in every language (dates, slugs, kinds, countries, which picture); each
other language's file (`it.toml`, `ro.toml`) repeats only the texts, in the
same tables and keys and with the same blocks in the same order. One file per
language, rather than the languages side by side, because that is how a
translator works: they read en.toml, write their own file from top to
bottom without scrolling past languages they do not know, and a new language
is a new file (copy en.toml, keep the texts, translate them) that touches no
one else's. The facts live in en.toml only, so a translation can never give
an event another date. loader.py reads the files (with the standard
library's `tomllib`) and reports a translation that does not match its
source (a missing text, a block too many) with the file and the path.

A field of a data table is the model field of the same name (`title`,
`summary`, `body`, `venue_city` ...): a new model field gets its demo value
by adding the key to en.toml (and to the translations if it is a text). In
values, "@page/key", "@image/key" and "@document/key" name what the seed
made; rich text is HTML and links to pages as `<a linktype="page"
id="@key">`; StreamField content is a list of `[[...body]]` tables with a
`type` (the block) and either a `value` or the block's fields.

How a demo is built
-------------------
`seed_demo` runs the registered steps in order and prints one progress line
per step (see home/demo/__init__.py). An app's steps make its objects in the
source language with `page_ensure` (pages.py) and `vocabulary_ensure`, and
one call to `register_translation_steps` adds the step that translates them
into each target language (`translate`, translation.py): "News in Italian",
"News in Romanian". Every helper creates what is missing, updates what
differs and leaves the rest alone, so a second run changes nothing.
Generated media (pictures, logos, PDFs) is code: images.py and each app's
own module.

Adding an app's demo
--------------------
1. Write `<app>/demo/data/en.toml` and one file per other language.
2. In `<app>/demo/__init__.py` (imported by seed_demo for every app):

       DATA = DemoData(__file__)
       menu_entries_add(DATA)  # a [menu.main.<page key>] table, if any

       @register_step("Opportunities in English", order=500)
       def opportunities(ctx):
           board, status = page_ensure(ctx, "board", BoardPage,
                                       ctx.pages["home"], "board", DATA["board"])
           return counted([status])

       register_translation_steps("Opportunities", 510, DATA, ["board"])
"""

from collections import Counter
from functools import cached_property

from django.conf import settings
from django.utils.translation import get_language_info
from wagtail.models import Locale

from . import register_step
from .loader import data_directory, languages, load
from .pages import CREATED, UNCHANGED, UPDATED, page_ensure, source_locale
from .text import TranslationMap
from .translation import translate

__all__ = [
    "CREATED",
    "UNCHANGED",
    "UPDATED",
    "DemoData",
    "counted",
    "menu_entries",
    "menu_entries_add",
    "page_ensure",
    "register_translation_steps",
    "source_locale",
    "translate",
    "vocabulary_ensure",
]


class DemoData:
    """One app's demo data: `DATA["news"]` is a table of en.toml with its
    texts in every language (see loader.py), read when first used. Texts
    under the keys in `untranslated` stay the same in every language."""

    def __init__(self, module_file, *, untranslated=()):
        self.directory = data_directory(module_file)
        self.untranslated = frozenset(untranslated)

    @cached_property
    def content(self):
        return load(self.directory, self.untranslated)

    def __getitem__(self, key):
        return self.content[key]

    def get(self, key, default=None):
        return self.content.get(key, default)

    @cached_property
    def languages(self):
        return languages(self.directory)

    @cached_property
    def translations(self):
        return TranslationMap(self.content)

    def target_locales(self):
        """The site's other languages that this data is written in."""
        return [
            Locale.objects.get(language_code=code)
            for code in target_languages()
            if code in self.languages
        ]


def counted(statuses):
    """ "2 created, 1 unchanged": what a step shows after "done"."""
    counts = Counter(statuses)
    parts = [f"{counts[s]} {s}" for s in (CREATED, UPDATED, UNCHANGED) if counts[s]]
    return ", ".join(parts)


def target_languages():
    source = settings.LANGUAGE_CODE
    return [code for code in settings.SITE_LANGUAGES if code != source]


def pages_translate(ctx, data, keys, language, translations=None):
    """Translate the pages `keys` (of ctx.pages) into `language`, parents
    before children: translating a page whose parent is not translated yet
    would make the parent an alias."""
    if language not in data.languages:
        return f"skipped: no {language}.toml"
    locale = Locale.objects.get(language_code=language)
    statuses = []
    for key in keys(ctx) if callable(keys) else keys:
        page = ctx.pages[key]
        strings = {}
        if page.depth == 2:
            # Language homes are siblings under the root, so their slugs differ.
            strings["slug"] = f"{page.slug}-{language}"
        texts = translations() if translations else data.translations
        statuses.append(translate(ctx, page, locale, texts, strings))
    return counted(statuses)


def register_translation_steps(label, order, data, keys, *, translations=None):
    """One step per target language, "<label> in Italian" at `order`, the
    next language at `order + 1` ...: it translates the pages `keys` (a list
    of ctx.pages keys, or a function of ctx giving one) with the texts of
    `data` (or the TranslationMap `translations()` gives, for texts the app
    composes)."""
    for index, language in enumerate(target_languages()):
        name = get_language_info(language)["name"]

        def step(ctx, language=language):
            return pages_translate(ctx, data, keys, language, translations)

        step.__qualname__ = f"translate_{label}_{language}"
        register_step(f"{label} in {name}", order=order + index)(step)


def vocabulary_ensure(ctx, model, terms, data):
    """Snippets with a slug and a name (topics, areas of expertise), from
    {slug: Text}, in every language of `data`. A term that exists already
    keeps its name and translations (an editor may have changed them, or
    another app's demo made it); one made separately in another language
    with the same slug is adopted as the translation. Returns the statuses."""
    source = source_locale()
    statuses = []
    for slug, name in terms.items():
        term = model.objects.filter(slug=slug, locale=source).first()
        if term is None:
            term = model.objects.create(
                slug=slug, locale=source, name=name.get(source.language_code)
            )
            statuses.append(CREATED)
        else:
            statuses.append(UNCHANGED)
        for locale in data.target_locales():
            translated = model.objects.filter(
                translation_key=term.translation_key, locale=locale
            )
            if translated.exists():
                statuses.append(UNCHANGED)
                continue
            clash = model.objects.filter(slug=slug, locale=locale).first()
            if clash is not None:
                clash.translation_key = term.translation_key
                clash.save(update_fields=["translation_key"])
                statuses.append(UPDATED)
                continue
            strings = {"name": name.get(locale.language_code)}
            statuses.append(translate(ctx, term, locale, data.translations, strings))
    return statuses


# {place: [(page key, label Text)]}, in menu order.
_MENU_ENTRIES = {}


def menu_entries_add(data):
    """Register the `[menu.<place>.<page key>]` tables of `data` (a `label`
    and, optionally, the page key it goes `before` or `after`); the home
    app's menus step builds the menus from them once every app's pages
    exist. Adding the same data again changes nothing."""
    for place, entries in data.get("menu", {}).items():
        registered = _MENU_ENTRIES.setdefault(place, [])
        for key, entry in entries.items():
            if any(known[0] == key for known in registered):
                continue
            position = len(registered)
            keys = [known[0] for known in registered]
            if entry.get("before") in keys:
                position = keys.index(entry["before"])
            elif entry.get("after") in keys:
                position = keys.index(entry["after"]) + 1
            registered.insert(position, (key, entry["label"]))


def menu_entries():
    """{place: [(page key, label Text)]}"""
    return {place: list(entries) for place, entries in _MENU_ENTRIES.items()}
