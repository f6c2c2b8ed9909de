"""Compile the project's .po files to .mo with polib (pure Python).

Django's own `compilemessages` needs GNU gettext's `msgfmt` on the machine;
this needs nothing beyond the requirements, so `make run` works on a fresh
machine. It compiles every catalogue under LOCALE_PATHS and under the
project's own apps, and refuses catalogues that do not parse.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Compile the project's .po translation files into .mo files."

    def catalogues(self):
        roots = [Path(p) for p in settings.LOCALE_PATHS]
        base = Path(settings.BASE_DIR)
        roots += [p for p in base.glob("*/locale") if not p.parent.name.startswith(".")]
        for root in roots:
            yield from sorted(root.glob("*/LC_MESSAGES/*.po"))

    def handle(self, *args, **options):
        count = 0
        for po_path in self.catalogues():
            try:
                catalogue = polib.pofile(str(po_path))
            except (OSError, ValueError) as error:
                raise CommandError(f"{po_path}: {error}") from error
            mo_path = po_path.with_suffix(".mo")
            if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            catalogue.save_as_mofile(str(mo_path))
            count += 1
            if options["verbosity"] > 1:
                self.stdout.write(f"compiled {po_path}")
        if options["verbosity"] > 0:
            self.stdout.write(f"{count} catalogue(s) compiled")
