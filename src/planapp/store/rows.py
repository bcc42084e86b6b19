"""The document's tables, and writing their rows inside one transaction.

Ids are assigned here rather than by the database so that a plan's children go in with one
bulk insert per table, and an undo that puts back a deleted row gets its old id again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from planapp.domain.bilingual import clean_translations
from planapp.domain.plan import ExtraColumn, Plan, Recommendation, WrittenDate
from planapp.store import convert, followup, server
from planapp.store.tables import CONTACT, EXTRA, MILESTONE, PLAN, REC


def _recommendation_row(values: dict[str, Any]) -> dict[str, Any]:
    """Stored columns for recommendation fields (``completion`` is text and its date)."""
    row: dict[str, Any] = {}
    for name, value in values.items():
        if name == "completion":
            date = value if isinstance(value, WrittenDate) else WrittenDate.of(value)
            row["completion_text"], row["completion_date"] = date.text, date.date
        elif name == "translations":  # the whole dict, as stored: no empty entries
            row[name] = clean_translations(value)
        elif name in convert.recommendation_values(Recommendation()):
            row[name] = value
        else:
            raise ValueError(f"not a recommendation field: {name}")
    return row


def _insert_plan(conn: Connection, plan: Plan, position: int) -> None:
    """Insert ``plan`` (its id kept when it has one) and its table at ``position``."""
    values = convert.plan_values(plan) | {"position": position}
    _assign_ids(conn, PLAN, [plan])  # on a server, from the sequence undo ids came from too
    values["id"] = plan.id
    plan.id = conn.execute(insert(PLAN).values(**values)).inserted_primary_key[0]
    _insert_recommendations(conn, plan.id, 0, plan.recommendations)


def _next_id(conn: Connection, table: Any, items: Sequence[Any]) -> int:
    """First free id above both the table's rows and the ids the caller brings back."""
    taken = max((i.id for i in items if i.id is not None), default=0)
    return max(conn.execute(select(func.max(table.c.id))).scalar() or 0, taken) + 1


def _assign_ids(conn: Connection, table: Any, items: Sequence[Any]) -> None:
    missing = [item for item in items if item.id is None]
    if not missing:
        return
    if conn.dialect.name == "postgresql":
        # From the table's sequence: two editors adding rows at once get different ids.
        ids: Sequence[int] = server.next_ids(conn, table.name, len(missing))
    else:
        first = _next_id(conn, table, items)
        ids = range(first, first + len(missing))
    for item, new_id in zip(missing, ids, strict=True):
        item.id = new_id


def _insert_recommendations(
    conn: Connection, plan_id: int, start: int, recs: Sequence[Recommendation]
) -> None:
    """Bulk inserts: one executemany per table, however large the plan.

    Ids are assigned here rather than by SQLite so that children can be inserted in bulk too.
    """
    if not recs:
        return
    _assign_ids(conn, REC, recs)
    conn.execute(
        insert(REC),
        [
            convert.recommendation_values(rec)
            | {"id": rec.id, "plan_id": plan_id, "position": start + i}
            for i, rec in enumerate(recs)
        ],
    )
    for table, attr, to_values in (
        (MILESTONE, "milestones", convert.milestone_values),
        (CONTACT, "contacts", convert.contact_values),
    ):
        children = [(rec.id, getattr(rec, attr)) for rec in recs]
        _insert_children(conn, table, children, to_values)
    _insert_extra(conn, [(rec.id, rec.extra) for rec in recs])
    followup.insert_recommendation_history(conn, recs)


def _insert_extra(conn: Connection, children: Sequence[tuple[int, Sequence[ExtraColumn]]]) -> None:
    """Insert each recommendation's extra columns in order (they carry no id of their own)."""
    rows = [
        convert.extra_values(item) | {"recommendation_id": rec_id, "position": pos}
        for rec_id, items in children
        for pos, item in enumerate(items)
    ]
    if rows:
        conn.execute(insert(EXTRA), rows)


def _insert_children(
    conn: Connection,
    table: Any,
    children: Sequence[tuple[int, Sequence[Any]]],
    to_values: Callable[[Any], dict[str, Any]],
) -> None:
    """Insert each recommendation's list of milestones or contacts, in order, in one statement."""
    _assign_ids(conn, table, [item for _rec_id, items in children for item in items])
    rows = [
        to_values(item) | {"id": item.id, "recommendation_id": rec_id, "position": pos}
        for rec_id, items in children
        for pos, item in enumerate(items)
    ]
    if rows:
        conn.execute(insert(table), rows)
    if table is MILESTONE:
        followup.insert_milestone_history(conn, [m for _rec_id, items in children for m in items])


def _set_positions(conn: Connection, table: Any, ids: Sequence[int]) -> None:
    if not ids:
        return  # an executemany needs at least one row (deleting the last plan left none)
    conn.execute(
        update(table).where(table.c.id == bindparam("rid")).values(position=bindparam("pos")),
        [{"rid": rid, "pos": pos} for pos, rid in enumerate(ids)],
    )


def _children_rows(conn: Connection, table: Any, rec_id: int) -> list[dict[str, Any]]:
    """A recommendation's milestones, contacts or extra columns as stored, in order."""
    rows = conn.execute(
        select(table)
        .where(table.c.recommendation_id == rec_id)
        .order_by(table.c.position, table.c.id)
    ).mappings()
    return [dict(r) for r in rows]


def _row_ids(conn: Connection, plan_id: int) -> list[int]:
    return [
        r[0]
        for r in conn.execute(
            select(REC.c.id).where(REC.c.plan_id == plan_id).order_by(REC.c.position, REC.c.id)
        )
    ]


def _plan_ids(conn: Connection) -> list[int]:
    return [r[0] for r in conn.execute(select(PLAN.c.id).order_by(PLAN.c.position, PLAN.c.id))]
