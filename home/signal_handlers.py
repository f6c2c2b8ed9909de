from django.db.models.signals import post_migrate
from django.dispatch import receiver


@receiver(post_migrate)
def ensure_site_languages(sender, **kwargs):
    """Keep a Locale (and its tree synchronisation) for every SITE_LANGUAGES
    code, so adding a language is a change of setting plus `migrate`."""
    if sender.name != "home":
        return
    from .services import locale_ensure_all

    locale_ensure_all()


def translation_facts_published(sender, instance, **kwargs):
    """A page with facts (home/translation_sync.py) was published: its
    translations get the source's facts. Each app connects this for its
    page models in its AppConfig.ready()."""
    from .translation_sync import translation_facts_sync

    translation_facts_sync(instance)
