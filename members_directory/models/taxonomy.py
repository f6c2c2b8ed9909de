from django.db import models
from django.utils.translation import gettext_lazy as _

from home.models.taxonomy import VocabularyTerm


class Expertise(VocabularyTerm):
    """An area of expertise members are listed under ("MRI", "PET/SPECT",
    "AI and image analysis"); `?expertise=mri` filters the directory in every
    language."""

    @classmethod
    def names_in(cls, locale_id):
        """{slug: name} of the vocabulary in one language."""
        return dict(cls.objects.filter(locale_id=locale_id).values_list("slug", "name"))

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("area of expertise")
        verbose_name_plural = _("areas of expertise")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_expertise_slug_locale"
            )
        ]
