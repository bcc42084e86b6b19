"""The hidden ``planapp`` sheet: what a plan holds that the template has no column for.

The template shows eight columns and two title rows. A plan also has milestone statuses and
completion dates, the department's name in both languages, French titles, the report
reference and the plan status; and the visible cells cannot always be split back exactly
(a description that itself ends with a date, a contact line with no phone). So the writer adds
a *veryHidden* sheet (Excel offers no menu to show it) named ``planapp``:

====  ================================================================================
A1    ``planapp-record`` and the format version (B1), the plan's sheet (C1)
row   ``plan`` then JSON of the plan fields and the title rows as written
row   ``rec`` then JSON of one recommendation: its position, Report Ref. No., first sheet
      row; a fingerprint of its milestone and contact cells; the exact milestones and
      contacts only where reading the cells back would not give them; statuses and
      completion dates of milestones; dates whose calendar day differs from the parser's;
      the texts in the language the sheet does not show (``translations_record``).
====  ================================================================================

The plan's entry also says which language the sheet shows (``content``) and, in a bilingual
workbook, what its second sheet holds (``other``; see ``language_sheets``).

JSON longer than a cell holds continues in the next cells of the row. The **visible cells are
the truth**: the reader reads them first, then takes from the record only what still matches
(the record of the same sheet, a recommendation with the same Report Ref. No., a cell whose
fingerprint is unchanged, a milestone with the same number). A workbook edited by the OAG or a
branch thus imports their edits, and a workbook nobody touched comes back exactly as written.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from planapp.domain.cell_parsing import parse_contacts, parse_milestones
from planapp.domain.extra_columns import extra_cells, extra_headings
from planapp.domain.plan import (
    PLAN_TEXT_FIELDS,
    Contact,
    ExtraColumn,
    Milestone,
    MilestoneStatus,
    Plan,
    PlanStatus,
    Recommendation,
    WrittenDate,
)
from planapp.excel import followup_record
from planapp.excel.sheet_layout import ColumnMapping, SheetLayout

__all__ = [
    "RECORD_SHEET",
    "PlanRecord",
    "RecRecord",
    "extra_fingerprint",
    "fingerprint",
    "read_record",
    "rec_entry",
    "record_rows",
]

RECORD_SHEET = "planapp"
MAGIC = "planapp-record"
VERSION = 1
_CHUNK = 32_000

PLAN_FIELDS = PLAN_TEXT_FIELDS


def fingerprint(text: str) -> str:
    """A short digest of a cell's text, to tell whether someone changed it."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def extra_fingerprint(extra: Iterable[tuple[str, str]]) -> str:
    """A digest of a recommendation's extra cells as the sheet shows them: the (heading,
    text) of each non-empty one in sheet column order, headings with whitespace folded. The
    writer and the reader compute it alike however the reader treats empty cells."""
    parts = [f"{' '.join(h.split())}\x1f{t}" for h, t in extra if t]
    return fingerprint("\x1e".join(parts))


# --- Dates ----------------------------------------------------------------------------------


def _date_extra(d: WrittenDate) -> list[Any]:
    """``[text, iso day or None]``: both halves as they are, so nothing is re-derived."""
    return [d.text, d.date.isoformat() if d.date else None]


def _date_from(value: Sequence[Any] | None) -> WrittenDate:
    if not value:
        return WrittenDate()
    text = str(value[0])
    if len(value) < 2:
        return WrittenDate.of(text)
    day = _dt.date.fromisoformat(value[1]) if value[1] else None
    return WrittenDate(text, day)


# --- Writing ----------------------------------------------------------------------------------


def _milestone_full(m: Milestone) -> list[Any]:
    return [
        m.number,
        m.description,
        _date_extra(m.due),
        m.status.value,
        _date_extra(m.completed_on),
    ]


def rec_entry(
    index: int,
    rec: Recommendation,
    row: int,
    milestones_cell: str,
    contacts_cell: str,
    headings: Sequence[str] = (),
) -> dict[str, Any]:
    entry: dict[str, Any] = {"i": index, "ref": rec.ref, "row": row}
    if rec.completion.text or rec.completion.date:
        entry["completion"] = _date_extra(rec.completion)
    # The exact lists, whatever the cells show: storing them costs less than checking
    # whether reading the cells back would give them, and spares the reader that work too.
    entry["mh"] = fingerprint(milestones_cell)
    entry["milestones"] = [_milestone_full(m) for m in rec.milestones]
    entry["ch"] = fingerprint(contacts_cell)
    entry["contacts"] = [[c.organization, c.name, c.title, c.phone, c.email] for c in rec.contacts]
    entry |= followup_record.recommendation_entry(rec)  # revisions, progress, statuses
    if headings:
        # The exact extra columns (order, duplicates, empty texts), valid while the visible
        # extra cells are as written.
        entry["xh"] = extra_fingerprint(zip(headings, extra_cells(rec, headings), strict=True))
        entry["extra"] = [[e.heading, e.text] for e in rec.extra]
    return entry


def record_rows(
    plan: Plan,
    sheet_title: str,
    title_texts: Sequence[str],
    rows: Sequence[int],
    milestone_cells: Sequence[str],
    contact_cells: Sequence[str],
    extra_first: int | None = None,
    plan_more: dict[str, Any] | None = None,
    rec_more: Callable[[int, Recommendation], dict[str, Any]] | None = None,
    other: Sequence[dict[str, Any]] = (),
) -> list[list[str]]:
    """The rows of the hidden sheet for ``plan`` written on ``sheet_title``; its extra
    columns, if any, were written from the 0-based sheet column ``extra_first`` on.
    ``plan_more`` and ``rec_more(index, rec)`` add to the plan's and each recommendation's
    entry; ``other`` are the entries of a bilingual workbook's second sheet, a row each."""
    plan_entry: dict[str, Any] = {f: getattr(plan, f) for f in PLAN_FIELDS}
    plan_entry["status"] = plan.status.value
    plan_entry["titles"] = list(title_texts)
    plan_entry["language"] = plan.language
    headings = extra_headings(plan.recommendations) if extra_first is not None else []
    if headings:
        plan_entry["extra_columns"] = [[extra_first + k, h] for k, h in enumerate(headings)]
    plan_entry |= plan_more or {}
    out = [[MAGIC, str(VERSION), sheet_title], ["plan", *_chunks(plan_entry)]]
    for i, rec in enumerate(plan.recommendations):
        entry = rec_entry(i, rec, rows[i], milestone_cells[i], contact_cells[i], headings)
        if rec_more is not None:
            entry |= rec_more(i, rec)
        out.append(["rec", *_chunks(entry)])
    out.extend(["other", *_chunks(entry)] for entry in other)
    return out


def _chunks(entry: dict[str, Any]) -> list[str]:
    text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
    return [text[i : i + _CHUNK] for i in range(0, len(text), _CHUNK)] or [""]


# --- Reading ----------------------------------------------------------------------------------


@dataclass
class RecRecord:
    index: int
    ref: str
    row: int
    data: dict[str, Any]

    def milestones(self, cell: str) -> list[Milestone]:
        """The milestones of a cell: exactly as written if the cell is unchanged, else as
        read from it, with status and completion carried over by milestone number."""
        known = [
            Milestone(
                number=n,
                description=d,
                due=_date_from(due),
                status=MilestoneStatus(status),
                completed_on=_date_from(done),
            )
            for n, d, due, status, done in self.data.get("milestones", [])
        ]
        for k, history in zip(known, followup_record.milestone_entries(self.data), strict=False):
            followup_record.apply_milestone(k, history)
        if self.data.get("mh") == fingerprint(cell):
            return known
        by_number: dict[str, Milestone | None] = {}
        for k in known:
            by_number[k.number] = None if k.number in by_number else k  # ambiguous: skip
        parsed = parse_milestones(cell)
        for m in parsed:
            k = by_number.get(m.number)
            if k is not None:
                m.status, m.completed_on = k.status, k.completed_on
                m.organization, m.original_due = k.organization, k.original_due
                m.revisions, m.progress, m.awaiting = k.revisions, k.progress, k.awaiting
                if k.due.text == m.due.text:
                    m.due = k.due
        return parsed

    def contacts(self, cell: str) -> list[Contact]:
        """The contacts of a cell: exactly as written if the cell is unchanged."""
        if self.data.get("ch") == fingerprint(cell):
            return [Contact(*c) for c in self.data.get("contacts", [])]
        return parse_contacts(cell)

    def extra(self, read: Sequence[ExtraColumn]) -> list[ExtraColumn]:
        """The extra columns exactly as written if the visible extra cells (``read``, in
        sheet column order) are unchanged, else ``read`` as it is."""
        stored = self.data.get("extra")
        if stored is None or self.data.get("xh") != extra_fingerprint(
            (e.heading, e.text) for e in read
        ):
            return list(read)
        return [ExtraColumn(str(h), str(t)) for h, t in stored]

    def apply_followup(self, rec: Recommendation) -> None:
        """The recommendation's recorded status, assessments and completion-date history."""
        followup_record.apply_recommendation(rec, self.data)

    def completion(self, text: str) -> WrittenDate:
        stored = self.data.get("completion")
        if stored and stored[0] == text:
            return _date_from(stored)
        return WrittenDate.of(text)


@dataclass
class PlanRecord:
    sheet: str
    plan: dict[str, Any]
    recs: list[RecRecord] = field(default_factory=list)
    # A bilingual workbook's second sheet: its recommendations' entries (language_sheets).
    others: list[dict[str, Any]] = field(default_factory=list)

    @property
    def extra_columns(self) -> list[tuple[int, str]]:
        """(0-based sheet column, heading) of the extra columns planapp wrote after the
        template's: the reader keeps them as extra columns whatever their heading says."""
        found = self.plan.get("extra_columns", [])
        out: list[tuple[int, str]] = []
        if isinstance(found, list):
            for item in found:
                if isinstance(item, list) and len(item) == 2 and isinstance(item[0], int):
                    out.append((item[0], str(item[1])))
        return out

    def keep_extra(self, layout: SheetLayout, header: Sequence[Any]) -> SheetLayout:
        """``layout`` with the columns planapp wrote as extra columns mapped to "extra"
        (and listed, however far right they are), where the header row (``header``, its
        cell values) still has the same heading in the same column: "Status" or
        "Responsibility" would otherwise be read as milestone statuses or contacts."""
        wanted = {}
        for index, heading in self.extra_columns:
            cell = header[index] if 0 <= index < len(header) else None
            if isinstance(cell, str) and " ".join(cell.split()) == " ".join(heading.split()):
                wanted[index] = " ".join(heading.split())
        if not wanted:
            return layout
        columns = [replace(c, field="extra") if c.index in wanted else c for c in layout.columns]
        listed = {c.index for c in columns}
        columns += [
            ColumnMapping(index, heading, "extra", True)
            for index, heading in wanted.items()
            if index not in listed
        ]
        columns.sort(key=lambda c: c.index)
        return replace(layout, columns=columns)

    @property
    def starts(self) -> dict[int, str]:
        """First sheet row of each recommendation -> its Report Ref. No."""
        return {r.row: r.ref for r in self.recs}

    def match(self, refs: Sequence[str]) -> list[RecRecord | None]:
        """The record of each read recommendation, paired by Report Ref. No. (the n-th
        recommendation with a given ref gets the n-th record with it)."""
        pools: dict[str, list[RecRecord]] = {}
        for r in self.recs:
            pools.setdefault(r.ref, []).append(r)
        out: list[RecRecord | None] = []
        for ref in refs:
            pool = pools.get(ref)
            out.append(pool.pop(0) if pool else None)
        return out

    def apply_plan_fields(self, plan: Plan, title_texts: Sequence[str]) -> None:
        """Hidden plan fields always; the title fields only if the title rows are unchanged."""
        data = self.plan
        for f in ("department_fr", "title_fr", "report_ref"):
            if isinstance(data.get(f), str) and not getattr(plan, f):
                setattr(plan, f, data[f])
        with contextlib.suppress(ValueError):
            plan.status = PlanStatus(data.get("status", plan.status.value))
        if data.get("language") in ("en", "fr", "both"):
            plan.language = data["language"]
        if list(data.get("titles", [])) == list(title_texts):
            for f in PLAN_FIELDS:
                if isinstance(data.get(f), str):
                    setattr(plan, f, data[f])


def read_record(rows: Iterable[Sequence[Any]]) -> PlanRecord | None:
    """The record in the hidden sheet's rows, or None if it is absent or unreadable."""
    it = iter(rows)
    try:
        head = next(it)
        if not head or head[0] != MAGIC or str(head[1]) != str(VERSION):
            return None
        record = PlanRecord(sheet=str(head[2] or ""), plan={})
        for row in it:
            if not row or row[0] not in ("plan", "rec", "other"):
                continue
            data = json.loads("".join(str(c) for c in row[1:] if c is not None))
            if row[0] == "plan":
                record.plan = data
            elif row[0] == "other":
                record.others.append(data)
            else:
                record.recs.append(
                    RecRecord(int(data["i"]), str(data["ref"]), int(data["row"]), data)
                )
        return record
    except (StopIteration, ValueError, KeyError, TypeError, IndexError):
        return None
