"""Source-language pages from demo content, created or updated in place.

- `page_ensure` creates or updates a page from a content dict and publishes
  it only when something differs;
- `stream_data` turns blocks into StreamField data whose block ids are
  derived from a name, so they stay the same from run to run (and so do
  wagtail-localize's segment contexts);
- `resolve` swaps page, image and document references for the objects the
  seed made.
"""

import json
import re
import uuid

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from wagtail.fields import StreamField
from wagtail.models import Locale

from .loader import blocks
from .text import DocumentRef, ImageRef, PageRef, localise

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"

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


def stream_data(items, name):
    """Raw StreamField data for [(block type, value)] or the `type = ...`
    tables of a data file, with stable ids."""
    if items and isinstance(items[0], dict):
        items = blocks(items)
    return [
        {
            "type": kind,
            "value": _raw_block_value(value, f"{name}.{index}"),
            "id": block_id(f"{name}.{index}"),
        }
        for index, (kind, value) in enumerate(items)
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
