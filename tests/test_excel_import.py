"""Workbooks as departments send them are read with no settings."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from planapp.domain.plan import ExtraColumn
from planapp.domain.sample import sample_plan
from planapp.domain.template import headings
from planapp.excel.errors import ImportCancelled, WorkbookError
from planapp.excel.reader import parse_title_rows, read_workbook
from planapp.excel.writer import write_workbook
from tests.workbook_variants import VARIANTS, large_plan

SEED_NUMBERS = [
    ["1.1", "1.2", "1.3", "1.4"],
    ["2.1", "2.2"],
    ["3.1", "3.2", "3.3", "3.4 a)", "3.4 b)"],
]
SEED_DUES = [
    [dt.date(2020, 9, 30), dt.date(2020, 12, 7), dt.date(2021, 1, 30), dt.date(2020, 3, 31)],
    [dt.date(2020, 9, 30), dt.date(2020, 10, 31)],
    [
        dt.date(2021, 3, 12),
        dt.date(2021, 3, 30),
        dt.date(2021, 3, 30),
        dt.date(2020, 12, 31),
        dt.date(2021, 9, 30),
    ],
]
SEED_PHONES = [
    ["613-948-4111", "613-948-9694", "613-941-4937"],
    ["613-948-4111"],
    ["613-948-4111", "613-437-8211"],
]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variant_gives_the_seed_recommendations(tmp_path: Path, variant: str) -> None:
    path = VARIANTS[variant](tmp_path / f"{variant}.xlsx")
    before = _digest(path)
    result = read_workbook(path)
    assert _digest(path) == before  # the user's file is never modified
    (plan,) = result.plans
    assert [r.ref for r in plan.recommendations] == ["Rec. 1", "Rec. 2", "Rec. 3"]
    assert [[m.number for m in r.milestones] for r in plan.recommendations] == SEED_NUMBERS
    assert [[m.due.date for m in r.milestones] for r in plan.recommendations] == SEED_DUES
    assert [[c.phone for c in r.contacts] for r in plan.recommendations] == SEED_PHONES
    assert [r.completion.date for r in plan.recommendations] == [
        dt.date(2021, 1, 30),
        dt.date(2020, 10, 31),
        dt.date(2021, 3, 30),
    ]
    assert plan.recommendations[2].contacts[1].organization == "IRCC"
    assert plan.recommendations[2].contacts[1].name == "Dr. Nicole Giles"
    assert plan.recommendations[0].recommendation.startswith("CBSA should continue to refine")


@pytest.mark.parametrize("variant", ["paginated", "merged_milestones", "offset_with_logo"])
def test_english_variants_read_the_seed_word_for_word(tmp_path: Path, variant: str) -> None:
    plan = read_workbook(VARIANTS[variant](tmp_path / "v.xlsx")).plans[0]
    seed = sample_plan()
    if variant == "offset_with_logo":  # its "Status" column is kept with each recommendation
        assert [r.extra for r in plan.recommendations] == [[ExtraColumn("Status", "On track")]] * 3
        for rec in plan.recommendations:
            rec.extra = []
    assert plan.recommendations == seed.recommendations
    assert plan.language == "en"
    assert (plan.department, plan.acronym, plan.title) == (
        "Canada Border Services Agency",
        "CBSA",
        seed.title,
    )
    assert (plan.audit_title, plan.audit_title_fr) == (seed.audit_title, seed.audit_title_fr)


def test_french_workbook(tmp_path: Path) -> None:
    result = read_workbook(VARIANTS["french"](tmp_path / "fr.xlsx"))
    plan = result.plans[0]
    assert result.warnings == []
    assert plan.acronym == "ASFC"
    assert plan.language == "fr"
    # French names keep the case they were written in (no English-style title case).
    assert plan.department_fr == "AGENCE DES SERVICES FRONTALIERS DU CANADA"
    assert plan.audit_title_fr == "Audit de performance sur les renvois d'immigration"
    assert plan.recommendations[0].completion.text == "30 janvier 2021"


def test_a_status_column_that_is_not_statuses_is_kept_and_reported(tmp_path: Path) -> None:
    result = read_workbook(VARIANTS["offset_with_logo"](tmp_path / "logo.xlsx"))
    assert result.warnings == [
        "Sheet “Action Plan”: column K “Status” does not read as milestone statuses; it is "
        "kept as an extra column."
    ]
    assert result.plans[0].recommendations[0].extra == [ExtraColumn("Status", "On track")]


def test_instructions_sheet_is_skipped(tmp_path: Path) -> None:
    result = read_workbook(VARIANTS["instructions_first"](tmp_path / "two.xlsx"))
    assert result.sheets == ["Plan"]
    assert result.from_planapp == [False]
    assert any("Instructions" in w and "skipped" in w for w in result.warnings)


def test_one_plan_per_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    for n, title in enumerate(["Audit A", "Audit B"], start=1):
        ws = wb.active if n == 1 else wb.create_sheet()
        ws.title = title
        ws["A1"] = f"DEPARTMENT {n} (D{n}) DETAILED ACTION PLAN"
        ws["A2"] = f"Audit number {n}"
        for i, text in enumerate(headings("en")):
            ws.cell(row=3, column=1 + i, value=text)
        ws["A4"] = f"Rec. {n}"
        ws["F4"] = f"{n}.1 Do the thing. March 31, 2022"
    path = tmp_path / "two-plans.xlsx"
    wb.save(path)
    result = read_workbook(path)
    assert result.sheets == ["Audit A", "Audit B"]
    assert [p.acronym for p in result.plans] == ["D1", "D2"]
    assert [p.audit_title for p in result.plans] == ["Audit number 1", "Audit number 2"]
    assert result.plans[1].recommendations[0].milestones[0].due.date == dt.date(2022, 3, 31)


def test_headings_with_other_wording_case_and_line_breaks(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    wording = [
        "REPORT REF.\nNO.",
        "Recommendations",
        "Management response",
        "Expected results",
        "Target completion date",
        "Key milestones",
        "Responsible official / contact",
        "Indicator",
    ]
    for i, text in enumerate(wording):
        ws.cell(row=8, column=2 + i, value=text)
    ws["B9"] = "Para. 46"
    ws["C9"] = "Do better."
    ws["F9"] = "Q4 2021-22"
    path = tmp_path / "wording.xlsx"
    wb.save(path)
    rec = read_workbook(path).plans[0].recommendations[0]
    assert (rec.ref, rec.recommendation, rec.completion.date) == (
        "Para. 46",
        "Do better.",
        dt.date(2022, 3, 31),
    )


def test_unreadable_dates_are_kept_and_reported(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for i, text in enumerate(headings("en")):
        ws.cell(row=1, column=1 + i, value=text)
    ws["A2"] = "Rec. 1"
    ws["E2"] = "05/06/2021"
    ws["F2"] = "1.1 Design. TBD\n1.2 Build. 13/13/2021"
    path = tmp_path / "dates.xlsx"
    wb.save(path)
    result = read_workbook(path)
    rec = result.plans[0].recommendations[0]
    assert rec.completion.text == "05/06/2021" and rec.completion.date is None
    assert rec.milestones[1].due.text == "13/13/2021"
    assert any("completion date “05/06/2021”" in w for w in result.warnings)
    assert any("milestone 1.2" in w and "13/13/2021" in w for w in result.warnings)


def test_macro_workbook_values_are_read_and_macros_reported(tmp_path: Path) -> None:
    source = io.BytesIO()
    write_workbook(sample_plan(), tmp_path / "plain.xlsx")
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as z, zipfile.ZipFile(source, "w") as out:
        for item in z.infolist():
            data = z.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                )
            out.writestr(item, data)
        out.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not really VBA")
    path = tmp_path / "macros.xlsm"
    path.write_bytes(source.getvalue())
    result = read_workbook(path)
    assert result.plans[0] == sample_plan()
    assert result.warnings == [
        "macros.xlsm contains macros; they were not read and are never kept."
    ]


def test_progress_is_reported_and_cancel_stops(tmp_path: Path) -> None:
    path = tmp_path / "large.xlsx"
    write_workbook(large_plan(600), path)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    result = read_workbook(path, progress)
    assert len(result.plans[0].recommendations) == 600
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert len(seen) >= 3

    calls = 0

    def cancel_soon(done: int, total: int) -> bool:
        nonlocal calls
        calls += 1
        return calls < 2

    with pytest.raises(ImportCancelled):
        read_workbook(path, cancel_soon)


def test_no_header_anywhere(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Budget 2021"
    wb.active["B5"] = "Salaries"
    path = tmp_path / "budget.xlsx"
    wb.save(path)
    with pytest.raises(WorkbookError) as err:
        read_workbook(path)
    assert str(err.value).startswith("budget.xlsx has no plan table")


def test_a_table_with_headings_but_no_rows(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    for i, text in enumerate(headings("fr")):
        wb.active.cell(row=2, column=1 + i, value=text)
    path = tmp_path / "empty.xlsx"
    wb.save(path)
    result = read_workbook(path)
    assert result.plans[0].recommendations == []
    assert any("no recommendations" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ["IMMIGRATION, REFUGEES AND CITIZENSHIP CANADA (IRCC) DETAILED ACTION PLAN"],
            {
                "department": "Immigration, Refugees and Citizenship Canada",
                "acronym": "IRCC",
                "title": "IMMIGRATION, REFUGEES AND CITIZENSHIP CANADA (IRCC) DETAILED ACTION PLAN",
            },
        ),
        (
            ["Logo", "Health Canada Detailed Action Plan", "Report 4 — Vaccine Supply"],
            {
                "department": "Health Canada",
                "title": "Health Canada Detailed Action Plan",
                "audit_title": "Report 4 — Vaccine Supply",
            },
        ),
        (
            ["CBSA DETAILED ACTION PLAN / ASFC PLAN D'ACTION DÉTAILLÉ", "Removals/ Renvois"],
            {
                "department": "CBSA",
                "department_fr": "ASFC",
                "title": "CBSA DETAILED ACTION PLAN",
                "title_fr": "ASFC PLAN D'ACTION DÉTAILLÉ",
                "audit_title": "Removals",
                "audit_title_fr": "Renvois",
            },
        ),
        (["Some logo caption only"], {}),
    ],
)
def test_title_rows(texts: list[str], expected: dict[str, str]) -> None:
    assert parse_title_rows(texts) == expected
