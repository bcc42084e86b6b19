"""The exported workbook: laid out and set up for printing like the filed plans, safe to open,
written atomically, and fillable into a department's own template."""

from __future__ import annotations

import hashlib
import io
import random
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Font, PatternFill

from planapp.domain.plan import Contact, Milestone, Plan, Recommendation
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


def test_french_headings(tmp_path: Path) -> None:
    path = tmp_path / "fr.xlsx"
    write_workbook(sample_plan(), path, lang="fr")
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert [c.value for c in ws[3]] == headings("fr")
    assert "PLAN D'ACTION DÉTAILLÉ" in ws["A1"].value
    assert ws.oddFooter.center.text == "Page &P de &N"


def test_bilingual_workbook_has_a_sheet_in_each_language(tmp_path: Path) -> None:
    """Each sheet is a whole version: headings, titles and printed footer in its language
    (see excel/language_sheets.py for why not both languages in each cell)."""
    path = tmp_path / "both.xlsx"
    write_workbook(sample_plan(), path, lang="both")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == ["Action Plan", "Plan d'action"]
    en, fr = wb.worksheets[:2]
    assert [c.value for c in en[3]] == headings("en")
    assert [c.value for c in fr[3]] == headings("fr")
    assert "DETAILED ACTION PLAN" in en["A1"].value
    assert "PLAN D'ACTION DÉTAILLÉ" in fr["A1"].value
    assert en.oddFooter.center.text == "Page &P of &N"
    assert fr.oddFooter.center.text == "Page &P de &N"
    assert fr.print_title_rows == "$1:$3"


def test_workbook_properties_and_hidden_record(exported: Path) -> None:
    wb = openpyxl.load_workbook(exported)
    assert wb.properties.title == "CANADA BORDER SERVICES AGENCY (CBSA) DETAILED ACTION PLAN"
    assert wb.properties.subject.startswith("OAG Performance Audit")
    assert wb.properties.creator == "Canada Border Services Agency"  # the author
    assert wb.properties.lastModifiedBy == "planapp"
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


def _incompressible_template(path: Path, size: int) -> Path:
    """A template with a guide sheet of random text: its parts are small on their own but
    large together, so a file size limit between the two stops the export inside openpyxl's
    zip archive rather than in one of its temporary files."""
    rnd = random.Random(7)
    wb = openpyxl.Workbook()
    wb.active.title = "Guide"
    for row in range(1, 5):
        wb.active.cell(row=row, column=1, value=rnd.randbytes(size // 8).hex())
    ws = wb.create_sheet("Plan")
    for i, text in enumerate(headings("en")):
        ws.cell(row=3, column=1 + i, value=text)
    wb.save(path)
    return path


def test_failed_write_leaves_the_target_untouched_and_says_one_line(tmp_path: Path) -> None:
    """A real write failure (a file size limit, as a full disk would): the previous file is
    kept, nothing is left behind, and the user sees planapp's line only: no "Exception
    ignored in ZipFile.__del__" traceback from a half-written archive."""
    from planapp.store.document import Document

    rnd = random.Random(3)
    plan = Plan(
        title="T", recommendations=[Recommendation(ref="1", response=rnd.randbytes(16000).hex())]
    )
    document = tmp_path / "d.planapp"
    with Document.open(document, create=True) as doc:
        doc.add_plans([plan])
    template = _incompressible_template(tmp_path / "template.xlsx", 32000)
    probe = tmp_path / "probe.xlsx"
    write_workbook(plan, probe, template=template)
    with zipfile.ZipFile(probe) as z:
        largest_part = max(i.file_size for i in z.infolist())
    limit = (largest_part + probe.stat().st_size) // 2
    assert largest_part < limit < probe.stat().st_size

    out = tmp_path / "out"
    out.mkdir()
    target = out / "plan.xlsx"
    target.write_bytes(b"the user's previous file")
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        "from planapp.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    args = ["export", str(document), "-o", str(target), "--template", str(template)]
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    assert done.stderr == "planapp: plan.xlsx could not be written: File too large.\n"
    assert target.read_bytes() == b"the user's previous file"
    assert [p.name for p in out.iterdir()] == ["plan.xlsx"]


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


# --- Text that looks like a formula, links the plan must not inherit ---------------------------

FORMULA = "=cmd|' /C calc'!A0"


def test_formula_like_text_is_quoted_in_bold_cells(tmp_path: Path) -> None:
    rec = Recommendation(
        ref="1",
        milestones=[Milestone(number="1.1", description="Report")],
        contacts=[Contact(organization=FORMULA, name="A. Person")],
    )
    path = tmp_path / "bold.xlsx"
    write_workbook(Plan(title="T", recommendations=[rec]), path, bold_numbers=True)
    ws = openpyxl.load_workbook(path, rich_text=True).worksheets[0]
    contacts = ws.cell(row=4, column=1 + Column.CONTACTS)
    assert str(contacts.value).startswith(FORMULA)
    assert contacts.data_type == "s" and contacts.quotePrefix


def test_formula_like_titles_are_quoted_in_a_template(tmp_path: Path) -> None:
    template = _department_template(tmp_path / "ministere.xlsx")
    plan = sample_plan()
    plan.title = '=HYPERLINK("http://example.invalid") DETAILED ACTION PLAN'
    plan.audit_title, plan.audit_title_fr = "+Audit of Everything", ""
    out = tmp_path / "plan.xlsx"
    write_workbook(plan, out, template=template)
    ws = openpyxl.load_workbook(out)["PAD"]
    for cell in (ws["B3"], ws["B4"]):
        assert cell.value in (plan.title, "+Audit of Everything")
        assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate


def _linked_template(path: Path, tmp_path: Path) -> Path:
    """The department template with a hyperlink on its example row and on its note, and a
    link to another workbook (a formula in the guide and a defined name through it)."""
    _department_template(path)
    wb = openpyxl.load_workbook(path)
    ws = wb["PAD"]
    ws["C7"].hyperlink = "https://intranet.example/guidance"
    ws["B12"].hyperlink = "https://intranet.example/approvals"
    wb["Guide"]["A2"] = "=[1]Budget!A1"
    wb.save(path)
    # openpyxl writes no external link parts of its own: add one as Excel writes it.
    link = (
        b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships" r:id="rId1"><sheetNames><sheetName val="Budget"/></sheetNames>'
        b"</externalBook></externalLink>"
    )
    link_rels = (
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/externalLinkPath" Target="budget.xlsx" TargetMode="External"/>'
        b"</Relationships>"
    )
    source = path.read_bytes()
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out,
        zipfile.ZipFile(io.BytesIO(source)) as z,
    ):
        for info in z.infolist():
            data = z.read(info)
            if info.filename == "xl/workbook.xml":
                name = b'<definedName name="Budget">[1]Budget!$A$1</definedName>'
                # The relationships namespace spelled out: openpyxl declares it on the root
                # only when it uses it (with lxml installed, as python-docx brings).
                refs = (
                    b'<externalReferences><externalReference xmlns:r="http://schemas.'
                    b'openxmlformats.org/officeDocument/2006/relationships" r:id="rIdX"/>'
                    b"</externalReferences>"
                )
                if b"<definedNames>" in data:
                    data = data.replace(b"<definedNames>", b"<definedNames>" + name)
                else:
                    refs += b"<definedNames>" + name + b"</definedNames>"
                data = data.replace(b"</sheets>", b"</sheets>" + refs)
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/externalLink" '
                    b'Target="/xl/externalLinks/externalLink1.xml"/></Relationships>',
                )
            elif info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType='
                    b'"application/vnd.openxmlformats-officedocument.spreadsheetml.'
                    b'externalLink+xml"/></Types>',
                )
            out.writestr(info, data)
        out.writestr("xl/externalLinks/externalLink1.xml", link)
        out.writestr("xl/externalLinks/_rels/externalLink1.xml.rels", link_rels)
    return path


def test_template_links_are_not_carried_onto_the_plan(tmp_path: Path) -> None:
    template = _linked_template(tmp_path / "ministere.xlsx", tmp_path)
    assert "Budget" in openpyxl.load_workbook(template).defined_names
    out = tmp_path / "plan.xlsx"
    warnings = write_workbook(sample_plan(), out, template=template)
    assert warnings == [
        "ministere.xlsx: its links to other workbooks were removed; the export refers to no "
        "other file.",
        "ministere.xlsx: 1 hyperlink on the cells the plan now fills was removed.",
    ]
    with zipfile.ZipFile(out) as z:
        assert not [n for n in z.namelist() if "externalLink" in n]
        assert b"externalReference" not in z.read("xl/workbook.xml")
    wb = openpyxl.load_workbook(out)
    assert "Budget" not in wb.defined_names
    assert wb["Guide"]["A2"].value is None  # the formula through the link: no value cached
    ws = wb["PAD"]
    links = {c.coordinate: c.hyperlink.target for row in ws.iter_rows() for c in row if c.hyperlink}
    note = next(
        c
        for row in ws.iter_rows(min_row=10)
        for c in row
        if c.value == "Approuvé par : ____________"
    )
    assert links == {note.coordinate: "https://intranet.example/approvals"}
    assert note.row > 12  # moved down below the plan, its link with it


def test_template_features_openpyxl_drops_are_named(tmp_path: Path) -> None:
    template = _department_template(tmp_path / "ministere.xlsx")
    x14 = (
        b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
        b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        b'<x14:dataValidations count="1" '
        b'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
        b'<x14:dataValidation type="list"><x14:formula1><xm:f>Guide!$A$1:$A$3</xm:f>'
        b"</x14:formula1><xm:sqref>H7</xm:sqref></x14:dataValidation></x14:dataValidations>"
        b"</ext></extLst>"
    )
    source = template.read_bytes()
    with zipfile.ZipFile(template, "w") as out, zipfile.ZipFile(io.BytesIO(source)) as z:
        for info in z.infolist():
            data = z.read(info)
            if info.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(b"</worksheet>", x14 + b"</worksheet>")
            out.writestr(info, data)
    warnings = write_workbook(sample_plan(), tmp_path / "plan.xlsx", template=template)
    assert warnings == [
        "ministere.xlsx: its drop-down lists (data validation) cannot be carried into the export."
    ]


def test_template_openpyxl_rejects_is_refused_in_planapp_words(tmp_path: Path) -> None:
    template = _department_template(tmp_path / "ministere.xlsx")
    source = template.read_bytes()
    with zipfile.ZipFile(template, "w") as out, zipfile.ZipFile(io.BytesIO(source)) as z:
        for info in z.infolist():
            data = z.read(info)
            if info.filename == "xl/styles.xml":
                data = re.sub(rb'<fills count="(\d+)">', rb'<fills count="\1"><fill/>', data)
            out.writestr(info, data)
    with pytest.raises(ExportError) as err:
        write_workbook(sample_plan(), tmp_path / "plan.xlsx", template=template)
    assert str(err.value) == (
        "The template ministere.xlsx could not be read: parts of it do not follow the Excel "
        "workbook format; open it in Excel, save it again and retry."
    )
    assert not (tmp_path / "plan.xlsx").exists()
