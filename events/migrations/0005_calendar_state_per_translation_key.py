"""One iCalendar SEQUENCE per event in all its languages: the calendar state
is keyed by the pages' shared translation key instead of by page. Where
several languages had their own state, the highest sequence is kept, so no
calendar client is told of an older version."""

from django.db import migrations, models


def key_by_translation_key(apps, schema_editor):
    EventCalendarState = apps.get_model("events", "EventCalendarState")
    kept = {}
    for state in EventCalendarState.objects.select_related("page").order_by(
        "-sequence", "pk"
    ):
        key = state.page.translation_key
        if key in kept:
            state.delete()
            continue
        state.translation_key = key
        state.save(update_fields=["translation_key"])
        kept[key] = state


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0004_site_languages_from_settings"),
    ]

    operations = [
        migrations.AddField(
            model_name="eventcalendarstate",
            name="translation_key",
            field=models.UUIDField(null=True),
        ),
        migrations.RunPython(key_by_translation_key, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="eventcalendarstate",
            name="page",
        ),
        migrations.AlterField(
            model_name="eventcalendarstate",
            name="translation_key",
            field=models.UUIDField(unique=True),
        ),
    ]
