"""The countries the site names (where a member is based, the organisation's
own address): ISO 3166-1 alpha-2 codes with names translated through gettext.
In home so that every app can name a country in the reader's language.

Django has no country list of its own. The cluster's members are European, so
the European Union, the European Economic Area and their neighbours are
listed here rather than adding a dependency (pycountry, django-countries) for
250 names nobody would pick; a new code is one line and its translations.
"""

from django.utils.translation import gettext_lazy as _

COUNTRIES = {
    "AT": _("Austria"),
    "BE": _("Belgium"),
    "BG": _("Bulgaria"),
    "CH": _("Switzerland"),
    "CY": _("Cyprus"),
    "CZ": _("Czechia"),
    "DE": _("Germany"),
    "DK": _("Denmark"),
    "EE": _("Estonia"),
    "ES": _("Spain"),
    "FI": _("Finland"),
    "FR": _("France"),
    "GB": _("United Kingdom"),
    "GR": _("Greece"),
    "HR": _("Croatia"),
    "HU": _("Hungary"),
    "IE": _("Ireland"),
    "IS": _("Iceland"),
    "IT": _("Italy"),
    "LI": _("Liechtenstein"),
    "LT": _("Lithuania"),
    "LU": _("Luxembourg"),
    "LV": _("Latvia"),
    "MD": _("Moldova"),
    "MT": _("Malta"),
    "NL": _("Netherlands"),
    "NO": _("Norway"),
    "PL": _("Poland"),
    "PT": _("Portugal"),
    "RO": _("Romania"),
    "RS": _("Serbia"),
    "SE": _("Sweden"),
    "SI": _("Slovenia"),
    "SK": _("Slovakia"),
    "UA": _("Ukraine"),
}

COUNTRY_CHOICES = sorted(COUNTRIES.items())


def country_name(code):
    """The translated name of `code`, or the code itself when unknown."""
    return str(COUNTRIES.get((code or "").upper(), code or ""))
