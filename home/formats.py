"""Dates as the active language writes them: Django's named formats
(DATE_FORMAT, TIME_FORMAT, ...) from config/formats/<lang>/formats.py,
plus WEEKDAY_DATE_FORMAT, a date with its day of the week, which Django
does not name.

A language added to SITE_LANGUAGES without a format module of its own
still gets Django's conventions for it, and a weekday date made of its
weekday and its DATE_FORMAT."""

from django.utils import formats

WEEKDAY_DATE_FORMAT = "WEEKDAY_DATE_FORMAT"


def weekday_date_format(lang=None):
    # get_format hands back the name itself when no module defines it.
    value = formats.get_format(WEEKDAY_DATE_FORMAT, lang=lang)
    if value == WEEKDAY_DATE_FORMAT:
        return "l, " + formats.get_format("DATE_FORMAT", lang=lang)
    return value


def weekday_date(value):
    """'Wednesday 2 December 2026', 'mercoledì 2 dicembre 2026', ..."""
    if not value:
        return ""
    return formats.date_format(value, weekday_date_format())
