"""The follow-up dashboard as an Excel workbook: a sheet per language, a row per group and
milestone.

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
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

from planapp.domain import dashboard_language as words
from planapp.domain.dashboard import GroupBy, Section
from planapp.domain.dashboard_columns import REPORT
from planapp.domain.history import ReportingPeriod
from planapp.domain.template import Language
from planapp.excel.saving import save_atomically

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
    lang: Language = "en",
) -> Path:
    """Write the dashboard's groups to ``path`` (replaced only once complete), in ``lang``:
    a sheet in English or French, or both sheets (English first) for a bilingual report."""
    path = Path(path)
    wb = Workbook()
    for k, version in enumerate(words.report_languages(lang)):
        ws = wb.active if k == 0 else wb.create_sheet()
        _write_sheet(ws, sections, today, period, by, version)
    wb.properties.title = words.title(today, period, words.report_languages(lang)[0])
    wb.properties.language = "fr-CA" if words.report_languages(lang)[0] == "fr" else "en-CA"
    save_atomically(wb, path)
    return path


def _write_sheet(
    ws: Worksheet,
    sections: Sequence[Section],
    today: dt.date,
    period: ReportingPeriod | None,
    by: GroupBy,
    lang: str,
) -> None:
    headings = words.columns(lang)
    ws.title = "Tableau de bord" if lang == "fr" else "Dashboard"
    ws.append([words.title(today, period, lang)])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([words.grouped_by(by, lang)])
    ws.append(list(headings))
    for cell in ws[3]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A4"
    for section in sections:
        ws.append([f"{words.bucket_label(section.bucket, lang)} ({section.count})"])
        row = ws.max_row
        for col in range(1, len(headings) + 1):
            ws.cell(row, col).fill = _SECTION_FILL
        ws.cell(row, 1).font = Font(bold=True)
        for group in section.groups:
            ws.append([f"{words.group_label(group, by, lang)} ({group.count})"])
            ws.cell(ws.max_row, 1).font = Font(italic=True)
            for i in group.items:
                ws.append([_text(v) for v in words.report_row_in(i, lang)])
                for cell in ws[ws.max_row]:
                    cell.data_type = "s"
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, column in enumerate(REPORT, start=1):
        ws.column_dimensions[chr(ord("A") + col - 1)].width = column.report_width
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "3:3"
    # Screen readers announce each column's heading (see excel/accessibility.py).
    ws.defined_names["ColumnTitle"] = DefinedName("ColumnTitle", attr_text=f"'{ws.title}'!$A$3")
