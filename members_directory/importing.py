"""Reading member organisations from a CSV or XLSX file (`import_members`).

Every row is validated on its own with a form; a rejected row writes nothing
and is reported with its line number and reasons. A row is matched to an
existing member by its `slug` (made from the name when the column is empty),
so importing the same file twice updates the members rather than adding
them again. Members are created or updated in the source language under the
source-language directory; translators take them from there.
"""

import csv
from dataclasses import dataclass, field
from pathlib import Path

from django import forms
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify

from .countries import COUNTRIES
from .models import Expertise, MemberPage, MemberPageExpertise, OrganisationType

COLUMNS = [
    "name",
    "slug",
    "type",
    "country",
    "city",
    "expertise",
    "description",
    "offers",
    "looks_for",
    "website",
    "contact_name",
    "contact_email",
    "contact_phone",
    "member_since",
    "last_verified",
]
REQUIRED_COLUMNS = {"name", "type", "country"}
PAGE_FIELDS = [
    "organisation_type",
    "country",
    "city",
    "description",
    "offers",
    "looks_for",
    "website",
    "contact_name",
    "contact_email",
    "contact_phone",
    "member_since",
    "last_verified",
]


class ImportFileError(Exception):
    """The file cannot be read at all (format, encoding, header)."""


def _type_lookup():
    lookup = {}
    for value, label in OrganisationType.choices:
        lookup[value] = value
        lookup[str(label).casefold()] = value
    return lookup


class MemberRowForm(forms.Form):
    name = forms.CharField(max_length=255)
    slug = forms.SlugField(max_length=255, required=False)
    type = forms.CharField()
    country = forms.CharField(max_length=2)
    city = forms.CharField(max_length=100, required=False)
    expertise = forms.CharField(required=False)
    description = forms.CharField(required=False)
    offers = forms.CharField(max_length=500, required=False)
    looks_for = forms.CharField(max_length=500, required=False)
    website = forms.URLField(required=False, assume_scheme="https")
    contact_name = forms.CharField(max_length=120, required=False)
    contact_email = forms.EmailField(required=False)
    contact_phone = forms.CharField(max_length=40, required=False)
    member_since = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    last_verified = forms.DateField(required=False, input_formats=["%Y-%m-%d"])

    def __init__(self, *args, expertise, **kwargs):
        super().__init__(*args, **kwargs)
        self.known_expertise = expertise

    def clean_type(self):
        value = self.cleaned_data["type"].strip()
        found = _type_lookup().get(value.casefold())
        if found is None:
            raise forms.ValidationError(
                f"unknown organisation type {value!r}; use one of "
                + ", ".join(OrganisationType.values)
            )
        return found

    def clean_country(self):
        value = self.cleaned_data["country"].strip().upper()
        if value not in COUNTRIES:
            raise forms.ValidationError(
                f"unknown country code {value!r} (ISO 3166 alpha-2, e.g. RO, IT)"
            )
        return value

    def clean_expertise(self):
        raw = self.cleaned_data["expertise"].replace(";", ",")
        slugs = [slugify(part) for part in raw.split(",") if part.strip()]
        unknown = [slug for slug in slugs if slug not in self.known_expertise]
        if unknown:
            raise forms.ValidationError(
                "unknown area(s) of expertise: " + ", ".join(unknown)
            )
        return list(dict.fromkeys(slugs))

    def clean(self):
        data = super().clean()
        if "name" in data and not data.get("slug"):
            data["slug"] = slugify(data["name"])[:255]
            if not data["slug"]:
                self.add_error("name", "the name gives no usable slug; add one")
        return data


def _cell(value):
    if value is None:
        return ""
    if hasattr(value, "date") and callable(value.date):
        return value.date().isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value).strip()


def _header(cells):
    header = [str(cell or "").strip().lower().replace(" ", "_") for cell in cells]
    missing = REQUIRED_COLUMNS - set(header)
    if missing:
        raise ImportFileError(
            "missing column(s): "
            + ", ".join(sorted(missing))
            + "; expected "
            + ", ".join(COLUMNS)
        )
    return header


def read_rows(path):
    """[(line number, {column: text})] from a .csv or .xlsx file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        try:
            with path.open(newline="", encoding="utf-8-sig") as handle:
                lines = list(csv.reader(handle))
        except UnicodeDecodeError as error:
            raise ImportFileError("the CSV file is not UTF-8 text") from error
    elif suffix == ".xlsx":
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds
            raise ImportFileError(f"not a readable XLSX file: {error}") from error
        lines = [
            [_cell(value) for value in row]
            for row in workbook.worksheets[0].iter_rows(values_only=True)
        ]
        workbook.close()
    else:
        raise ImportFileError("the file must end in .csv or .xlsx")
    if not lines:
        raise ImportFileError("the file is empty")
    header = _header(lines[0])
    rows = []
    for number, cells in enumerate(lines[1:], start=2):
        if not any(_cell(cell) for cell in cells):
            continue
        row = {
            name: _cell(cells[index]) if index < len(cells) else ""
            for index, name in enumerate(header)
            if name
        }
        rows.append((number, row))
    return rows


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list = field(default_factory=list)  # [(line, [reasons])]


def _reasons(form):
    return [
        f"{name}: {' '.join(str(e) for e in errors)}"
        if name != "__all__"
        else " ".join(str(e) for e in errors)
        for name, errors in form.errors.items()
    ]


def _values(data, columns):
    """The page field values of a valid row, for the columns the file has
    (a column left out of the file leaves that field as it is)."""
    values = {name: data[name] for name in PAGE_FIELDS if name in columns}
    values["organisation_type"] = data["type"]
    description = values.get("description", "")
    if description and not description.lstrip().startswith("<"):
        values["description"] = "".join(
            f"<p>{escape(part.strip())}</p>"
            for part in description.split("\n\n")
            if part.strip()
        )
    return values


def member_row_save(directory, data, columns, expertise):
    """Create or update the member of one valid row; (page, status)."""
    page = MemberPage.objects.child_of(directory).filter(slug=data["slug"]).first()
    values = _values(data, columns)
    wanted_slugs = data["expertise"]
    if page is None:
        page = MemberPage(
            title=data["name"], slug=data["slug"], locale_id=directory.locale_id
        )
        for name, value in values.items():
            setattr(page, name, value)
        page.expertise_links = [
            MemberPageExpertise(expertise=expertise[slug], locale_id=page.locale_id)
            for slug in wanted_slugs
        ]
        directory.add_child(instance=page)
        status = "created"
    else:
        page = page.get_latest_revision_as_object()
        current = {name: getattr(page, name) for name in values}
        current_slugs = [link.expertise.slug for link in page.expertise_links.all()]
        if "expertise" not in columns:
            wanted_slugs = current_slugs
        if (
            page.title == data["name"]
            and current == values
            and current_slugs == wanted_slugs
            and page.live
            and not page.has_unpublished_changes
        ):
            return page, "unchanged"
        page.title = data["name"]
        for name, value in values.items():
            setattr(page, name, value)
        kept = {link.expertise.slug: link for link in page.expertise_links.all()}
        page.expertise_links = [
            kept.get(slug)
            or MemberPageExpertise(expertise=expertise[slug], locale_id=page.locale_id)
            for slug in wanted_slugs
        ]
        status = "updated"
    page.save_revision().publish()
    return page, status


def members_import(directory, rows, progress=None, dry_run=False):
    """Validate and save `rows` ([(line, {column: text})]) under the
    directory page `directory`. Returns an ImportReport."""
    expertise = {
        term.slug: term for term in Expertise.objects.filter(locale=directory.locale)
    }
    report = ImportReport()
    seen = {}
    for index, (line, row) in enumerate(rows, start=1):
        form = MemberRowForm(row, expertise=expertise)
        if not form.is_valid():
            report.rejected.append((line, _reasons(form)))
        elif form.cleaned_data["slug"] in seen:
            report.rejected.append(
                (
                    line,
                    [
                        f"slug: {form.cleaned_data['slug']!r} is already used on "
                        f"line {seen[form.cleaned_data['slug']]}"
                    ],
                )
            )
        else:
            seen[form.cleaned_data["slug"]] = line
            if not dry_run:
                try:
                    with transaction.atomic():
                        _page, status = member_row_save(
                            directory, form.cleaned_data, set(row), expertise
                        )
                except Exception as error:  # noqa: BLE001 (reported per row)
                    report.rejected.append((line, [f"could not be saved: {error}"]))
                    status = None
                if status:
                    setattr(report, status, getattr(report, status) + 1)
        if progress:
            progress(index, len(rows))
    return report
