"""The built-in template: a sheet laid out and set up for printing like the filed plans.

Title row, audit title row, the header with the eight headings, then the recommendations.
Print-ready as it comes: landscape Legal (or Letter), fit to the page width, title and header
repeated on every page, panes frozen below the header, "Page N of M" in the footer, wrapped
top-aligned 10-point Arial with thin borders, the Committee column shaded, and column widths
that follow the plan's own text lengths.

Cells take their style by copying a prototype's style array, which costs about what writing
the value costs (setting font, alignment and border per cell would triple the write time).
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from typing import Literal

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planapp.domain.template import DEFAULT_WIDTHS, Column, Language, headings
from planapp.excel.pagination import estimate_lines

__all__ = [
    "PAGE_WIDTH_UNITS",
    "Paper",
    "SheetStyles",
    "column_widths",
    "header_points",
    "max_body_lines",
    "row_height",
    "set_up_printing",
    "set_widths",
    "title_height",
    "write_header",
]

Paper = Literal["legal", "letter"]

# Sum of column widths (Excel character units) that fills a landscape page at ~100% scale with
# 0.4-inch side margins: text prints at its true 10 points.
PAGE_WIDTH_UNITS: dict[str, float] = {"legal": 176.0, "letter": 134.0}
# Narrowest useful widths on Legal paper (the letter page scales them down).
_MIN_WIDTH: dict[Column, float] = {
    Column.REF: 9.0,
    Column.COMPLETION: 13.0,
    Column.CONTACTS: 24.0,
    Column.MILESTONES: 28.0,
    Column.INDICATOR: 14.0,
}
_DEFAULT_MIN_WIDTH = 18.0
# Arial 10 fits ~1.2 characters of prose per width unit (a unit is a digit of the default
# Calibri 11; measured with their metric twins in LibreOffice). Less keeps estimates safe.
CHARS_PER_UNIT = 1.12

FONT = "Arial"
# Excel and LibreOffice keep a written row height and do not fit rows to wrapped text when
# they open a file, so the writer sets each height from the estimated line count.
LINE_POINTS = 12.75
MAX_ROW_POINTS = 409.0


def row_height(lines: int, font_points: float = 10.0) -> float:
    """Points for a row of ``lines`` lines of text, with a little padding."""
    line = LINE_POINTS * font_points / 10.0
    return min(MAX_ROW_POINTS, round(lines * line + 4.0 + font_points / 2.5, 2))


def title_height(text: str, width_units: float, font_points: float) -> float:
    """Height of a title row whose text wraps across the merged table width."""
    chars = width_units * CHARS_PER_UNIT * 10.0 / font_points * 0.85  # bold is wider
    return row_height(max(1, estimate_lines(text, chars)), font_points)


_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_COMMITTEE_FILL = PatternFill("solid", fgColor="EDEDED")
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_COMMITTEE_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")


@dataclass
class SheetStyles:
    """Prototype cells whose style arrays the table's cells copy."""

    title: Cell
    audit: Cell
    header: Cell
    header_committee: Cell
    body: Cell
    body_committee: Cell

    @classmethod
    def create(cls, ws: Worksheet, header_points: float = 10.0) -> SheetStyles:
        def proto(
            font: Font,
            alignment: Alignment,
            border: Border | None = None,
            fill: PatternFill | None = None,
        ) -> Cell:
            cell = Cell(ws)
            cell.font = font
            cell.alignment = alignment
            if border is not None:
                cell.border = border
            if fill is not None:
                cell.fill = fill
            return cell

        header_font = Font(name=FONT, size=header_points, bold=True)
        header_align = Alignment(wrap_text=True, vertical="center", horizontal="center")
        body_font = Font(name=FONT, size=10)
        return cls(
            title=proto(
                Font(name=FONT, size=14, bold=True), Alignment(vertical="center", wrap_text=True)
            ),
            audit=proto(
                Font(name=FONT, size=12, bold=True), Alignment(vertical="center", wrap_text=True)
            ),
            header=proto(header_font, header_align, _BORDER, _HEADER_FILL),
            header_committee=proto(header_font, header_align, _BORDER, _COMMITTEE_HEADER_FILL),
            body=proto(body_font, _WRAP_TOP, _BORDER),
            body_committee=proto(body_font, _WRAP_TOP, _BORDER, _COMMITTEE_FILL),
        )

    @staticmethod
    def apply(cell: Cell, prototype: Cell) -> None:
        cell._style = copy(prototype._style)


def column_widths(texts: Sequence[Sequence[str]], paper: Paper = "legal") -> dict[Column, float]:
    """Width of each column, filling the page width: part the template's proportions, most
    each column's average share of its row's text, so that the tallest cell of a row is not
    much taller than the others (rows are as tall as their tallest cell)."""
    total_default = sum(DEFAULT_WIDTHS.values())
    shares = dict.fromkeys(Column, 0.0)
    counted = 0
    for row in texts:
        sizes = [min(len(row[c]), 5000) for c in Column]
        total = sum(sizes)
        if total:
            counted += 1
            for column in Column:
                shares[column] += sizes[column] / total
    weights = {}
    for column in Column:
        share = DEFAULT_WIDTHS[column] / total_default
        if counted:
            share = 0.3 * share + 0.7 * shares[column] / counted
        weights[column] = share
    page = PAGE_WIDTH_UNITS[paper]
    widths = {c: w * page for c, w in weights.items()}
    # Raise narrow columns to their minimum, taking the room from the others in proportion.
    # Minimums are set for Legal; a narrower page scales them down with it.
    scale_min = page / PAGE_WIDTH_UNITS["legal"]
    minimum = {c: _MIN_WIDTH.get(c, _DEFAULT_MIN_WIDTH) * scale_min for c in Column}
    fixed: dict[Column, float] = {}
    for _ in range(len(Column)):
        fixed.update({c: minimum[c] for c in Column if c not in fixed and widths[c] < minimum[c]})
        rest = {c: widths[c] for c in Column if c not in fixed}
        if not rest:
            break
        scale = (page - sum(fixed.values())) / sum(rest.values())
        widths = {**{c: w * scale for c, w in rest.items()}, **fixed}
        if all(widths[c] >= minimum[c] - 1e-9 for c in Column):
            break
    return {c: round(widths[c], 1) for c in Column}


def set_up_printing(
    ws: Worksheet,
    paper: Paper,
    title_rows: str,
    lang: Language,
) -> None:
    """Landscape, fit to width, repeated title rows, footer with page numbers, margins."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_LEGAL if paper == "legal" else ws.PAPERSIZE_LETTER
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = 0.5
    ws.page_margins.bottom = 0.6
    ws.page_margins.header = 0.25
    ws.page_margins.footer = 0.25
    footer = {"en": "Page &P of &N", "fr": "Page &P de &N", "both": "Page &P of / de &N"}[lang]
    ws.oddFooter.center.text = footer
    ws.oddFooter.center.size = 9
    ws.oddFooter.center.font = FONT


def write_header(
    ws: Worksheet,
    row: int,
    first_col: int,
    lang: Language,
    styles: SheetStyles,
    widths: dict[Column, float],
) -> float:
    """The eight headings, centred and bold; the row as tall as the longest wrapped heading.
    Returns that height in points."""
    points = header_points(lang)
    lines = 1
    for column, text in zip(Column, headings(lang), strict=True):
        chars = widths[column] * CHARS_PER_UNIT * 10.0 / points * 0.85  # bold is wider
        lines = max(lines, estimate_lines(text, chars))
        cell = ws.cell(row=row, column=first_col + column)
        cell.value = text
        styles.apply(cell, styles.header_committee if column == Column.INDICATOR else styles.header)
    height = row_height(lines, points)
    ws.row_dimensions[row].height = height
    return height


def header_points(lang: Language) -> float:
    """Bilingual headings are twice as long: a smaller size keeps the header row short."""
    return 8.0 if lang == "both" else 10.0


# Landscape Legal and Letter are both 8.5 inches tall.
_PAGE_HEIGHT_POINTS = 8.5 * 72


def max_body_lines(repeated_rows_points: float, margins_points: float) -> int:
    """Lines of body text a row may hold and still fit on a page under the repeated title
    and header rows (Excel cannot split a row across pages, nor show one over 409 points)."""
    room = min(_PAGE_HEIGHT_POINTS - margins_points - repeated_rows_points, MAX_ROW_POINTS)
    return max(8, int((room - 6.0) // LINE_POINTS))


def set_widths(ws: Worksheet, first_col: int, widths: dict[Column, float]) -> None:
    for column, width in widths.items():
        ws.column_dimensions[get_column_letter(first_col + column)].width = width
