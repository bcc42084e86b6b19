"""Reading a whole plan, or some recommendations, with their children, inside a transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Text, select, type_coerce

from planapp.domain.plan import (
    Contact,
    ExtraColumn,
    Milestone,
    MilestoneStatus,
    Plan,
    Recommendation,
    WrittenDate,
)
from planapp.store import convert, followup
from planapp.store.tables import CONTACT, EXTRA, MILESTONE, PLAN, REC


def _load_plan(conn: Connection, plan_id: int) -> Plan:
    return _load_plan_rows(conn, plan_id)


def _load_plan_rows(conn: Connection, plan_id: int) -> Plan:
    row = conn.execute(select(PLAN).where(PLAN.c.id == plan_id)).mappings().one_or_none()
    if row is None:
        raise KeyError(f"no plan {plan_id}")
    plan = convert.plan_from_row(row)
    r = REC.c
    names = convert.REC_TEXTS
    rows = conn.execute(
        select(
            r.id,
            r.completion_text,
            r.completion_date,
            raw_translations(REC),
            *(r[n] for n in names),
        )
        .where(r.plan_id == plan_id)
        .order_by(r.position, r.id)  # walks the (plan_id, position) index: no sort
    ).all()
    translations_from = convert.translations_from
    plan.recommendations = [
        Recommendation(
            id=row[0],
            completion=WrittenDate(row[1], row[2]),
            translations=translations_from(row[3]),
            **dict(zip(names, row[4:], strict=True)),
        )
        for row in rows
    ]
    _attach_children(conn, {rec.id: rec for rec in plan.recommendations}, plan_id=plan_id)
    return plan


def raw_translations(table: Any) -> Any:
    """The ``translations`` column as stored text (on SQLite), decoded only where it is not
    ``{}`` (:func:`convert.translations_from`); the server's driver gives it decoded."""
    return type_coerce(table.c.translations, Text)


# Stored status to member: a dict lookup costs a tenth of calling the enum.
_MILESTONE_STATUS = {status.value: status for status in MilestoneStatus}
_MILESTONE_STATUS["in progress"] = MilestoneStatus.ON_TRACK  # the word of release 0.1


def _attach_children(
    conn: Connection, by_id: dict[int, Recommendation], plan_id: int | None = None
) -> None:
    """Load the milestones, contacts and extra columns of the recommendations ``by_id`` (all
    those of ``plan_id`` when given) into them.

    A whole plan's children are tens of thousands of rows, so they are read as plain tuples
    of named columns and made into domain values here: SQLAlchemy's mapping rows and the
    per-row converters would cost more than the query itself.
    """

    def rows(table: Any, *columns: Any) -> list[Any]:
        """(recommendation id, position, id, *columns) of the children, in order."""
        query = select(table.c.recommendation_id, table.c.position, table.c.id, *columns)
        if plan_id is not None:
            # In the plan's row order: both (parent, position) indexes are walked, no sort.
            query = (
                query.join(REC, REC.c.id == table.c.recommendation_id)
                .where(REC.c.plan_id == plan_id)
                .order_by(REC.c.position, REC.c.id, table.c.position, table.c.id)
            )
        else:
            query = query.where(table.c.recommendation_id.in_(list(by_id))).order_by(
                table.c.recommendation_id, table.c.position, table.c.id
            )
        return conn.execute(query).all()

    m = MILESTONE.c
    not_started = MilestoneStatus.NOT_STARTED
    for (
        rec_id,
        _position,
        item_id,
        number,
        description,
        due_text,
        due_date,
        status,
        done_text,
        done_date,
        translations,
    ) in rows(
        MILESTONE,
        m.number,
        m.description,
        m.due_text,
        m.due_date,
        m.status,
        m.completed_text,
        m.completed_date,
        raw_translations(MILESTONE),
    ):
        by_id[rec_id].milestones.append(
            Milestone(
                id=item_id,
                number=number,
                description=description,
                due=WrittenDate(due_text, due_date),
                status=_MILESTONE_STATUS.get(status, not_started),
                completed_on=WrittenDate(done_text, done_date),
                translations=convert.translations_from(translations),
            )
        )
    c = CONTACT.c
    for rec_id, _position, item_id, organization, name, title, phone, email, translations in rows(
        CONTACT, c.organization, c.name, c.title, c.phone, c.email, raw_translations(CONTACT)
    ):
        by_id[rec_id].contacts.append(
            Contact(
                id=item_id,
                organization=organization,
                name=name,
                title=title,
                phone=phone,
                email=email,
                translations=convert.translations_from(translations),
            )
        )
    x = EXTRA.c
    for rec_id, _position, _item_id, heading, text, translations in rows(
        EXTRA, x.heading, x.text, raw_translations(EXTRA)
    ):
        by_id[rec_id].extra.append(
            ExtraColumn(heading, text, convert.translations_from(translations))
        )
    followup.attach_history(conn, by_id, plan_id)
