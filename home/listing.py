"""One way for every index page to read its query string: the filters, the
counts per option, the page, and what to tell the visitor about bad input.

The choice, made once here for every listing of the site: a page number that
is not a whole number, below 1 or past the last page, and a filter value that
names nothing, answer `BAD_INPUT_STATUS` (404) with a notice in the visitor's
language saying what was wrong, and still show the best listing (the first
page, the unknown value ignored) so that the visitor can carry on. A valid
filter without results is an ordinary, empty 200 page.

An index page builds a `ListingQuery` from `request.GET`, reads its filters
with `one()` / `many()` / `text()`, narrows its queryset, counts options with
`count_by()` and calls `paginate()`. Its context holds the result as
`listing` (anything with `status`), so `serve_listing()` can answer with
that status, and `templates/includes/pagination.html` draws the pages.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count
from django.utils.text import Truncator
from django.utils.translation import gettext as _

BAD_INPUT_STATUS = 404
# More values of one repeated parameter than anyone ticks by hand.
MAX_VALUES = 30
# A value longer than this names nothing we have (slugs, codes, numbers).
MAX_VALUE_LENGTH = 200
# Page numbers with more digits are past the last page of any list.
MAX_PAGE_DIGITS = 9


def printable(value):
    """`value` with control characters (NUL included, which PostgreSQL
    refuses in a query) turned into spaces."""
    return "".join(char if char.isprintable() else " " for char in value)


def shown(value, length=40):
    """`value` as a notice quotes it: printable and short."""
    return Truncator(printable(value)).chars(length)


def listing_url(base, params, page=None):
    """`base` with the query string `params` ((name, value) pairs) and the
    page number when it is not the first."""
    pairs = list(params)
    if page and page > 1:
        pairs.append(("page", page))
    return f"{base}?{urlencode(pairs)}" if pairs else base


class ListingQuery:
    """The query string of one listing request, read value by value.

    Each reader returns what is usable and records a notice for what is not;
    `status` is 200 until a value named nothing. `kept` holds the (name,
    value) pairs that links to other pages and options keep."""

    def __init__(self, params):
        self.params = params
        self.notices = []
        self.status = 200
        self.kept = []

    def reject(self, message):
        """Bad input: say so and answer BAD_INPUT_STATUS."""
        self.notices.append(message)
        self.status = BAD_INPUT_STATUS

    def inform(self, message):
        """A value that was adjusted rather than refused: say so, stay 200."""
        self.notices.append(message)

    def raw(self, name):
        """The last value of `name`, stripped ("" when absent), as
        `QueryDict.get` would choose among repeated values."""
        values = self.params.getlist(name)
        return values[-1].strip() if values else ""

    def _check(self, name, raw, known, normalize, message):
        value = normalize(raw) if normalize else raw
        fits = len(value) <= MAX_VALUE_LENGTH and value.isprintable()
        # A printable value of sane length is safe to look up in the database.
        if fits and (known(value) if callable(known) else value in known):
            return value
        self.reject(
            (
                message
                or _("The filter %(name)s=“%(value)s” is not known and was ignored.")
            )
            % {"name": shown(name, 20), "value": shown(raw)}
        )
        return None

    def one(self, name, known, *, normalize=None, message=None):
        """The value of the single-valued filter `name` if `known` (a
        container, or a predicate) knows it, else None with a notice.
        `message` may name the filter better; it gets `%(value)s`."""
        raw = self.raw(name)
        if not raw:
            return None
        value = self._check(name, raw, known, normalize, message)
        if value is not None:
            self.kept.append((name, value))
        return value

    def many(self, name, known, *, normalize=None, message=None):
        """The known values of the repeatable filter `name`, in the order
        given and without repeats; a notice for each unknown one."""
        values = []
        for raw in self.params.getlist(name)[:MAX_VALUES]:
            raw = raw.strip()
            if not raw:
                continue
            value = self._check(name, raw, known, normalize, message)
            if value is not None and value not in values:
                values.append(value)
                self.kept.append((name, value))
        return values

    def text(self, name, max_length):
        """Free text (a search): printable, spaces collapsed, cut at a word
        to `max_length` characters with a notice."""
        text = " ".join(printable(self.raw(name)).split())
        if len(text) > max_length:
            text = text[:max_length].rsplit(" ", 1)[0]
            self.inform(_("The search text was too long and has been shortened."))
        if text:
            self.kept.append((name, text))
        return text

    def page_number(self, num_pages):
        """The requested page if it exists, else 1 with a notice."""
        raw = self.raw("page")
        if not raw:
            return 1
        if not (raw.isascii() and raw.isdigit()):
            self.reject(
                _("“%(value)s” is not a page number: showing the first page.")
                % {"value": shown(raw, 20)}
            )
            return 1
        number = int(raw) if len(raw) <= MAX_PAGE_DIGITS else None
        if number is None or not 1 <= number <= num_pages:
            self.reject(
                _("There is no page %(number)s: showing page %(shown)s.")
                % {"number": shown(raw, 20), "shown": 1}
            )
            return 1
        return number


@dataclass
class Pagination:
    """One page of a listing and the links to the others (`links` is empty
    when everything fits on one page)."""

    page: object
    links: list = field(default_factory=list)
    previous_url: str | None = None
    next_url: str | None = None

    @property
    def paginator(self):
        return self.page.paginator

    @property
    def items(self):
        return list(self.page.object_list)

    @property
    def total(self):
        return self.page.paginator.count


@dataclass
class Listing:
    """What every index listing holds: the query string as read and the page
    of items. An app's listing adds its own filters and chips to it."""

    query: ListingQuery
    pagination: Pagination

    @property
    def status(self):
        return self.query.status

    @property
    def notices(self):
        return self.query.notices

    @property
    def page(self):
        return self.pagination.page


def paginate(items, query, per_page, base_url):
    """The page of `items` that `query` asks for, with links that keep the
    filters in `query.kept`."""
    paginator = Paginator(items, per_page, allow_empty_first_page=True)
    page = paginator.page(query.page_number(paginator.num_pages))
    kept = query.kept

    def url(number):
        return listing_url(base_url, kept, number)

    links = []
    if paginator.num_pages > 1:
        for number in paginator.get_elided_page_range(page.number, on_each_side=2):
            if number == paginator.ELLIPSIS:
                links.append({"gap": True})
            else:
                links.append(
                    {
                        "number": number,
                        "url": url(number),
                        "current": number == page.number,
                    }
                )
    return Pagination(
        page=page,
        links=links,
        previous_url=url(page.previous_page_number()) if page.has_previous() else None,
        next_url=url(page.next_page_number()) if page.has_next() else None,
    )


def count_by(queryset, column, *, distinct=None):
    """{value of `column`: number of rows} over `queryset`, in one GROUP BY
    query; with `distinct`, the number of distinct values of that column."""
    counted = Count(distinct, distinct=True) if distinct else Count("pk")
    return dict(
        queryset.order_by()
        .values_list(column)
        .annotate(count=counted)
        .values_list(column, "count")
    )


def serve_listing(page, request):
    """Render the index `page` and answer with its listing's status (the
    context's `listing`, which `get_context` builds)."""
    response = page.render(request)
    response.status_code = response.context_data["listing"].status
    return response
