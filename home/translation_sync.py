"""One truth in every language: the facts of a page (what is not text: dates,
times, status, capacity, type, country, areas of expertise ...) are the
source page's, and reach every translation as soon as the source is
published, without waiting for a translator.

A page model names its facts in a class attribute, `translation_facts`
(field names: plain fields, foreign keys, child relations and
ParentalManyToManyFields), and declares the plain ones to wagtail-localize
with `synchronized_facts()` in `override_translatable_fields`: synchronised
and not overridable, so the translation editor never offers them. Each app
connects `home.signal_handlers.translation_facts_published` to Wagtail's
`page_published` for its models.

wagtail-localize alone is not enough: it copies synchronised fields from the
*frozen* TranslationSource (taken when someone last synced), not from the
live source, and only when a translation is saved through it. So:

- publishing the source (`translation_facts_sync`) copies its facts onto
  every existing non-alias translation and publishes a new revision built
  from the translation's *live* content (a translator's unfinished draft is
  not published); a newer draft gets the facts too, so publishing it later
  cannot bring an old fact back; the frozen source content is updated too,
  so the translation editor saves the new facts;
- publishing a translation whose facts differ from its live source (a draft
  started before the move, the translation editor's publish) republishes it
  at once with the source's facts.

Aliases follow their source through Wagtail itself. Text stays as the
translator left it.
"""

import json
import logging
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

logger = logging.getLogger(__name__)

# Translation keys being synchronised in this thread: the revisions this
# module publishes fire `page_published` again, which must not recurse.
_in_progress: ContextVar[frozenset] = ContextVar(
    "translation_facts_in_progress", default=frozenset()
)


def synchronized_facts(names):
    """wagtail-localize declarations for the plain fact fields `names`:
    synchronised from the source and not overridable by translators."""
    return [SynchronizedField(name, overridable=False) for name in names]


def fact_names(model):
    return tuple(getattr(model, "translation_facts", ()))


# Reading and copying facts ---------------------------------------------------


def _field(model, name):
    return model._meta.get_field(name)


def _is_child_relation(field):
    return isinstance(field, models.ManyToOneRel) and isinstance(
        field.remote_field, ParentalKey
    )


def _identity(obj):
    """How a related object is compared across languages: translatable
    objects by translation key (the Italian "MRI" is the English "MRI")."""
    if obj is None:
        return None
    if isinstance(obj, TranslatableMixin):
        return ("translation", str(obj.translation_key))
    return ("pk", obj.pk)


def _localized(obj, locale):
    """`obj` in `locale` when it is translatable and translated there."""
    if isinstance(obj, TranslatableMixin) and obj.locale_id != locale.pk:
        return obj.get_translation_or_none(locale) or obj
    return obj


def _child_fields(child_model):
    """The fields of a child object that carry its content."""
    skip = {"id", "locale", "translation_key", "sort_order"}
    return [
        field
        for field in child_model._meta.concrete_fields
        if field.name not in skip
        and not isinstance(field, ParentalKey)
        and not field.primary_key
    ]


def _child_value(child, fields):
    values = []
    for field in fields:
        if field.is_relation:
            values.append(_identity(getattr(child, field.name)))
        else:
            values.append(field.value_from_object(child))
    return tuple(values)


def fact_values(page):
    """{name: comparable value} of `page`'s facts."""
    values = {}
    for name in fact_names(type(page)):
        field = _field(type(page), name)
        if _is_child_relation(field):
            fields = _child_fields(field.related_model)
            values[name] = [
                _child_value(child, fields) for child in getattr(page, name).all()
            ]
        elif isinstance(field, ParentalManyToManyField):
            values[name] = sorted(
                (_identity(obj) for obj in getattr(page, name).all()), key=str
            )
        else:
            values[name] = field.value_from_object(page)
    return values


def _copy_children(source, target, name):
    """Replace `target`'s child objects `name` with copies of `source`'s,
    pointing at the target language's translations, and keeping the ids of
    the target's existing children (by translation key, as wagtail-localize
    does) so their unique (translation key, locale) is reused, not doubled."""
    manager = getattr(target, name)
    child_model = manager.model
    translatable = issubclass(child_model, TranslatableMixin)
    existing = (
        {child.translation_key: child.pk for child in manager.all()}
        if translatable
        else {}
    )
    fields = _child_fields(child_model)
    copies = []
    for child in getattr(source, name).all():
        copy = child_model()
        for field in fields:
            value = getattr(child, field.name)
            if field.is_relation:
                value = _localized(value, target.locale)
            setattr(copy, field.name, value)
        if translatable:
            copy.translation_key = child.translation_key
            copy.locale = target.locale
            copy.pk = existing.get(child.translation_key)
        if hasattr(child, "sort_order"):
            copy.sort_order = child.sort_order
        copies.append(copy)
    setattr(target, name, copies)


def facts_copy(source, target):
    """Set `target`'s facts (in memory) to `source`'s."""
    for name in fact_names(type(source)):
        field = _field(type(source), name)
        if _is_child_relation(field):
            _copy_children(source, target, name)
        elif isinstance(field, ParentalManyToManyField):
            related = getattr(source, name).all()
            setattr(target, name, [_localized(obj, target.locale) for obj in related])
        else:
            setattr(target, field.attname, getattr(source, field.attname))


# Which page is the source ---------------------------------------------------


def source_locale_id(page):
    """The locale the page's content was written in: the locale
    wagtail-localize translated it from (the site's default language when it
    is among them), else the default language."""
    from wagtail_localize.models import TranslationSource

    default = Locale.get_default().pk
    locales = list(
        TranslationSource.objects.filter(object_id=page.translation_key)
        .order_by("created_at", "pk")
        .values_list("locale_id", flat=True)
    )
    if not locales or default in locales:
        return default
    return locales[0]


def translation_source(page):
    """The live source-language version of `page` (itself when it is the
    source), or None (an alias, or a source that is not live)."""
    if page.alias_of_id is not None:
        return None
    locale_id = source_locale_id(page)
    if page.locale_id == locale_id:
        return page if page.live else None
    return (
        type(page)
        .objects.live()
        .filter(
            translation_key=page.translation_key,
            locale_id=locale_id,
            alias_of__isnull=True,
        )
        .first()
    )


# Writing ---------------------------------------------------------------------


@contextmanager
def _syncing(translation_key):
    token = _in_progress.set(_in_progress.get() | {translation_key})
    try:
        yield
    finally:
        _in_progress.reset(token)


def _publish(revision):
    """Publish `revision` as the system. A page waiting in a workflow keeps
    waiting: copying facts is not the approval the workflow asks for
    (Wagtail cancels the workflow of whatever it publishes; an empty
    prefetched list of workflow states tells it there is none to cancel)."""
    from wagtail.actions.publish_page_revision import PublishPageRevisionAction

    action = PublishPageRevisionAction(revision, user=None, log_action=True)
    action.object._current_workflow_states = []
    action.execute(skip_permission_checks=True)


def _draft_revision_id(page):
    """The revision newer than the live content, if the page has one."""
    if page.latest_revision_id and page.latest_revision_id != page.live_revision_id:
        return page.latest_revision_id if page.has_unpublished_changes else None
    return None


def _with_facts(source, page):
    """Copy the source's facts onto `page`. When the page's own text does not
    fit them (an event now in person needs a city, a paid one its price), the
    source's wording fills those fields, for a translator to adapt: a fact
    must not wait for a translation."""
    facts_copy(source, page)
    try:
        page.full_clean()
    except ValidationError as error:
        fields = {field.name: field for field in type(page)._meta.concrete_fields}
        for name in getattr(error, "error_dict", {}):
            field = fields.get(name)
            # Only what the page lacks: its own wording (or slug) is kept.
            if field is not None and not getattr(page, field.attname):
                setattr(page, field.attname, getattr(source, field.attname))
    return page


def _translation_update(source, translation):
    """Bring `translation` (read fresh: its live content) to the source's
    facts. Returns True when something was written."""
    from wagtail.models import Revision

    facts = fact_values(source)
    draft_id = _draft_revision_id(translation)
    published = False
    if translation.live and fact_values(translation) != facts:
        _with_facts(source, translation)
        _publish(translation.save_revision(clean=False))
        published = True
    if draft_id is not None:
        draft = Revision.objects.get(pk=draft_id).as_object()
        # Saved again even when its facts are right: the revision published
        # above is newer, and the draft must stay the latest one.
        if published or fact_values(draft) != facts:
            _with_facts(source, draft)
            draft.save_revision(clean=False)
            published = True
    elif not translation.live and fact_values(translation) != facts:
        _with_facts(source, translation)
        translation.save_revision(clean=False)
        published = True
    return published


def _frozen_source_update(source):
    """Give wagtail-localize's frozen copy of `source` (what the translation
    editor saves translations from) the source's plain facts."""
    from wagtail_localize.models import TranslationSource

    fields = [_field(type(source), name) for name in fact_names(type(source))]
    names = [f.name for f in fields if f.concrete and not f.many_to_many]
    live = json.loads(source.to_json())
    for frozen in TranslationSource.objects.filter(
        object_id=source.translation_key, locale_id=source.locale_id
    ):
        content = json.loads(frozen.content_json)
        changed = {n: live[n] for n in names if content.get(n) != live[n]}
        if changed:
            content.update(changed)
            frozen.content_json = json.dumps(content, cls=DjangoJSONEncoder)
            frozen.save(update_fields=["content_json"])


def translation_facts_sync(page):
    """After `page` was published: when it is the source, give every
    translation its facts; when it is a translation, make sure it has its
    source's. Returns the translations that were updated."""
    model = type(page)
    if not fact_names(model) or page.alias_of_id is not None or not page.live:
        return []
    if page.translation_key in _in_progress.get():
        return []
    source = translation_source(page)
    if source is None:
        return []
    if source.pk == page.pk:
        targets = list(
            model.objects.filter(
                translation_key=page.translation_key, alias_of__isnull=True
            )
            .exclude(pk=page.pk)
            .select_related("locale")
        )
    else:
        targets = [model.objects.select_related("locale").get(pk=page.pk)]
    updated = []
    with _syncing(page.translation_key), transaction.atomic():
        if source.pk == page.pk:
            _frozen_source_update(source)
        for target in targets:
            try:
                with transaction.atomic():
                    if _translation_update(source, target):
                        updated.append(target)
            except ValidationError as error:
                # Still invalid with the source's wording: left for an editor.
                logger.warning(
                    "Facts of %r not copied to its %s translation (page %s): %s",
                    source,
                    target.locale.language_code,
                    target.pk,
                    error,
                )
    return updated
