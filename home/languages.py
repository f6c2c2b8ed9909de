"""The site's languages as code reads them: all from SITE_LANGUAGES (through
settings.LANGUAGES and LANGUAGE_CODE), so adding a language is a setting,
never a code change.

- site_language_choices: the choices of a field that stores a site
  language; a callable, so migrations do not change with the setting;
- source_language: the language editors write in, as a field default;
- og_locale: the language with a territory, as Open Graph wants it."""

from django.conf import settings

# Open Graph's og:locale is language_TERRITORY. Most languages' main
# territory is their code in capitals (de_DE, it_IT, ro_RO); these are the
# ones where it is not. English is British English here, the cluster's
# written English (config/formats/en).
MAIN_TERRITORY = {
    "ar": "SA",
    "be": "BY",
    "bs": "BA",
    "ca": "ES",
    "cs": "CZ",
    "cy": "GB",
    "da": "DK",
    "el": "GR",
    "en": "GB",
    "et": "EE",
    "eu": "ES",
    "fa": "IR",
    "ga": "IE",
    "gl": "ES",
    "he": "IL",
    "hi": "IN",
    "hy": "AM",
    "ja": "JP",
    "ka": "GE",
    "kk": "KZ",
    "ko": "KR",
    "lb": "LU",
    "ms": "MY",
    "nb": "NO",
    "nn": "NO",
    "sl": "SI",
    "sq": "AL",
    "sr": "RS",
    "sv": "SE",
    "uk": "UA",
    "vi": "VN",
    "zh": "CN",
}


def site_language_choices():
    return settings.LANGUAGES


def source_language():
    return settings.LANGUAGE_CODE


def og_locale(language_code):
    """'de' -> 'de_DE', 'en' -> 'en_GB', 'pt-br' -> 'pt_BR', 'sr-latn' ->
    'sr_RS' (a script is no territory)."""
    language, _sep, variant = language_code.lower().partition("-")
    if len(variant) == 2:
        return f"{language}_{variant.upper()}"
    if language_code.lower() == "zh-hant":
        return "zh_TW"
    return f"{language}_{MAIN_TERRITORY.get(language, language.upper())}"
