"""Follow-up operations on a document's rows: one milestone at a time, periods, rounds, dashboard.

Each function works inside the caller's transaction (a Document method opens it), so an
operation and its checks commit together or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from planapp.domain.bilingual import primary_language
from planapp.domain.dashboard import DashboardItem
from planapp.domain.history import ReportingPeriod, Submission
from planapp.domain.plan import Milestone, Recommendation
from planapp.domain.status import MilestoneStatus
from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.store import convert
from planapp.store.followup import (
    STATUS_BY_VALUE,
    attach_history,
    insert_milestone_history,
    milestone_status,
)
from planapp.store.tables import (
    CONTACT,
    MILESTONE,
    PERIOD,
    PLAN,
    PROGRESS,
    REC,
    REQUEST,
    REVISION,
    SUBMISSION,
)


class MilestoneNotFound(LookupError):
    """No milestone with that id or number; the message is one sentence for the user."""


def load_milestone(conn: Connection, milestone_id: int) -> tuple[int, int, Milestone]:
    """(plan id, recommendation id, milestone with its history)."""
    row = (
        conn.execute(
            select(MILESTONE, REC.c.plan_id)
            .join(REC, REC.c.id == MILESTONE.c.recommendation_id)
            .where(MILESTONE.c.id == milestone_id)
        )
        .mappings()
        .one_or_none()
    )
    if row is None:
        raise MilestoneNotFound(
            QT_TRANSLATE_NOOP(
                "DocumentError", "There is no milestone {id} in this document."
            ).format(id=str(milestone_id))
        )
    milestone = convert.milestone_from_row(row)
    milestone.status = milestone_status(row["status"])
    holder = Recommendation(id=row["recommendation_id"], milestones=[milestone])
    attach_history(conn, {holder.id: holder})
    return row["plan_id"], row["recommendation_id"], milestone


def save_milestone(conn: Connection, milestone: Milestone) -> None:
    """Write one milestone's fields and its whole history (replacing what was stored)."""
    conn.execute(
        update(MILESTONE)
        .where(MILESTONE.c.id == milestone.id)
        .values(**convert.milestone_values(milestone))
    )
    for table in (REVISION, PROGRESS, REQUEST):
        conn.execute(delete(table).where(table.c.milestone_id == milestone.id))
    insert_milestone_history(conn, [milestone])


def find_milestone(conn: Connection, plan_id: int, number: str) -> int:
    """The id of the milestone numbered ``number`` in the plan (exactly one must match)."""
    ids = (
        conn.execute(
            select(MILESTONE.c.id)
            .join(REC, REC.c.id == MILESTONE.c.recommendation_id)
            .where(REC.c.plan_id == plan_id, MILESTONE.c.number == number.strip())
        )
        .scalars()
        .all()
    )
    if not ids:
        raise MilestoneNotFound(
            QT_TRANSLATE_NOOP(
                "DocumentError", "Plan {plan} has no milestone numbered “{number}”."
            ).format(plan=str(plan_id), number=number)
        )
    if len(ids) > 1:
        raise MilestoneNotFound(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "Plan {plan} has {count} milestones numbered “{number}”; renumber them first.",
            ).format(plan=str(plan_id), count=len(ids), number=number)
        )
    return ids[0]


# -- reporting periods and update rounds ------------------------------------------------------


def periods(conn: Connection) -> list[ReportingPeriod]:
    rows = conn.execute(select(PERIOD).order_by(PERIOD.c.starts_on, PERIOD.c.id)).all()
    return [ReportingPeriod(r.name, r.starts_on, r.ends_on, id=r.id) for r in rows]


def add_period(conn: Connection, period: ReportingPeriod) -> ReportingPeriod:
    values = {"name": period.name.strip(), "starts_on": period.start, "ends_on": period.end}
    if period.id is not None:
        values["id"] = period.id
    new_id = conn.execute(insert(PERIOD).values(**values)).inserted_primary_key[0]
    return ReportingPeriod(values["name"], period.start, period.end, id=new_id)


def delete_period(conn: Connection, period_id: int) -> list[int]:
    """Remove a period; returns the milestones that awaited an update for it (for undo)."""
    awaiting = request_ids(conn, period_id)
    conn.execute(delete(PERIOD).where(PERIOD.c.id == period_id))
    return awaiting


def request_ids(conn: Connection, period_id: int) -> list[int]:
    return list(
        conn.execute(
            select(REQUEST.c.milestone_id)
            .where(REQUEST.c.period_id == period_id)
            .order_by(REQUEST.c.milestone_id)
        ).scalars()
    )


def start_update_round(conn: Connection, period_id: int) -> list[int]:
    """Mark every open milestone of every plan as awaiting an update for the period.

    Returns the milestones newly marked (those already marked are left), so an undo removes
    exactly these.
    """
    if conn.execute(select(PERIOD.c.id).where(PERIOD.c.id == period_id)).first() is None:
        raise LookupError(
            QT_TRANSLATE_NOOP(
                "DocumentError", "There is no reporting period {id} in this document."
            ).format(id=str(period_id))
        )
    already = select(REQUEST.c.milestone_id).where(REQUEST.c.period_id == period_id)
    ids = list(
        conn.execute(
            select(MILESTONE.c.id)
            .where(
                MILESTONE.c.status.not_in(("completed", "cancelled")),
                MILESTONE.c.id.not_in(already),
            )
            .order_by(MILESTONE.c.id)
        ).scalars()
    )
    if ids:
        conn.execute(insert(REQUEST), [{"milestone_id": i, "period_id": period_id} for i in ids])
    return ids


def end_update_round(conn: Connection, period_id: int, milestone_ids: Sequence[int]) -> None:
    """Undo of a round: those milestones no longer await an update for the period."""
    if milestone_ids:
        conn.execute(
            delete(REQUEST).where(
                REQUEST.c.period_id == period_id, REQUEST.c.milestone_id.in_(list(milestone_ids))
            )
        )


def restore_requests(conn: Connection, period_id: int, milestone_ids: Sequence[int]) -> None:
    if milestone_ids:
        conn.execute(
            insert(REQUEST), [{"milestone_id": i, "period_id": period_id} for i in milestone_ids]
        )


# -- submissions ------------------------------------------------------------------------------


def submissions(conn: Connection, plan_id: int) -> list[Submission]:
    rows = conn.execute(
        select(SUBMISSION)
        .where(SUBMISSION.c.plan_id == plan_id)
        .order_by(SUBMISSION.c.submitted_on, SUBMISSION.c.id)
    ).all()
    return [Submission(r.submitted_on, r.recipient, r.note, id=r.id) for r in rows]


def add_submission(conn: Connection, plan_id: int, submission: Submission) -> Submission:
    values: dict[str, Any] = {
        "plan_id": plan_id,
        "submitted_on": submission.submitted_on,
        "recipient": submission.recipient.strip(),
        "note": submission.note,
    }
    if submission.id is not None:
        values["id"] = submission.id
    new_id = conn.execute(insert(SUBMISSION).values(**values)).inserted_primary_key[0]
    return Submission(submission.submitted_on, values["recipient"], submission.note, id=new_id)


def delete_submission(conn: Connection, submission_id: int) -> None:
    conn.execute(delete(SUBMISSION).where(SUBMISSION.c.id == submission_id))


# -- the dashboard ----------------------------------------------------------------------------


def dashboard_items(conn: Connection) -> list[DashboardItem]:
    """Every milestone of every plan, resolved for the dashboard, in one main query.

    The responsible organization falls back to the first contact's; the first contacts, the
    latest progress dates and the update requests are read in three small queries beside it.
    """
    plans = {row.id: convert.plan_from_row(row._mapping) for row in conn.execute(select(PLAN))}
    names = {i: p.short_name for i, p in plans.items()}
    names_fr = {i: p.audit_title_fr for i, p in plans.items()}
    languages = {i: primary_language(p) for i, p in plans.items()}
    # The first contact of each recommendation and the latest entry of each milestone are
    # read beside the main query: as correlated subqueries they would run once per row.
    first_org: dict[int, str] = {}
    for rec_id, organization in conn.execute(
        select(CONTACT.c.recommendation_id, CONTACT.c.organization).order_by(
            CONTACT.c.recommendation_id.desc(), CONTACT.c.position.desc(), CONTACT.c.id.desc()
        )
    ):
        first_org[rec_id] = organization  # the last one written is the first in order
    latest = dict(
        conn.execute(
            select(PROGRESS.c.milestone_id, func.max(PROGRESS.c.as_of)).group_by(
                PROGRESS.c.milestone_id
            )
        ).all()
    )
    asked: dict[int, set[int]] = {}
    for m_id, period_id in conn.execute(select(REQUEST.c.milestone_id, REQUEST.c.period_id)):
        asked.setdefault(m_id, set()).add(period_id)
    m, r = MILESTONE.c, REC.c
    query = (
        select(
            r.plan_id,
            r.id,
            r.ref,
            m.id,
            m.number,
            m.description,
            m.due_text,
            m.due_date,
            m.status,
            m.organization,
            m.original_due_text,
            m.completed_date,
            m.translations,
        )
        .select_from(MILESTONE)
        .join(REC, REC.c.id == m.recommendation_id)
    )
    empty: frozenset[int] = frozenset()
    make = DashboardItem._make  # positional: tens of thousands of rows
    status_of = STATUS_BY_VALUE.get
    not_started = MilestoneStatus.NOT_STARTED
    return [
        make(
            (
                plan_id,
                names.get(plan_id, ""),
                rec_id,
                ref,
                m_id,
                number,
                description,
                due_text,
                due,
                status_of(status, not_started),
                (organization or first_org.get(rec_id, "")).strip(),
                original or "",
                completed,
                latest.get(m_id),
                frozenset(asked[m_id]) if m_id in asked else empty,
                languages.get(plan_id, "en"),
                (translations or {}).get("description", ""),
                names_fr.get(plan_id, ""),
            )
        )
        for (
            plan_id,
            rec_id,
            ref,
            m_id,
            number,
            description,
            due_text,
            due,
            status,
            organization,
            original,
            completed,
            translations,
        ) in conn.execute(query).all()
    ]
