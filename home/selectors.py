"""Reads that span pages: the language homes, menus, translations."""

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page, Site

from .locale import is_translated, translations_of
from .models import Menu


def locale_home_pages(request=None):
    """{language_code: live home page} for the site's languages."""
    site = Site.find_for_request(request) if request else None
    site = (
        site
        or Site.objects.select_related("root_page").filter(is_default_site=True).first()
    )
    if site is None:
        return {}
    homes = (
        Page.objects.live()
        .filter(translation_key=site.root_page.translation_key)
        .select_related("locale")
    )
    return {page.locale.language_code: page for page in homes}


def language_links(page, request=None):
    """For the language switcher: one entry per language, leading to the
    translation of `page` when it has a live one (an untranslated copy is
    not a translation: home/locale.py), otherwise to that language's home."""
    homes = locale_home_pages(request)
    translations = {}
    if page is not None and getattr(page, "translation_key", None):
        for other in translations_of(page):
            translations[other.locale.language_code] = other
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        url = target.get_url(request) if target else f"/{code}/"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == current,
                "is_translation": code in translations,
            }
        )
    return links


def menu_for_place(place, request=None):
    """The menu for `place` in the active language, or the source language's
    menu when it has not been translated yet. Items link to the page's live
    translation in the active language when there is one; the queries do not
    grow with the number of items."""
    locale = Locale.get_active()
    menus = Menu.objects.filter(place=place)
    menu = (
        menus.filter(locale=locale).first()
        or menus.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )
    if menu is None:
        return []
    menu_items = list(menu.items.select_related("link_page"))
    keys = [item.link_page.translation_key for item in menu_items if item.link_page]
    localized = {
        page.translation_key: page
        for page in Page.objects.live().filter(translation_key__in=keys, locale=locale)
    }
    translated = menu.locale_id == locale.id
    items = []
    for item in menu_items:
        page = item.link_page
        if page is not None:
            page = localized.get(page.translation_key) or (page if page.live else None)
            if page is None:
                continue
            label = item.label if translated and item.label else page.title
            items.append({"label": label, "url": page.get_url(request), "page": page})
        elif item.link_url:
            label = item.label or item.link_url
            items.append({"label": label, "url": item.link_url, "page": None})
    return items


def page_translation_in(page, language_code):
    """`page` in `language_code` when that language has a real translation of
    it (live, and not an untranslated copy, which shows another language's
    text: home/locale.py), else None. Emails use it to link to the
    recipient's language only where the page exists in it."""
    if page.locale.language_code == language_code and is_translated(page):
        return page
    return (
        translations_of(page, type(page).objects.all())
        .filter(locale__language_code=language_code)
        .first()
    )
