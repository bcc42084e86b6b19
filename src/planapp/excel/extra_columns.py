"""Extra columns in the exported workbook: one sheet column per extra heading after the eight.

An imported plan keeps the columns that map to no template field as each recommendation's
extra columns (see ``domain.extra_columns``). The export writes them back as columns of their
own, headed as they were, so a plan read from a department's "Planned Action" or "Status"
column goes out with it and reads back the same.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from copy import copy

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planapp.domain.extra_columns import extra_cells, extra_headings
from planapp.domain.plan import ExtraColumn, Plan
from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.excel import layout
from planapp.excel.errors import ExportError, cell_too_long
from planapp.excel.pagination import estimate_lines

EXCEL_CELL_LIMIT = 32_767
# Width of an extra column (Excel's units): about the template's "Outcome" column.
EXTRA_WIDTH = 30.0


def clean_extra(plan: Plan, clean_text: Callable[[str], str]) -> Plan:
    """``plan`` with the headings and texts of its extra columns cleaned by ``clean_text``;
    the plan itself when none needed it (the plan given is never changed)."""
    recs = []
    changed = False
    for rec in plan.recommendations:
        extra = [
            ExtraColumn(clean_text(e.heading), clean_text(e.text), e.translations)
            for e in rec.extra
        ]
        if extra != rec.extra:
            rec = dataclasses.replace(rec, extra=extra)
            changed = True
        recs.append(rec)
    return dataclasses.replace(plan, recommendations=recs) if changed else plan


@dataclasses.dataclass
class ExtraTable:
    """The extra columns' headings and each recommendation's cells under them."""

    headings: list[str]
    rows: list[list[str]]

    @classmethod
    def of(cls, plan: Plan) -> ExtraTable:
        headings = extra_headings(plan.recommendations)
        rows = [extra_cells(rec, headings) for rec in plan.recommendations]
        return cls(headings, rows)

    def check_lengths(self, plan: Plan) -> None:
        """ExportError naming the recommendation and column of a cell Excel cannot hold."""
        for heading in self.headings:
            if len(heading) > EXCEL_CELL_LIMIT:
                raise ExportError(
                    QT_TRANSLATE_NOOP(
                        "ExportError",
                        "An extra column's heading holds {count} characters, more than the "
                        "32,767 an Excel cell can hold.",
                    ).format(count=len(heading))
                )
        for i, (rec, row) in enumerate(zip(plan.recommendations, self.rows, strict=True)):
            for heading, text in zip(self.headings, row, strict=True):
                if len(text) > EXCEL_CELL_LIMIT:
                    raise cell_too_long(rec.ref, i + 1, heading, len(text))

    def write(
        self,
        ws: Worksheet,
        header_row: int,
        first_col: int,
        starts: Sequence[int],
        header_style: Cell | None,
        body_style: Cell | None,
        put_text: Callable[..., Cell],
    ) -> None:
        """Headings on ``header_row`` from ``first_col`` on; each recommendation's cells on
        its first row ``starts[i]``; rows grow (up to Excel's maximum) to show the text."""
        if not self.headings:
            return
        chars = EXTRA_WIDTH * layout.CHARS_PER_UNIT
        for k, heading in enumerate(self.headings):
            column = first_col + k
            put_text(ws, header_row, column, heading, header_style)
            ws.column_dimensions[get_column_letter(column)].width = EXTRA_WIDTH
        for row, cells in zip(starts, self.rows, strict=True):
            lines = 1
            for k, text in enumerate(cells):
                put_text(ws, row, first_col + k, text, body_style)
                if text:
                    lines = max(lines, estimate_lines(text, chars))
            height = ws.row_dimensions[row].height
            wanted = min(layout.row_height(lines), layout.MAX_ROW_POINTS)
            if height is not None and wanted > height:
                ws.row_dimensions[row].height = wanted

    def write_after_table(
        self, ws: Worksheet, starts: Sequence[int], put_text: Callable[..., Cell]
    ) -> int:
        """In a department's template: the columns after the last heading of the header row
        (the row above the first recommendation), styled as that heading and its cells.
        Returns the first extra column (1-based), 0 when there is nothing to write."""
        if not self.headings or not starts:
            return 0
        header_row = starts[0] - 1
        last = max(
            (
                c
                for c in range(1, ws.max_column + 1)
                if ws.cell(header_row, c).value not in (None, "")
            ),
            default=0,
        )
        if not last:
            return 0
        header_style = Cell(ws)
        header_style._style = copy(ws.cell(header_row, last)._style)
        body_style = Cell(ws)
        body_style._style = copy(ws.cell(starts[0], last)._style)
        self.write(ws, header_row, last + 1, starts, header_style, body_style, put_text)
        return last + 1
