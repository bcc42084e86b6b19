"""Follow-up as JSON: the follow-up fields of ``planapp dump`` and ``planapp dashboard --json``.

Dates are ISO text ("2026-05-13"); a date as the department wrote it is ``{"text", "date"}``,
with ``date`` None when planapp cannot read the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from planapp.domain import dashboard
from planapp.domain.followup import responsible_organization, suggested_status
from planapp.domain.history import DateRevision, ProgressEntry, ReportingPeriod
from planapp.domain.plan import Milestone, Recommendation, WrittenDate


def _date(d: WrittenDate | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {"text": d.text, "date": d.date.isoformat() if d.date else None}


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def revisions_json(revisions: Sequence[DateRevision]) -> list[dict[str, Any]]:
    return [
        {
            "old": r.old_text,
            "new": r.new_text,
            "reason": r.reason,
            "approved_by": r.approved_by,
            "approved_on": _iso(r.approved_on),
            "changed_by": r.changed_by,
            "changed_at": _iso(r.changed_at),
        }
        for r in revisions
    ]


def progress_json(entries: Sequence[ProgressEntry]) -> list[dict[str, Any]]:
    return [
        {
            "as_of": e.as_of.isoformat(),
            "status": e.status.value,
            "text": e.text,
            "percent": e.percent,
            "delay_reason": e.delay_reason,
            "recovery_plan": e.recovery_plan,
            "evidence": list(e.evidence),
            "author": e.author,
            "recorded_at": _iso(e.recorded_at),
        }
        for e in entries
    ]


def milestone_json(m: Milestone, rec: Recommendation) -> dict[str, Any]:
    """A milestone's follow-up fields in the dump; ``original_due`` is the due date if unrevised."""
    return {
        "organization": responsible_organization(m, rec),
        "original_due": _date(m.original_due or m.due),
        "revisions": revisions_json(m.revisions),
        "progress": progress_json(m.progress),
    }


def recommendation_json(rec: Recommendation) -> dict[str, Any]:
    suggested = suggested_status(rec)
    return {
        "status": rec.status.value if rec.status else None,
        "suggested_status": suggested.value if suggested else None,
        "original_completion": _date(rec.original_completion or rec.completion),
        "completion_revisions": revisions_json(rec.completion_revisions),
        "assessments": [
            {
                "source": a.source.value,
                "assessed_on": _iso(a.assessed_on),
                "rating": a.rating,
                "reference": a.reference,
            }
            for a in rec.assessments
        ],
    }


def dashboard_json(
    sections: Sequence[dashboard.Section],
    today: dt.date,
    period: ReportingPeriod | None,
    by: dashboard.GroupBy,
) -> dict[str, Any]:
    return {
        "as_of": today.isoformat(),
        "group_by": by.value,
        "period": _period_json(period),
        "sections": [
            {
                "bucket": s.bucket.value,
                "label": s.bucket.label,
                "count": s.count,
                "groups": [
                    {
                        "label": str(g.label),
                        "count": g.count,
                        "items": [_item_json(i) for i in g.items],
                    }
                    for g in s.groups
                ],
            }
            for s in sections
        ],
    }


def _period_json(period: ReportingPeriod | None) -> dict[str, Any] | None:
    if period is None:
        return None
    return {"name": period.name, "start": period.start.isoformat(), "end": period.end.isoformat()}


def _item_json(i: dashboard.DashboardItem) -> dict[str, Any]:
    return {
        "plan_id": i.plan_id,
        "plan": i.plan_name,
        "recommendation": i.recommendation_ref,
        "milestone_id": i.milestone_id,
        "number": i.number,
        "description": i.description,
        "due": {"text": i.due_text, "date": _iso(i.due)},
        "original_due": i.original_due_text or i.due_text,
        "status": i.status.value,
        "organization": i.organization,
        "latest_update": _iso(i.latest_as_of),
    }
