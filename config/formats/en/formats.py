"""English as written in Britain (the cluster's English): day before month,
no leading zero, 24-hour times. "10 December 2026", "10 December 2026, 14:30"."""

from django.conf.locale.en_GB import formats as british

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
WEEKDAY_DATE_FORMAT = "l j F Y"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1
# Typed dates are read the British way too: "03/12/2026" is 3 December.
DATE_INPUT_FORMATS = british.DATE_INPUT_FORMATS
DATETIME_INPUT_FORMATS = british.DATETIME_INPUT_FORMATS
