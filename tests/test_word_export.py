"""The Word document: the template's table, landscape, header row repeated, in the language
chosen, and described to assistive technology (read back with python-docx)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Inches

from planapp.domain.sample import sample_plan
from planapp.domain.template import headings
from planapp.store.document import Document
from planapp.word.writer import WordExportError, write_document
from tests.bilingual_plans import FR, bilingual_plan, french_plan
from tests.test_cli import planapp


def _languages(element) -> set[str]:
    return {e.get(qn("w:val")) for e in element.iter(qn("w:lang"))}


def test_english_document_layout_and_properties(tmp_path: Path) -> None:
    path = write_document(sample_plan(), tmp_path / "plan.docx", paper="letter")
    d = docx.Document(str(path))
    section = d.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert (section.page_width, section.page_height) == (Inches(11), Inches(8.5))
    [table] = d.tables
    assert [c.text for c in table.rows[0].cells] == headings("en")
    header = table.rows[0]._tr.trPr
    assert header.find(qn("w:tblHeader")).get(qn("w:val")) == "true"  # repeated on each page
    assert table.rows[1].cells[0].text == "Rec. 1"
    milestones = table.rows[1].cells[5]
    assert milestones.paragraphs[0].text.startswith("1.1 The CBSA will continue")
    assert len(milestones.paragraphs) >= 4  # one paragraph per milestone
    assert len(table.rows) == 1 + len(sample_plan().recommendations)
    props = d.core_properties
    assert props.title == "CANADA BORDER SERVICES AGENCY (CBSA) DETAILED ACTION PLAN"
    assert props.subject == "OAG Performance Audit of Immigration Removals"
    assert props.author == "Canada Border Services Agency"
    assert props.language == "en-CA"
    assert _languages(d.styles.element) == {"en-CA"}  # the default language of the text
    tbl_pr = table._tbl.tblPr
    assert tbl_pr.find(qn("w:tblCaption")).get(qn("w:val")) == "Detailed Action Plan"
    assert "3 recommendations" in tbl_pr.find(qn("w:tblDescription")).get(qn("w:val"))
    # The title rows are headings a screen reader can list.
    styles = [p.style.name for p in d.paragraphs if p.text]
    assert styles[:2] == ["Heading 1", "Heading 2"]
    footer = d.sections[0].footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "NUMPAGES" in footer


def test_french_document_of_a_bilingual_plan(tmp_path: Path) -> None:
    path = write_document(bilingual_plan(), tmp_path / "fr.docx", lang="fr")
    d = docx.Document(str(path))
    [table] = d.tables
    assert [c.text for c in table.rows[0].cells] == headings("fr")
    assert table.rows[1].cells[1].text == f"{FR}Recommandation 1 : le ministère devrait agir."
    assert f"{FR}Jalon 1.1 en français." in table.rows[1].cells[5].text
    assert "ASFC" in table.rows[1].cells[6].text
    assert d.core_properties.language == "fr-CA"
    assert "PLAN D'ACTION DÉTAILLÉ" in d.core_properties.title
    assert _languages(d.styles.element) == {"fr-CA"}
    assert d.tables[0]._tbl.tblPr.find(qn("w:tblCaption")).get(qn("w:val")) == (
        "Plan d'action détaillé"
    )


def test_english_document_of_a_french_plan(tmp_path: Path) -> None:
    path = write_document(french_plan(), tmp_path / "en.docx", lang="en")
    [table] = docx.Document(str(path)).tables
    assert table.rows[1].cells[1].text == bilingual_plan().recommendations[0].recommendation
    assert [c.text for c in table.rows[0].cells] == headings("en")


def test_bilingual_document_is_both_versions_each_marked(tmp_path: Path) -> None:
    path = write_document(bilingual_plan(), tmp_path / "both.docx", lang="both")
    d = docx.Document(str(path))
    assert len(d.sections) == 2
    en, fr = d.tables
    assert [c.text for c in en.rows[0].cells] == headings("en")
    assert [c.text for c in fr.rows[0].cells] == headings("fr")
    assert not en.rows[1].cells[1].text.startswith(FR)
    assert fr.rows[1].cells[1].text.startswith(FR)
    # The French part says it is French; the English part has the document's language.
    assert _languages(fr._tbl) == {"fr-CA"}
    assert _languages(en._tbl) == set()
    assert _languages(d.styles.element) == {"en-CA"}
    assert all(s.orientation == WD_ORIENT.LANDSCAPE for s in d.sections)
    # Each version numbers its own pages.
    second = d.sections[1]
    assert second._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    assert not second.footer.is_linked_to_previous
    assert "Page " in second.footer.paragraphs[0].text


def test_text_word_cannot_hold_is_dropped(tmp_path: Path) -> None:
    plan = sample_plan()
    plan.recommendations[0].response = "Agreed.\x0bNext line\x01."
    path = write_document(plan, tmp_path / "plan.docx")
    cell = docx.Document(str(path)).tables[0].rows[1].cells[2]
    assert [p.text for p in cell.paragraphs] == ["Agreed.", "Next line."]


def test_a_missing_folder_is_a_clear_error_and_nothing_is_left(tmp_path: Path) -> None:
    with pytest.raises(WordExportError, match="does not exist"):
        write_document(sample_plan(), tmp_path / "nowhere" / "plan.docx")
    target = tmp_path / "plan.docx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_document(sample_plan(), target)
    assert target.stat().st_mode & 0o777 == 0o640  # the old file's permissions
    assert [p.name for p in tmp_path.iterdir()] == ["plan.docx"]  # no temporary file left


def test_command_line_writes_word_by_extension(tmp_path: Path, data_dir: Path) -> None:
    doc_path = tmp_path / "plans.planapp"
    with Document.open(doc_path, create=True) as doc:
        doc.add_plan(bilingual_plan())
    out = tmp_path / "plan.docx"
    result = planapp("export", str(doc_path), "-o", str(out), "--lang", "fr", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    [table] = docx.Document(str(out)).tables
    assert table.rows[1].cells[1].text.startswith(FR)
    refused = planapp(
        "export", str(doc_path), "-o", str(out), "--template", "t.xlsx", data_dir=data_dir
    )
    assert refused.returncode == 1
    assert "--template fills a department's Excel workbook" in refused.stderr
