"""``planapp dump``: a document's plans as JSON (the shape is documented in the README).

A recommendation's entries follow :data:`planapp.domain.fields.FIELDS` (its cells' fields in
column order, then its lists), so a field added there is dumped without a change here.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from planapp import followup_json
from planapp.domain.bilingual import TRANSLATABLE, primary_language, texts_of_field
from planapp.domain.fields import (
    CONTACT_FIELDS,
    EXTRA_FIELDS,
    FIELDS,
    MILESTONE_FIELDS,
    FieldKind,
)
from planapp.domain.plan import Plan, Recommendation, WrittenDate
from planapp.domain.titles import plan_title


def _date_json(d: WrittenDate) -> dict[str, Any]:
    return {"text": d.text, "date": d.date.isoformat() if d.date else None}


def _both(en: str, fr: str) -> dict[str, str]:
    return {"en": en, "fr": fr}


def _value_json(value: Any) -> Any:
    """A value written once: a date as its text and ISO date, a status as its value."""
    if isinstance(value, WrittenDate):
        return _date_json(value)
    if isinstance(value, Enum):
        return value.value
    return value


def _values_json(entity: Any, names: tuple[str, ...], primary: str) -> dict[str, Any]:
    """The ``names`` attributes of ``entity``; a text with a version in each language as
    ``{"en": …, "fr": …}``."""
    translatable = TRANSLATABLE[type(entity)]
    return {
        name: texts_of_field(entity, name, primary)
        if name in translatable
        else _value_json(getattr(entity, name))
        for name in names
    }


def _milestones_json(r: Recommendation, primary: str) -> list[dict[str, Any]]:
    return [
        _values_json(m, MILESTONE_FIELDS, primary) | followup_json.milestone_json(m, r)
        for m in r.milestones
    ]


def _contacts_json(r: Recommendation, primary: str) -> list[dict[str, Any]]:
    return [_values_json(c, CONTACT_FIELDS, primary) for c in r.contacts]


# The recommendation's lists (FieldKind.LIST fields), each dumped as a list of objects.
_LISTS = {"milestones": _milestones_json, "contacts": _contacts_json}
_CELL_FIELDS = tuple(f.name for f in FIELDS if f.kind is not FieldKind.LIST)
_LIST_FIELDS = tuple(f.name for f in FIELDS if f.kind is FieldKind.LIST)


def recommendation_json(r: Recommendation, primary: str) -> dict[str, Any]:
    """A recommendation's entries: its cells' fields in column order, its lists, its extra
    columns, then its follow-up."""
    return (
        _values_json(r, _CELL_FIELDS, primary)
        | {name: _LISTS[name](r, primary) for name in _LIST_FIELDS}
        | {"extra": [_values_json(e, EXTRA_FIELDS, primary) for e in r.extra]}
        | followup_json.recommendation_json(r)
    )


def plan_json(plan: Plan) -> dict[str, Any]:
    """The dump's shape for one plan (documented in the README): every text with a version
    in each language is ``{"en": …, "fr": …}``, in every plan, so a reader never has to ask
    whether a plan is bilingual."""
    primary = primary_language(plan)
    return {
        "id": plan.id,
        "department": _both(plan.department, plan.department_fr),
        "acronym": plan.acronym,
        "title": plan_title(plan),
        "audit_title": _both(plan.audit_title, plan.audit_title_fr),
        "language": plan.language,
        "recommendations": [recommendation_json(r, primary) for r in plan.recommendations],
    }
