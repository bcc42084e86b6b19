"""The text of each cell of a plan-table row in the content language shown.

A text that has no version in the language shown is not left blank: the cell shows the
other language's text under a "[French missing]" (or "[English missing]") line, and says so
to assistive technology, so a missing translation is seen as text and not only as grey.
Computed once per row, when the row is first shown or searched (see ``plan_model``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QGuiApplication

from planapp.domain.bilingual import (
    CONTENT_LANGUAGES,
    Translatable,
    is_missing,
    missing_in_recommendation,
    other_language,
    text_in,
)
from planapp.domain.cells import contacts_text, milestone_paragraph
from planapp.domain.plan import Contact, Recommendation
from planapp.domain.template import Column
from planapp.ui.content_columns import SECTION_COUNT, ContentView, column_of

OVERDUE_MARK = "⚠ "
TEXT_COLUMNS = {
    Column.RECOMMENDATION: "recommendation",
    Column.RESPONSE: "response",
    Column.OUTCOME: "outcome",
    Column.INDICATOR: "indicator",
}


def language_name(lang: str) -> str:
    if lang == "fr":
        return QCoreApplication.translate("RowTexts", "French")
    return QCoreApplication.translate("RowTexts", "English")


def missing_mark(lang: str) -> str:
    """The line a cell shows over the other language's text: "[French missing]"."""
    if lang == "fr":
        return QCoreApplication.translate("RowTexts", "[French missing]")
    return QCoreApplication.translate("RowTexts", "[English missing]")


def missing_description(lang: str) -> str:
    """What assistive technology reads for a cell whose ``lang`` text is missing."""
    if lang == "fr":
        return QCoreApplication.translate(
            "RowTexts", "French missing: the English text is shown in grey."
        )
    return QCoreApplication.translate(
        "RowTexts", "English missing: the French text is shown in grey."
    )


def missing_brush() -> QBrush:
    """Grey for a text shown in place of a missing translation: the palette's text mixed
    two parts to one with its base, which keeps well over 4.5:1 in light and dark palettes."""
    palette = QGuiApplication.palette()
    text, base = palette.text().color(), palette.base().color()
    return QBrush(
        QColor(
            (2 * text.red() + base.red()) // 3,
            (2 * text.green() + base.green()) // 3,
            (2 * text.blue() + base.blue()) // 3,
        )
    )


def shown_text(entity: Translatable, field: str, lang: str, primary: str) -> tuple[str, bool]:
    """``field`` in ``lang``, or (when only the other language has it) that text, and whether
    it is missing in ``lang``."""
    if is_missing(entity, field, lang, primary):
        return text_in(entity, field, other_language(lang), primary), True
    return text_in(entity, field, lang, primary), False


@dataclass(frozen=True)
class Cell:
    display: str  # what the cell shows
    edit: str  # what its editor starts with: the text in the cell's language ("" if missing)
    missing: bool = False  # some text of the cell lacks the cell's language


def _milestones_cell(rec: Recommendation, lang: str, primary: str, today: dt.date) -> Cell:
    """The template's milestone text, each overdue milestone marked so it stands out, each
    untranslated description marked as missing."""
    lines: list[str] = []
    missing = False
    for m in rec.milestones:
        text, gone = shown_text(m, "description", lang, primary)
        missing |= gone
        shown = m if text == m.description else dataclasses.replace(m, description=text)
        lines.append(
            (OVERDUE_MARK if m.is_overdue(today) else "")
            + (missing_mark(lang) + " " if gone else "")
            + milestone_paragraph(shown, " — ")
        )
    text = "\n".join(lines)
    return Cell(text, text, missing)


def _contact_in(contact: Contact, lang: str, primary: str) -> tuple[Contact, bool]:
    organization, gone_org = shown_text(contact, "organization", lang, primary)
    title, gone_title = shown_text(contact, "title", lang, primary)
    if organization == contact.organization and title == contact.title:
        return contact, gone_org or gone_title
    return dataclasses.replace(contact, organization=organization, title=title), True


def _contacts_cell(rec: Recommendation, lang: str, primary: str) -> Cell:
    shown = [_contact_in(c, lang, primary) for c in rec.contacts]
    missing = any(gone for _c, gone in shown)
    text = contacts_text([c for c, _gone in shown])
    display = f"{missing_mark(lang)}\n{text}" if missing else text
    return Cell(display, text, missing)


def _cell(rec: Recommendation, column: Column, lang: str, primary: str, today: dt.date) -> Cell:
    if column == Column.REF:
        return Cell(rec.ref, rec.ref)
    if column == Column.COMPLETION:
        return Cell(rec.completion.text, rec.completion.text)
    if column == Column.MILESTONES:
        return _milestones_cell(rec, lang, primary, today)
    if column == Column.CONTACTS:
        return _contacts_cell(rec, lang, primary)
    field = TEXT_COLUMNS[column]
    text, missing = shown_text(rec, field, lang, primary)
    if missing:
        return Cell(f"{missing_mark(lang)}\n{text}", "", True)
    return Cell(text, text)


def row_cells(rec: Recommendation, view: ContentView, today: dt.date) -> list[Cell]:
    """Every model column's cell of ``rec`` (hidden ones included, as cheap placeholders)."""
    cells: list[Cell] = []
    for section in range(SECTION_COUNT):
        if not view.visible(section):
            cells.append(Cell("", ""))
            continue
        column = column_of(section)
        cells.append(_cell(rec, column, view.language_of(section), view.primary, today))
    return cells


def missing_counts(rec: Recommendation, primary: str) -> dict[str, int]:
    """How many of ``rec``'s texts lack each language."""
    return {lang: missing_in_recommendation(rec, lang, primary) for lang in CONTENT_LANGUAGES}
