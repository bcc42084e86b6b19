"""What a plan remembers after it was sent: date revisions, progress, assessments, periods.

Plain values like the plan's own entities (ids ride along, ``compare=False``). A milestone
and a recommendation carry their revisions and progress entries, so whatever saves or
restores them (an edit, an undo, a workbook's hidden record) keeps the history with them.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from planapp.domain.status import AssessmentSource, MilestoneStatus
from planapp.domain.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class DateRevision:
    """One change of a due date: what it was, what it became, why, and who agreed."""

    old_text: str
    new_text: str
    reason: str = ""
    approved_by: str = ""
    approved_on: _dt.date | None = None
    changed_by: str = ""
    changed_at: _dt.datetime | None = None
    id: int | None = field(default=None, compare=False)

    @property
    def approved(self) -> bool:
        return bool(self.approved_by.strip())


@dataclass(frozen=True)
class ProgressEntry:
    """A dated progress report on one milestone; entries are added, never overwritten."""

    as_of: _dt.date
    status: MilestoneStatus
    text: str = ""
    percent: int | None = None
    delay_reason: str = ""
    recovery_plan: str = ""
    # References to evidence: document numbers, file paths or URLs, one per item.
    evidence: tuple[str, ...] = ()
    author: str = ""
    recorded_at: _dt.datetime | None = None
    id: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.percent is not None and not 0 <= self.percent <= 100:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "FollowUpError", "percent complete must be 0 to 100, not {percent}"
                ).format(percent=self.percent)
            )


@dataclass(frozen=True)
class Assessment:
    """An outside judgment of a recommendation (OAG follow-up, PACP, the audit committee)."""

    source: AssessmentSource
    assessed_on: _dt.date | None = None
    rating: str = ""
    reference: str = ""
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ReportingPeriod:
    """A period progress is reported for, e.g. "Q3 2026-27" or "PACP progress report".

    Entries dated up to its end belong to it and can be edited until it closes (the day
    after ``end``).
    """

    name: str
    start: _dt.date
    end: _dt.date
    id: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(
                QT_TRANSLATE_NOOP("FollowUpError", "period “{name}” ends before it starts").format(
                    name=self.name
                )
            )

    def contains(self, day: _dt.date) -> bool:
        return self.start <= day <= self.end

    def is_closed(self, today: _dt.date) -> bool:
        return today > self.end


@dataclass(frozen=True)
class Submission:
    """A plan (or a progress report on it) sent: when and to whom."""

    submitted_on: _dt.date
    recipient: str
    note: str = ""
    id: int | None = field(default=None, compare=False)
