import pytest
from django.core.management import call_command  # noqa: F401
from wagtail.models import Locale

from members_directory.factories import (
    ExpertiseFactory,
    MemberPageExpertiseFactory,
    MemberPageFactory,
    MembersDirectoryPageFactory,
)
from members_directory.models import Expertise
from tests.utils import translate


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def directory(site_tree):
    """The English directory under the English home, translated into Italian
    and Romanian."""
    page = publish(MembersDirectoryPageFactory(parent=site_tree["en"]["home"]))
    translate(page, "it", title="Membri")
    translate(page, "ro", title="Membri")
    return page


@pytest.fixture
def vocabulary(locales):
    """MRI, PET and AI in English, translated into Italian."""
    terms = {}
    for slug, name, italian in [
        ("mri", "MRI", "Risonanza magnetica"),
        ("pet", "PET/SPECT", "PET/SPECT"),
        ("ai", "AI and image analysis", "IA e analisi delle immagini"),
    ]:
        term = ExpertiseFactory(name=name, slug=slug, locale=locales["en"])
        copy = term.copy_for_translation(locales["it"])
        copy.name = italian
        copy.save()
        terms[slug] = term
    return terms


def member_add(directory, expertise=(), **fields):
    """A published member page under `directory` with `expertise` links."""
    page = MemberPageFactory(parent=directory, **fields)
    for term in expertise:
        if term.locale_id != page.locale_id:
            term = Expertise.objects.get(
                translation_key=term.translation_key, locale_id=page.locale_id
            )
        MemberPageExpertiseFactory(page=page, expertise=term)
    return publish(page)


@pytest.fixture
def italian_directory(directory):
    return directory.get_translation(Locale.objects.get(language_code="it")).specific
