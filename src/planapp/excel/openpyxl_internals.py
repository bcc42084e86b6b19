"""The few places planapp reaches into openpyxl's private attributes, gathered in one module.

The writer makes tens of thousands of cells; going through ``ws.cell()`` and ``cell.value``
for each repeats, per cell, the checks and conversions planapp has already made on the whole
plan. So it builds cells directly and copies style arrays, which needs attributes openpyxl
does not document:
``Worksheet._cells`` (the cell dictionary), ``Worksheet._current_row`` (the last row, kept by
``ws.cell``), ``Cell._value`` and ``StyleableObject._style``. They have been stable through
openpyxl 3.1; pyproject.toml keeps openpyxl below 3.2 so that a release that changes them is
checked here first (tests/test_excel_export.py and the round-trip tests exercise every one).
"""

from __future__ import annotations

from copy import copy
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

__all__ = [
    "cell_map",
    "copy_style",
    "new_text_cell",
    "note_last_row",
    "style_array",
]


def cell_map(ws: Worksheet) -> dict[tuple[int, int], Cell]:
    """The sheet's cells by (row, column), as openpyxl stores them (no cell is created)."""
    return ws._cells


def style_array(cell: Cell) -> Any:
    """The cell's style as openpyxl stores it, to give to new cells."""
    return cell._style


def copy_style(source: Cell, target: Cell) -> None:
    target._style = copy(source._style)


def new_text_cell(
    cells: dict[tuple[int, int], Cell], ws: Worksheet, row: int, column: int, style: Any, text: Any
) -> Cell:
    """A new text cell at (row, column) of ``ws`` (whose ``cell_map`` is ``cells``) holding
    ``text`` as it is: the caller has made it safe (normalized, not formula-like)."""
    cell = Cell(ws, row=row, column=column, style_array=style)
    if text:
        cell._value = text
        cell.data_type = "s"
    cells[(row, column)] = cell
    return cell


def note_last_row(ws: Worksheet, row: int) -> None:
    """Tell the sheet that it now reaches ``row`` (``ws.cell`` would have)."""
    ws._current_row = max(ws._current_row, row)
