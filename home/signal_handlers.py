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


@receiver(post_migrate)
def sync_site_with_base_url(sender, **kwargs):
    """Point the default Site at BASE_URL after every `migrate`: Wagtail's
    first migration makes it `localhost:80`, where nothing answers."""
    if sender.name != "home":
        return
    from .services import site_sync_with_base_url

    site_sync_with_base_url()


def translation_facts_published(sender, instance, **kwargs):
    """A page with facts (home/translation_sync.py) was published: its
    translations get the source's facts. Each app connects this for its
    page models in its AppConfig.ready()."""
    from .translation_sync import translation_facts_sync

    translation_facts_sync(instance)
