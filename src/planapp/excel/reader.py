"""Read Detailed Action Plans from the workbooks people actually send.

No settings: each sheet is searched for the plan's header row in its first 30 rows, headings
matched in English or French (see ``headings``), the table may start in any column, and every
sheet with a header gives one plan. Above the header, the title rows give the department,
acronym and audit title. Below it, a row with a Report Ref. No. starts a recommendation and a
row without one continues it (paginated plans, merged cells of one-row-per-milestone
layouts); repeated title and header rows are skipped. The milestone and contact cells are
split by ``domain.cell_parsing``; dates may be date cells, serial numbers or text.

Files are checked by ``safety`` before openpyxl parses anything, read from memory (the source
file is opened once, for reading), and parsed in read-only mode so that rows stream with a
progress report and a Cancel. A workbook written by planapp carries a hidden record (see
``record``) that restores what the template has no column for, wherever the visible cells
still match it.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter

from planapp.domain.cell_parsing import parse_contacts, parse_milestones
from planapp.domain.dates import date_text_from_cell
from planapp.domain.plan import Plan, Recommendation, WrittenDate
from planapp.domain.richtext import normalize
from planapp.domain.template import HEADINGS, Column
from planapp.excel import record as _record
from planapp.excel.errors import ImportCancelled, WorkbookError
from planapp.excel.headings import (
    HEADER_SEARCH_ROWS,
    HeaderMatch,
    above_header_texts,
    find_header,
    is_header_row,
    row_text,
)
from planapp.excel.loading import Book, read_values, table_beyond
from planapp.excel.pagination import join_continuation
from planapp.excel.safety import read_checked
from planapp.gcpause import paused_gc

__all__ = [
    "ImportCancelled",
    "ImportResult",
    "WorkbookError",
    "parse_title_rows",
    "read_workbook",
]

Progress = Callable[[int, int], bool]

# Widest sheet searched for a header; a table wider than this is not a plan.
_MAX_COLUMNS = 200
# A run of empty rows this long ends the table (guards against a hostile sheet dimension).
_MAX_EMPTY_RUN = 5000
_PROGRESS_EVERY = 256
_MAX_WARNINGS_PER_SHEET = 40


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


# --- Cell values --------------------------------------------------------------------------------


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, _dt.datetime | _dt.date):
        return date_text_from_cell(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _cell(values: Sequence[object], index: int, column: Column) -> str:
    if index >= len(values):
        return ""
    value = values[index]
    if value is None:
        return ""
    if column == Column.COMPLETION and not isinstance(value, str):
        return normalize(date_text_from_cell(value))
    return normalize(_text(value))


# --- Title rows ---------------------------------------------------------------------------------

_TITLE = re.compile(
    r"^(?P<name>.*?)\s*(?:\((?P<acronym>[^()]{1,24})\))?\s*"
    r"(?P<suffix>DETAILED\s+ACTION\s+PLAN|PLAN\s+D['’]ACTION\s+D[ÉE]TAILL[ÉE])\s*$",
    re.IGNORECASE,
)
_IS_TITLE = re.compile(r"action\s+plan|plan\s+d['’]action", re.IGNORECASE)
_SMALL_WORDS = {
    "and", "of", "the", "for", "on", "in", "to", "at", "by",
    "de", "des", "du", "la", "le", "les", "et", "en", "aux", "au",
}  # fmt: skip


def _name_case(name: str) -> str:
    """ "CANADA BORDER SERVICES AGENCY" -> "Canada Border Services Agency"."""
    if not name.isupper() or " " not in name.strip():
        return name  # mixed case as written, or a lone acronym ("CBSA")
    words = []
    for i, word in enumerate(name.lower().split(" ")):
        if i and word in _SMALL_WORDS:
            words.append(word)
        elif "'" in word or "’" in word:
            head, quote, tail = word.replace("’", "'").partition("'")
            words.append(f"{head}{quote}{tail.capitalize()}" if len(head) == 1 else word.title())
        else:
            words.append(word.capitalize())
    return " ".join(words)


def parse_title_rows(texts: Sequence[str]) -> dict[str, str]:
    """Plan fields from the texts above the header: the title row ("<DEPARTMENT (ACRONYM)>
    DETAILED ACTION PLAN", English, French or both joined by " / ") and the audit title on
    the next row, split at "/ " into English and French as the filed plans write it."""
    index = next((i for i, t in enumerate(texts) if _IS_TITLE.search(t)), None)
    if index is None:
        return {}
    fields: dict[str, str] = {}
    title = texts[index]
    for part in title.split(" / ") if " / " in title else [title]:
        m = _TITLE.match(part.strip())
        if not m:
            continue
        french = m.group("suffix").upper().startswith("PLAN")
        name = _name_case(m.group("name").strip(" -–—,"))
        fields["department_fr" if french else "department"] = name
        fields["title_fr" if french else "title"] = part.strip()
        if m.group("acronym"):
            fields.setdefault("acronym", m.group("acronym").strip())
    if "title" not in fields and "title_fr" not in fields:
        fields["title"] = title
    if index + 1 < len(texts):
        audit = texts[index + 1]
        english, slash, french = audit.partition("/ ")
        if slash and english.strip() and french.strip():
            fields["audit_title"], fields["audit_title_fr"] = english.strip(), french.strip()
        elif "title_fr" in fields and "title" not in fields:
            fields["audit_title_fr"] = audit
        else:
            fields["audit_title"] = audit
    return fields


# --- Rows into recommendations ------------------------------------------------------------------


@dataclass
class _Builder:
    first_row: int
    pieces: dict[Column, list[str]] = field(default_factory=dict)
    after_gap: bool = False  # an empty row came right before it
    recorded: bool = False  # planapp's record says a recommendation starts on this row

    def add(self, texts: dict[Column, str], skip_repeats: bool = False) -> None:
        for column, text in texts.items():
            if not text:
                continue
            have = self.pieces.setdefault(column, [])
            if skip_repeats and have and have[0] == text:
                continue
            have.append(text)

    @property
    def ref(self) -> str:
        return self.pieces.get(Column.REF, [""])[0]

    def repeats(self, texts: dict[Column, str]) -> bool:
        """One-row-per-milestone layouts without merges repeat the recommendation's cells."""
        for column, text in texts.items():
            if column == Column.MILESTONES or not text:
                continue
            if self.pieces.get(column, [""])[0] != text:
                return False
        return True

    def text(self, column: Column) -> str:
        joined = ""
        for piece in self.pieces.get(column, []):
            joined = join_continuation(joined, piece, column)
        return joined


@dataclass
class _SheetData:
    title: str
    header: HeaderMatch
    above: list[str]
    rows: list[tuple[int, Sequence[object]]]  # (sheet row, values from column A)


def _rows_to_builders(data: _SheetData, starts: dict[int, str]) -> list[_Builder]:
    columns = data.header.columns
    titles = set(data.above)
    builders: list[_Builder] = []
    current: _Builder | None = None
    gap = False
    for row, values in data.rows:
        texts = {c: _cell(values, i, c) for c, i in columns.items()}
        filled = sum(1 for t in texts.values() if t)
        starts_here = row in starts and starts[row] == texts.get(Column.REF, "")
        if not filled:
            if starts_here and starts[row] == "":
                current = _Builder(row, recorded=True)
                builders.append(current)
            gap = True
            continue
        if not starts_here:
            if filled <= 2 and titles and row_text(values) in titles:
                continue  # the title rows, repeated on a new page
            if filled >= 3 and is_header_row(values, columns):
                continue  # the header, repeated on a new page
        ref = texts.get(Column.REF, "")
        if Column.REF not in columns or current is None or starts_here:
            current = _Builder(row, after_gap=gap, recorded=starts_here)
            builders.append(current)
            current.add(texts)
        elif not ref:
            current.add(texts)
        elif ref == current.ref and current.repeats(texts):
            current.add(texts, skip_repeats=True)
        else:
            current = _Builder(row, after_gap=gap, recorded=starts_here)
            builders.append(current)
            current.add(texts)
        gap = False
    return builders


def _trailing_notes(builders: list[_Builder]) -> list[_Builder]:
    """Rows below the table, after an empty row, with text in the first column only (a note,
    "Approved by: ___"): not recommendations."""
    notes: list[_Builder] = []
    while builders:
        last = builders[-1]
        only_first = set(last.pieces) <= {Column.REF}
        if last.recorded or not only_first or not (last.after_gap or notes):
            break
        notes.insert(0, builders.pop())
    return notes


class _Warnings:
    def __init__(self, sheet: str) -> None:
        self.sheet = sheet
        self.items: list[str] = []
        self.dropped = 0

    def add(self, text: str) -> None:
        if len(self.items) < _MAX_WARNINGS_PER_SHEET:
            self.items.append(text)
        else:
            self.dropped += 1

    def done(self) -> list[str]:
        if self.dropped:
            self.items.append(f"Sheet “{self.sheet}”: {self.dropped:,} more warnings like these.")
        return self.items


def _build_plan(data: _SheetData, rec_store: _record.PlanRecord | None) -> tuple[Plan, list[str]]:
    warn = _Warnings(data.title)
    header = data.header
    for index, heading in header.extra:
        warn.add(
            f"Sheet “{data.title}”: column {get_column_letter(index + 1)} “{heading}” is not "
            "a plan column and was ignored."
        )
    for column in Column:
        if column not in header.columns:
            warn.add(
                f"Sheet “{data.title}” has no “{HEADINGS[column].en}” column; that field was "
                "left empty."
            )
    starts = rec_store.starts if rec_store is not None else {}
    builders = _rows_to_builders(data, starts)
    for note in _trailing_notes(builders):
        warn.add(
            f"Sheet “{data.title}”, row {note.first_row}: “{note.ref}” below the table was "
            "taken for a note, not a recommendation."
        )
    recs_records = (
        rec_store.match([b.ref for b in builders])
        if rec_store is not None
        else [None] * len(builders)
    )
    plan = Plan(**parse_title_rows(data.above))  # type: ignore[arg-type]
    for number, (b, rr) in enumerate(zip(builders, recs_records, strict=True), start=1):
        completion_text = b.text(Column.COMPLETION)
        milestones_cell = b.text(Column.MILESTONES)
        contacts_cell = b.text(Column.CONTACTS)
        try:
            if rr is None:
                raise LookupError
            milestones = rr.milestones(milestones_cell)
            contacts = rr.contacts(contacts_cell)
            completion = rr.completion(completion_text)
        except (LookupError, ValueError, TypeError):
            # No record for it (or a damaged one): the visible cells are all there is.
            milestones = parse_milestones(milestones_cell)
            contacts = parse_contacts(contacts_cell)
            completion = WrittenDate.of(completion_text)
        rec = Recommendation(
            ref=b.ref,
            recommendation=b.text(Column.RECOMMENDATION),
            response=b.text(Column.RESPONSE),
            outcome=b.text(Column.OUTCOME),
            completion=completion,
            indicator=b.text(Column.INDICATOR),
            milestones=milestones,
            contacts=contacts,
        )
        plan.recommendations.append(rec)
        who = f"{rec.ref or f'recommendation {number}'} (row {b.first_row})"
        if rec.completion.unreadable:
            warn.add(
                f"Sheet “{data.title}”, {who}: the completion date “{rec.completion.text}” "
                "could not be read as a date; it is kept as written."
            )
        for m in rec.milestones:
            if m.due.unreadable:
                warn.add(
                    f"Sheet “{data.title}”, {who}: milestone {m.number or '(unnumbered)'} has a "
                    f"date “{m.due.text}” that could not be read; it is kept as written."
                )
    if rec_store is not None:
        rec_store.apply_plan_fields(plan, data.above)
    if not plan.recommendations:
        warn.add(f"Sheet “{data.title}” has the plan headings but no recommendations.")
    return plan, warn.done()


# --- Workbook -----------------------------------------------------------------------------------


class _Counter:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = max(1, total)
        self.done = 0

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.progress is not None and self.done % _PROGRESS_EVERY == 0:
            self.report()

    def report(self) -> None:
        if self.progress is None:
            return
        if self.progress(min(self.done, self.total), self.total) is False:
            raise ImportCancelled()


def _read_sheet(ws: object, counter: _Counter) -> _SheetData | None:
    """The header and rows of one sheet, or None if it has no plan header."""
    width = min(int(getattr(ws, "max_column", None) or _MAX_COLUMNS), _MAX_COLUMNS)
    top = [
        tuple(values)
        for values in ws.iter_rows(  # type: ignore[attr-defined]
            min_row=1, max_row=HEADER_SEARCH_ROWS, max_col=width, values_only=True
        )
    ]
    header = find_header(top)
    if header is None:
        return None
    last_col = max(header.columns.values()) + 1
    above = above_header_texts(top[: header.row - 1])
    rows: list[tuple[int, Sequence[object]]] = []
    empty_run = 0
    row_number = header.row
    for values in ws.iter_rows(  # type: ignore[attr-defined]
        min_row=header.row + 1, max_col=last_col, values_only=True
    ):
        row_number += 1
        counter.step()
        if not any(v is not None and v != "" for v in values):
            empty_run += 1
            if empty_run >= _MAX_EMPTY_RUN:
                break
        else:
            empty_run = 0
        rows.append((row_number, values))
    return _SheetData(ws.title, header, above, rows)  # type: ignore[attr-defined]


@paused_gc()  # see planapp.gcpause: a large plan's objects set off needless collections
def read_workbook(path: str | Path, progress: Progress | None = None) -> ImportResult:
    """The plans in the workbook at ``path``.

    ``progress(done, total)`` is called as rows are read; returning False cancels with
    ImportCancelled. A file that is not a readable, safe workbook, or has no plan table,
    raises WorkbookError whose message names the file and the problem.
    """
    path = Path(path)
    name = path.name
    checked = read_checked(path)
    warnings: list[str] = []
    if checked.has_macros:
        warnings.append(f"{name} contains macros; they were not read and are never kept.")

    def read(book: Book) -> tuple[list[_SheetData], _record.PlanRecord | None, list[str]]:
        found = _read_sheets(book, name, progress)
        if not found[0]:
            raise WorkbookError(_no_plan_table(name, book))
        return found

    (sheets_data, record_store, skipped), book = read_values(checked, name, read)
    warnings.extend(book.notes(name, [data.title for data in sheets_data]))
    warnings.extend(skipped)
    result = ImportResult([], warnings, [], [])
    for data in sheets_data:
        store = record_store if record_store and record_store.sheet == data.title else None
        plan, sheet_warnings = _build_plan(data, store)
        result.plans.append(plan)
        result.sheets.append(data.title)
        result.from_planapp.append(store is not None)
        result.warnings.extend(sheet_warnings)
    return result


def _read_sheets(
    wb: object, name: str, progress: Progress | None
) -> tuple[list[_SheetData], _record.PlanRecord | None, list[str]]:
    worksheets = list(wb.worksheets)  # type: ignore[attr-defined]
    plan_sheets = []
    record_store = None
    skipped: list[str] = []
    for ws in worksheets:
        if ws.title == _record.RECORD_SHEET:
            record_store = _record.read_record(ws.iter_rows(max_col=64, values_only=True))
            if record_store is not None:
                continue
        if ws.sheet_state != "visible":
            skipped.append(f"Sheet “{ws.title}” is hidden and was not read.")
            continue
        plan_sheets.append(ws)
    counter = _Counter(progress, sum(int(ws.max_row or 0) for ws in plan_sheets))
    counter.report()
    found = []
    for ws in plan_sheets:
        data = _read_sheet(ws, counter)
        if data is None:
            skipped.append(
                f"Sheet “{ws.title}” was skipped: it has no plan headings in its first "
                f"{HEADER_SEARCH_ROWS} rows."
            )
        else:
            found.append(data)
    counter.done = counter.total
    counter.report()
    if not found:
        skipped = [s for s in skipped if "hidden" in s]
    return found, record_store, skipped


def _no_plan_table(name: str, book: Book) -> str:
    beyond = table_beyond(book, _MAX_COLUMNS, HEADER_SEARCH_ROWS, find_header)
    if beyond is not None:
        sheet, column = beyond
        return (
            f"{name} has no plan table in its first {_MAX_COLUMNS} columns: on sheet “{sheet}” "
            f"the Detailed Action Plan headings start in column {get_column_letter(column)}; "
            "move the table to the left and import it again."
        )
    return (
        f"{name} has no plan table: no sheet has the Detailed Action Plan headings "
        f"(Report Ref. No., OAG Recommendation, …) in its first {HEADER_SEARCH_ROWS} rows."
    )
