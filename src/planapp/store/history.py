"""Who changed what: every store operation writes its changes to ``change_log`` in the same
transaction (one row per field changed, row added, removed or moved).

On PostgreSQL the editor is the database role (``current_user``) and the time the server's;
on SQLite, the account the program runs as and this computer's clock. Times are UTC.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, literal_column, or_, select

from planapp.domain.bilingual import content_language, other_language
from planapp.store.convert import translations_from
from planapp.store.tables import LOG, PLAN

# Column names shown to people (the template's headings where there is one).
FIELD_NAMES = {
    "ref": "Report Ref. No.",
    "recommendation": "OAG Recommendation",
    "response": "Departmental Response",
    "outcome": "Expected Outcome",
    "completion_text": "Expected Completion Date",
    "indicator": "Indicator of Achievement",
    "due_text": "Due",
    "completed_text": "Completed",
    "number": "Number",
    "description": "Description",
}


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: dt.datetime
    changed_by: str
    item: str
    field: str
    old: str
    new: str
    plan_id: int | None = None
    recommendation_id: int | None = None
    milestone_id: int | None = None


def record(
    conn: Connection,
    entries: Iterable[Mapping[str, Any]],
) -> None:
    """Write ``entries`` (plan_id, recommendation_id, milestone_id, item, field, old_text,
    new_text) as made now by the connected user."""
    rows = [dict(e) for e in entries]
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        who: Any = literal_column("current_user")
        when: Any = func.timezone("UTC", func.now())
        for row in rows:
            row.setdefault("plan_id", None)
            row.setdefault("recommendation_id", None)
            row.setdefault("milestone_id", None)
        conn.execute(insert(LOG).values(changed_by=who, changed_at=when), rows)
    else:
        stamp = {
            "changed_by": _os_user(),
            "changed_at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
        }
        conn.execute(insert(LOG), [stamp | row for row in rows])


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this account
        return ""


def text(value: Any) -> str:
    if value is None:
        return ""
    return str(getattr(value, "value", value))


LANGUAGE_NAMES = {"en": "English", "fr": "French"}


def field_changes(
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    *,
    translated_into: str = "",
    **where: Any,
) -> list[dict[str, Any]]:
    """One entry per field of ``new`` whose text differs from ``old`` (dates by their text).

    ``translations`` gives one entry per translated field that changed, named with the
    language it is in (``translated_into``, the plan's other language): "outcome (fr)".
    """
    out = []
    for field, value in new.items():
        if field.endswith("_date") or field in {"id", "position", "version"}:
            continue
        if field == "translations":
            out += _translation_changes(old.get(field), value, translated_into, where)
            continue
        before = text(old.get(field))
        after = text(value)
        if before != after:
            out.append(where | {"field": field, "old_text": before, "new_text": after})
    return out


def translated_into(conn: Connection, plan_id: int) -> str:
    """The language a plan's ``translations`` are written in (the other than its primary)."""
    language = conn.execute(select(PLAN.c.language).where(PLAN.c.id == plan_id)).scalar()
    return other_language(content_language(language or "en"))


def extra_text(rows: Iterable[Mapping[str, Any]]) -> str:
    """Extra columns as the history shows them: one "heading: text" line per column."""
    return "\n".join(f"{row['heading']}: {row['text']}" for row in rows)


def extra_translation_text(rows: Iterable[Mapping[str, Any]]) -> str:
    """Extra columns' translated heading and text, one "heading: text" line per column (the
    history's text for their other-language version)."""
    lines = []
    for row in rows:
        done = translations_from(row.get("translations"))
        lines.append(f"{done.get('heading', '')}: {done.get('text', '')}")
    return "\n".join(lines)


def _translation_changes(
    old: Any, new: Any, lang: str, where: Mapping[str, Any]
) -> list[dict[str, Any]]:
    before, after = translations_from(old), translations_from(new)
    out = []
    for name in sorted(before.keys() | after.keys()):
        if before.get(name, "") != after.get(name, ""):
            field = f"{name} ({lang})" if lang else f"{name} (translation)"
            old_text, new_text = before.get(name, ""), after.get(name, "")
            out.append(where | {"field": field, "old_text": old_text, "new_text": new_text})
    return out


def row_event(event: str, summary: str, **where: Any) -> dict[str, Any]:
    """A row added, removed or moved (``event`` in the field column, its text in new/old)."""
    old, new = (summary, "") if event == "removed" else ("", summary)
    return where | {"field": event, "old_text": old, "new_text": new}


def children_changes(
    kind: str,
    old: Sequence[Mapping[str, Any]],
    new: Sequence[Mapping[str, Any]],
    label: str,
    *,
    translated_into: str = "",
    **where: Any,
) -> list[dict[str, Any]]:
    """Entries for a recommendation's milestones or contacts replaced by an edited list.

    Rows are matched by id: new ids are added, missing ones removed, the others compared
    field by field. ``label`` names an item from its values ("Milestone 1.2").
    """
    before = {row["id"]: row for row in old}
    after_ids = {row["id"] for row in new}
    out: list[dict[str, Any]] = []
    for row in new:
        item = label.format(**row)
        extra = {"milestone_id": row["id"]} if kind == "milestone" else {}
        if row["id"] not in before:
            out.append(row_event("added", _summary(row), item=item, **where, **extra))
        else:
            out += field_changes(
                before[row["id"]],
                row,
                translated_into=translated_into,
                item=item,
                **where,
                **extra,
            )
    for row in old:
        if row["id"] not in after_ids:
            extra = {"milestone_id": row["id"]} if kind == "milestone" else {}
            out.append(
                row_event("removed", _summary(row), item=label.format(**row), **where, **extra)
            )
    return out


def _summary(row: Mapping[str, Any]) -> str:
    parts = [text(row.get(f)) for f in ("number", "name", "description", "organization")]
    return " — ".join(p for p in parts if p)


def entries(
    conn: Connection,
    *,
    plan_id: int | None = None,
    recommendation_id: int | None = None,
    milestone_id: int | None = None,
) -> list[HistoryEntry]:
    """The history of a plan, a recommendation (with its milestones) or a milestone, oldest
    first."""
    c = LOG.c
    query = select(LOG)
    if milestone_id is not None:
        query = query.where(c.milestone_id == milestone_id)
    elif recommendation_id is not None:
        query = query.where(c.recommendation_id == recommendation_id)
    elif plan_id is not None:
        query = query.where(or_(c.plan_id == plan_id))
    rows = conn.execute(query.order_by(c.changed_at, c.id)).mappings()
    return [
        HistoryEntry(
            r["changed_at"],
            r["changed_by"],
            r["item"],
            r["field"],
            r["old_text"],
            r["new_text"],
            r["plan_id"],
            r["recommendation_id"],
            r["milestone_id"],
        )
        for r in rows
    ]


def field_name(field: str) -> str:
    """The name of a stored field as people read it ("outcome (fr)": "Expected Outcome
    (French)", a translation)."""
    base, _, lang = field.partition(" (")
    if lang.endswith(")"):
        lang = lang[:-1]
        return f"{field_name(base)} ({LANGUAGE_NAMES.get(lang, lang)})"
    return FIELD_NAMES.get(field, field.replace("_", " ").capitalize())
