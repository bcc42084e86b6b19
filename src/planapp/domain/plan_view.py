"""Which recommendations a filtered table shows, and in which order a sorted one shows them.

The plan's own order is the order it is filed in; sorting a view never changes it. Sort keys
compare what a reader compares: "Rec. 10" after "Rec. 9", dates as days (an unreadable date
after every readable one), texts without case. Pure: the table applies the results.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from planapp.domain.bilingual import missing_in_recommendation, text_in
from planapp.domain.plan import MilestoneStatus, Recommendation
from planapp.domain.template import Column

_NUMBER = re.compile(r"(\d+)")
_LATEST = dt.date.max


def natural_key(text: str) -> tuple:
    """ "Rec. 2" before "Rec. 10": digit runs compare as numbers."""
    parts = _NUMBER.split(text.casefold().strip())
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts if p)


def _open_due(rec: Recommendation) -> dt.date:
    """The earliest due date of a milestone still to do (the one that matters next)."""
    dates = [
        m.due.date
        for m in rec.milestones
        if m.due.date and m.status not in (MilestoneStatus.COMPLETED, MilestoneStatus.CANCELLED)
    ]
    return min(dates, default=_LATEST)


def sort_key(rec: Recommendation, column: Column, lang: str = "", primary: str = "en") -> tuple:
    """What a column sorts by; empty values go last whichever the direction of the text. A
    text column sorts by its text in ``lang`` (the plan's ``primary`` language if not given)."""
    if column == Column.REF:
        return (not rec.ref, natural_key(rec.ref))
    if column == Column.COMPLETION:
        done = rec.completion
        return (not done.text, done.date is None, done.date or _LATEST, done.text.casefold())
    if column == Column.MILESTONES:
        return (_open_due(rec) == _LATEST, _open_due(rec))
    if column == Column.CONTACTS:
        names = [c.organization or c.name for c in rec.contacts]
        first = (names[0] if names else "").casefold()
        return (not first, first)
    name = {
        Column.RECOMMENDATION: "recommendation",
        Column.RESPONSE: "response",
        Column.OUTCOME: "outcome",
        Column.INDICATOR: "indicator",
    }[column]
    text = text_in(rec, name, lang or primary, primary)
    return (not text, text.casefold())


def sorted_rows(
    recs: list[Recommendation],
    column: Column,
    descending: bool = False,
    lang: str = "",
    primary: str = "en",
) -> list[int]:
    """Row numbers of ``recs`` in the sorted order; ties keep the plan's order."""

    def key(i: int) -> tuple:
        return sort_key(recs[i], column, lang, primary)

    rows = sorted(range(len(recs)), key=key)
    if descending:
        # Reverse the values but keep empty ones last and ties in plan order.
        filled = [i for i in rows if not key(i)[0]]
        empty = [i for i in rows if key(i)[0]]
        groups: list[list[int]] = []
        for i in filled:
            if groups and key(groups[-1][0]) == key(i):
                groups[-1].append(i)
            else:
                groups.append([i])
        rows = [i for group in reversed(groups) for i in group] + empty
    return rows


@dataclass(frozen=True)
class RowFilter:
    """The table's filters; a recommendation is shown when it passes every one that is set.

    ``status``: it has a milestone with that status. ``organization``: one of its contacts
    is in it (case ignored). ``due_before``: its completion date, or a milestone still to do,
    is due before that day. ``overdue_only``: a milestone is past due and not done.
    ``missing_in``: one of its texts (its milestones', contacts' and extra columns' included)
    has no version in that language ("en" or "fr") in a plan written in ``primary``.
    """

    status: MilestoneStatus | None = None
    organization: str = ""
    due_before: dt.date | None = None
    overdue_only: bool = False
    missing_in: str = ""
    primary: str = "en"

    @property
    def active(self) -> bool:
        return bool(
            self.status
            or self.organization
            or self.due_before
            or self.overdue_only
            or self.missing_in
        )

    def matches(self, rec: Recommendation, today: dt.date) -> bool:
        if self.status is not None and not any(m.status == self.status for m in rec.milestones):
            return False
        if self.organization:
            wanted = self.organization.casefold().strip()
            if not any(c.organization.casefold().strip() == wanted for c in rec.contacts):
                return False
        if self.due_before is not None:
            dates = [_open_due(rec)]
            if rec.completion.date:
                dates.append(rec.completion.date)
            if min(dates) >= self.due_before:
                return False
        if self.missing_in and not missing_in_recommendation(rec, self.missing_in, self.primary):
            return False
        return not (self.overdue_only and not any(m.is_overdue(today) for m in rec.milestones))


def organizations(recs: list[Recommendation]) -> list[str]:
    """Every organization named in the contacts, once each, in order of first appearance."""
    seen: dict[str, str] = {}
    for rec in recs:
        for c in rec.contacts:
            name = c.organization.strip()
            if name and name.casefold() not in seen:
                seen[name.casefold()] = name
    return list(seen.values())
