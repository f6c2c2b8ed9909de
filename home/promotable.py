"""The "promotable" interface: what a channel needs to announce a page.

Channels (the newsletter, social posts, feeds) never reach into a page type's
own fields. They ask any page that mixes in `PromotableMixin` for a title, a
plain-text summary, an absolute URL, an image and its alt text, a locale and
topics, and each page type says where those come from by overriding one
method.
"""

from typing import Protocol, runtime_checkable

from django.utils.html import strip_tags
from django.utils.text import Truncator

from .alt_text import alt_text
from .locale import content_language

PROMO_SUMMARY_MAX = 300


@runtime_checkable
class Promotable(Protocol):
    def get_promo_title(self) -> str: ...

    def get_promo_summary(self) -> str: ...

    def get_promo_url(self, request=None) -> str: ...

    def get_promo_image(self): ...

    def get_promo_image_alt(self) -> str: ...

    def get_promo_locale(self) -> str: ...

    def get_promo_topics(self) -> list[str]: ...


class PromotableMixin:
    """Defaults that suit most pages; page types override what they hold."""

    def get_promo_title(self) -> str:
        return self.seo_title or self.title

    def get_promo_summary(self) -> str:
        text = self.search_description or getattr(self, "introduction", "") or ""
        return Truncator(strip_tags(text).strip()).chars(PROMO_SUMMARY_MAX)

    def get_promo_url(self, request=None) -> str:
        return self.get_full_url(request)

    def get_promo_image(self):
        return getattr(self, "hero_image", None)

    def get_promo_image_alt(self) -> str:
        """The alt text of the promo image in the page's language (the
        image's description when the page has none of its own)."""
        return alt_text(
            self.get_promo_image(),
            getattr(self, "hero_image_alt", ""),
            language=self.locale.language_code,
        ).text

    def get_promo_locale(self) -> str:
        # The language the text is really in: an untranslated copy's is the
        # source's, so channels never announce it as a translation.
        return content_language(self)

    def get_promo_topics(self) -> list[str]:
        return []
