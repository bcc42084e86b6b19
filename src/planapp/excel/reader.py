"""Read Detailed Action Plans from the workbooks people actually send.

No settings: each sheet is searched for the plan's header row in its first 30 rows, headings
matched in English or French (``heading_forms`` lists them, ``headings`` finds the row), the
table may start in any column, and every sheet with a header gives one plan: the template's
eight columns or a management action plan's, every other column kept as an extra column.
A header with too few known headings is offered for mapping (``MappingRequired``, and
``mapping``) instead of refused. Above the header, the title rows give the department,
acronym, titles and the plan's language (``titles``). Below it, ``rows`` reads the rows into
recommendations: a row with a Report Ref. No. starts one and a row without one continues it
(paginated plans, merged cells, one milestone per row); repeated title and header rows are
skipped.

Files are checked by ``safety`` before openpyxl parses anything and read through ``loading``
(a second, tolerant reader for files openpyxl rejects), in read-only mode so that rows stream
with a progress report, a Cancel and the limits of ``limits``. A workbook written by planapp
carries a hidden record (see ``record``) that restores what the template has no column for,
wherever the visible cells still match it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter

from planapp.domain.plan import Plan
from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.excel import language_sheets
from planapp.excel import limits as _limits
from planapp.excel import record as _record
from planapp.excel import rows as _rows
from planapp.excel.errors import ImportCancelled, WorkbookError
from planapp.excel.headings import (
    FIELD_COLUMNS,
    HEADER_SEARCH_ROWS,
    above_header_texts,
    find_header,
)
from planapp.excel.loading import Book, read_values, table_beyond
from planapp.excel.plan_building import _build_plan
from planapp.excel.safety import read_checked
from planapp.excel.sheet_layout import (
    FIELDS,
    MAX_COLUMNS,
    ColumnMapping,
    SheetLayout,
    apply_mapping,
    layout_of,
    unheaded_title,
)
from planapp.excel.titles import parse_title_rows, plan_language

__all__ = [
    "ImportCancelled",
    "ImportResult",
    "MappingRequired",
    "WorkbookError",
    "parse_title_rows",
    "read_workbook",
]

Progress = _limits.Progress

# Widest sheet searched for a header; a table wider than this is not a plan.
_MAX_COLUMNS = MAX_COLUMNS
# Columns past the last heading read for text in columns without a heading.
_UNHEADED_PAST = 3


@dataclass
class ImportResult:
    """What a workbook holds: one plan per plan sheet, and what the user should know."""

    plans: list[Plan]
    warnings: list[str]
    sheets: list[str]  # the sheet each plan was read from, in the order of ``plans``
    # Per plan: True when planapp's hidden record supplied the fields the template has no
    # column for (milestone statuses, e-mails, French titles...); False means those fields
    # are unknown rather than empty, and a merge should not treat them as changes.
    from_planapp: list[bool] = field(default_factory=list)
    # Per plan: the columns and where they went (the mapping used).
    layouts: list[SheetLayout] = field(default_factory=list)
    # Every sheet with a candidate header, read or not (what ``mapping.inspect_workbook`` shows).
    sheet_layouts: list[SheetLayout] = field(default_factory=list)


class MappingRequired(WorkbookError):
    """No sheet has enough known headings to be read without the user mapping its columns;
    ``layouts`` are the candidate sheets with what was detected."""

    def __init__(self, message: str, layouts: list[SheetLayout]) -> None:
        super().__init__(message)
        self.layouts = layouts


# --- Workbook -----------------------------------------------------------------------------------


def _sheet_language(header_language: str, above: list[str]) -> str:
    return plan_language(header_language, parse_title_rows(above))


def _read_sheet(
    ws: object,
    counter: _limits.Counter,
    chosen: dict[int, str] | None,
    record_store: _record.PlanRecord | None = None,
) -> tuple[_rows.SheetRows | None, SheetLayout | None]:
    """The header and rows of one sheet, and its layout; rows are read only when the layout
    is recognized or mapped by the user (``chosen``: column -> field). A sheet planapp wrote
    (its ``record_store``) has the template's columns and then the plan's extra columns, which
    stay extra columns whatever their headings say ("Status", "Planned Action")."""
    width = min(int(getattr(ws, "max_column", None) or _MAX_COLUMNS), _MAX_COLUMNS)
    top = [
        tuple(values)
        for values in ws.iter_rows(  # type: ignore[attr-defined]
            min_row=1, max_row=HEADER_SEARCH_ROWS, max_col=width, values_only=True
        )
    ]
    header = find_header(top, candidates=True)
    if header is None:
        return None, None
    above = above_header_texts(top[: header.row - 1])
    layout = layout_of(ws.title, header, _sheet_language(header.language, above))  # type: ignore[attr-defined]
    if record_store is not None and language_sheets.other_sheet(record_store) == ws.title:  # type: ignore[attr-defined]
        record_store = language_sheets.other_record(record_store)  # a bilingual second sheet
    if record_store is not None and record_store.sheet == ws.title:  # type: ignore[attr-defined]
        # planapp's own extra columns stay extra columns, however many there are, and so do
        # columns someone added after the template's ("Status", "Revised target date").
        layout = record_store.keep_extra(layout, top[header.row - 1])
        for c in layout.columns:
            if c.field not in FIELD_COLUMNS:
                c.field = "extra"
    if chosen:
        try:
            layout = apply_mapping(layout, chosen)
        except ValueError as exc:
            raise WorkbookError(
                QT_TRANSLATE_NOOP("WorkbookError", "{name}: {exc}.").format(
                    name=counter.name, exc=exc
                )
            ) from None
    if not layout.recognized:
        return None, layout
    # A column without a heading still holds text: read a few columns past the last
    # heading too, and keep any such column that has text as an extra column.
    last_col = min(max(c.index for c in layout.columns) + 1 + _UNHEADED_PAST, _MAX_COLUMNS)
    headed = {c.index for c in layout.columns}
    unheaded: set[int] = set()
    rows: list[tuple[int, Sequence[object]]] = []
    row_number = header.row
    empty = False
    for values in ws.iter_rows(  # type: ignore[attr-defined]
        min_row=header.row + 1, max_col=last_col, values_only=True
    ):
        row_number += 1
        counter.step()
        filled = [i for i, v in enumerate(values) if v is not None and v != ""]
        if not filled:
            if not empty:  # a run of empty rows is kept as one: it only marks a gap
                rows.append((row_number, ()))
                empty = True
            continue
        empty = False
        counter.count(values)
        unheaded.update(i for i in filled if i not in headed)
        rows.append((row_number, values))
    if unheaded:
        layout.columns = sorted(
            [
                *layout.columns,
                *(ColumnMapping(i, unheaded_title(i), "extra") for i in unheaded),
            ],
            key=lambda c: c.index,
        )
    return _rows.SheetRows(ws.title, layout, above, rows), layout  # type: ignore[attr-defined]


def read_workbook(
    path: str | Path,
    progress: Progress | None = None,
    mapping: dict[str, dict[int, str]] | None = None,
) -> ImportResult:
    """The plans in the workbook at ``path``.

    ``progress(done, total)`` is called as rows are read; returning False cancels with
    ImportCancelled. ``mapping`` (sheet title -> {0-based column: field}) changes where
    columns go; the other columns keep their detected field. A file that is not a readable,
    safe workbook, or has no plan table, raises WorkbookError whose message names the file
    and the problem; MappingRequired when a table was found but its columns must be mapped.
    """
    path = Path(path)
    name = path.name
    checked = read_checked(path)
    warnings: list[str] = []
    if checked.has_macros:
        warnings.append(
            QT_TRANSLATE_NOOP(
                "WorkbookWarning", "{name} contains macros; they were not read and are never kept."
            ).format(name=name)
        )

    def read(
        book: Book,
    ) -> tuple[list[_rows.SheetRows], _record.PlanRecord | None, list[str], list[SheetLayout]]:
        found = _read_sheets(book, name, progress, mapping)
        if not found[0]:
            layouts = found[3]
            candidates = [layout for layout in layouts if not layout.recognized]
            if candidates:
                raise MappingRequired(_mapping_message(name, candidates[0]), layouts)
            raise WorkbookError(_no_plan_table(name, book))
        return found

    (sheets_data, record_store, skipped, layouts), book = read_values(checked, name, read)
    warnings.extend(book.notes(name, [data.title for data in sheets_data]))
    warnings.extend(skipped)
    result = ImportResult([], warnings, [], [], [], layouts)
    other = language_sheets.other_sheet(record_store)
    other_data = next((d for d in sheets_data if d.title == other), None)
    for data in sheets_data:
        if data is other_data:
            continue  # the plan's other language: merged into it below
        store = record_store if record_store and record_store.sheet == data.title else None
        plan, sheet_warnings = _build_plan(data, store)
        result.plans.append(plan)
        result.sheets.append(data.title)
        result.from_planapp.append(store is not None)
        result.layouts.append(data.layout)
        result.warnings.extend(sheet_warnings)
        if store is not None and other_data is not None:
            seen, _ = _build_plan(other_data, language_sheets.other_record(store))
            result.warnings.extend(language_sheets.merge_other_sheet(plan, seen, store))
    return result


def _mapping_message(name: str, layout: SheetLayout) -> str:
    known = [c for c in layout.columns if c.field != "extra"]
    unknown = [c for c in layout.columns if c.field == "extra"]
    found = ", ".join(f"“{c.heading}” ({c.field})" for c in known)
    example = unknown[0].heading if unknown else layout.columns[0].heading
    fields = ", ".join(f for f in FIELDS if f != "extra")
    return (
        f"{name} has too few known plan headings to import sheet “{layout.sheet}” without a "
        f"mapping (found in row {layout.header_row}: {found}). Say where the "
        f'other columns go with --map, e.g. --map "{example}=actions" (fields: {fields}, '
        "extra); see them all with --show-mapping."
    )


def _read_sheets(
    wb: Book, name: str, progress: Progress | None, mapping: dict[str, dict[int, str]] | None
) -> tuple[list[_rows.SheetRows], _record.PlanRecord | None, list[str], list[SheetLayout]]:
    worksheets = list(wb.worksheets)
    plan_sheets = []
    record_store = None
    skipped: list[str] = []
    # The record first: it says which columns planapp wrote as extra columns.
    for ws in worksheets:
        if ws.title == _record.RECORD_SHEET and record_store is None:
            record_store = _record.read_record(ws.iter_rows(max_col=64, values_only=True))
    for ws in worksheets:
        if ws.title == _record.RECORD_SHEET and record_store is not None:
            continue
        if ws.sheet_state != "visible":
            skipped.append(
                QT_TRANSLATE_NOOP(
                    "WorkbookWarning", "Sheet “{title}” is hidden and was not read."
                ).format(title=ws.title)
            )
            continue
        plan_sheets.append(ws)
    counter = _limits.Counter(progress, sum(int(ws.max_row or 0) for ws in plan_sheets), name)
    counter.report()
    found = []
    layouts: list[SheetLayout] = []
    for ws in plan_sheets:
        chosen = (mapping or {}).get(ws.title)
        data, layout = _read_sheet(ws, counter, chosen, record_store)
        if layout is not None:
            layouts.append(layout)
        if data is not None:
            found.append(data)
        elif layout is not None:
            skipped.append(
                QT_TRANSLATE_NOOP(
                    "WorkbookWarning",
                    "Sheet “{title}” was skipped: its headings in row {header_row} name "
                    "too few plan columns; map them to import it.",
                ).format(title=ws.title, header_row=str(layout.header_row))
            )
        else:
            skipped.append(
                QT_TRANSLATE_NOOP(
                    "WorkbookWarning",
                    "Sheet “{title}” was skipped: it has no plan headings in its first "
                    "{rows} rows.",
                ).format(title=ws.title, rows=HEADER_SEARCH_ROWS)
            )
    counter.done = counter.total
    counter.report()
    if not found:
        skipped = [s for s in skipped if "hidden" in s]
    return found, record_store, skipped, layouts


def _no_plan_table(name: str, book: Book) -> str:
    beyond = table_beyond(book, _MAX_COLUMNS, HEADER_SEARCH_ROWS, find_header)
    if beyond is not None:
        sheet, column = beyond
        return QT_TRANSLATE_NOOP(
            "WorkbookError",
            "{name} has no plan table in its first {columns} columns: on sheet “{sheet}” the "
            "Detailed Action Plan headings start in column {column}; move the table to the "
            "left and import it again.",
        ).format(name=name, columns=_MAX_COLUMNS, sheet=sheet, column=get_column_letter(column))
    return QT_TRANSLATE_NOOP(
        "WorkbookError",
        "{name} has no plan table: no sheet has the Detailed Action Plan headings "
        "(Report Ref. No., OAG Recommendation, …) in its first {rows} rows.",
    ).format(name=name, rows=HEADER_SEARCH_ROWS)
