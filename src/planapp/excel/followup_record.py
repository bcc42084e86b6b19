"""Follow-up history in the workbook's hidden record, so an export and import keep it.

The visible cells show a milestone's current due date; the record also keeps the first date,
every revision with its reason and approval, the progress entries, the responsible office,
and a recommendation's status, assessments and completion-date history. Keys are short
because the record is JSON in cells; an entry carries only what is set.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

from planapp.domain.history import Assessment, DateRevision, ProgressEntry
from planapp.domain.plan import Milestone, Recommendation, WrittenDate
from planapp.domain.status import AssessmentSource, MilestoneStatus, RecommendationStatus


def _day(value: _dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _from_day(value: Any) -> _dt.date | None:
    return _dt.date.fromisoformat(value) if value else None


def _moment(value: _dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _from_moment(value: Any) -> _dt.datetime | None:
    return _dt.datetime.fromisoformat(value) if value else None


def _written(d: WrittenDate | None) -> list[Any] | None:
    return None if d is None else [d.text, _day(d.date)]


def _from_written(value: Sequence[Any] | None) -> WrittenDate | None:
    return None if value is None else WrittenDate(str(value[0]), _from_day(value[1]))


def _revisions(revisions: Sequence[DateRevision]) -> list[list[Any]]:
    return [
        [
            r.old_text,
            r.new_text,
            r.reason,
            r.approved_by,
            _day(r.approved_on),
            r.changed_by,
            _moment(r.changed_at),
        ]
        for r in revisions
    ]


def _from_revisions(rows: Sequence[Sequence[Any]]) -> list[DateRevision]:
    return [
        DateRevision(
            str(old),
            str(new),
            str(reason),
            str(by),
            _from_day(on),
            str(changed_by),
            _from_moment(changed_at),
        )
        for old, new, reason, by, on, changed_by, changed_at in rows
    ]


def milestone_entry(m: Milestone) -> dict[str, Any] | None:
    """The follow-up of one milestone for the record (None when it has none)."""
    out: dict[str, Any] = {}
    if m.organization:
        out["org"] = m.organization
    if m.original_due is not None:
        out["od"] = _written(m.original_due)
    if m.revisions:
        out["rv"] = _revisions(m.revisions)
    if m.progress:
        out["pg"] = [
            [
                _day(e.as_of),
                e.status.value,
                e.text,
                e.percent,
                e.delay_reason,
                e.recovery_plan,
                list(e.evidence),
                e.author,
                _moment(e.recorded_at),
            ]
            for e in m.progress
        ]
    if m.awaiting:
        out["aw"] = list(m.awaiting)
    return out or None


def apply_milestone(m: Milestone, data: dict[str, Any] | None) -> None:
    """Put a milestone's recorded follow-up back on it (as read from the record)."""
    if not data:
        return
    m.organization = str(data.get("org", ""))
    m.original_due = _from_written(data.get("od"))
    m.revisions = _from_revisions(data.get("rv", []))
    m.progress = [
        ProgressEntry(
            as_of=_dt.date.fromisoformat(as_of),
            status=MilestoneStatus(status),
            text=str(text),
            percent=percent,
            delay_reason=str(delay),
            recovery_plan=str(recovery),
            evidence=tuple(str(x) for x in evidence),
            author=str(author),
            recorded_at=_from_moment(recorded),
        )
        for as_of, status, text, percent, delay, recovery, evidence, author, recorded in data.get(
            "pg", []
        )
    ]
    m.awaiting = [int(p) for p in data.get("aw", [])]


def recommendation_entry(rec: Recommendation) -> dict[str, Any]:
    """Keys to add to a recommendation's record entry (none when it has no follow-up)."""
    out: dict[str, Any] = {}
    milestones = [milestone_entry(m) for m in rec.milestones]
    if any(milestones):
        out["fm"] = milestones
    if rec.status is not None:
        out["rs"] = rec.status.value
    if rec.assessments:
        out["as"] = [
            [a.source.value, _day(a.assessed_on), a.rating, a.reference] for a in rec.assessments
        ]
    if rec.original_completion is not None:
        out["oc"] = _written(rec.original_completion)
    if rec.completion_revisions:
        out["crv"] = _revisions(rec.completion_revisions)
    return out


def apply_recommendation(rec: Recommendation, data: dict[str, Any]) -> None:
    """Put a recommendation's recorded follow-up back on it (its own fields)."""
    if data.get("rs"):
        rec.status = RecommendationStatus(data["rs"])
    rec.assessments = [
        Assessment(AssessmentSource(source), _from_day(on), str(rating), str(reference))
        for source, on, rating, reference in data.get("as", [])
    ]
    rec.original_completion = _from_written(data.get("oc"))
    rec.completion_revisions = _from_revisions(data.get("crv", []))


def milestone_entries(data: dict[str, Any]) -> list[dict[str, Any] | None]:
    return list(data.get("fm", []))
