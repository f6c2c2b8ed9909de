"""{{ value|weekday_date }}: a date with its day of the week in the active
language (see home.formats); the other dates use Django's named formats,
e.g. {{ value|date:"DATE_FORMAT" }}."""

from django import template

from .. import formats

register = template.Library()


# expects_localtime: like Django's `date` filter, shown in the current time
# zone (the {% timezone %} an event template sets).
@register.filter(expects_localtime=True, is_safe=False)
def weekday_date(value):
    return formats.weekday_date(value)
