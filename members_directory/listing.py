"""The members directory as a visitor uses it: `?q=` and the repeatable
`type`, `country` and `expertise` filters, with a count for every option,
and the chart of members per country.

The query string is read, counted and paginated by `home.listing`, which
also decides what bad input answers (404 with a notice, and the directory
without the unknown values). It answers in a fixed number of queries
whatever the number of members: one count, one GROUP BY per facet, the
vocabulary, and one page of results with its logos and expertise.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from home.listing import Listing, ListingQuery, count_by, listing_url, paginate

from .countries import COUNTRIES
from .models import Expertise, MemberPage, MemberPageExpertise, OrganisationType

PAGE_SIZE = 12
MAX_QUERY_LENGTH = 100


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
class DirectoryListing(Listing):
    text: str
    facets: list
    chips: list
    countries: list = field(default_factory=list)
    chart: dict | None = None

    @property
    def total(self):
        return self.pagination.total


def _filtered(base, text, selected, skip=None):
    queryset = base
    if text:
        queryset = queryset.matching(text)
    if selected["type"] and skip != "type":
        queryset = queryset.filter(organisation_type__in=selected["type"])
    if selected["country"] and skip != "country":
        queryset = queryset.filter(country__in=selected["country"])
    if selected["expertise"] and skip != "expertise":
        queryset = queryset.with_expertise(selected["expertise"])
    return queryset


def member_directory_search(directory, request):
    """The directory page `directory` filtered by the query string of
    `request`. Each facet counts, for each option, the members the other
    filters leave (so that ticking an option adds exactly that many)."""
    query = ListingQuery(request.GET)
    names = Expertise.names_in(directory.locale_id)
    types = dict(OrganisationType.choices)
    labels = {"type": types, "country": COUNTRIES, "expertise": names}
    text = query.text("q", MAX_QUERY_LENGTH)
    selected = {
        "type": query.many("type", types, normalize=str.lower),
        "country": query.many("country", COUNTRIES, normalize=str.upper),
        "expertise": query.many("expertise", names, normalize=str.lower),
    }

    base = (
        MemberPage.objects.child_of(directory)
        .visible_in_directory()
        .for_locale(directory.locale_id)
    )
    results = _filtered(base, text, selected)
    counts = {
        "type": count_by(_filtered(base, text, selected, "type"), "organisation_type"),
        "country": count_by(_filtered(base, text, selected, "country"), "country"),
        "expertise": count_by(
            MemberPageExpertise.objects.filter(
                page__in=_filtered(base, text, selected, "expertise")
            ),
            "expertise__slug",
            distinct="page",
        ),
    }

    def options(name, keep_empty):
        items = [
            Option(
                value, str(label), counts[name].get(value, 0), value in selected[name]
            )
            for value, label in labels[name].items()
            if keep_empty or counts[name].get(value) or value in selected[name]
        ]
        if name != "type":
            items.sort(key=lambda option: option.label.casefold())
        return items

    facets = [
        Facet("type", _("Organisation type"), options("type", True)),
        Facet("country", _("Country"), options("country", False)),
        Facet("expertise", _("Area of expertise"), options("expertise", True)),
    ]

    url = directory.get_url(request)
    kept = query.kept

    def without(*pairs, name=None):
        return [p for p in kept if p not in pairs and p[0] != name]

    chips = []
    if text:
        chips.append(
            Chip(
                _("Search: %(text)s") % {"text": text},
                listing_url(url, without(("q", text))),
            )
        )
    for name in ("type", "country", "expertise"):
        for value in selected[name]:
            chips.append(
                Chip(str(labels[name][value]), listing_url(url, without((name, value))))
            )

    pagination = paginate(
        results.order_by("title", "pk").for_cards(), query, PAGE_SIZE, url
    )
    for member in pagination.page:
        member.expertise_labels = [
            names.get(link.expertise.slug, link.expertise.name)
            for link in member.expertise_links.all()
        ]

    countries = [
        {
            "code": code,
            "name": name,
            "count": count,
            "url": listing_url(url, [*without(name="country"), ("country", code)]),
            "selected": code in selected["country"],
        }
        for code, name, count in sorted(
            (
                (code, str(COUNTRIES[code]), count)
                for code, count in counts["country"].items()
                if code in COUNTRIES and count
            ),
            key=lambda item: (-item[2], item[1].casefold()),
        )
    ]
    return DirectoryListing(
        query=query,
        pagination=pagination,
        text=text,
        facets=facets,
        chips=chips,
        countries=countries,
        chart=country_chart(countries),
    )


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
