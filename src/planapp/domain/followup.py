"""Rules of follow-up: revising a date, recording progress, periods, derived statuses.

Each function takes plain values and returns new ones; the store saves what they return in
one transaction, so the rules live here once whatever asks (window, command line, import).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from planapp.domain.history import DateRevision, ProgressEntry, ReportingPeriod
from planapp.domain.plan import Milestone, Recommendation, WrittenDate
from planapp.domain.status import MilestoneStatus, RecommendationStatus
from planapp.domain.texts import QT_TRANSLATE_NOOP

_T = TypeVar("_T", Milestone, Recommendation)


class FollowUpError(ValueError):
    """A follow-up rule refused an edit; the message is one sentence for the user."""


# -- dates that remember ----------------------------------------------------------------------


def revise_due(
    milestone: Milestone,
    new_text: str,
    *,
    reason: str,
    approved_by: str = "",
    approved_on: _dt.date | None = None,
    changed_by: str = "",
    changed_at: _dt.datetime | None = None,
) -> Milestone:
    """The milestone with a new due date, its first date kept and the change recorded."""
    return _revised(
        milestone,
        ("due", "original_due", "revisions"),
        new_text,
        reason=reason.strip(),
        approved_by=approved_by.strip(),
        approved_on=approved_on,
        changed_by=changed_by,
        changed_at=changed_at,
    )


def revise_completion(
    rec: Recommendation,
    new_text: str,
    *,
    reason: str,
    approved_by: str = "",
    approved_on: _dt.date | None = None,
    changed_by: str = "",
    changed_at: _dt.datetime | None = None,
) -> Recommendation:
    """The recommendation with a new expected completion date, the first one kept."""
    return _revised(
        rec,
        ("completion", "original_completion", "completion_revisions"),
        new_text,
        reason=reason.strip(),
        approved_by=approved_by.strip(),
        approved_on=approved_on,
        changed_by=changed_by,
        changed_at=changed_at,
    )


def _revised(item: _T, fields: tuple[str, str, str], new_text: str, **approval: Any) -> _T:
    """``item`` with its date field (``fields``: date, original date, revisions) set to
    ``new_text``; the first date is kept and a revision recorded with ``approval`` (reason,
    approved by and on, changed by and at). The same text again is no revision: ``item``
    itself comes back."""
    date_field, original_field, revisions_field = fields
    current: WrittenDate = getattr(item, date_field)
    new = WrittenDate.of(new_text)
    if new.text == current.text:
        return item
    revision = DateRevision(current.text, new.text, **approval)
    return dataclasses.replace(
        item,
        **{
            date_field: new,
            original_field: getattr(item, original_field) or current,
            revisions_field: [*getattr(item, revisions_field), revision],
        },
    )


def revision_note(original: WrittenDate | None, revisions: Sequence[DateRevision]) -> str:
    """ "Revised from September 30, 2020" (empty when the date was never revised)."""
    if original is None or not revisions:
        return ""
    if not original.text:
        return str(QT_TRANSLATE_NOOP("FollowUp", "Revised (no date before)"))
    return str(QT_TRANSLATE_NOOP("FollowUp", "Revised from {date}").format(date=original.text))


def revision_tooltip(revisions: Sequence[DateRevision]) -> str:
    """Every revision with its reason and approval, one line each, oldest first."""
    lines = []
    none = QT_TRANSLATE_NOOP("FollowUp", "(none)")
    for r in revisions:
        line = f"{r.old_text or none} → {r.new_text or none}"
        if r.changed_at:
            line += str(QT_TRANSLATE_NOOP("FollowUp", " on {day}").format(day=r.changed_at.date()))
        if r.changed_by:
            line += str(QT_TRANSLATE_NOOP("FollowUp", " by {who}").format(who=r.changed_by))
        if r.reason:
            line += f": {r.reason}"
        if r.approved and r.approved_on:
            line += str(
                QT_TRANSLATE_NOOP("FollowUp", " (approved by {who} on {day})").format(
                    who=r.approved_by, day=r.approved_on
                )
            )
        elif r.approved:
            line += str(
                QT_TRANSLATE_NOOP("FollowUp", " (approved by {who})").format(who=r.approved_by)
            )
        else:
            line += str(QT_TRANSLATE_NOOP("FollowUp", " (not approved)"))
        lines.append(line)
    return "\n".join(lines)


def must_track_change(submitted_on: _dt.date | None, today: _dt.date) -> bool:
    """A due date changed after the plan was submitted is always kept as a revision."""
    return submitted_on is not None and submitted_on <= today


# -- progress entries -------------------------------------------------------------------------


def governing_period(as_of: _dt.date, periods: Iterable[ReportingPeriod]) -> ReportingPeriod | None:
    """The period an entry dated ``as_of`` is reported in: the first one ending on or after it."""
    later = [p for p in periods if p.end >= as_of]
    return min(later, key=lambda p: (p.end, p.start), default=None)


def is_frozen(entry: ProgressEntry, periods: Iterable[ReportingPeriod], today: _dt.date) -> bool:
    """An entry can be edited until the period it is reported in closes."""
    period = governing_period(entry.as_of, periods)
    return period is not None and period.is_closed(today)


def newest_first(entries: Iterable[ProgressEntry]) -> list[ProgressEntry]:
    """Entries by as-of date, newest first; entries of one day by when they were recorded."""
    floor = _dt.datetime.min
    return sorted(entries, key=lambda e: (e.as_of, e.recorded_at or floor), reverse=True)


def add_progress(milestone: Milestone, entry: ProgressEntry) -> Milestone:
    """The milestone with ``entry`` added; its status becomes the latest entry's."""
    progress = newest_first([*milestone.progress, entry])
    latest = progress[0]
    completed_on = milestone.completed_on
    if latest.status is MilestoneStatus.COMPLETED and not completed_on.text:
        completed_on = WrittenDate.of(latest.as_of.isoformat())
    return dataclasses.replace(
        milestone, progress=progress, status=latest.status, completed_on=completed_on
    )


def replace_progress(
    milestone: Milestone,
    old: ProgressEntry,
    new: ProgressEntry,
    periods: Iterable[ReportingPeriod],
    today: _dt.date,
) -> Milestone:
    """The milestone with ``old`` edited into ``new``; refused once ``old``'s period closed."""
    periods = list(periods)
    if is_frozen(old, periods, today):
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "FollowUpError",
                "The progress entry of {day} belongs to a closed reporting period "
                "and can no longer be changed; add a new entry instead.",
            ).format(day=old.as_of)
        )
    if is_frozen(new, periods, today):
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "FollowUpError", "{day} falls in a closed reporting period; choose a later date."
            ).format(day=new.as_of)
        )
    rest = [e for e in milestone.progress if e is not old and e != old]
    again = dataclasses.replace(milestone, progress=rest)
    return add_progress(again, dataclasses.replace(new, id=old.id))


def check_new_entry(
    entry: ProgressEntry, periods: Iterable[ReportingPeriod], today: _dt.date
) -> None:
    """A new entry may not be dated into a period already closed (it would be frozen at once)."""
    if is_frozen(entry, periods, today):
        raise FollowUpError(
            QT_TRANSLATE_NOOP(
                "FollowUpError",
                "{day} falls in a closed reporting period; progress is reported as "
                "of a date in an open period.",
            ).format(day=entry.as_of)
        )


# -- periods and update rounds ----------------------------------------------------------------


def current_period(periods: Iterable[ReportingPeriod], today: _dt.date) -> ReportingPeriod | None:
    """The period ``today`` falls in (the latest-starting one if several overlap)."""
    inside = [p for p in periods if p.contains(today)]
    return max(inside, key=lambda p: (p.start, p.end), default=None)


def start_update_round(milestone: Milestone, period_id: int) -> Milestone:
    """An open milestone awaits an update for the period; others are left as they are."""
    if not milestone.status.is_open or period_id in milestone.awaiting:
        return milestone
    return dataclasses.replace(milestone, awaiting=[*milestone.awaiting, period_id])


def is_awaiting(milestone: Milestone, period: ReportingPeriod | None) -> bool:
    """Asked for an update in ``period`` and no entry dated within it yet."""
    if period is None or period.id not in milestone.awaiting or not milestone.status.is_open:
        return False
    return not any(period.contains(e.as_of) for e in milestone.progress)


# -- derived values ---------------------------------------------------------------------------


def responsible_organization(milestone: Milestone, rec: Recommendation) -> str:
    """The office the action is asked of: its own, else the first contact's organization."""
    if milestone.organization.strip():
        return milestone.organization.strip()
    return rec.contacts[0].organization.strip() if rec.contacts else ""


def suggested_status(rec: Recommendation) -> RecommendationStatus | None:
    """What the milestones suggest; the user sets the real status (and the OAG verifies it)."""
    if not rec.milestones:
        return None
    statuses = [m.status for m in rec.milestones]
    live = [s for s in statuses if s is not MilestoneStatus.CANCELLED]
    if not live:
        return RecommendationStatus.WILL_NOT_BE_IMPLEMENTED
    if all(s is MilestoneStatus.COMPLETED for s in live):
        return RecommendationStatus.AWAITING_VERIFICATION
    return RecommendationStatus.IN_PROGRESS


@dataclass(frozen=True)
class ProgressSummary:
    """A recommendation's progress from its milestones' latest entries."""

    milestones: int
    by_status: dict[MilestoneStatus, int]
    latest_as_of: _dt.date | None
    percent: int | None

    @property
    def text(self) -> str:
        if not self.milestones:
            return "No milestones"
        done = self.by_status.get(MilestoneStatus.COMPLETED, 0)
        parts = [f"{done} of {self.milestones} milestones completed"]
        for status in (MilestoneStatus.AT_RISK, MilestoneStatus.DELAYED):
            if self.by_status.get(status):
                parts.append(f"{self.by_status[status]} {status.value}")
        if self.latest_as_of:
            parts.append(f"last update {self.latest_as_of.isoformat()}")
        return "; ".join(parts)


def progress_summary(rec: Recommendation) -> ProgressSummary:
    """Counts by current status, the newest as-of date and the mean percent reported."""
    by_status = Counter(m.status for m in rec.milestones)
    latest = [m.progress[0] for m in rec.milestones if m.progress]
    percents = [e.percent for e in latest if e.percent is not None]
    return ProgressSummary(
        milestones=len(rec.milestones),
        by_status=dict(by_status),
        latest_as_of=max((e.as_of for e in latest), default=None),
        percent=round(sum(percents) / len(percents)) if percents else None,
    )
