"""The History sheet of an exported workbook: who changed what in the plan, when, from what
to what (one row per change, oldest first), as the document keeps it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from openpyxl.styles import Alignment, Font
from openpyxl.workbook import Workbook

from planapp.excel.cell_writing import put_text
from planapp.excel.cleaning import EXCEL_CELL_LIMIT, clean_text

SHEET = "History"
HEADINGS = ("When (UTC)", "Who", "Recommendation", "Item", "Field", "Before", "After")
WIDTHS = (20, 16, 16, 20, 22, 50, 50)


class Entry(Protocol):
    changed_at: Any
    changed_by: str
    item: str
    field: str
    old: str
    new: str


def add_history_sheet(
    wb: Workbook, entries: Sequence[Entry], field_name: Any = str, refs: dict | None = None
) -> None:
    """Append the History sheet (``refs``: recommendation id to its Report Ref. No.)."""
    if SHEET in wb.sheetnames:
        del wb[SHEET]
    ws = wb.create_sheet(SHEET)
    bold = Font(bold=True)
    for column, (heading, width) in enumerate(zip(HEADINGS, WIDTHS, strict=True), start=1):
        put_text(ws, 1, column, heading, None).font = bold
        ws.column_dimensions[chr(ord("A") + column - 1)].width = width
    ws.freeze_panes = "A2"
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, entry in enumerate(entries, start=2):
        when = entry.changed_at.strftime("%Y-%m-%d %H:%M:%S") if entry.changed_at else ""
        rec = (refs or {}).get(getattr(entry, "recommendation_id", None), "")
        values = (when, entry.changed_by, rec, entry.item, field_name(entry.field))
        values += (entry.old, entry.new)
        for column, value in enumerate(values, start=1):
            text = clean_text(str(value))
            if len(text) > EXCEL_CELL_LIMIT:
                text = text[: EXCEL_CELL_LIMIT - 1] + "…"
            put_text(ws, row, column, text, None).alignment = wrap
