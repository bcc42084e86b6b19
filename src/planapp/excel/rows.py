"""The rows under a plan's header, read into recommendations.

A row with a Report Ref. No. starts a recommendation; a row without one continues it. What a
continuation row means depends on the column:

* The recommendation, response, outcome, indicator and extra columns continue their text
  (paginated printouts break long rows across pages); the pieces are joined as
  ``pagination.join_pieces`` joins them, in linear time.
* The milestone and action columns hold one milestone per row in one-milestone-per-row
  layouts (the recommendation merged down or left blank): a row starts a new milestone when
  it has its own date or status, when the milestone before it ended with a date, or when it is
  numbered; a row that only carries on the sentence before it (a page break) is joined to it.
  Each group of rows is split into milestones by ``domain.cell_parsing``.
* A "due" column gives the milestones of its row their dates when dates vary by row (or the
  template's completion column is there too); a recommendation with one date in it has that
  date as its completion date.
* A "status" column sets the milestones' statuses when every value reads as one ("Completed",
  "En cours"); otherwise it is kept as an extra column, text as written.

Every column that maps to no field is kept with each recommendation as an ``ExtraColumn``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from planapp.domain.cell_parsing import (
    parse_actions,
    parse_contacts,
    parse_milestones,
    parse_status,
    split_milestone_number,
)
from planapp.domain.dates import parse_date
from planapp.domain.plan import ExtraColumn, Milestone, Recommendation, WrittenDate
from planapp.domain.template import Column
from planapp.domain.trailing_dates import find_trailing_date
from planapp.excel.cell_values import cell_text
from planapp.excel.headings import is_header_row, row_text
from planapp.excel.pagination import join_pieces
from planapp.excel.sheet_layout import SheetLayout

__all__ = ["Builder", "RecParts", "SheetRows", "build_recommendations", "rows_to_builders"]

# Fields whose continuation rows hold a new item (a milestone, its date or status, a person)
# rather than more of the same text; a repeated recommendation row may differ in them.
_PER_ROW = {"milestones", "actions", "due", "status", "contacts", "extra", "ignore"}
_PROSE = Column.OUTCOME  # joined like any paragraph text
_CONNECTORS = {
    "and", "or", "of", "the", "to", "by", "for", "in", "with", "a", "an", "on", "at",
    "et", "ou", "de", "des", "du", "la", "le", "les", "avec", "pour", "par", "en", "à", "au",
    "aux", "sur", "dans",
}  # fmt: skip


@dataclass
class SheetRows:
    title: str
    layout: SheetLayout
    above: list[str]
    rows: list[tuple[int, Sequence[object]]]  # (sheet row, values from column A)

    @property
    def language(self) -> str:
        return self.layout.language


@dataclass
class Builder:
    first_row: int
    ref_index: int | None
    rows: list[tuple[int, dict[int, str]]] = field(default_factory=list)
    firsts: dict[int, str] = field(default_factory=dict)
    after_gap: bool = False  # an empty row came right before it
    recorded: bool = False  # planapp's record says a recommendation starts on this row

    def add(self, row: int, texts: dict[int, str], skip_repeats: bool = False) -> None:
        kept: dict[int, str] = {}
        for index, text in texts.items():
            if not text or (skip_repeats and self.firsts.get(index) == text):
                continue
            self.firsts.setdefault(index, text)
            kept[index] = text
        if kept:
            self.rows.append((row, kept))

    @property
    def ref(self) -> str:
        return self.firsts.get(self.ref_index, "") if self.ref_index is not None else ""

    def only(self, indices: set[int]) -> bool:
        return set(self.firsts) <= indices

    def repeats(self, texts: dict[int, str], fields: dict[int, str]) -> bool:
        """One-row-per-milestone layouts without merges repeat the recommendation's cells."""
        for index, text in texts.items():
            if not text or fields.get(index) in _PER_ROW:
                continue
            if self.firsts.get(index, "") != text:
                return False
        return True

    def pieces(self, index: int) -> list[str]:
        return [texts[index] for _, texts in self.rows if index in texts]

    def text(self, index: int | None, column: Column = _PROSE) -> str:
        return join_pieces(self.pieces(index), column) if index is not None else ""


def rows_to_builders(data: SheetRows, starts: dict[int, str]) -> list[Builder]:
    """The rows grouped by recommendation (``starts``: planapp's record of where each starts)."""
    fields = {i: f for i, f in data.layout.field_of().items() if f != "ignore"}
    ref_index = next((i for i, f in fields.items() if f == "ref"), None)
    # Without a Report Ref. No. (management action plans), a recommendation's own text
    # starts it, and rows where that cell is empty or merged continue it.
    key_index = ref_index
    if key_index is None:
        key_index = next((i for i, f in fields.items() if f == "recommendation"), None)
    language = data.language
    titles = set(data.above)
    builders: list[Builder] = []
    current: Builder | None = None
    gap = False
    for row, values in data.rows:
        texts = {
            i: cell_text(values[i], name, language) if i < len(values) else ""
            for i, name in fields.items()
        }
        filled = sum(1 for t in texts.values() if t)
        ref = texts.get(ref_index, "") if ref_index is not None else ""
        key = texts.get(key_index, "") if key_index is not None else ""
        starts_here = row in starts and starts[row] == ref
        if not filled:
            if starts_here and starts[row] == "":
                current = Builder(row, ref_index, recorded=True)
                builders.append(current)
            gap = True
            continue
        if not starts_here:
            if filled <= 2 and titles and row_text(values) in titles:
                continue  # the title rows, repeated on a new page
            if filled >= 3 and is_header_row(values, fields):
                continue  # the header, repeated on a new page
        if key_index is None or current is None or starts_here:
            current = Builder(row, ref_index, after_gap=gap, recorded=starts_here)
            builders.append(current)
            current.add(row, texts)
        elif not key:
            current.add(row, texts)
        elif key == current.firsts.get(key_index) and current.repeats(texts, fields):
            current.add(row, texts, skip_repeats=True)
        else:
            current = Builder(row, ref_index, after_gap=gap, recorded=starts_here)
            builders.append(current)
            current.add(row, texts)
        gap = False
    return builders


# --- Milestones, one per row or paragraph ---------------------------------------------------


def _carries_on(before: str, after: str) -> bool:
    """Whether ``after`` (a new row's milestone text) only continues the sentence ``before``
    was cut in: it starts in lower case, or ``before`` stops on a comma or a small word."""
    first = after.lstrip()[:1]
    if first.islower():
        return True
    tail = before.rstrip()
    if tail.endswith((",", "-", "–", "(", "/")):
        return True
    last_word = tail.rsplit(None, 1)[-1].casefold() if tail else ""
    return last_word in _CONNECTORS


@dataclass
class _Group:
    pieces: list[str] = field(default_factory=list)
    due: str = ""
    status: str = ""


def _starts_with_date(text: str) -> bool:
    """A row whose first line is a date alone: the date of the milestone before it."""
    first = text.lstrip().split("\n", 1)[0].strip().rstrip(".")
    return len(first) <= 60 and parse_date(first) is not None


def _new_milestone(group: list[str], text: str, paginated: bool) -> bool:
    """Whether a row's milestone text starts a milestone of its own rather than continuing
    the group of rows above (see the module docstring)."""
    previous = group[-1]
    if _starts_with_date(text) or _carries_on(previous, text):
        return False
    if find_trailing_date(previous) is not None or split_milestone_number(text) is not None:
        return True
    if split_milestone_number(group[0].lstrip()) is not None:
        return False  # an unnumbered row under a numbered, undated milestone continues it
    # In a one-milestone-per-row layout any row that does not carry on the sentence above
    # is a milestone; in a paginated one, only after a finished one.
    return not paginated


def _groups(
    builder: Builder, source: int, due: int | None, status: int | None, paginated: bool
) -> list[_Group]:
    groups: list[_Group] = []
    for _row, texts in builder.rows:
        text = texts.get(source, "")
        row_due = texts.get(due, "") if due is not None else ""
        row_status = texts.get(status, "") if status is not None else ""
        if not text:
            if groups and (row_due or row_status):
                last = groups[-1]
                if row_due and not last.due:
                    last.due = row_due
                    row_due = ""
                if row_status and not last.status:
                    last.status = row_status
                    row_status = ""
            if row_due or row_status:
                groups.append(_Group([], row_due, row_status))
            continue
        if (
            groups
            and groups[-1].pieces
            and not (row_due or row_status)
            and not _new_milestone(groups[-1].pieces, text, paginated)
        ):
            groups[-1].pieces.append(text)
            continue
        groups.append(_Group([text], row_due, row_status))
    return groups


def _dated(milestones: list[Milestone], due: str) -> None:
    """Give ``due`` (a date column's text) to the milestones of its row; a date written in a
    milestone's text that differs from it stays in the description."""
    for m in milestones:
        if m.due.text and m.due.text != due:
            m.description = f"{m.description} {m.due.text}".strip()
        m.due = WrittenDate.of(due)


@dataclass
class RecParts:
    """A recommendation read from its rows, with what the sheet-wide status decision needs."""

    rec: Recommendation
    # (milestones of one row or group, the status text given to them)
    statuses: list[tuple[list[Milestone], str]] = field(default_factory=list)
    status_text: str = ""  # the status column's text, joined, in case it is kept as text


@dataclass
class _Columns:
    fields: dict[int, str]

    def first(self, name: str) -> int | None:
        return next((i for i, f in self.fields.items() if f == name), None)

    def all(self, *names: str) -> list[int]:
        return [i for i, f in self.fields.items() if f in names]


def build_recommendations(
    data: SheetRows,
    builders: Sequence[Builder],
    from_record: Callable[[int, Builder, str, str, str], tuple | None],
) -> list[RecParts]:
    """Each builder's recommendation. ``from_record(n, builder, milestones_cell,
    contacts_cell, completion_text)`` gives (milestones, contacts, completion) from planapp's
    record when it still matches, else None."""
    columns = _Columns({i: f for i, f in data.layout.field_of().items() if f != "ignore"})
    completion_col = columns.first("completion")
    due_col = columns.first("due")
    status_col = columns.first("status")
    sources = columns.all("milestones", "actions")
    contact_cols = columns.all("contacts")
    headings = {c.index: c.heading for c in data.layout.columns}
    extras = columns.all("extra")
    prose = columns.all("recommendation", "response", "outcome", "indicator")
    parts: list[RecParts] = []
    for number, b in enumerate(builders):
        completion_text = b.text(completion_col, Column.COMPLETION)
        due_pieces = b.pieces(due_col) if due_col is not None else []
        row_dates = completion_col is not None or len(due_pieces) > 1
        if due_pieces and not row_dates:
            completion_text = due_pieces[0]
        contacts_cell = _contacts_cell(b, contact_cols)
        milestones_cell = "\n".join(b.text(i, Column.MILESTONES) for i in sources)
        recorded = from_record(number, b, milestones_cell, contacts_cell, completion_text)
        part = RecParts(Recommendation())
        if status_col is not None:
            part.status_text = b.text(status_col)
        if recorded is not None:
            milestones, contacts, completion = recorded
        else:
            milestones = []
            status_pieces = b.pieces(status_col) if status_col is not None else []
            paginated = any(len(b.pieces(i)) > 1 for i in prose)
            for source in sources:
                groups = _groups(b, source, due_col if row_dates else None, status_col, paginated)
                for group in groups:
                    cell = join_pieces(group.pieces, Column.MILESTONES)
                    parse = (
                        parse_actions if columns.fields[source] == "actions" else parse_milestones
                    )
                    found = parse(cell)
                    if not found and group.due:
                        found = [Milestone()]
                    if group.due:
                        _dated(found, group.due)
                    if group.status:
                        part.statuses.append((found, group.status))
                    milestones.extend(found)
            if len(status_pieces) == 1 and milestones:
                part.statuses = [(milestones, status_pieces[0])]
            contacts = parse_contacts(contacts_cell)
            completion = WrittenDate.of(completion_text)
        rec = part.rec
        rec.ref = b.ref
        rec.recommendation = b.text(columns.first("recommendation"))
        rec.response = b.text(columns.first("response"))
        rec.outcome = b.text(columns.first("outcome"))
        rec.indicator = b.text(columns.first("indicator"))
        rec.completion = completion
        rec.milestones = milestones
        rec.contacts = contacts
        kept = extras
        if recorded is not None and (unused := columns.all("actions", "due")):
            # planapp's record gave the milestones and dates: a date or action column added
            # to its workbook is kept as written (a status column: see apply_statuses).
            kept = sorted([*extras, *unused])
        rec.extra = [ExtraColumn(headings.get(i, ""), b.text(i)) for i in kept]
        parts.append(part)
    return parts


def _contacts_cell(b: Builder, indices: list[int]) -> str:
    """The contact columns' lines, a cell repeated on later rows taken once."""
    seen: set[str] = set()
    lines: list[str] = []
    for index in indices:
        for piece in b.pieces(index):
            if piece not in seen:
                seen.add(piece)
                lines.append(piece)
    return "\n".join(lines)


def statuses_readable(parts: Sequence[RecParts]) -> bool:
    """Whether the status column reads as milestone statuses throughout the sheet."""
    for part in parts:
        if part.status_text and not part.statuses:
            return False  # a status with no milestone to carry it
        if any(parse_status(text) is None for _, text in part.statuses):
            return False
    return True


def apply_statuses(parts: Sequence[RecParts], heading: str, index: int, extras: list[int]) -> None:
    """Set milestone statuses from the status column, or keep it as an extra column (in its
    place among the extra columns) when it does not read as statuses."""
    if statuses_readable(parts):
        for part in parts:
            for milestones, text in part.statuses:
                status = parse_status(text)
                assert status is not None
                for m in milestones:
                    m.status = status
        return
    position = sum(1 for i in extras if i < index)
    for part in parts:
        part.rec.extra.insert(position, ExtraColumn(heading, part.status_text))
