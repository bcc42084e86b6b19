"""Write a plan as a Word document: the template's eight columns in a landscape table.

Departments send the Committee Word documents as often as workbooks. The document holds the
plan's title rows as headings (a screen reader lists them and jumps to the table), then the
table with its header row repeated on every page and given as the table's header to assistive
technology, its alternative text, the Committee's column shaded, and "Page N of M" in the
footer. The content is in the language asked for (``domain.output_language``): a bilingual
document is the plan in its own language, then, from a new page, in its other language, each
part's text marked with its language so a screen reader switches voice and Word checks the
spelling of each part in its own language; its pages are numbered "Page N" within each
version. Core properties (title, subject, author, keywords, language) are set as for the
workbook.

The file is written beside the target and renamed over it only when complete. A plan's extra
columns are not part of the template's table: the workbook export keeps them.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path
from typing import Literal

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.section import Section
from docx.shared import Inches, Pt
from docx.table import _Cell

from planapp.domain import output_language, titles
from planapp.domain.cells import template_cells
from planapp.domain.plan import Plan
from planapp.domain.richtext import normalize
from planapp.domain.template import DEFAULT_WIDTHS, Column, Language, headings
from planapp.word import ooxml

__all__ = ["WordExportError", "write_document"]

PAPER_INCHES = {"legal": 14.0, "letter": 11.0}  # the long side; the short one is 8.5
MARGIN_INCHES = 0.5
FONT = "Arial"
_HEADER_FILL = "D9D9D9"
_COMMITTEE_FILL = "EEEEEE"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CAPTION = {"en": "Detailed Action Plan", "fr": "Plan d'action détaillé"}
_DESCRIPTION = {
    "en": "{n} recommendations, one row each, under the template's eight columns.",
    "fr": "{n} recommandations, une par rangée, sous les huit colonnes du modèle.",
}
_FOOTER = {"en": ("Page ", " of "), "fr": ("Page ", " de ")}


class WordExportError(OSError):
    """The document could not be written; the message says which file and why."""


def _clean(text: str) -> str:
    """Text Word's XML can hold (``normalize`` also turns Word's own line breaks into lines)."""
    return _NOT_XML.sub("", normalize(text))


def write_document(
    plan: Plan,
    path: str | Path,
    lang: Language | None = None,
    paper: Literal["legal", "letter"] = "legal",
) -> Path:
    """Write ``plan`` to ``path`` in ``lang`` (the plan's own by default) on landscape
    ``paper``. Raises WordExportError if the file cannot be written."""
    path = Path(path)
    problem = output_language.missing_folder(path)
    if problem:
        raise WordExportError(problem)
    lang = output_language.chosen_language(plan, lang)
    versions = output_language.versions(plan, lang)
    first = versions[0][0]
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(2)
    ooxml.set_default_language(doc, output_language.language_tag(first))
    _describe(doc, plan, lang, first)
    for k, (version_lang, version) in enumerate(versions):
        section = doc.sections[0] if k == 0 else doc.add_section(WD_SECTION.NEW_PAGE)
        _landscape(section, paper)
        ooxml.restart_numbering(section)
        mark = output_language.language_tag(version_lang) if k else None
        _footer(section, version_lang, mark, alone=len(versions) == 1)
        _write_version(doc, version, version_lang, PAPER_INCHES[paper], mark)
    _save_atomically(doc, path)
    return path


def _describe(doc: DocxDocument, plan: Plan, lang: Language, first: str) -> None:
    about = output_language.describe(plan, lang, first)
    props = doc.core_properties
    props.title, props.subject, props.author = about.title, about.subject, about.author
    props.category, props.keywords = about.category, about.keywords
    props.language, props.comments = about.language, about.description
    props.last_modified_by = "planapp"


def _landscape(section: Section, paper: str) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Inches(PAPER_INCHES[paper])
    section.page_height = Inches(8.5)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(MARGIN_INCHES))


def _footer(section: Section, lang: str, mark: str | None, alone: bool) -> None:
    """ "Page N of M"; in a bilingual document "Page N", numbered within each version."""
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    before, middle = _FOOTER[lang]
    ooxml.add_page_field(paragraph, before, middle if alone else None)
    if mark:
        for run in paragraph.runs:
            ooxml.set_run_language(run, mark)


def _write_version(
    doc: DocxDocument, plan: Plan, lang: str, long_side: float, mark: str | None
) -> None:
    """The title rows as headings, then the table, all in ``lang`` (runs marked ``mark``)."""
    rows = [(titles.plan_title(plan, lang), 1)]
    audit = titles.audit_title(plan, lang)
    if audit:
        rows.append((audit, 2))
    for text, level in rows:
        heading = doc.add_heading(level=level)
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = heading.add_run(_clean(text))
        if mark:
            ooxml.set_run_language(run, mark)
    recs = plan.recommendations
    table = doc.add_table(rows=1 + len(recs), cols=len(Column))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    ooxml.describe_table(table, _CAPTION[lang], _DESCRIPTION[lang].format(n=len(recs)))
    usable = long_side - 2 * MARGIN_INCHES
    total = sum(DEFAULT_WIDTHS.values())
    widths = [Inches(usable * DEFAULT_WIDTHS[c] / total) for c in Column]
    rows = table.rows
    ooxml.repeat_as_header(rows[0])
    # A row's cells are looked up once: python-docx walks the row's XML on every ``cells``.
    for c, (cell, text) in enumerate(zip(rows[0].cells, headings(lang), strict=True)):  # type: ignore[arg-type]
        _fill(cell, text, mark, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        ooxml.shade(cell, _HEADER_FILL)
        cell.width = widths[c]
    for row, rec in zip(rows[1:], recs, strict=True):
        for c, (cell, text) in enumerate(zip(row.cells, template_cells(rec), strict=True)):
            _fill(cell, text, mark)
            cell.width = widths[c]
            if c == Column.INDICATOR:
                ooxml.shade(cell, _COMMITTEE_FILL)


def _fill(
    cell: _Cell,
    text: str,
    mark: str | None,
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
) -> None:
    """One paragraph per line of ``text`` in ``cell`` (a screen reader reads them as such)."""
    lines = _clean(text).split("\n")
    for i, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if align is not None:
            paragraph.alignment = align
        if line:
            ooxml.add_text_run(paragraph, line, bold=bold, lang=mark)


def _save_atomically(doc: DocxDocument, path: Path) -> None:
    """Save beside ``path`` then rename over it; on failure ``path`` is untouched. The new
    file gets the old one's permissions, or the usual ones for a new file."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        doc.save(str(tmp))
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise WordExportError(f"{path.name} could not be written: {exc.strerror or exc}.") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
