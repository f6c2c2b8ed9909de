"""Untranslated pages as wagtail-localize really makes them, for the tests of
the "untranslated is left out" policy (home/locale.py):

- `aliases_sync()`: the tree sync that fills every language with aliases of
  the pages not translated into it (what the admin does on creating a page,
  and `manage.py sync_locale_trees`);
- `translation_start(page, code)`: the admin's "Translate" action
  (TranslationCreator, the service behind it): the alias becomes a live page
  that still holds the source's text;
- `segment_translate(page, code, path, text)`: one string translated in the
  translation editor, then published as the editor's "Publish" does.
"""

from django.test import TestCase
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.synctree import synchronize_tree


def aliases_sync():
    source = Locale.get_default()
    for locale in Locale.objects.exclude(pk=source.pk):
        synchronize_tree(source, locale)


def translation_start(page, code, user=None):
    """Start translating `page` into `code` as the admin's "Translate" does;
    the target page, as wagtail-localize left it."""
    locale = Locale.objects.get(language_code=code)
    with TestCase.captureOnCommitCallbacks(execute=True):
        TranslationCreator(user, [locale]).create_translations(page)
    target = Page.objects.get(translation_key=page.translation_key, locale=locale)
    return target.specific


def segment_translate(page, code, text, path="title", user=None):
    """Translate the string at `path` of the source `page` into `code` and
    publish the translation; the published target page."""
    locale = Locale.objects.get(language_code=code)
    source = TranslationSource.objects.get_for_instance(page)
    segment = StringSegment.objects.get(source=source, context__path=path)
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=locale,
        context=segment.context,
        data=text,
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    translation = Translation.objects.get(source=source, target_locale=locale)
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(user=user, publish=True)
    target = Page.objects.get(translation_key=page.translation_key, locale=locale)
    return target.specific
