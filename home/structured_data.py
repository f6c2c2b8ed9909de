"""Structured data (schema.org JSON-LD) for every app: the values that must
be absolute, the escaping, and the `<script>` element that carries it.

The apps build a plain dict (news: NewsArticle, events: Event, members:
Organization) and hand it to `json_ld_script`; none of them escapes JSON or
writes the element itself.
"""

import json

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from .public_url import absolute_url

# json.dumps leaves "<", ">" and "&" as they are; inside <script> the HTML
# parser would end the element at "</script>" or enter a comment state at
# "<!--". As Django's json_script does, they become \u escapes, which any
# JSON reader decodes back to the same text.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def image_url(rendition) -> str:
    """The absolute address of an image rendition, on the public address
    (or the storage's own absolute URL, when media live elsewhere)."""
    return absolute_url(rendition.url)


def json_ld_text(data) -> SafeString:
    """`data` as JSON text that cannot end or disturb the <script> around it."""
    text = json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(text)  # noqa: S308 (escaped above)


def json_ld_script(data) -> SafeString:
    """A `<script type="application/ld+json">` element holding `data`. It is
    not executed, so the Content-Security-Policy lets it through."""
    return format_html(
        '<script type="application/ld+json">{}</script>', json_ld_text(data)
    )
