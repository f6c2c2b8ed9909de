"""The site's date and time conventions per language, as Django format
modules (FORMAT_MODULE_PATH points here). Django looks in
`config/formats/<lang>/formats.py` first and falls back to its own module
for that language for every name not set here, so a module holds only the
names where the site's conventions differ from Django's.

Besides Django's names, WEEKDAY_DATE_FORMAT is a date with its day of the
week ("Wednesday 2 December 2026"), used for events; home.formats gives a
fallback for languages without one.

Month and weekday names come from the translation catalogues, not from
here: see config/formats/names.py."""
