from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class VocabularyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A term of a vocabulary staff manage (topics, areas of expertise).

    Translated like any snippet; the slug stays the same in every language so
    that a filter link such as `?topic=funding` works everywhere.
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        blank=True,
        help_text=_(
            "Used in addresses, the same in every language. Made from the name "
            "when left empty."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:80]
        super().save(*args, **kwargs)


class Topic(VocabularyTerm):
    """A subject editors tag content with ("AI in imaging", "Funding",
    "Training")."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_topic_slug_locale"
            )
        ]
