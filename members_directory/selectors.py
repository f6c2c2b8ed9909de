"""Reads that span member pages: the directory search with its facet counts,
the vocabulary's names per language and the members per country.

The directory answers in a fixed number of queries whatever the number of
members: one count, one GROUP BY per facet, the vocabulary, and one page of
results with its logos and expertise prefetched.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models.pages import PageQuerySet

from home.locale import LocaleQuerySetMixin

from .countries import COUNTRIES

PAGE_SIZE = 12
MAX_QUERY_LENGTH = 100
MAX_VALUES = 30
PARAMETERS = ("type", "country", "expertise")


class MemberPageQuerySet(LocaleQuerySetMixin, PageQuerySet):
    """`for_locale` (home/locale.py): the profiles that count as
    translations in that language."""

    def visible_in_directory(self):
        return self.live().public()

    def matching(self, text):
        """Members whose name, city, texts, country or expertise contain
        every word of `text` (in the page's language)."""
        from .models import MemberPageExpertise

        queryset = self
        for word in text.split():
            codes = [
                code
                for code, name in COUNTRIES.items()
                if word.casefold() in str(name).casefold()
            ]
            expertise = MemberPageExpertise.objects.filter(
                expertise__name__icontains=word
            ).values("page_id")
            queryset = queryset.filter(
                Q(title__icontains=word)
                | Q(city__icontains=word)
                | Q(description__icontains=word)
                | Q(offers__icontains=word)
                | Q(looks_for__icontains=word)
                | Q(country__in=codes)
                | Q(pk__in=expertise)
            )
        return queryset

    def with_expertise(self, slugs):
        """Members with any of the areas of expertise `slugs` (the slug is the
        same in every language, whichever translation a link points at)."""
        from .models import MemberPageExpertise

        return self.filter(
            pk__in=MemberPageExpertise.objects.filter(expertise__slug__in=slugs).values(
                "page_id"
            )
        )

    def for_cards(self):
        """What a directory card shows, prefetched: the logo with its
        rendition and the areas of expertise."""
        from .models.pages import LOGO_SPEC

        images = get_image_model().objects.prefetch_renditions(LOGO_SPEC)
        return self.prefetch_related(
            Prefetch("logo", queryset=images), "expertise_links__expertise"
        )


def expertise_names(locale_id):
    """{slug: name} of the vocabulary in one language."""
    from .models import Expertise

    return dict(
        Expertise.objects.filter(locale_id=locale_id).values_list("slug", "name")
    )


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    legend: str
    options: list


@dataclass
class Chip:
    label: str
    remove_url: str


@dataclass
class DirectoryResult:
    query: str
    selected: dict
    notices: list
    facets: list
    chips: list
    total: int
    page: object
    countries: list = field(default_factory=list)
    pagination: dict | None = None
    chart: dict | None = None


def _query_url(query, selected, page=None, **changes):
    params = []
    if query:
        params.append(("q", query))
    for name in PARAMETERS:
        for value in changes.get(name, selected[name]):
            params.append((name, value))
    if page and page > 1:
        params.append(("page", page))
    return "?" + urlencode(params) if params else "?"


def _printable(value):
    # NUL and other control characters would make PostgreSQL refuse the query.
    return "".join(char if char.isprintable() else " " for char in value)


def _short(value):
    return Truncator(_printable(value)).chars(40)


def _parse(params, valid):
    """(query, {parameter: [valid values]}, [notices]) from a QueryDict."""
    notices = []
    query = " ".join(_printable(params.get("q", "")).split())
    if len(query) > MAX_QUERY_LENGTH:
        query = query[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0]
        notices.append(_("The search text was too long and has been shortened."))
    selected = {}
    for name in PARAMETERS:
        values = []
        for raw in params.getlist(name)[:MAX_VALUES]:
            value = raw.strip()
            value = value.upper() if name == "country" else value.lower()
            if value in valid[name]:
                if value not in values:
                    values.append(value)
            elif value:
                notices.append(
                    _("The filter %(name)s=“%(value)s” is not known and was ignored.")
                    % {"name": name, "value": _short(raw)}
                )
        selected[name] = values
    return query, selected, notices


def _filtered(base, query, selected, skip=None):
    queryset = base
    if query:
        queryset = queryset.matching(query)
    if selected["type"] and skip != "type":
        queryset = queryset.filter(organisation_type__in=selected["type"])
    if selected["country"] and skip != "country":
        queryset = queryset.filter(country__in=selected["country"])
    if selected["expertise"] and skip != "expertise":
        queryset = queryset.with_expertise(selected["expertise"])
    return queryset


def _counts(queryset, column):
    return dict(
        queryset.order_by()
        .values_list(column)
        .annotate(count=Count("pk"))
        .values_list(column, "count")
    )


def member_directory_search(directory, params):
    """The directory page `directory` filtered by the query parameters
    `params` (a QueryDict): `q`, and `type`, `country`, `expertise` each
    repeatable. Unknown values are dropped with a notice. Each facet counts,
    for each option, the members the other filters leave (so that ticking
    an option adds exactly that many)."""
    from .models import MemberPage, MemberPageExpertise, OrganisationType

    names = expertise_names(directory.locale_id)
    types = dict(OrganisationType.choices)
    valid = {"type": types, "country": COUNTRIES, "expertise": names}
    query, selected, notices = _parse(params, valid)

    base = (
        MemberPage.objects.child_of(directory)
        .visible_in_directory()
        .for_locale(directory.locale_id)
    )
    results = _filtered(base, query, selected)

    type_counts = _counts(_filtered(base, query, selected, "type"), "organisation_type")
    country_counts = _counts(_filtered(base, query, selected, "country"), "country")
    expertise_counts = dict(
        MemberPageExpertise.objects.filter(
            page__in=_filtered(base, query, selected, "expertise")
        )
        .order_by()
        .values_list("expertise__slug")
        .annotate(count=Count("page", distinct=True))
        .values_list("expertise__slug", "count")
    )

    def options(name, labels, counts, keep_empty):
        items = [
            Option(value, str(label), counts.get(value, 0), value in selected[name])
            for value, label in labels.items()
            if keep_empty or counts.get(value) or value in selected[name]
        ]
        if name != "type":
            items.sort(key=lambda option: option.label.casefold())
        return items

    facets = [
        Facet(
            "type", _("Organisation type"), options("type", types, type_counts, True)
        ),
        Facet(
            "country",
            _("Country"),
            options("country", COUNTRIES, country_counts, False),
        ),
        Facet(
            "expertise",
            _("Area of expertise"),
            options("expertise", names, expertise_counts, True),
        ),
    ]
    labels = {"type": types, "country": COUNTRIES, "expertise": names}
    chips = []
    if query:
        chips.append(
            Chip(
                _("Search: %(text)s") % {"text": query},
                _query_url("", selected),
            )
        )
    for name in PARAMETERS:
        for value in selected[name]:
            remaining = [v for v in selected[name] if v != value]
            chips.append(
                Chip(
                    str(labels[name][value]),
                    _query_url(query, selected, **{name: remaining}),
                )
            )

    paginator = Paginator(results.order_by("title", "pk").for_cards(), PAGE_SIZE)
    number = params.get("page", "1")
    if not number.isdigit():
        notices.append(_("The page number was not valid; showing the first page."))
        number = 1
    page = paginator.get_page(number)
    for member in page:
        member.expertise_labels = [
            names.get(link.expertise.slug, link.expertise.name)
            for link in member.expertise_links.all()
        ]

    countries = sorted(
        (
            (code, str(COUNTRIES[code]), count)
            for code, count in country_counts.items()
            if code in COUNTRIES and count
        ),
        key=lambda item: (-item[2], item[1].casefold()),
    )
    result = DirectoryResult(
        query=query,
        selected=selected,
        notices=notices,
        facets=facets,
        chips=chips,
        total=paginator.count,
        page=page,
    )
    result.countries = [
        {
            "code": code,
            "name": name,
            "count": count,
            "url": _query_url(query, selected, country=[code]),
            "selected": code in selected["country"],
        }
        for code, name, count in countries
    ]
    result.pagination = _pagination(paginator, page, query, selected)
    result.chart = country_chart(result.countries)
    return result


def _pagination(paginator, page, query, selected):
    """Links for the pagination component, gaps included."""
    if paginator.num_pages < 2:
        return None
    items = [
        {"gap": True}
        if number == paginator.ELLIPSIS
        else {
            "number": number,
            "url": _query_url(query, selected, page=number)
            if number > 1
            else _query_url(query, selected),
            "current": number == page.number,
        }
        for number in paginator.get_elided_page_range(page.number, on_ends=1)
    ]
    return {
        "items": items,
        "previous": _query_url(query, selected, page=page.number - 1)
        if page.has_previous()
        else None,
        "next": _query_url(query, selected, page=page.number + 1)
        if page.has_next()
        else None,
    }


# Geometry of the members-per-country chart (SVG user units).
CHART_ROW = 32
CHART_LABEL = 150
CHART_BAR = 280


def country_chart(countries):
    """Rows of the horizontal bar chart of members per country: one bar per
    country, longest first, its width proportional to the count."""
    if not countries:
        return None
    largest = max(country["count"] for country in countries)
    rows = []
    for index, country in enumerate(countries):
        width = max(4, round(CHART_BAR * country["count"] / largest))
        rows.append(
            {
                **country,
                "y": index * CHART_ROW,
                "text_y": index * CHART_ROW + 21,
                "bar_x": CHART_LABEL,
                "width": width,
                "count_x": CHART_LABEL + width + 8,
            }
        )
    return {
        "rows": rows,
        "width": CHART_LABEL + CHART_BAR + 50,
        "height": len(rows) * CHART_ROW,
        "label_x": CHART_LABEL - 10,
    }
