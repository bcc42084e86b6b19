"""Writing user text into cells: always as text (never a formula or an error value), with
bold runs where asked, and a plan's rows split where Excel's row height would cut them."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence, Set

from openpyxl.cell.cell import Cell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.worksheet.worksheet import Worksheet

from planapp.domain.cell_parsing import split_milestone_number
from planapp.domain.template import Column
from planapp.excel import layout
from planapp.excel import openpyxl_internals as internals
from planapp.excel.pagination import MAX_LINES_PER_ROW, estimate_lines, lines_up_to, split_counted

_FORMULA_LIKE = ("=", "+", "-", "@", "\t")
_COLUMNS = tuple(Column)  # iterating an Enum is slow in a loop run for every cell
_MAX_ROW = 1_048_576  # Excel's last row: past it, ``put_text`` raises as openpyxl does


def formula_like(text: str | CellRichText) -> bool:
    """Text Excel would take for a formula when the cell is edited (so it gets the quote
    prefix): what it shows starts with "=", "+", "-", "@" or a tab, rich text included."""
    plain = text if isinstance(text, str) else str(text)
    return plain.startswith(_FORMULA_LIKE)


def set_text(cell: Cell, text: str | CellRichText) -> None:
    """Put user text in an existing cell as text: never a formula or an error value."""
    cell.value = text
    if text:
        if cell.data_type != "s":
            cell.data_type = "s"
        if formula_like(text):
            cell.quotePrefix = True


def put_text(
    ws: Worksheet, row: int, column: int, text: str | CellRichText, style: Cell | None
) -> Cell:
    """Write ``text`` as a text cell (never a formula or an error value) with a style."""
    cell = ws.cell(row=row, column=column)
    if style is not None:
        internals.copy_style(style, cell)
    if text:
        set_text(cell, text)
    return cell


_BOLD = InlineFont(rFont=layout.FONT, sz=10, b=True)


def rich_milestones(text: str) -> str | CellRichText:
    """The milestone cell with each milestone number in bold (the text is unchanged)."""
    runs: list[str | TextBlock] = []
    plain: list[str] = []
    for i, line in enumerate(text.split("\n")):
        if i:
            plain.append("\n")
        found = split_milestone_number(line)
        if found is None:
            plain.append(line)
            continue
        head = line[: len(line) - len(found[1])]
        if plain:
            runs.append("".join(plain))
            plain = []
        runs.append(TextBlock(_BOLD, head))
        plain.append(found[1])
    if not runs:
        return text
    if "".join(plain):
        runs.append("".join(plain))
    return CellRichText(runs)


def rich_lines(text: str, bold: Set[str]) -> str | CellRichText:
    """``text`` with the lines in ``bold`` (the organizations of a contact cell) in bold."""
    if not bold or not any(line in bold for line in text.split("\n")):
        return text
    runs: list[str | TextBlock] = []
    for i, line in enumerate(text.split("\n")):
        end = "" if i == text.count("\n") else "\n"
        if line in bold:
            runs.append(TextBlock(_BOLD, line))
            if end:
                runs.append(end)
        else:
            runs.append(line + end)
    return CellRichText([r for r in runs if r])


@dataclasses.dataclass
class Placed:
    """Where the plan landed on its sheet, for the hidden record."""

    sheet: str
    starts: list[int]
    extra_first: int | None = None  # 0-based sheet column of the first extra column


def write_rows(
    ws: Worksheet,
    first_row: int,
    positions: dict[Column, int],
    texts: Sequence[Sequence[str]],
    widths: dict[Column, float],
    styles: dict[Column, Cell | None],
    organizations: Sequence[Set[str]] | None = None,
    set_heights: bool = True,
    max_lines: int = MAX_LINES_PER_ROW,
) -> list[int]:
    """The recommendations from ``first_row`` down, each template column in the sheet column
    ``positions`` gives (1-based); returns each recommendation's first row.

    Each cell's wrapped lines are counted once and serve the split, the pieces and the row
    height; new cells are made directly (what ``put_text`` does, without its look-ups)."""
    starts = []
    row = first_row
    chars = [widths[c] * layout.CHARS_PER_UNIT for c in _COLUMNS]
    where = [positions[c] for c in _COLUMNS]
    protos = [None if styles[c] is None else internals.style_array(styles[c]) for c in _COLUMNS]  # type: ignore[arg-type]
    existing = internals.cell_map(ws)
    dimensions = ws.row_dimensions
    for i, cells in enumerate(texts):
        pieces: list[list[str]] = []
        counts: list[list[int]] = []
        for c in _COLUMNS:
            text = cells[c]
            if c == Column.REF:  # never split: its count must be exact
                lines = estimate_lines(text, chars[c])
            else:
                lines = lines_up_to(text, chars[c], max_lines)
            if lines <= max_lines or c == Column.REF:
                pieces.append([text])
                counts.append([lines])
            else:
                parts, part_lines = split_counted(text, chars[c], c, max_lines, lines)
                pieces.append(parts)
                counts.append(part_lines)
        height = max(len(p) for p in pieces)
        for k in range(height):
            r = row + k
            lines = 1
            for c in _COLUMNS:
                part = pieces[c]
                text = part[k] if k < len(part) else ""
                value: str | CellRichText = text
                if organizations is not None and text:
                    if c == Column.MILESTONES:
                        value = rich_milestones(text)
                    elif c == Column.CONTACTS:
                        value = rich_lines(text, organizations[i])
                if text:
                    lines = max(lines, counts[c][k])
                column = where[c]
                if r > _MAX_ROW or (r, column) in existing or text.startswith(_FORMULA_LIKE):
                    put_text(ws, r, column, value, styles[c])
                    continue
                internals.new_text_cell(existing, ws, r, column, protos[c], value)
            if set_heights:
                dimensions[r].height = layout.row_height(lines)
        internals.note_last_row(ws, row + height - 1)
        starts.append(row)
        row += height
    return starts
