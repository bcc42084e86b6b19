"""The follow-up dashboard as an Excel workbook: one sheet, a row per group and milestone.

Written with openpyxl and saved atomically like a plan's export; every text is written as
text (a description starting with "=" stays words, not a formula).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill

from planapp.domain.dashboard import REPORT_COLUMNS, GroupBy, Section, report_row
from planapp.domain.history import ReportingPeriod
from planapp.excel.saving import save_atomically

HEADINGS = REPORT_COLUMNS
WIDTHS = (34, 10, 10, 60, 26, 18, 18, 14, 12)
_SECTION_FILL = PatternFill("solid", fgColor="D9E1F2")
_MAX_CELL = 32_767


def _text(value: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub(" ", value)[:_MAX_CELL]


def write_dashboard(
    sections: Sequence[Section],
    path: str | Path,
    today: dt.date,
    period: ReportingPeriod | None,
    by: GroupBy,
) -> Path:
    """Write the dashboard's groups to ``path`` (replaced only once complete)."""
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "Dashboard"
    title = f"Follow-up dashboard as of {today.isoformat()}"
    if period is not None:
        title += f" — {period.name}"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([f"Grouped by {by.value}"])
    ws.append(list(HEADINGS))
    for cell in ws[3]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A4"
    for section in sections:
        ws.append([f"{section.bucket.label} ({section.count})"])
        row = ws.max_row
        for col in range(1, len(HEADINGS) + 1):
            ws.cell(row, col).fill = _SECTION_FILL
        ws.cell(row, 1).font = Font(bold=True)
        for group in section.groups:
            ws.append([f"{group.label} ({group.count})"])
            ws.cell(ws.max_row, 1).font = Font(italic=True)
            for i in group.items:
                ws.append([_text(v) for v in report_row(i)])
                for cell in ws[ws.max_row]:
                    cell.data_type = "s"
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[chr(ord("A") + col - 1)].width = width
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "3:3"
    save_atomically(wb, path)
    return path
