from django import template
from django.conf import settings
from django.utils import translation

from .. import selectors
from ..locale import content_language

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    page = context.get("page")
    return {"languages": selectors.language_links(page, request)}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    """<link rel="alternate" hreflang> for the page's translations, with the
    source language's page as x-default, and the page's canonical address."""
    request = context.get("request")
    page = context.get("page")
    if page is None or not hasattr(page, "get_language_alternates"):
        return {"alternates": [], "x_default": None}
    alternates = page.get_language_alternates(request)
    by_code = dict(alternates)
    return {
        "alternates": alternates,
        "x_default": by_code.get(settings.LANGUAGE_CODE),
        "canonical": _canonical_url(page, request),
    }


def _canonical_url(page, request):
    """The page's own absolute URL when the request is for exactly that;
    none for a filtered or paginated list or a sub-route (register, cancel),
    where pointing at the bare page would tell search engines to drop it."""
    if request is None or request.GET or request.path != page.get_url(request):
        return None
    return page.get_full_url(request)


@register.simple_tag(takes_context=True)
def content_lang(context):
    """The language of the page's content when it differs from the active
    language (an untranslated copy shows its source's text), else ""."""
    page = context.get("page")
    if page is None or not getattr(page, "translation_key", None):
        return ""
    language = content_language(page)
    return language if language != translation.get_language() else ""


@register.simple_tag(takes_context=True)
def menu_items(context, place):
    return selectors.menu_for_place(place, context.get("request"))


@register.simple_tag(takes_context=True)
def language_home_url(context):
    homes = selectors.locale_home_pages(context.get("request"))
    home = homes.get(translation.get_language()) or homes.get(settings.LANGUAGE_CODE)
    return home.url if home else "/"


@register.filter
def localized_page(page):
    """A page chosen in a block or field, in the visitor's language when it has
    been translated."""
    return page.localized if page is not None else None
