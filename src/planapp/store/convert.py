"""Rows to domain values and back.

Loading uses Core selects rather than ORM objects: a 10,000-recommendation plan loads in a
fraction of the ORM's time, and the UI gets plain values that no session can expire.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from planapp.domain.bilingual import clean_translations
from planapp.domain.fields import CONTACT_FIELDS, FIELDS, FieldKind
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

PLAN_FIELDS = PLAN_TEXT_FIELDS


def _status(enum: type, value: str, default: Any) -> Any:
    try:
        return enum(value)
    except ValueError:
        return default


# The languages a plan can be written in (domain.template.Language's values).
LANGUAGES = ("en", "fr", "both")


def plan_from_row(row: Mapping[str, Any]) -> Plan:
    language = row["language"]
    return Plan(
        id=row["id"],
        status=_status(PlanStatus, row["status"], PlanStatus.DRAFT),
        language=language if language in LANGUAGES else "en",
        **{f: row[f] for f in PLAN_FIELDS},
    )


def plan_values(plan: Plan) -> dict[str, Any]:
    values = {f: getattr(plan, f) for f in PLAN_FIELDS}
    values["status"] = PlanStatus(plan.status).value
    values["language"] = check_language(plan.language)
    return values


def check_language(language: str) -> str:
    """``language`` if it is one a plan can have; ValueError otherwise (a bug, not input)."""
    language = str(getattr(language, "value", language))
    if language not in LANGUAGES:
        raise ValueError(f"not a plan language: {language!r}")
    return language


# A recommendation's texts, each stored in the column of its name.
REC_TEXTS = tuple(f.name for f in FIELDS if f.kind in (FieldKind.LINE, FieldKind.TEXT))


def recommendation_from_row(row: Mapping[str, Any]) -> Recommendation:
    return Recommendation(
        id=row["id"],
        completion=WrittenDate(row["completion_text"], row["completion_date"]),
        translations=translations_from(row["translations"]),
        **{name: row[name] for name in REC_TEXTS},
    )


def recommendation_values(rec: Recommendation) -> dict[str, Any]:
    first = rec.original_completion
    return {name: getattr(rec, name) for name in REC_TEXTS} | {
        "completion_text": rec.completion.text,
        "completion_date": rec.completion.date,
        "status": rec.status.value if rec.status else "",
        "original_completion_text": first.text if first else None,
        "original_completion_date": first.date if first else None,
        "translations": clean_translations(rec.translations),
    }


def milestone_from_row(row: Mapping[str, Any]) -> Milestone:
    return Milestone(
        id=row["id"],
        number=row["number"],
        description=row["description"],
        due=WrittenDate(row["due_text"], row["due_date"]),
        status=_status(MilestoneStatus, row["status"], MilestoneStatus.NOT_STARTED),
        completed_on=WrittenDate(row["completed_text"], row["completed_date"]),
        translations=translations_from(row["translations"]),
    )


def milestone_values(m: Milestone) -> dict[str, Any]:
    return {
        "number": m.number,
        "description": m.description,
        "due_text": m.due.text,
        "due_date": m.due.date,
        "status": MilestoneStatus(m.status).value,
        "completed_text": m.completed_on.text,
        "completed_date": m.completed_on.date,
        "organization": m.organization,
        "original_due_text": m.original_due.text if m.original_due else None,
        "original_due_date": m.original_due.date if m.original_due else None,
        "translations": clean_translations(m.translations),
    }


def contact_values(c: Contact) -> dict[str, Any]:
    return {f: getattr(c, f) for f in CONTACT_FIELDS} | {
        "translations": clean_translations(c.translations)
    }


def extra_values(extra: ExtraColumn) -> dict[str, Any]:
    return {
        "heading": extra.heading,
        "text": extra.text,
        "translations": clean_translations(extra.translations),
    }


def translations_from(stored: Any) -> dict[str, str]:
    """A ``translations`` column as the domain holds it: a fresh dict of non-empty texts
    (a row written before 0006 or by hand may hold NULL or non-text values).

    Whole plans are loaded with the column as its JSON text (``raw_translations``): most
    rows hold ``{}``, which costs nothing to recognize, while decoding each would add a
    quarter to the load of a large plan."""
    if not stored or stored == "{}":
        return {}
    if isinstance(stored, str):
        try:
            stored = json.loads(stored)
        except ValueError:
            return {}
    if not isinstance(stored, Mapping):
        return {}
    return {str(k): str(v) for k, v in stored.items() if isinstance(v, str) and v}


def translations_text(translations: Mapping[str, Any]) -> str:
    """A ``translations`` value as people read it in a conflict or the history: one
    "field: text" line per translated field, by field name."""
    return "\n".join(f"{k}: {v}" for k, v in sorted(translations.items()) if v)
