"""Where each column of a workbook goes, as the import preview and ``--map`` show and change it.

``inspect_workbook`` lists every sheet that has a header row (also one with too few known
headings, so that it can be mapped instead of refused) with the field detected for each
column; ``read_workbook(path, mapping=...)`` imports with the user's choices, and
``mapping_key`` names a set of headings so a choice can be remembered for the next workbook
with the same headings. The fields are ``FIELDS``.
"""

from __future__ import annotations

from pathlib import Path

from planapp.excel.reader import ImportResult, MappingRequired, Progress, read_workbook
from planapp.excel.sheet_layout import FIELDS, ColumnMapping, SheetLayout, mapping_key

__all__ = [
    "FIELDS",
    "ColumnMapping",
    "ImportResult",
    "SheetLayout",
    "inspect_workbook",
    "mapping_key",
    "read_workbook",
]


def inspect_workbook(path: str | Path, progress: Progress | None = None) -> list[SheetLayout]:
    """Every visible sheet with a candidate header row, with the detected mapping.

    Raises WorkbookError (from ``read_workbook``) for a file that cannot be read or that has
    no header row at all.
    """
    try:
        return read_workbook(path, progress).sheet_layouts
    except MappingRequired as exc:
        return exc.layouts
