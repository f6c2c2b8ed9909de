"""Render time and query count per page type, in every language.

Prints figures to compare between changes; asserts nothing. Run against a
seeded database:

    make seed && .venv/bin/python bench/render_pages.py [--repeat 30]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ.setdefault("DEBUG", "false")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Page  # noqa: E402


def pages_by_type():
    """One live page per (type, language), aliases left out."""
    chosen = {}
    for page in (
        Page.objects.live()
        .filter(depth__gte=2, alias_of__isnull=True)
        .select_related("locale", "content_type")
        .order_by("path")
    ):
        key = (page.content_type.model, page.locale.language_code)
        chosen.setdefault(key, page)
    return chosen


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    header = ("page type", "lang", "median ms", "p90 ms", "queries")
    print("{:<16} {:<5} {:>10} {:>8} {:>8}".format(*header))
    for (model, code), page in sorted(pages_by_type().items()):
        url = page.get_url()
        client.get(url)  # warm caches, as a running server would be
        timings = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        p90 = statistics.quantiles(timings, n=10)[-1]
        code_seen = response.status_code
        status = "" if code_seen == 200 else f"  (HTTP {code_seen})"
        print(
            f"{model:<16} {code:<5} {statistics.median(timings):>10.1f} "
            f"{p90:>8.1f} {len(queries):>8}{status}"
        )


if __name__ == "__main__":
    main()
