"""Which pages are in which language: the one locale helper every app uses.

A page in a locale counts as a *translation* (is listed in that language's
index, home section, feeds, sitemap, hreflang, API `locale` filter and
search) only if

- it is not an alias (wagtail-localize's tree sync keeps aliases of
  untranslated pages in every language; they show the source's text), and
- wagtail-localize did not make it from a source, or at least one of its
  segments has been translated into its locale. "Translate" in the admin
  turns the alias into a live page that still holds the source's text; it
  becomes a translation with its first translated string.

A translation the editor has stopped syncing (the admin's "Stop synced
translation", `Translation.enabled = False`) is edited by hand in Wagtail's
own editor, so wagtail-localize no longer knows how much of it is
translated: it counts as a translation.

Untranslated pages are left out of listings. Reached directly, they still
render, with their content marked in the language it is really in
(`content_language`).

The policy is a queryset filter (`translated_filter`, two `Exists`
subqueries), so listings keep a constant number of queries.
"""

from django.db.models import Exists, F, OuterRef, Q
from wagtail.models import Locale, Page


def locale_lookup(locale):
    """Filter keyword arguments for `locale`: a Locale, its id or its
    language code."""
    if isinstance(locale, Locale):
        return {"locale_id": locale.pk}
    if isinstance(locale, int):
        return {"locale_id": locale}
    return {"locale__language_code": locale}


def _translations_started(translation_key, locale_id):
    """wagtail-localize's synced translations into `locale_id` of the object
    `translation_key` (values or OuterRefs)."""
    from wagtail_localize.models import Translation

    return Translation.objects.filter(
        source__object_id=translation_key, target_locale_id=locale_id, enabled=True
    ).exclude(source__locale_id=locale_id)


def _segments_translated(translation_key, locale_id):
    """Translations into `locale_id` of strings the object `translation_key`
    uses now: a string translated in one of its current segments' contexts
    (obsolete strings of an older source version do not count)."""
    from wagtail_localize.models import StringTranslation

    return StringTranslation.objects.filter(
        locale_id=locale_id,
        has_error=False,
        context__object_id=translation_key,
        translation_of__segments__context_id=F("context_id"),
    )


def translated_filter():
    """The policy as a filter for any page queryset: `pages.filter(
    translated_filter())` keeps the pages that count as translations."""
    key, locale = OuterRef("translation_key"), OuterRef("locale_id")
    return Q(alias_of__isnull=True) & (
        ~Exists(_translations_started(key, locale))
        | Exists(_segments_translated(key, locale))
    )


class LocaleQuerySetMixin:
    """Locale verbs for a PageQuerySet: `for_locale(locale)` is the pages of
    one language that count as translations; `translated()` the same in
    every language (for a queryset already tied to one, e.g. `child_of`)."""

    def translated(self):
        return self.filter(translated_filter())

    def for_locale(self, locale):
        return self.filter(**locale_lookup(locale)).translated()


def translations_of(page, queryset=None):
    """The live pages of `page`'s translation key (itself included) that
    count as translations, with their locale."""
    queryset = Page.objects.all() if queryset is None else queryset
    return (
        queryset.live()
        .filter(translation_key=page.translation_key)
        .filter(translated_filter())
        .select_related("locale")
    )


def _source_language(page):
    """The language of the page `page` copies, or None when it counts as a
    translation (or is an original). One query, remembered on the page."""
    if "_locale_source_language" in page.__dict__:
        return page.__dict__["_locale_source_language"]
    if page.alias_of_id is not None:
        language = (
            Page.objects.filter(pk=page.alias_of_id)
            .values_list("locale__language_code", flat=True)
            .first()
        )
    else:
        key, locale = page.translation_key, page.locale_id
        row = (
            _translations_started(key, locale)
            .annotate(done=Exists(_segments_translated(key, locale)))
            .order_by("pk")
            .values_list("source__locale__language_code", "done")
            .first()
        )
        language = row[0] if row and not row[1] else None
    page.__dict__["_locale_source_language"] = language
    return language


def is_translated(page):
    """True if `page` counts as a translation in its locale (the policy
    above); an original page counts too."""
    return _source_language(page) is None


def content_language(page):
    """The language `page`'s text is really in: its locale's, or the
    source's for an untranslated copy."""
    return _source_language(page) or page.locale.language_code
