import csv
import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from members_directory.models import MemberPage

HEADER = [
    "name",
    "slug",
    "type",
    "country",
    "city",
    "expertise",
    "description",
    "offers",
    "website",
    "contact_email",
    "member_since",
]
GOOD = [
    [
        "Cluj Heart Institute",
        "",
        "hospital",
        "RO",
        "Cluj-Napoca",
        "mri; pet",
        "A hospital.\n\nWith a PET centre & more.",
        "Scanner time.",
        "https://chi.example.org",
        "info@chi.example.org",
        "2014-03-01",
    ],
    ["DeepVista", "deepvista", "Start-up", "it", "Bologna", "ai", "", "", "", "", ""],
]
BAD = [
    ["", "", "hospital", "RO", "", "", "", "", "", "", ""],  # no name
    [
        "Nowhere Lab",
        "",
        "spaceship",
        "ZZ",
        "",
        "unknown-thing",
        "",
        "",
        "not a url",
        "no-at-sign",
        "01/02/2020",
    ],
]


def write_csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def run(path, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_members", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
class TestImportMembers:
    def test_valid_rows_are_saved_and_rejected_rows_reported(
        self, tmp_path, directory, vocabulary
    ):
        path = write_csv(tmp_path / "members.csv", [GOOD[0], BAD[0], GOOD[1], BAD[1]])
        out, err = run(path)
        assert "4 rows read, 2 valid" in out
        assert "2 created" in out
        assert "2 rejected" in out
        assert "line 3: name: This field is required." in out
        line5 = next(line for line in out.splitlines() if "line 5" in line)
        for reason in [
            "unknown organisation type 'spaceship'",
            "unknown country code 'ZZ'",
            "unknown-thing",
            "website:",
            "contact_email:",
            "member_since:",
        ]:
            assert reason in line5
        assert "[##############################] 4/4" in err  # the progress bar
        pages = MemberPage.objects.child_of(directory).order_by("title")
        assert [p.title for p in pages] == ["Cluj Heart Institute", "DeepVista"]
        cluj = pages[0]
        assert cluj.live and cluj.slug == "cluj-heart-institute"
        assert cluj.country == "RO" and cluj.organisation_type == "hospital"
        assert (
            cluj.description == "<p>A hospital.</p><p>With a PET centre &amp; more.</p>"
        )
        assert [link.expertise.slug for link in cluj.expertise_links.all()] == [
            "mri",
            "pet",
        ]
        assert str(cluj.member_since) == "2014-03-01"
        assert pages[1].organisation_type == "startup" and pages[1].country == "IT"
        assert not MemberPage.objects.filter(title="Nowhere Lab").exists()

    def test_running_twice_updates_rather_than_duplicates(
        self, tmp_path, directory, vocabulary
    ):
        path = write_csv(tmp_path / "members.csv", GOOD)
        run(path)
        out, _err = run(path)
        assert "0 created, 0 updated, 2 unchanged" in out
        changed = [list(GOOD[0]), GOOD[1]]
        changed[0][4] = "Cluj"
        changed[0][5] = "pet"
        out, _err = run(write_csv(tmp_path / "changed.csv", changed))
        assert "0 created, 1 updated, 1 unchanged" in out
        assert MemberPage.objects.child_of(directory).count() == 2
        cluj = MemberPage.objects.get(slug="cluj-heart-institute")
        assert cluj.city == "Cluj"
        assert [link.expertise.slug for link in cluj.expertise_links.all()] == ["pet"]

    def test_xlsx_and_dry_run(self, tmp_path, directory, vocabulary):
        workbook = Workbook()
        sheet = workbook.active
        sheet.append(HEADER)
        sheet.append(GOOD[0])
        path = tmp_path / "members.xlsx"
        workbook.save(path)
        out, _err = run(path, "--dry-run")
        assert "1 valid (would be saved)" in out
        assert not MemberPage.objects.exists()
        run(path)
        assert MemberPage.objects.get().title == "Cluj Heart Institute"

    def test_duplicate_slugs_in_one_file_are_rejected(
        self, tmp_path, directory, vocabulary
    ):
        out, _err = run(write_csv(tmp_path / "m.csv", [GOOD[0], GOOD[0]]))
        assert "line 3: slug: 'cluj-heart-institute' is already used on line 2" in out

    def test_unreadable_files_are_a_clear_error(self, tmp_path, directory):
        with pytest.raises(CommandError, match="must end in .csv or .xlsx"):
            run(tmp_path / "members.txt")
        (tmp_path / "x.csv").write_text("title,kind\nA,B\n")
        with pytest.raises(CommandError, match="missing column"):
            run(tmp_path / "x.csv")
        (tmp_path / "bad.xlsx").write_bytes(b"not a zip")
        with pytest.raises(CommandError, match="not a readable XLSX"):
            run(tmp_path / "bad.xlsx")
        with pytest.raises(CommandError, match="No such file"):
            run(tmp_path / "missing.csv")
