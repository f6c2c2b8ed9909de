"""The country at the end of the site's postal address becomes the settings'
country code, so the footer names it in each visitor's language."""

from django.db import migrations

# The English names of home/countries.py when this migration was written,
# frozen here so that later edits of the list do not change what it does.
COUNTRY_CODES = {
    "Austria": "AT",
    "Belgium": "BE",
    "Bulgaria": "BG",
    "Switzerland": "CH",
    "Cyprus": "CY",
    "Czechia": "CZ",
    "Germany": "DE",
    "Denmark": "DK",
    "Estonia": "EE",
    "Spain": "ES",
    "Finland": "FI",
    "France": "FR",
    "United Kingdom": "GB",
    "Greece": "GR",
    "Croatia": "HR",
    "Hungary": "HU",
    "Ireland": "IE",
    "Iceland": "IS",
    "Italy": "IT",
    "Liechtenstein": "LI",
    "Lithuania": "LT",
    "Luxembourg": "LU",
    "Latvia": "LV",
    "Moldova": "MD",
    "Malta": "MT",
    "Netherlands": "NL",
    "Norway": "NO",
    "Poland": "PL",
    "Portugal": "PT",
    "Romania": "RO",
    "Serbia": "RS",
    "Sweden": "SE",
    "Slovenia": "SI",
    "Slovakia": "SK",
    "Ukraine": "UA",
}
NAMES = {code: name for name, code in COUNTRY_CODES.items()}
BY_LOWER_NAME = {name.lower(): code for name, code in COUNTRY_CODES.items()}


def split_country(apps, schema_editor):
    SiteSettings = apps.get_model("home", "SiteSettings")
    for settings in SiteSettings.objects.exclude(address="").filter(country=""):
        lines = settings.address.rstrip().splitlines()
        code = BY_LOWER_NAME.get(lines[-1].strip().lower()) if lines else None
        if code:
            settings.address = "\n".join(lines[:-1]).rstrip()
            settings.country = code
            settings.save(update_fields=["address", "country"])


def join_country(apps, schema_editor):
    SiteSettings = apps.get_model("home", "SiteSettings")
    for settings in SiteSettings.objects.exclude(country=""):
        name = NAMES.get(settings.country, settings.country)
        settings.address = "\n".join(filter(None, [settings.address, name]))
        settings.country = ""
        settings.save(update_fields=["address", "country"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_image_alt_text_site_country"),
    ]

    operations = [migrations.RunPython(split_country, join_country)]
