"""``planapp dump``: a document's plans as JSON (the shape is documented in the README)."""

from __future__ import annotations

from typing import Any

from planapp import cli_followup as followup_commands
from planapp.domain.plan import Plan, WrittenDate
from planapp.domain.titles import plan_title


def _date_json(d: WrittenDate) -> dict[str, Any]:
    return {"text": d.text, "date": d.date.isoformat() if d.date else None}


def plan_json(plan: Plan) -> dict[str, Any]:
    """The dump's shape for one plan (documented in the README)."""
    return {
        "id": plan.id,
        "department": plan.department,
        "acronym": plan.acronym,
        "title": plan_title(plan),
        "audit_title": plan.audit_title,
        "language": plan.language,
        "recommendations": [
            {
                "ref": r.ref,
                "recommendation": r.recommendation,
                "response": r.response,
                "outcome": r.outcome,
                "completion": _date_json(r.completion),
                "indicator": r.indicator,
                "milestones": [
                    {
                        "number": m.number,
                        "description": m.description,
                        "due": _date_json(m.due),
                        "status": m.status.value,
                    }
                    | followup_commands.milestone_json(m, r)
                    for m in r.milestones
                ],
                "contacts": [
                    {
                        "organization": c.organization,
                        "name": c.name,
                        "title": c.title,
                        "phone": c.phone,
                        "email": c.email,
                    }
                    for c in r.contacts
                ],
                "extra": [{"heading": e.heading, "text": e.text} for e in r.extra],
            }
            | followup_commands.recommendation_json(r)
            for r in plan.recommendations
        ],
    }
