"""`seed_demo` builds the site visitors saw before the demo became data.

demo_manifest.json was recorded from the demo as it was written in Python
(see demo_manifest.py for what it holds). When the site is meant to look
different (a template or a demo text changed on purpose), record it again:

    DEMO_MANIFEST_WRITE=1 pytest tests/home/test_demo_manifest.py

and commit the new file with the change. The test then skips: run it again.
`DEMO_MANIFEST_TEXTS=file.json` also writes every page's unhashed main
content there, to compare two runs with a diff tool.
"""

import json
import os
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction

from .demo_manifest import manifest

FIXTURE = Path(__file__).with_name("demo_manifest.json")


def dumps(data):
    """JSON with one line per entry of each section, for short diffs."""
    sections = []
    for name, entries in sorted(data.items()):
        lines = [
            f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}"
            for key, value in sorted(entries.items())
        ]
        sections.append(f" {json.dumps(name)}: {{\n" + ",\n".join(lines) + "\n }")
    return "{\n" + ",\n".join(sections) + "\n}\n"


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        out, err = StringIO(), StringIO()
        call_command("seed_demo", stdout=out, stderr=err)
        yield out.getvalue(), err.getvalue()
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def expected():
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.mark.django_db
class TestDemoManifest:
    def test_visitors_see_the_recorded_site(self, seeded, client, expected):
        texts = {}
        actual = manifest(client, texts)
        if os.environ.get("DEMO_MANIFEST_TEXTS"):
            Path(os.environ["DEMO_MANIFEST_TEXTS"]).write_text(
                json.dumps(texts, ensure_ascii=False, indent=1), encoding="utf-8"
            )
        if os.environ.get("DEMO_MANIFEST_WRITE"):
            FIXTURE.write_text(dumps(actual), encoding="utf-8")
            pytest.skip(f"{FIXTURE.name} written")
        assert sorted(actual["pages"]) == sorted(expected["pages"])
        for url, page in expected["pages"].items():
            assert actual["pages"][url] == page, (url, texts[url]["text"][:2000])
        for section in ("menus", "members", "events", "topics", "expertise"):
            assert actual[section] == expected[section], section
