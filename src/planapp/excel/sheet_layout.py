"""A sheet's columns and the field each goes to: what the import preview shows and changes.

``mapping`` is the public face (``inspect_workbook``, ``mapping_key``); this module holds the
values both it and the reader use, so neither imports the other.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from openpyxl.utils import get_column_letter

from planapp.excel.headings import HeaderMatch

# The widest table read (as the reader's header search).
MAX_COLUMNS = 200

__all__ = [
    "FIELDS",
    "MAX_COLUMNS",
    "ColumnMapping",
    "SheetLayout",
    "apply_mapping",
    "layout_of",
    "mapping_key",
    "unheaded_title",
]

# Where a column can go. "actions": milestones, one per paragraph or row; "due": milestone
# dates, or the completion date when a recommendation has one; "status": milestone status;
# "extra": kept with its recommendation under its heading; "ignore": left out (the only way
# a column is left out).
FIELDS: tuple[str, ...] = (
    "ref",
    "recommendation",
    "response",
    "outcome",
    "completion",
    "milestones",
    "contacts",
    "indicator",
    "actions",
    "due",
    "status",
    "extra",
    "ignore",
)


@dataclass
class ColumnMapping:
    index: int  # 0-based sheet column
    heading: str  # as written, whitespace folded
    field: str
    detected: bool = True  # found automatically (False: the user chose it)


@dataclass
class SheetLayout:
    sheet: str
    header_row: int  # 1-based
    columns: list[ColumnMapping] = field(default_factory=list)
    recognized: bool = False  # enough known headings to import without asking
    language: str = "en"

    def field_of(self) -> dict[int, str]:
        return {c.index: c.field for c in self.columns}

    def headings(self) -> list[str]:
        return [c.heading for c in self.columns]


def mapping_key(headings: Sequence[str]) -> str:
    """A stable key for a set of headings (case and spacing aside), to remember a mapping."""
    folded = "\x1f".join(" ".join(h.split()).casefold() for h in headings)
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:20]


def layout_of(sheet: str, header: HeaderMatch, language: str) -> SheetLayout:
    columns = [
        ColumnMapping(index, header.headings[index], name, True)
        for index, name in sorted(header.fields.items())
    ]
    return SheetLayout(sheet, header.row, columns, header.recognized, language)


def unheaded_title(index: int) -> str:
    """What a column with text but no heading is called: "(column K)"."""
    return f"(column {get_column_letter(index + 1)})"


def apply_mapping(layout: SheetLayout, chosen: Mapping[int, str]) -> SheetLayout:
    """``layout`` with the user's fields for the columns in ``chosen`` (column -> field); a
    column without a heading in the header row may be named too.

    A layout the user mapped counts as recognized: they said where its columns go.
    Raises ValueError for an unknown field or a column outside any sheet.
    """
    by_index = {c.index: c for c in layout.columns}
    for index, name in chosen.items():
        if name not in FIELDS:
            raise ValueError(f"“{name}” is not a field (fields: {', '.join(FIELDS)})")
        if not 0 <= index < MAX_COLUMNS:
            raise ValueError(f"sheet “{layout.sheet}” has no column {index + 1}")
    columns = [
        replace(c, field=chosen[c.index], detected=False) if c.index in chosen else c
        for c in layout.columns
    ]
    columns.extend(
        ColumnMapping(i, unheaded_title(i), name, False)
        for i, name in chosen.items()
        if i not in by_index
    )
    columns.sort(key=lambda c: c.index)
    return replace(layout, columns=columns, recognized=layout.recognized or bool(chosen))
