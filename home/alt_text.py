"""Which alt text an image gets where a page shows it: the one place that
decides, for every template (`{% picture %}`), the social cards and the
promotable interface.

Each place that shows an image may carry its own alt text (a `<field>_alt`
beside a page's image chooser, the `alt` of an image block), written in the
page's language and translated with it by wagtail-localize. Without one, the
image's own description is used; descriptions are written once, in the source
language (home.languages.source_language), so on a page in another language the text
is marked with that language (`<img lang="en">`) rather than read out as if it
were Italian. A decorative image gets alt="" and nothing else.
"""

from dataclasses import dataclass

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .languages import source_language


@dataclass(frozen=True)
class AltText:
    text: str
    # The language of `text` when it differs from the page's; None otherwise.
    lang: str | None = None

    def attrs(self):
        """The <img> attributes that carry this text."""
        attrs = {"alt": self.text}
        if self.lang:
            attrs["lang"] = self.lang
        return attrs


def _base_language(code):
    return (code or "").split("-")[0].lower()


def alt_text(image, alt="", decorative=False, language=None):
    """The alt text of `image` where a page in `language` (by default the
    active one) shows it with the contextual text `alt`."""
    if image is None or decorative:
        return AltText("")
    alt = (alt or "").strip()
    if alt:
        return AltText(alt)
    source = source_language()
    language = language or translation.get_language() or source
    lang = None if _base_language(language) == _base_language(source) else source
    return AltText(image.default_alt_text, lang)


def image_alt_field(verbose_name=None):
    """The `<field>_alt` CharField that goes beside an image chooser on a page
    model. A CharField, so wagtail-localize translates it by default."""
    return models.CharField(
        verbose_name or _("alt text"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the image shows here, in this page's language. "
            "Leave empty to use the image's own description."
        ),
    )
