"""``planapp dump``: a document's plans as JSON (the shape is documented in the README)."""

from __future__ import annotations

from typing import Any

from planapp import cli_followup as followup_commands
from planapp.domain.bilingual import primary_language, texts_of_field
from planapp.domain.plan import Plan, WrittenDate
from planapp.domain.titles import plan_title


def _date_json(d: WrittenDate) -> dict[str, Any]:
    return {"text": d.text, "date": d.date.isoformat() if d.date else None}


def _both(en: str, fr: str) -> dict[str, str]:
    return {"en": en, "fr": fr}


def plan_json(plan: Plan) -> dict[str, Any]:
    """The dump's shape for one plan (documented in the README): every text with a version
    in each language is ``{"en": …, "fr": …}``, in every plan, so a reader never has to ask
    whether a plan is bilingual."""
    primary = primary_language(plan)

    def texts(entity: Any, *names: str) -> dict[str, dict[str, str]]:
        return {name: texts_of_field(entity, name, primary) for name in names}

    return {
        "id": plan.id,
        "department": _both(plan.department, plan.department_fr),
        "acronym": plan.acronym,
        "title": plan_title(plan),
        "audit_title": _both(plan.audit_title, plan.audit_title_fr),
        "language": plan.language,
        "recommendations": [
            {"ref": r.ref}
            | texts(r, "recommendation", "response", "outcome")
            | {"completion": _date_json(r.completion)}
            | texts(r, "indicator")
            | {
                "milestones": [
                    {"number": m.number}
                    | texts(m, "description")
                    | {"due": _date_json(m.due), "status": m.status.value}
                    | followup_commands.milestone_json(m, r)
                    for m in r.milestones
                ],
                "contacts": [
                    texts(c, "organization")
                    | {"name": c.name}
                    | texts(c, "title")
                    | {"phone": c.phone, "email": c.email}
                    for c in r.contacts
                ],
                "extra": [texts(e, "heading", "text") for e in r.extra],
            }
            | followup_commands.recommendation_json(r)
            for r in plan.recommendations
        ],
    }
