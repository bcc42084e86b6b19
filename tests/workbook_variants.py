"""Workbooks as departments really send them, built from the seed plan with bare openpyxl.

Each builder writes one layout the importer must read with no settings, as a foreign tool or
a person would make it (no planapp record inside):

* ``paginated``: made from the printed plan, title and header repeated on every page and the
  recommendations' text continuing on rows with an empty Report Ref. No., with the seed's own
  page breaks, milestone dates on the next paragraph, "b)" for 3.4 b) and one-field-per-line
  contacts;
* ``merged_milestones``: one row per milestone, the other cells merged down its rows;
* ``french``: French headings, title and dates;
* ``offset_with_logo``: a logo caption row, the table starting in column C, an extra "Status"
  column;
* ``instructions_first``: an instructions sheet before the plan sheet;
* ``date_cells``: completion dates as Excel date cells and as a bare serial number.

``large_plan(n)`` repeats the seed's recommendations to any size, for scale tests and
benchmarks. ``VARIANTS`` maps each name to its builder: ``VARIANTS[name](path) -> path``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from planapp.domain.cells import milestone_paragraph, template_cells
from planapp.domain.date_format import format_date
from planapp.domain.plan import Plan, Recommendation, WrittenDate
from planapp.domain.sample import sample_plan
from planapp.domain.template import Column, headings

__all__ = ["VARIANTS", "large_plan", "seed_contacts_text", "seed_milestones_text"]

TITLE = "CANADA BORDER SERVICES AGENCY (CBSA) DETAILED ACTION PLAN"
AUDIT = (
    "OAG Performance Audit of Immigration Removals/ BVG sur le audit de performance sur les "
    "Retraits de l'immigration"
)
_WRAP = Alignment(wrap_text=True, vertical="top")


def _put(ws: Worksheet, row: int, column: int, value: object) -> None:
    cell = ws.cell(row=row, column=column, value=value)
    cell.alignment = _WRAP


def _row(ws: Worksheet, row: int, first_col: int, values: Sequence[object]) -> None:
    for i, value in enumerate(values):
        if value not in (None, ""):
            _put(ws, row, first_col + i, value)


_cells = template_cells


# --- The seed's own way of writing the milestone and contact cells ---------------------------


def seed_milestones_text(rec: Recommendation) -> str:
    """Milestones as the filed plan shows them: 1.1's date ends with a period, 1.3, 1.4, 2.1
    and 2.2 have the date as the next paragraph, 3.4 b) is written "b)"."""
    paragraphs = []
    for m in rec.milestones:
        number = "b)" if m.number == "3.4 b)" else m.number
        head = f"{number} {m.description}"
        if m.number == "1.1":
            paragraphs.append(f"{head} {m.due.text}.")
        elif m.number in ("1.3", "1.4", "2.1", "2.2"):
            paragraphs.extend([head, m.due.text])
        else:
            paragraphs.append(f"{head} {m.due.text}")
    return "\n".join(paragraphs)


def seed_contacts_text(rec: Recommendation) -> str:
    """Contacts as the filed plan shows them: organization, then name, position, phone on
    their own lines (Dr. Giles with her position on her name's line)."""
    lines: list[str] = []
    organization = None
    for c in rec.contacts:
        if c.organization != organization:
            lines.append(c.organization)
            organization = c.organization
        if c.name.startswith("Dr."):
            lines.extend([f"{c.name}, {c.title}", c.phone])
        else:
            lines.extend([c.name, c.title, c.phone])
    return "\n".join(lines)


def _split(text: str, *markers: str) -> list[str]:
    """``text`` cut before each marker, as the seed's page breaks cut it."""
    pieces = []
    for marker in markers:
        index = text.index(marker)
        pieces.append(text[:index].rstrip())
        text = text[index:]
    return [*pieces, text]


# --- Variants ---------------------------------------------------------------------------------


def _titles_and_header(ws: Worksheet, row: int, first_col: int = 1, lang: str = "en") -> int:
    """Title, audit title, a blank row, the header; returns the row after the header."""
    _put(ws, row, first_col, TITLE)
    _put(ws, row + 1, first_col, AUDIT)
    _row(ws, row + 3, first_col, headings(lang))  # type: ignore[arg-type]
    return row + 4


def paginated(path: Path) -> Path:
    plan = sample_plan()
    rec1, rec2, rec3 = plan.recommendations
    pages: list[list[list[str]]] = [[], [], [], [], []]

    def spread(rec: Recommendation, first_page: int, breaks: dict[Column, Sequence[str]]) -> None:
        cells = _cells(rec)
        cells[Column.MILESTONES] = seed_milestones_text(rec)
        cells[Column.CONTACTS] = seed_contacts_text(rec)
        split = {c: _split(cells[c], *breaks.get(c, ())) for c in Column}
        rows = max(len(v) for v in split.values())
        for k in range(rows):
            row = [split[c][k] if k < len(split[c]) else "" for c in Column]
            if k:
                row[Column.REF] = ""
            pages[first_page + k].append(row)

    spread(
        rec1,
        0,
        {
            Column.RESPONSE: ["and better track"],
            Column.MILESTONES: ["January 30, 2021\n1.4"],
            Column.CONTACTS: ["Kathy Thompson"],
        },
    )
    spread(rec2, 1, {Column.RESPONSE: ["implementing these initiatives"]})
    spread(
        rec3,
        2,
        {
            Column.RECOMMENDATION: ["• Improve its data", "• In conjunction"],
            Column.RESPONSE: ["integrity challenges"],
            Column.MILESTONES: ["closely with IRCC", "completed in a timely manner"],
        },
    )
    wb = Workbook()
    ws = wb.active
    ws.title = "DAP"
    row = 1
    for page in pages:
        if not page:
            continue
        row = _titles_and_header(ws, row)
        for values in page:
            _row(ws, row, 1, values)
            row += 1
        row += 3  # the blank lines a page break leaves
    wb.save(path)
    return path


def merged_milestones(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    row = _titles_and_header(ws, 1)
    for rec in sample_plan().recommendations:
        cells = _cells(rec)
        height = max(1, len(rec.milestones))
        for column in Column:
            if column == Column.MILESTONES:
                for k, m in enumerate(rec.milestones):
                    _put(ws, row + k, 1 + column, milestone_paragraph(m))
                continue
            if cells[column]:
                _put(ws, row, 1 + column, cells[column])
            if height > 1:
                ws.merge_cells(
                    start_row=row,
                    start_column=1 + column,
                    end_row=row + height - 1,
                    end_column=1 + column,
                )
        row += height
    wb.save(path)
    return path


def _french(rec: Recommendation) -> Recommendation:
    def fr(d: WrittenDate) -> WrittenDate:
        return WrittenDate.of(format_date(d.date, "fr")) if d.date else d

    return dataclasses.replace(
        rec,
        completion=fr(rec.completion),
        milestones=[dataclasses.replace(m, due=fr(m.due)) for m in rec.milestones],
    )


def french(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan d'action"
    _put(ws, 1, 1, "AGENCE DES SERVICES FRONTALIERS DU CANADA (ASFC) PLAN D'ACTION DÉTAILLÉ")
    _put(ws, 2, 1, "Audit de performance sur les renvois d'immigration")
    _row(ws, 4, 1, headings("fr"))
    for i, rec in enumerate(sample_plan().recommendations):
        _row(ws, 5 + i, 1, _cells(_french(rec)))
    wb.save(path)
    return path


def offset_with_logo(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    _put(ws, 1, 3, "Government of Canada / Gouvernement du Canada")
    row = _titles_and_header(ws, 3, first_col=3)
    _put(ws, row - 1, 3 + len(Column), "Status")
    for i, rec in enumerate(sample_plan().recommendations):
        _row(ws, row + i, 3, [*_cells(rec), "On track"])
    wb.save(path)
    return path


def instructions_first(path: Path) -> Path:
    wb = Workbook()
    notes = wb.active
    notes.title = "Instructions"
    for i, line in enumerate(
        [
            "How to complete the Detailed Action Plan",
            "Fill one row per OAG recommendation.",
            "Give each milestone a number and a date.",
            "The last column is for the Committee's use only.",
        ],
        start=1,
    ):
        notes.cell(row=i, column=1, value=line)
    ws = wb.create_sheet("Plan")
    row = _titles_and_header(ws, 1)
    for i, rec in enumerate(sample_plan().recommendations):
        _row(ws, row + i, 1, _cells(rec))
    wb.save(path)
    return path


def date_cells(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    row = _titles_and_header(ws, 1)
    for i, rec in enumerate(sample_plan().recommendations):
        values: list[object] = list(_cells(rec))
        day = rec.completion.date
        assert day is not None
        if i < 2:
            values[Column.COMPLETION] = dt.datetime(day.year, day.month, day.day)
        else:
            values[Column.COMPLETION] = float((day - dt.date(1899, 12, 30)).days)
        _row(ws, row + i, 1, values)
        if i < 2:
            ws.cell(row=row + i, column=1 + Column.COMPLETION).number_format = "mmmm d, yyyy"
    wb.save(path)
    return path


VARIANTS: dict[str, Callable[[Path], Path]] = {
    "paginated": paginated,
    "merged_milestones": merged_milestones,
    "french": french,
    "offset_with_logo": offset_with_logo,
    "instructions_first": instructions_first,
    "date_cells": date_cells,
}


def large_plan(n: int) -> Plan:
    """A plan of ``n`` recommendations: the seed's three over and over, renumbered."""
    seed = sample_plan()
    recs = []
    for i in range(n):
        base = seed.recommendations[i % 3]
        number = str(i + 1)
        recs.append(
            dataclasses.replace(
                base,
                ref=f"Rec. {number}",
                milestones=[
                    dataclasses.replace(m, number=number + m.number[1:]) for m in base.milestones
                ],
                contacts=[dataclasses.replace(c) for c in base.contacts],
            )
        )
    return dataclasses.replace(seed, recommendations=recs)
