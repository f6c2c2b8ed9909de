"""Fixtures of the events tests: the events section in three languages, and
builders for events and their translations."""

import pytest

from events.factories import EventIndexPageFactory, EventPageFactory
from tests.events.builders import publish
from tests.utils import translate


@pytest.fixture
def events_tree(site_tree):
    """The events index in English, Italian and Romanian under the homes of
    tests/utils.build_site_tree."""
    index = publish(EventIndexPageFactory(parent=site_tree["en"]["home"]))
    return {
        "en": index,
        "it": translate(index, "it", title="Eventi", introduction="Formazione."),
        "ro": translate(index, "ro", title="Evenimente", introduction="Formare."),
    }


@pytest.fixture
def make_event(events_tree):
    """make_event(language="en", **fields): a published event in that
    language's index (Italian and Romanian ones as translations of an English
    event, given as `source=`)."""

    def make(language="en", source=None, **fields):
        if language == "en":
            return publish(EventPageFactory(parent=events_tree["en"], **fields))
        source = source or make("en")
        return translate(source, language, **fields)

    return make
