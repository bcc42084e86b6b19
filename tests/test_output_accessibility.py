"""Exports describe themselves to assistive technology: document language, title, subject and
author in the PDF and the workbook, and the workbook's heading row marked for screen readers."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from planapp.domain.sample import sample_plan
from planapp.domain.template import headings
from planapp.excel.writer import write_workbook
from planapp.printing.options import PrintOptions
from planapp.printing.pdf import write_pdf
from planapp.printing.pdf_metadata import PdfMetadata, add_metadata

EN_TITLE = "CANADA BORDER SERVICES AGENCY (CBSA) DETAILED ACTION PLAN"
FR_TITLE = "AGENCE DES SERVICES FRONTALIERS DU CANADA (CBSA) PLAN D'ACTION DÉTAILLÉ"


@pytest.mark.parametrize(
    ("lang", "tag", "title", "author", "subject"),
    [
        ("en", "en-CA", EN_TITLE, "Canada Border Services Agency", "OAG Performance Audit"),
        ("fr", "fr-CA", FR_TITLE, "Agence des services frontaliers du Canada", "BVG sur le"),
        ("both", "en-CA", f"{EN_TITLE} / {FR_TITLE}", "Canada Border", "OAG Performance"),
    ],
)
def test_pdf_language_title_author_subject(
    qapp, tmp_path: Path, lang: str, tag: str, title: str, author: str, subject: str
) -> None:
    path = tmp_path / "plan.pdf"
    pages = write_pdf(sample_plan(), path, PrintOptions(lang=lang))
    reader = PdfReader(path, strict=True)  # strict: the appended update must be well formed
    assert len(reader.pages) == pages
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == tag
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712 (a PDF boolean)
    meta = reader.metadata
    assert meta.title == title
    assert meta.author.startswith(author)
    assert meta.subject.startswith(subject)
    assert meta.creator == "planapp"
    # Qt's own bytes are untouched: the text of the pages still reads.
    assert "Rec. 1" in reader.pages[0].extract_text().replace("\t", " ")


def test_metadata_update_twice_keeps_the_last(qapp, tmp_path: Path) -> None:
    """A second update (another language) wins, and both chains of cross-references read."""
    path = tmp_path / "plan.pdf"
    write_pdf(sample_plan(), path, PrintOptions(lang="en"))
    before = path.read_bytes()
    add_metadata(path, PdfMetadata(language="fr-CA", subject="Sujet « accentué »"))
    assert path.read_bytes().startswith(before)  # appended, not rewritten
    reader = PdfReader(path, strict=True)
    assert reader.trailer["/Root"]["/Lang"] == "fr-CA"
    assert reader.metadata.subject == "Sujet « accentué »"
    assert reader.metadata.title == EN_TITLE


def test_metadata_update_refuses_what_it_does_not_know(tmp_path: Path) -> None:
    path = tmp_path / "not.pdf"
    path.write_bytes(b"%PDF-1.4\nnothing here\n")
    with pytest.raises(ValueError):
        add_metadata(path, PdfMetadata(language="en-CA"))


@pytest.mark.parametrize(
    ("lang", "tag", "title", "sheet"),
    [
        ("en", "en-CA", EN_TITLE, "Action Plan"),
        ("fr", "fr-CA", FR_TITLE, "Plan d'action"),
    ],
)
def test_workbook_language_title_and_marked_header(
    tmp_path: Path, lang: str, tag: str, title: str, sheet: str
) -> None:
    path = tmp_path / "plan.xlsx"
    write_workbook(sample_plan(), path, lang=lang)
    wb = openpyxl.load_workbook(path)
    props = wb.properties
    assert props.language == tag
    assert props.title == title
    assert props.subject
    assert props.creator != "planapp"  # the department is the author
    ws = wb[sheet]
    # The title rows and headings repeat on every printed page...
    assert ws.print_title_rows == "$1:$3"
    # ...and screen readers announce each column's heading from the named first heading.
    name = ws.defined_names["ColumnTitle"]
    quoted = sheet.replace("'", "''")  # a quote in a sheet name is doubled in a reference
    assert name.attr_text == f"'{quoted}'!$A$3"
    assert ws["A3"].value.startswith("Report Ref" if lang == "en" else "N")


def test_template_export_marks_its_heading_row(tmp_path: Path) -> None:
    """A department's template has its headings lower down: the name follows them."""
    template = tmp_path / "template.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws["B2"] = "Our department"
    for i, heading in enumerate(headings("en")):
        ws.cell(row=5, column=2 + i, value=heading)
    wb.save(template)
    out = tmp_path / "filled.xlsx"
    write_workbook(sample_plan(), out, template=template)
    filled = openpyxl.load_workbook(out)
    sheet = filled["Plan"]
    assert sheet.defined_names["ColumnTitle"].attr_text == "'Plan'!$B$5"
    assert filled.properties.language == "en-CA"
