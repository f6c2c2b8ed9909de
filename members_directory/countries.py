"""The member directory's countries are the site's list (home/countries.py)."""

from home.countries import COUNTRIES, COUNTRY_CHOICES, country_name

__all__ = ["COUNTRIES", "COUNTRY_CHOICES", "country_name"]
