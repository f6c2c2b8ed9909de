from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from home.signal_handlers import translation_facts_published

        from .models import NewsPage

        page_published.connect(
            translation_facts_published,
            sender=NewsPage,
            dispatch_uid="news_translation_facts",
        )
