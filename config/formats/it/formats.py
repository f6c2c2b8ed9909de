"""Italian: no leading zero on the day (Django's own module pads it), month
and weekday in lower case (from the catalogue). "2 dicembre 2026",
"mercoledì 2 dicembre 2026", "2 dicembre 2026, 14:30"."""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
WEEKDAY_DATE_FORMAT = "l j F Y"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1
