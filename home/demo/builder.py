"""Idempotent helpers that demo steps are built from.

- `page_ensure` creates or updates a source-language page from a content dict
  and publishes it only when something differs;
- `translate` creates or updates a page's or snippet's translation through
  wagtail-localize (TranslationSource, Translation, StringTranslation), so
  editors find a localize-managed translation they can sync and edit;
- `stream_data` turns (block type, value) lists into StreamField data whose
  block ids are derived from a name, so they stay the same from run to run
  (and so do wagtail-localize's segment contexts).
"""

import json
import re
import uuid

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from .text import DocumentRef, ImageRef, PageRef, localise

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"

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

_BLOCK_NAMESPACE = uuid.UUID("6f1c1a52-5c4e-4b8e-9d43-1f2b7a0e9c11")
_PAGE_LINK = re.compile(r'linktype="page" id="@([\w-]+)"')


def source_locale():
    return Locale.get_default()


def block_id(name):
    return str(uuid.uuid5(_BLOCK_NAMESPACE, name))


def resolve(value, ctx):
    """Replace page, image and document references with the objects the seed
    made, and `id="@key"` in rich-text page links with the page's id."""
    if isinstance(value, PageRef):
        return ctx.pages[value.key]
    if isinstance(value, ImageRef):
        return ctx.images[value.key]
    if isinstance(value, DocumentRef):
        return ctx.documents[value.key]
    if isinstance(value, str):
        return _PAGE_LINK.sub(
            lambda match: f'linktype="page" id="{ctx.pages[match.group(1)].pk}"',
            value,
        )
    if isinstance(value, dict):
        return {key: resolve(item, ctx) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(resolve(item, ctx) for item in value)
    return value


def _raw_block_value(value, name):
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, dict):
        return {k: _raw_block_value(v, f"{name}.{k}") for k, v in value.items()}
    if isinstance(value, list):
        # Every list inside a block value is a ListBlock in our schemas.
        return [
            {
                "type": "item",
                "value": _raw_block_value(item, f"{name}.{index}"),
                "id": block_id(f"{name}.{index}"),
            }
            for index, item in enumerate(value)
        ]
    return value


def stream_data(blocks, name):
    """Raw StreamField data for [(block type, value)], with stable ids."""
    return [
        {
            "type": kind,
            "value": _raw_block_value(value, f"{name}.{index}"),
            "id": block_id(f"{name}.{index}"),
        }
        for index, (kind, value) in enumerate(blocks)
    ]


def _stream_json(field, value):
    if not hasattr(value, "stream_block"):
        value = field.to_python(value)
    return json.dumps(
        field.get_prep_value(value), sort_keys=True, cls=DjangoJSONEncoder
    )


def _differs(page, name, value):
    field = page._meta.get_field(name)
    if isinstance(field, StreamField):
        return _stream_json(field, getattr(page, name)) != _stream_json(field, value)
    if field.is_relation:
        return getattr(page, field.attname) != (value.pk if value else None)
    return getattr(page, name) != value


def _children_differ(page, name, specs):
    current = [
        {key: getattr(child, key) for key in spec}
        for child, spec in zip(getattr(page, name).all(), specs, strict=False)
    ]
    return len(getattr(page, name).all()) != len(specs) or current != specs


def _children_set(page, name, specs):
    """Update the child objects in place (keeping their ids and translation
    keys, which wagtail-localize matches translations by)."""
    model = page._meta.get_field(name).related_model
    children = list(getattr(page, name).all()) if page.pk else []
    children += [model() for _ in range(len(specs) - len(children))]
    children = children[: len(specs)]
    for index, (child, spec) in enumerate(zip(children, specs, strict=True)):
        for key, item in spec.items():
            setattr(child, key, item)
        child.sort_order = index
    setattr(page, name, children)


def page_values(model, content, ctx, name):
    """The source-language field values for `content`, ready to set on a page
    of `model`: StreamFields as raw data, child relations as lists of dicts."""
    language = source_locale().language_code
    values = resolve(localise(content, language), ctx)
    for field_name, value in values.items():
        field = model._meta.get_field(field_name)
        if isinstance(field, StreamField):
            values[field_name] = stream_data(value, f"{name}.{field_name}")
    return values


def page_ensure(ctx, key, model, parent, slug, content):
    """Create or update the source-language page `slug` under `parent` and
    remember it as `ctx.pages[key]`. Publishes only when something changed."""
    values = page_values(model, content, ctx, key)
    children = {
        name: values.pop(name)
        for name in list(values)
        if isinstance(model._meta.get_field(name), models.ManyToOneRel)
    }
    page = (
        model.objects.child_of(parent).filter(slug=slug, locale=source_locale()).first()
    )
    if page is None:
        page = model(slug=slug, locale=source_locale(), **values)
        for name, specs in children.items():
            _children_set(page, name, specs)
        parent.add_child(instance=page)
        status = CREATED
    else:
        changed = {k: v for k, v in values.items() if _differs(page, k, v)}
        changed_children = {
            name: specs
            for name, specs in children.items()
            if _children_differ(page, name, specs)
        }
        unchanged = not (changed or changed_children)
        if unchanged and page.live and not page.has_unpublished_changes:
            ctx.pages[key] = page
            return page, UNCHANGED
        for name, value in changed.items():
            setattr(page, name, value)
        for name, specs in changed_children.items():
            _children_set(page, name, specs)
        status = UPDATED
    page.save_revision().publish()
    page = model.objects.get(pk=page.pk)
    ctx.pages[key] = page
    return page, status


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
