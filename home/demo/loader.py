"""Read an app's demo data files (`<app>/demo/data/<language>.toml`).

The source language's file (en.toml) holds everything: the texts and the
facts that are the same in every language (dates, slugs, kinds, countries,
references to pictures and pages). Each other language's file repeats the
structure of the texts only: the same tables and keys, and the same number
of entries in every list (blocks of a body, fields of a form), each with
its `type` when the source has one. `load()` pairs them into one structure
in which every text is a `Text` in every language, references are `PageRef`,
`ImageRef` and `DocumentRef` (written "@page/key", "@image/key" and
"@document/key"), and everything else stays as TOML gives it.

A mistake in a translation file (a key the source does not have, a list of
another length, a block of another type, a text missing in one language)
stops the seed with the file and the path of the mistake.
"""

import re
import tomllib
from pathlib import Path

from .text import DocumentRef, ImageRef, PageRef, Text

# The file that holds the facts as well as the texts. The site's source
# language may be another one: its pages then take that language's texts.
SOURCE = "en"
REFERENCE = re.compile(r"^@(page|image|document)/([\w:.-]+)$")
REFERENCES = {"page": PageRef, "image": ImageRef, "document": DocumentRef}
# Keys that name the shape of an entry (a block's type), not a text: a
# translation repeats them for orientation and they must match the source.
SHAPE_KEYS = {"type"}
_MISSING = object()


class DataError(ValueError):
    pass


def data_directory(module_file):
    """The data directory beside a demo module: `load(data_directory(__file__))`."""
    return Path(module_file).resolve().parent / "data"


def languages(directory):
    """The languages a data directory has a file for, en.toml's first."""
    found = sorted(path.stem for path in Path(directory).glob("*.toml"))
    return [SOURCE, *(code for code in found if code != SOURCE)]


def load(directory, untranslated=frozenset()):
    """The paired content of a data directory. Texts under the keys in
    `untranslated` (a speaker's name) are the same in every language, and
    appear in the source file only."""
    directory = Path(directory)
    source_language, *others = languages(directory)
    source = _read(directory / f"{source_language}.toml")
    translations = {code: _read(directory / f"{code}.toml") for code in others}
    content = _pair(source, translations, source_language, directory, "")
    return _same_everywhere(content, untranslated, [source_language, *others])


def _same_everywhere(value, keys, codes):
    if isinstance(value, dict):
        return {
            key: Text.of(**dict.fromkeys(codes, item))
            if key in keys and isinstance(item, str)
            else _same_everywhere(item, keys, codes)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_same_everywhere(item, keys, codes) for item in value]
    return value


def _read(path):
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise DataError(f"{path}: {error}") from error


def _fail(directory, language, path, message):
    raise DataError(f"{directory / f'{language}.toml'}: {path or 'top'}: {message}")


def _pair(value, translations, source_language, directory, path):
    """`value` from the source file, with `translations` ({language: value at
    the same path, or _MISSING}) folded in."""
    present = {k: v for k, v in translations.items() if v is not _MISSING}
    if isinstance(value, str):
        reference = REFERENCE.match(value)
        if reference:
            return REFERENCES[reference.group(1)](reference.group(2))
        if not present:
            return value
        for language, text in translations.items():
            if not isinstance(text, str):
                _fail(directory, language, path, "a text is missing here")
        return Text.of(**{source_language: value}, **present)
    if isinstance(value, dict):
        for language, table in present.items():
            if not isinstance(table, dict):
                _fail(directory, language, path, "expected a table")
            for key in table.keys() - value.keys():
                _fail(directory, language, f"{path}.{key}", "not in the source file")
            for key in SHAPE_KEYS & table.keys():
                if table[key] != value[key]:
                    _fail(directory, language, f"{path}.{key}", f"not {value[key]!r}")
        return {
            key: item
            if key in SHAPE_KEYS
            else _pair(
                item,
                {
                    language: table.get(key, _MISSING)
                    if table is not _MISSING
                    else _MISSING
                    for language, table in translations.items()
                },
                source_language,
                directory,
                f"{path}.{key}" if path else key,
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        for language, items in present.items():
            if not isinstance(items, list) or len(items) != len(value):
                _fail(directory, language, path, f"expected {len(value)} entries")
        return [
            _pair(
                item,
                {
                    language: items[index] if items is not _MISSING else _MISSING
                    for language, items in translations.items()
                },
                source_language,
                directory,
                f"{path}[{index}]",
            )
            for index, item in enumerate(value)
        ]
    for language in present:
        _fail(directory, language, path, "only the source file gives this value")
    return value


def blocks(items):
    """StreamField content from a list of `type = ...` tables: a table with
    a `value` holds a simple block's value, any other keys are the fields of
    a structured block."""
    result = []
    for item in items:
        fields = {key: value for key, value in item.items() if key != "type"}
        value = fields["value"] if set(fields) == {"value"} else fields
        result.append((item["type"], value))
    return result
