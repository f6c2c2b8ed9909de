"""`manage.py import_members FILE`: create or update member organisations
from a CSV or XLSX file (see members_directory/importing.py for the columns)."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from members_directory.importing import (
    COLUMNS,
    ImportFileError,
    members_import,
    read_rows,
)
from members_directory.models import MembersDirectoryPage

BAR_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Create or update member organisations from a CSV or XLSX file with the "
        f"columns {', '.join(COLUMNS)} (name, type and country are required). "
        "Every row is checked; rejected rows are listed and nothing is written "
        "for them. Rows are matched on slug, so importing again updates."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .csv (UTF-8) or .xlsx file")
        parser.add_argument(
            "--directory",
            type=int,
            help="id of the members directory page (default: the one in the "
            "source language)",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="check every row and report, without writing anything",
        )

    def handle(self, *args, **options):
        directory = self._directory(options["directory"])
        try:
            rows = read_rows(options["file"])
        except FileNotFoundError as error:
            raise CommandError(f"No such file: {options['file']}") from error
        except ImportFileError as error:
            raise CommandError(f"{options['file']}: {error}") from error
        report = members_import(
            directory, rows, progress=self._progress, dry_run=options["dry_run"]
        )
        self.stderr.write("")
        verb = "would be saved" if options["dry_run"] else "saved"
        valid = len(rows) - len(report.rejected)
        self.stdout.write(
            f"{len(rows)} rows read, {valid} valid ({verb}): {report.created} "
            f"created, {report.updated} updated, {report.unchanged} unchanged; "
            f"{len(report.rejected)} rejected."
        )
        for line, reasons in report.rejected:
            self.stdout.write(self.style.ERROR(f"  line {line}: ") + "; ".join(reasons))

    def _directory(self, pk):
        pages = MembersDirectoryPage.objects.all()
        if pk:
            page = pages.filter(pk=pk).first()
        else:
            page = pages.filter(locale=Locale.get_default()).first()
        if page is None:
            raise CommandError(
                "No members directory page found: create one (or run seed_demo), "
                "or give its id with --directory."
            )
        return page

    def _progress(self, done, total):
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        self.stderr.write(f"\r[{bar}] {done}/{total}", ending="")
        self.stderr.flush()
