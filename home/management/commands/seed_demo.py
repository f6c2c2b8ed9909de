"""`manage.py seed_demo`: the demo site, in every language, idempotently.

The work is a list of steps (see home/demo/__init__.py). Each installed app may
add its own in a `demo` module, which is imported here before the steps run.
"""

import logging

from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from django.utils.module_loading import autodiscover_modules

IMMEDIATE_TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
}


class Command(BaseCommand):
    help = (
        "Load the demo content (pages in every language, images, menus, site "
        "settings and local user accounts). Safe to run again: it only adds "
        "what is missing and updates the demo texts."
    )

    def handle(self, *args, **options):
        # Wagtail logs every page created and published at INFO; keep the
        # progress lines readable unless asked for more (-v 2).
        if options["verbosity"] < 2:
            logging.getLogger("wagtail").setLevel(logging.WARNING)
        autodiscover_modules("demo")
        from home.demo import SeedContext, get_steps

        steps = get_steps()
        ctx = SeedContext(stdout=self.stdout)
        # Run the side effects of building the demo (search and reference
        # indexing) here and now: queued, they would wait for a worker and
        # fail noisily there for the pages the seed replaces.
        with override_settings(TASKS=IMMEDIATE_TASKS):
            self.run_steps(steps, ctx)
        for warning in ctx.warnings:
            self.stderr.write(self.style.WARNING(f"Warning: {warning}"))
        for line in ctx.summary:
            self.stdout.write(line)

    def run_steps(self, steps, ctx):
        for number, step in enumerate(steps, start=1):
            self.stdout.write(f"[{number}/{len(steps)}] {step.label} ...", ending="")
            self.stdout.flush()
            with transaction.atomic():
                detail = step.func(ctx)
            suffix = f" ({detail})" if detail else ""
            self.stdout.write(" " + self.style.SUCCESS("done") + suffix)
