import pytest
from django.conf import settings
from wagtail.models import Locale

from tests.utils import build_site_tree


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get(language_code=code) for code in settings.SITE_LANGUAGES
    }


@pytest.fixture
def site_tree(locales):
    """English home and About, the home in Italian and Romanian, About in
    Italian only: see tests/utils.py."""
    return build_site_tree()
