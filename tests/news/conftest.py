import pytest
from django.core.cache import cache
from django.db import transaction

from tests.news.builders import (
    add_news,
    build_indexes,
    build_topics,
    day,
    translate_news,
)
from tests.utils import build_site_tree


@pytest.fixture(autouse=True)
def _empty_cache():
    # Renditions and file sizes are cached by id; ids come back after a
    # rollback, so no test sees another's.
    cache.clear()


def _news_site():
    tree = build_site_tree()
    topics = build_topics()
    indexes = build_indexes(tree)
    index = indexes["en"]
    funding, training, ai = (
        topics["funding"]["en"],
        topics["training"]["en"],
        topics["ai-in-imaging"]["en"],
    )
    call = add_news(index, title="Call won", date=day(0), topics=[funding])
    scanner = add_news(index, title="New scanner", date=day(1), topics=[ai])
    grant = add_news(index, title="Grant signed", date=day(2), topics=[funding, ai])
    course = add_news(index, title="Training day", date=day(3), topics=[training])
    italian = [
        translate_news(course, "it", title="Giornata di formazione"),
        translate_news(grant, "it", title="Contratto firmato"),
        translate_news(call, "it", title="Bando vinto"),
    ]
    romanian = [translate_news(scanner, "ro", title="Un scaner nou")]
    return {
        "tree": tree,
        "indexes": indexes,
        "topics": topics,
        "en": [course, grant, scanner, call],
        "it": italian,
        "ro": romanian,
    }


@pytest.fixture(scope="module")
def news_site(django_db_setup, django_db_blocker):
    """Built once per module (inside a transaction rolled back afterwards;
    each test runs in its own savepoint): four English news items, newest
    "Training day" (2026-03-04), two on funding; Italian translations of
    three and a Romanian one of one. Refetch a page before changing it.

    {"tree", "indexes": {language: index}, "topics": {slug: {language:
    Topic}}, "en" / "it" / "ro": [pages, newest first]}"""
    with django_db_blocker.unblock(), transaction.atomic():
        yield _news_site()
        transaction.set_rollback(True)
