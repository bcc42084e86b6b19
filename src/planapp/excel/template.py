"""Export into a department's own workbook: fill its table, keep everything else.

Departments have their own copy of the template: a logo row, their colours, column widths,
print setup, perhaps an instructions sheet. Given such a workbook, the plan goes below its
header row (found like the reader finds it: either language, any row of the first 30, any
starting column, columns in any order) and nothing else changes:

* rows already below the header that hold example text are emptied and reused, keeping their
  style, which every row of the plan then takes; anything further down (notes, signatures)
  is moved down to make room rather than overwritten;
* the title cell ("... DETAILED ACTION PLAN") and the audit title under it are filled in;
* print titles and frozen panes are added only if the workbook has none.

The template file itself is only read. openpyxl cannot carry pictures, shapes or macros into
the new file, so a template holding them gets a warning saying so.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.cell.rich_text import CellRichText
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from planapp.domain.plan import Plan
from planapp.domain.template import HEADINGS, Column
from planapp.domain.texts import QT_TRANSLATE_NOOP, plural
from planapp.excel import layout
from planapp.excel import openpyxl_internals as internals
from planapp.excel.cell_writing import Placed, set_text, write_rows
from planapp.excel.errors import ExportError, WorkbookError
from planapp.excel.headings import HEADER_SEARCH_ROWS, HeaderMatch, above_header_texts, find_header
from planapp.excel.loading import LIBRARY_ERRORS, declares_entities
from planapp.excel.pagination import split_cell
from planapp.excel.quiet import dropped_features, quiet
from planapp.excel.safety import read_checked

__all__ = ["fill_template"]

_EXTERNAL_REF = re.compile(r"\[\d+\]")
_IS_TITLE = re.compile(r"action\s+plan|plan\s+d['’]action", re.IGNORECASE)
_DEFAULT_WIDTH = 8.43


def _plain(value: object) -> object:
    return str(value) if isinstance(value, CellRichText) else value


def _find_table(wb: Workbook, name: str) -> tuple[Worksheet, HeaderMatch]:
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        width = min(ws.max_column or 1, 200)
        top = [
            tuple(_plain(v) for v in row)
            for row in ws.iter_rows(
                min_row=1, max_row=HEADER_SEARCH_ROWS, max_col=width, values_only=True
            )
        ]
        header = find_header(top)
        if header is not None:
            return ws, header
    raise ExportError(
        QT_TRANSLATE_NOOP(
            "ExportError",
            "{name} cannot be used as a template: none of its sheets has the plan "
            "headings (Report Ref. No., OAG Recommendation, …) in its first "
            "{rows} rows.",
        ).format(name=name, rows=HEADER_SEARCH_ROWS)
    )


def _row_has_values(ws: Worksheet, row: int, columns: Sequence[int]) -> bool:
    return any(ws.cell(row=row, column=c).value not in (None, "") for c in columns)


def _make_room(ws: Worksheet, at: int, amount: int) -> None:
    """Insert ``amount`` rows at ``at``, moving merged cells and row heights along."""
    if amount <= 0:
        return
    moved = [r for r in ws.merged_cells.ranges if r.min_row >= at]
    for r in moved:
        ws.merged_cells.remove(r)
    heights = {
        i: d.height for i, d in ws.row_dimensions.items() if i >= at and d.height is not None
    }
    ws.insert_rows(at, amount)
    for r in moved:
        r.shift(0, amount)
        ws.merged_cells.add(r)
    for i in heights:
        ws.row_dimensions[i].height = None
    for i, h in heights.items():
        ws.row_dimensions[i + amount].height = h


def _fill_titles(ws: Worksheet, header: HeaderMatch, titles: Sequence[str]) -> list[Cell]:
    """Put the plan's title and audit title in the template's title cells; returns the
    cells filled."""
    for row in range(1, header.row):
        for cell in ws[row]:
            if isinstance(cell.value, str | CellRichText) and _IS_TITLE.search(str(cell.value)):
                set_text(cell, titles[0])
                below = row + 1
                if titles[1] and below < header.row:
                    target = ws.cell(row=below, column=cell.column)
                    if not isinstance(target, Cell):
                        return [cell]  # inside a merged range that does not start here
                    current = str(target.value or "")
                    if not current.strip() or re.search(
                        r"audit|vérification|verification|OAG|BVG|title|titre", current, re.I
                    ):
                        set_text(target, titles[1])
                        return [cell, target]
                return [cell]
    return []


def _settle_hyperlinks(
    ws: Worksheet, rows: range, columns: Sequence[int], filled: Sequence[Cell]
) -> int:
    """Remove the template's hyperlinks from the cells the plan fills (an example row's
    link would now sit on a recommendation) and anchor the others where their cells now are
    (openpyxl keeps a moved cell's link at its old address); returns how many were removed."""
    removed = 0
    plan_cells = {id(c) for c in filled}
    wanted = set(columns)
    for (row, column), cell in list(internals.cell_map(ws).items()):
        if cell.hyperlink is None:
            continue
        if (row in rows and column in wanted) or id(cell) in plan_cells:
            cell.hyperlink = None
            removed += 1
        else:
            cell.hyperlink.ref = cell.coordinate
    return removed


def _unlink(wb: Workbook, data: bytes) -> None:
    """What still points into another workbook ("[1]Budget!A1") once the links are gone:
    defined names are removed, and formulas keep the value Excel last computed for them
    (left as they are, Excel would find the file damaged)."""
    for names in [wb.defined_names, *(ws.defined_names for ws in wb.worksheets)]:
        for key in [k for k, d in names.items() if _EXTERNAL_REF.search(str(d.value or ""))]:
            del names[key]
    cached: Workbook | None = None
    for ws in wb.worksheets:
        for (row, column), cell in internals.cell_map(ws).items():
            if cell.data_type != "f" or not _EXTERNAL_REF.search(str(cell.value)):
                continue
            if cached is None:
                with quiet():
                    cached = load_workbook(io.BytesIO(data), data_only=True, keep_links=False)
            cell.value = cached[ws.title].cell(row=row, column=column).value


def fill_template(
    template: Path,
    plan: Plan,
    texts: list[list[str]],
    titles: list[str],
    organizations: list[set[str]] | None = None,
) -> tuple[Workbook, Placed, list[str], list[str]]:
    """The template workbook with the plan filled in; returns (workbook, placement, title
    rows as the reader will see them, warnings)."""
    name = template.name
    try:
        checked = read_checked(template)
    except WorkbookError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP("ExportError", "The template {exc}").format(exc=exc)
        ) from None
    warnings: list[str] = []
    if any(m.startswith(("xl/media/", "xl/drawings/")) for m in checked.members):
        warnings.append(
            QT_TRANSLATE_NOOP(
                "WorkbookWarning",
                "{name}: its pictures and drawings (such as a logo) cannot be carried "
                "into the export; add them again in Excel if they are needed.",
            ).format(name=name)
        )
    if checked.has_macros:
        warnings.append(
            QT_TRANSLATE_NOOP(
                "WorkbookWarning", "{name}: its macros are not kept; the export is a plain .xlsx."
            ).format(name=name)
        )
    linked = any(m.startswith("xl/externalLinks/") for m in checked.members)
    if linked:
        warnings.append(
            QT_TRANSLATE_NOOP(
                "WorkbookWarning",
                "{name}: its links to other workbooks were removed; the export refers "
                "to no other file.",
            ).format(name=name)
        )
    try:
        with quiet() as said:
            wb = load_workbook(
                io.BytesIO(checked.data), rich_text=True, keep_vba=False, keep_links=False
            )
    except LIBRARY_ERRORS as exc:
        if declares_entities(exc):
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "ExportError",
                    "The template {name} was refused: its XML declares entities, which "
                    "hostile files use to attack the computer.",
                ).format(name=name)
            ) from None
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "ExportError",
                "The template {name} could not be read: parts of it do not follow the "
                "Excel workbook format; open it in Excel, save it again and retry.",
            ).format(name=name)
        ) from None
    for feature in dropped_features(said.warnings):
        warnings.append(
            QT_TRANSLATE_NOOP(
                "WorkbookWarning", "{name}: its {feature} cannot be carried into the export."
            ).format(name=name, feature=feature)
        )
    wb.template = False
    if linked:
        _unlink(wb, checked.data)
    ws, header = _find_table(wb, name)
    positions = {c: i + 1 for c, i in header.columns.items()}
    missing = [c for c in Column if c not in positions]
    for column in missing:
        if any(row[column] for row in texts):
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "ExportError",
                    "{name} cannot be used as a template: it has no “{heading}” column, and the "
                    "plan has text for it.",
                ).format(name=name, heading=HEADINGS[column].en)
            )
        warnings.append(
            QT_TRANSLATE_NOOP(
                "WorkbookWarning", "{name} has no “{heading}” column; it was left out."
            ).format(name=name, heading=HEADINGS[column].en)
        )
    spare = max(positions.values()) + 1
    for column in missing:  # never written (no text); a harmless place for the writer
        positions[column] = spare

    first = header.row + 1
    table_columns = sorted(set(positions.values()))
    examples = 0
    while _row_has_values(ws, first + examples, table_columns):
        examples += 1
    styles: dict[Column, Cell | None] = {}
    fallback = layout.SheetStyles.create(ws)
    for column, index in positions.items():
        sample = ws.cell(row=first, column=index)
        if isinstance(sample, Cell) and sample.has_style:
            proto = Cell(ws)
            internals.copy_style(sample, proto)
            if not sample.alignment.wrap_text:
                proto.alignment = Alignment(
                    wrap_text=True,
                    vertical=sample.alignment.vertical or "top",
                    horizontal=sample.alignment.horizontal,
                )
        else:
            proto = fallback.body
        styles[column] = proto
    for r in range(first, first + examples):
        for c in table_columns:
            ws.cell(row=r, column=c).value = None
    widths = {
        c: float(ws.column_dimensions[get_column_letter(i)].width or _DEFAULT_WIDTH)
        for c, i in positions.items()
    }
    # Rows the plan needs, counting continuation rows as the writer will.
    needed = sum(
        max(
            len(split_cell(row[c], widths[c] * layout.CHARS_PER_UNIT, c))
            for c in Column
            if c != Column.REF
        )
        for row in texts
    )
    # Content further down (a note, a signature block) keeps one blank row above it.
    every_column = range(1, ws.max_column + 1)
    rows_below = range(first + examples, ws.max_row + 1)
    below = next((r for r in rows_below if _row_has_values(ws, r, every_column)), None)
    if below is not None:
        _make_room(ws, below, needed + 1 - (below - first))
    starts = write_rows(ws, first, positions, texts, widths, styles, organizations)
    filled = _fill_titles(ws, header, titles)
    last = first + max(needed, examples) - 1
    removed = _settle_hyperlinks(ws, range(first, last + 1), table_columns, filled)
    if removed:
        warnings.append(
            plural(
                removed,
                QT_TRANSLATE_NOOP(
                    "WorkbookWarning",
                    "{name}: {n} hyperlink on the cells the plan now fills was removed.",
                ),
                QT_TRANSLATE_NOOP(
                    "WorkbookWarning",
                    "{name}: {n} hyperlinks on the cells the plan now fills were removed.",
                ),
                name=name,
            )
        )
    if not ws.print_title_rows:
        ws.print_title_rows = f"1:{header.row}"
    if ws.freeze_panes is None:
        ws.freeze_panes = ws.cell(row=first, column=1).coordinate
    above = (
        [
            tuple(_plain(v) for v in row)
            for row in ws.iter_rows(min_row=1, max_row=header.row - 1, values_only=True)
        ]
        if header.row > 1
        else []
    )
    return wb, Placed(ws.title, starts), above_header_texts(above), warnings
