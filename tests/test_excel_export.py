"""The exported workbook: laid out and set up for printing like the filed plans, safe to open,
written atomically, and fillable into a department's own template."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Font, PatternFill

from planapp.domain.plan import Plan, Recommendation
from planapp.domain.sample import sample_plan
from planapp.domain.template import Column, headings
from planapp.excel.errors import ExportError
from planapp.excel.reader import read_workbook
from planapp.excel.writer import write_workbook


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "sample.xlsx"
    assert write_workbook(sample_plan(), path) == []
    return path


def test_layout_like_the_filed_plan(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb.worksheets[0]
    assert ws["A1"].value == "CANADA BORDER SERVICES AGENCY (CBSA) DETAILED ACTION PLAN"
    assert ws["A2"].value == (
        "OAG Performance Audit of Immigration Removals/ BVG sur le audit de performance sur "
        "les Retraits de l'immigration"
    )
    assert [c.value for c in ws[3]] == headings("en")
    assert [ws.cell(row=r, column=1).value for r in (4, 5, 6)] == ["Rec. 1", "Rec. 2", "Rec. 3"]
    milestones = ws.cell(row=4, column=1 + Column.MILESTONES).value
    assert str(milestones).startswith("1.1 The CBSA will continue")
    assert ws.cell(row=4, column=1 + Column.COMPLETION).value == "January 30, 2021"
    body = ws.cell(row=4, column=2)
    assert body.alignment.wrap_text and body.alignment.vertical == "top"
    assert body.border.left.style == "thin"
    assert body.font.name == "Arial" and body.font.size == 10
    # Rows are as tall as their text (Excel does not fit them when it opens a file).
    assert all(ws.row_dimensions[r].height and ws.row_dimensions[r].height > 100 for r in (4, 5))
    # The Committee's column is shaded, the others are not.
    assert ws.cell(row=4, column=1 + Column.INDICATOR).fill.fgColor.rgb.endswith("EDEDED")
    assert ws.cell(row=4, column=2).fill.fill_type is None
    widths = [ws.column_dimensions[chr(65 + c)].width for c in Column]
    assert widths[Column.RESPONSE] > widths[Column.REF] * 3  # in proportion to the text


def test_print_ready(exported: Path) -> None:
    ws = openpyxl.load_workbook(exported).worksheets[0]
    setup = ws.page_setup
    assert setup.orientation == "landscape"
    assert int(setup.paperSize) == int(ws.PAPERSIZE_LEGAL)
    assert int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$3"
    assert ws.freeze_panes == "A4"
    assert ws.oddFooter.center.text == "Page &P of &N"


def test_letter_paper(tmp_path: Path) -> None:
    path = tmp_path / "letter.xlsx"
    write_workbook(sample_plan(), path, paper="letter")
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_LETTER)


@pytest.mark.parametrize("lang", ["fr", "both"])
def test_french_and_bilingual_headings(tmp_path: Path, lang: str) -> None:
    path = tmp_path / f"{lang}.xlsx"
    write_workbook(sample_plan(), path, lang=lang)  # type: ignore[arg-type]
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert [c.value for c in ws[3]] == headings(lang)  # type: ignore[arg-type]
    assert "PLAN D'ACTION DÉTAILLÉ" in ws["A1"].value
    footer = ws.oddFooter.center.text
    assert footer == ("Page &P de &N" if lang == "fr" else "Page &P of / de &N")


def test_workbook_properties_and_hidden_record(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    assert wb.properties.title == "CANADA BORDER SERVICES AGENCY (CBSA) DETAILED ACTION PLAN"
    assert wb.properties.subject.startswith("OAG Performance Audit")
    assert wb.properties.creator == "planapp"
    assert wb.sheetnames[0] == wb.active.title
    record = wb["planapp"]
    assert record.sheet_state == "veryHidden"


HOSTILE = ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(1)", "\tx", "#N/A", '=HYPERLINK("x")']


def test_formula_like_text_is_written_as_text(tmp_path: Path) -> None:
    plan = Plan(
        recommendations=[
            Recommendation(ref=text, recommendation=text, response="ok") for text in HOSTILE
        ]
    )
    path = tmp_path / "hostile.xlsx"
    write_workbook(plan, path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    for row, text in enumerate(HOSTILE, start=4):
        cell = ws.cell(row=row, column=2)
        assert cell.value == text
        assert cell.data_type == "s"
        assert cell.quotePrefix == text.startswith(("=", "+", "-", "@", "\t"))
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and 't="e"' not in sheet  # no formula, no error cell
    assert read_workbook(path).plans[0] == plan


def test_control_characters_are_cleaned(tmp_path: Path) -> None:
    plan = Plan(recommendations=[Recommendation(ref="R\x00ec\x07. 1", response="a\x0bb\x1fc")])
    path = tmp_path / "ctrl.xlsx"
    write_workbook(plan, path)
    rec = read_workbook(path).plans[0].recommendations[0]
    assert (rec.ref, rec.response) == ("Rec. 1", "a\nbc")


def test_text_over_the_cell_limit_is_refused_not_cut(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    write_workbook(sample_plan(), path)
    before = _digest(path)
    plan = sample_plan()
    plan.recommendations[1].response = "x" * 32_768
    with pytest.raises(ExportError) as err:
        write_workbook(plan, path)
    message = str(err.value)
    assert "Rec. 2" in message and "Departmental Response" in message and "32,767" in message
    assert _digest(path) == before  # the existing file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx"]  # no temporary left


def test_failed_write_leaves_the_target_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"the user's previous file")

    def full_disk(self: object, filename: str) -> None:
        Path(filename).write_bytes(b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", full_disk)
    with pytest.raises(ExportError, match=r"plan\.xlsx could not be written: No space left"):
        write_workbook(sample_plan(), path)
    assert path.read_bytes() == b"the user's previous file"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.xlsx"]


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_workbook(sample_plan(), tmp_path / "nowhere" / "plan.xlsx")


# --- A department's own template --------------------------------------------------------------


def _department_template(path: Path) -> Path:
    """Logo caption, titles, French headings from column B on row 6, an example row, a note
    further down, their own widths, fonts and print setup."""
    wb = openpyxl.Workbook()
    guide = wb.active
    guide.title = "Guide"
    guide["A1"] = "Fill in the plan on the next sheet."
    ws = wb.create_sheet("PAD")
    ws["B1"] = "Gouvernement du Canada / Government of Canada"
    ws["B3"] = "<NOM DU MINISTÈRE> PLAN D'ACTION DÉTAILLÉ"
    ws["B4"] = "<Titre de l'audit>"
    for i, text in enumerate(headings("fr")):
        cell = ws.cell(row=6, column=2 + i, value=text)
        cell.font = Font(name="Verdana", bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="26374A")
    for i in range(8):
        example = ws.cell(row=7, column=2 + i, value="Exemple" if i == 0 else None)
        example.font = Font(name="Verdana", size=9)
        example.alignment = Alignment(wrap_text=True, vertical="top")
    ws["B12"] = "Approuvé par : ____________"
    for i in range(8):
        ws.column_dimensions[chr(66 + i)].width = 30
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_LETTER
    ws.print_title_rows = "6:6"
    wb.save(path)
    return path


def test_export_into_a_department_template(tmp_path: Path) -> None:
    template = _department_template(tmp_path / "ministere.xlsx")
    before = _digest(template)
    out = tmp_path / "plan.xlsx"
    assert write_workbook(sample_plan(), out, template=template) == []
    assert _digest(template) == before  # the template itself is only read

    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:2] == ["Guide", "PAD"]
    ws = wb["PAD"]
    assert ws["B1"].value == "Gouvernement du Canada / Government of Canada"
    assert ws["B3"].value == "CANADA BORDER SERVICES AGENCY (CBSA) DETAILED ACTION PLAN"
    assert ws["B4"].value.startswith("OAG Performance Audit of Immigration Removals/")
    refs = [(r, ws.cell(row=r, column=2).value) for r in range(7, 20)]
    assert [v for _, v in refs if v][:3] == ["Rec. 1", "Rec. 2", "Rec. 3"]
    assert refs[0] == (7, "Rec. 1")  # in place of the example row
    assert ws.cell(row=7, column=3).font.name == "Verdana"  # the example row's style
    assert ws.cell(row=6, column=2).fill.fgColor.rgb.endswith("26374A")
    assert ws.column_dimensions["C"].width == 30
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_LETTER)
    assert ws.print_title_rows == "$6:$6"
    notes = [c.value for row in ws.iter_rows(min_row=10) for c in row if c.value]
    assert "Approuvé par : ____________" in notes  # moved down, not overwritten

    result = read_workbook(out)
    assert result.sheets == ["PAD"]
    assert result.plans[0] == sample_plan()


def test_template_without_a_needed_column_is_refused(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for i, text in enumerate(headings("en")[:6]):  # no contacts, no indicator
        ws.cell(row=1, column=1 + i, value=text)
    template = tmp_path / "short.xlsx"
    wb.save(template)
    with pytest.raises(ExportError, match=r"short\.xlsx .*Responsible Organization"):
        write_workbook(sample_plan(), tmp_path / "out.xlsx", template=template)
    assert not (tmp_path / "out.xlsx").exists()


def test_template_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    template.write_text("Report Ref. No.,OAG Recommendation\n", encoding="utf-8")
    with pytest.raises(ExportError, match=r"template\.xlsx is not an Excel workbook"):
        write_workbook(sample_plan(), tmp_path / "out.xlsx", template=template)


def test_bold_milestone_numbers_and_organizations(tmp_path: Path) -> None:
    path = tmp_path / "bold.xlsx"
    write_workbook(sample_plan(), path, bold_numbers=True)
    ws = openpyxl.load_workbook(path, rich_text=True).worksheets[0]
    runs = ws.cell(row=4, column=1 + Column.MILESTONES).value
    assert [r.text.strip() for r in runs if getattr(r, "font", None) and r.font.b][:2] == [
        "1.1",
        "1.2",
    ]
    contacts = ws.cell(row=4, column=1 + Column.CONTACTS).value
    assert contacts[0].text == "CBSA" and contacts[0].font.b
    assert read_workbook(path).plans[0] == sample_plan()


def test_new_file_gets_ordinary_permissions_and_replaced_file_keeps_its_own(
    tmp_path: Path,
) -> None:
    import os

    path = tmp_path / "plan.xlsx"
    write_workbook(sample_plan(), path)
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask
    path.chmod(0o640)
    write_workbook(sample_plan(), path)
    assert path.stat().st_mode & 0o777 == 0o640
