"""Translations of demo pages and snippets through wagtail-localize.

`translate` creates or updates a page's or snippet's translation the way an
editor's "Translate" action does (TranslationSource, Translation,
StringTranslation), so editors find a localize-managed translation they can
sync and edit.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Page
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from .pages import CREATED, UNCHANGED, UPDATED

# Strings that stay as they are in every language (English slugs, as the URL
# contract says; staff addresses; the subject of the email staff receive).
KEEP_UNTRANSLATED = {"slug", "to_address", "subject"}
# Page links in these fields point at the page in the translation's language.
LOCALISED_PAGE_FIELDS = {"hero_cta_page", "link_page"}
# Fields that change with the tree or with publishing, not with the content.
VOLATILE_FIELDS = {
    "path",
    "depth",
    "numchild",
    "url_path",
    "live",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "live_revision",
    "first_published_at",
    "last_published_at",
    "draft_title",
    "locked",
    "locked_at",
    "locked_by",
}


def _serialised(instance):
    if isinstance(instance, ClusterableModel):
        data = json.loads(instance.to_json())
    else:
        data = json.loads(
            json.dumps(
                get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder
            )
        )
    return {key: value for key, value in data.items() if key not in VOLATILE_FIELDS}


def _source_ensure(instance):
    """The TranslationSource for `instance`, refreshed when its content (not
    merely its tree position or publishing dates) changed. (source, changed)"""
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    if source is None:
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        return source, True
    stored = {
        key: value
        for key, value in json.loads(source.content_json).items()
        if key not in VOLATILE_FIELDS
    }
    if stored != _serialised(instance):
        source.update_from_db()
        return source, True
    return source, False


def _string_store(segment, locale, data):
    current = StringTranslation.objects.filter(
        translation_of=segment.string, locale=locale, context=segment.context
    ).first()
    if current is not None and current.data == data and not current.has_error:
        return False
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=locale,
        context=segment.context,
        defaults={
            "data": data,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            "tool_name": "",
            "has_error": False,
            "field_error": "",
        },
    )
    return True


def _override_store(context, locale, value):
    data_json = json.dumps(value)
    current = SegmentOverride.objects.filter(context=context, locale=locale).first()
    if current is not None and current.data_json == data_json:
        return False
    SegmentOverride.objects.update_or_create(
        context=context,
        locale=locale,
        defaults={"data_json": data_json, "has_error": False, "field_error": ""},
    )
    return True


def _last_part(path):
    return path.rsplit(".", 1)[-1]


def _segments_store(ctx, source, locale, translations, strings, label):
    """Store a StringTranslation for every segment we know a translation of,
    and point page links at the target locale's pages. True if any changed."""
    language = locale.language_code
    changed = False
    for segment in source.stringsegment_set.select_related("string", "context"):
        path = segment.context.path
        data = strings.get(path) or translations.get(language, segment.string.data)
        if data is None and _last_part(path) in KEEP_UNTRANSLATED:
            # Stored as "translated" all the same, so that the editor shows
            # the translation as complete.
            data = segment.string.data
        if data is None:
            ctx.warn(
                f"not translated: {label} [{language}] {path}: {segment.string.data!r}"
            )
            continue
        changed |= _string_store(segment, locale, data)
    for segment in source.overridablesegment_set.select_related("context"):
        if _last_part(segment.context.path) not in LOCALISED_PAGE_FIELDS:
            continue
        page = Page.objects.filter(pk=segment.data).first()
        target = page.get_translation_or_none(locale) if page else None
        if target is not None and target.alias_of_id is None:
            changed |= _override_store(segment.context, locale, target.pk)
    return changed


def translate(ctx, instance, locale, translations, strings=None):
    """Create or update the `locale` translation of a page or snippet through
    wagtail-localize, with manual translations from `translations` (a
    TranslationMap) or `strings` ({segment path: text}, for this object only).
    Untranslated strings keep the source text and are reported as warnings."""
    instance = type(instance).objects.get(pk=instance.pk)
    is_page = isinstance(instance, Page)
    source, changed = _source_ensure(instance)
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
        created = True
    changed |= created
    changed |= _segments_store(
        ctx, source, locale, translations, strings or {}, str(instance)
    )

    # The source may have been refreshed while translating into another
    # language (a synchronised field changed): this language is stale too.
    synced = (
        TranslationLog.objects.filter(source=source, locale=locale)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    if synced is None or synced < source.last_updated_at:
        changed = True

    target = instance.get_translation_or_none(locale)
    if target is None or (
        is_page
        and (target.alias_of_id or not target.live or target.has_unpublished_changes)
    ):
        changed = True
    if not changed:
        return UNCHANGED
    # Pages are saved as a draft and then published here rather than through
    # `publish=True`, which defers publishing to transaction.on_commit.
    translation.save_target(publish=not is_page)
    if is_page:
        instance.get_translation(locale).get_latest_revision().publish()
    return (
        CREATED if target is None or getattr(target, "alias_of_id", None) else UPDATED
    )
