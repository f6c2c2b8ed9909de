"""Texts in every language, and references the builder resolves.

A `Text` holds one text in each language it is written in; the data loader
(loader.py) makes one for every text of a demo data file, from the source
language's file and the translations beside it. A text that starts with "<"
is rich text (HTML); anything else is plain text.
"""

from dataclasses import dataclass

from django.conf import settings
from wagtail_localize.strings import StringValue, extract_strings


@dataclass(frozen=True)
class Text:
    """One text in every language it is written in: `Text.of(en=..., it=...)`.
    Held as sorted (language, text) pairs, so that it stays hashable."""

    texts: tuple

    @classmethod
    def of(cls, **texts):
        return cls(tuple(sorted(texts.items())))

    @property
    def languages(self):
        return [language for language, _text in self.texts]

    def get(self, language):
        return dict(self.texts).get(language)

    @property
    def is_html(self):
        return self.get(settings.LANGUAGE_CODE).lstrip().startswith("<")


@dataclass(frozen=True)
class PageRef:
    """A page made by the seed, by its key in `SeedContext.pages`."""

    key: str


@dataclass(frozen=True)
class ImageRef:
    key: str


@dataclass(frozen=True)
class DocumentRef:
    key: str


def localise(value, language):
    """`value` with every Text replaced by its `language` version."""
    if isinstance(value, Text):
        return value.get(language)
    if isinstance(value, dict):
        return {key: localise(item, language) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(localise(item, language) for item in value)
    return value


def iter_texts(value):
    """Every Text inside a nested structure of dicts, lists and tuples."""
    if isinstance(value, Text):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from iter_texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from iter_texts(item)


def _segments(text, language):
    """The strings wagtail-localize extracts from this text, in order, in the
    form it stores them (inline tags reduced to `<a id="a1">`)."""
    value = text.get(language)
    if text.is_html:
        _template, strings = extract_strings(value)
        return [string.data for string, _attrs in strings]
    return [StringValue.from_plaintext(value).data]


class TranslationMap:
    """{language: {source string: translated string}} built from Texts.

    Rich text is paired segment by segment (one per paragraph, heading or list
    item), so a translation must keep the structure of the English text."""

    def __init__(self, *contents):
        self.source_language = settings.LANGUAGE_CODE
        self.strings = {}
        for content in contents:
            for text in iter_texts(content):
                self.add(text)

    def add(self, text):
        source = _segments(text, self.source_language)
        for language in text.languages:
            if language == self.source_language:
                continue
            translated = _segments(text, language)
            if len(translated) != len(source):
                raise ValueError(
                    f"The {language} text has {len(translated)} segments, the "
                    f"source has {len(source)}: {text.get(self.source_language)!r}"
                )
            table = self.strings.setdefault(language, {})
            for original, translation in zip(source, translated, strict=True):
                known = table.setdefault(original, translation)
                if known != translation:
                    raise ValueError(
                        f"{original!r} has two {language} translations: "
                        f"{known!r} and {translation!r}"
                    )

    def get(self, language, source_string):
        return self.strings.get(language, {}).get(source_string)
