"""Follow-up rows in a document: revisions, progress, assessments, periods, submissions.

Functions take a Connection inside the caller's transaction. A milestone's and a
recommendation's history travel with them as domain values: whatever inserts a milestone
(an edit, an undo, an import) inserts its history with it here, and loading a plan attaches
it, so deleting and restoring rows never loses a revision or a progress entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, func, insert, select

from planapp.domain.history import (
    Assessment,
    DateRevision,
    ProgressEntry,
)
from planapp.domain.plan import Milestone, Recommendation, WrittenDate
from planapp.domain.status import AssessmentSource, MilestoneStatus, RecommendationStatus
from planapp.store.tables import (
    ASSESSMENT,
    MILESTONE,
    PROGRESS,
    REC,
    REQUEST,
    REVISION,
)

STATUS_BY_VALUE = {s.value: s for s in MilestoneStatus} | {"in progress": MilestoneStatus.ON_TRACK}
_REC_STATUS = {s.value: s for s in RecommendationStatus}


def milestone_status(value: str) -> MilestoneStatus:
    return STATUS_BY_VALUE.get(value, MilestoneStatus.NOT_STARTED)


# -- writing history with its milestones and recommendations ----------------------------------


def _free_id(conn: Connection, table: Any, items: Iterable[Any]) -> int:
    if conn.dialect.name == "postgresql":  # two editors on a server: one max + 1 at a time
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(1347175760)")
    taken = max((i.id for i in items if i.id is not None), default=0)
    return max(conn.execute(select(func.max(table.c.id))).scalar() or 0, taken) + 1


def _with_ids(
    conn: Connection, table: Any, pairs: list[tuple[int, Any]]
) -> list[tuple[int, int, Any]]:
    """(owner id, item id, item) for each (owner id, item): ids kept where items have one."""
    if not pairs:
        return []
    next_id = _free_id(conn, table, (item for _owner, item in pairs))
    out = []
    seen: set[int] = set()
    for owner, item in pairs:
        item_id = item.id
        if item_id is None or item_id in seen:  # a copied milestone brings its entries' ids
            item_id, next_id = next_id, next_id + 1
        seen.add(item_id)
        out.append((owner, item_id, item))
    return out


def _revision_values(r: DateRevision) -> dict[str, Any]:
    return {
        "old_text": r.old_text,
        "new_text": r.new_text,
        "reason": r.reason,
        "approved_by": r.approved_by,
        "approved_on": r.approved_on,
        "changed_by": r.changed_by,
        "changed_at": r.changed_at,
    }


def _progress_values(e: ProgressEntry) -> dict[str, Any]:
    return {
        "as_of": e.as_of,
        "status": MilestoneStatus(e.status).value,
        "text": e.text,
        "percent": e.percent,
        "delay_reason": e.delay_reason,
        "recovery_plan": e.recovery_plan,
        "evidence": "\n".join(" ".join(x.split()) for x in e.evidence if x.strip()),
        "author": e.author,
        "recorded_at": e.recorded_at,
    }


def insert_milestone_history(conn: Connection, milestones: Sequence[Milestone]) -> None:
    """Insert the revisions, progress entries and update requests of milestones with ids."""
    revisions = [(m.id, pos, r) for m in milestones for pos, r in enumerate(m.revisions)]
    if revisions:
        ids = _with_ids(conn, REVISION, [(m_id, r) for m_id, _pos, r in revisions])
        conn.execute(
            insert(REVISION),
            [
                _revision_values(r) | {"id": rid, "milestone_id": m_id, "position": pos}
                for (m_id, rid, r), (_m, pos, _r) in zip(ids, revisions, strict=True)
            ],
        )
    entries = _with_ids(conn, PROGRESS, [(m.id, e) for m in milestones for e in m.progress])
    if entries:
        conn.execute(
            insert(PROGRESS),
            [_progress_values(e) | {"id": eid, "milestone_id": m_id} for m_id, eid, e in entries],
        )
    requests = [{"milestone_id": m.id, "period_id": p} for m in milestones for p in m.awaiting]
    if requests:
        conn.execute(insert(REQUEST), requests)


def insert_recommendation_history(conn: Connection, recs: Sequence[Recommendation]) -> None:
    """Insert the assessments and completion-date revisions of recommendations with ids."""
    revisions = [(r.id, pos, x) for r in recs for pos, x in enumerate(r.completion_revisions)]
    if revisions:
        ids = _with_ids(conn, REVISION, [(rec_id, x) for rec_id, _pos, x in revisions])
        conn.execute(
            insert(REVISION),
            [
                _revision_values(x) | {"id": rid, "recommendation_id": rec_id, "position": pos}
                for (rec_id, rid, x), (_r, pos, _x) in zip(ids, revisions, strict=True)
            ],
        )
    pairs = [(r.id, a) for r in recs for a in r.assessments]
    rows = _with_ids(conn, ASSESSMENT, pairs)
    if rows:
        positions = [pos for r in recs for pos, _a in enumerate(r.assessments)]
        conn.execute(
            insert(ASSESSMENT),
            [
                {
                    "id": aid,
                    "recommendation_id": rec_id,
                    "position": pos,
                    "source": AssessmentSource(a.source).value,
                    "assessed_on": a.assessed_on,
                    "rating": a.rating,
                    "reference": a.reference,
                }
                for (rec_id, aid, a), pos in zip(rows, positions, strict=True)
            ],
        )


# -- loading ----------------------------------------------------------------------------------


def _revision(row: Any) -> DateRevision:
    return DateRevision(
        id=row.id,
        old_text=row.old_text,
        new_text=row.new_text,
        reason=row.reason,
        approved_by=row.approved_by,
        approved_on=row.approved_on,
        changed_by=row.changed_by,
        changed_at=row.changed_at,
    )


def _entry(row: Any) -> ProgressEntry:
    return ProgressEntry(
        id=row.id,
        as_of=row.as_of,
        status=milestone_status(row.status),
        text=row.text,
        percent=row.percent,
        delay_reason=row.delay_reason,
        recovery_plan=row.recovery_plan,
        evidence=tuple(x for x in row.evidence.split("\n") if x),
        author=row.author,
        recorded_at=row.recorded_at,
    )


def attach_history(
    conn: Connection, by_id: dict[int, Recommendation], plan_id: int | None = None
) -> None:
    """Load follow-up fields and history into recommendations whose milestones are loaded.

    Only rows that hold follow-up data are read, so a plan never followed up costs a few
    empty index lookups.
    """
    if not by_id:
        return
    milestones = {m.id: m for rec in by_id.values() for m in rec.milestones}

    def owned_by_recs(query: Any, column: Any) -> Any:
        if plan_id is not None:
            return query.join(REC, REC.c.id == column).where(REC.c.plan_id == plan_id)
        return query.where(column.in_(list(by_id)))

    def owned_by_milestones(query: Any, column: Any) -> Any:
        if plan_id is not None:
            return (
                query.join(MILESTONE, MILESTONE.c.id == column)
                .join(REC, REC.c.id == MILESTONE.c.recommendation_id)
                .where(REC.c.plan_id == plan_id)
            )
        return query.where(column.in_(list(milestones)))

    r = REC.c
    query = select(r.id, r.status, r.original_completion_text, r.original_completion_date).where(
        (r.status != "") | r.original_completion_text.is_not(None)
    )
    query = (
        query.where(r.plan_id == plan_id)
        if plan_id is not None
        else query.where(r.id.in_(list(by_id)))
    )
    for rec_id, status, text, date in conn.execute(query):
        rec = by_id[rec_id]
        rec.status = _REC_STATUS.get(status)
        rec.original_completion = WrittenDate(text, date) if text is not None else None

    m = MILESTONE.c
    query = select(m.id, m.organization, m.original_due_text, m.original_due_date).where(
        (m.organization != "") | m.original_due_text.is_not(None)
    )
    query = (
        owned_by_recs(query, m.recommendation_id)
        if plan_id is not None
        else query.where(m.id.in_(list(milestones)))
    )
    for m_id, organization, text, date in conn.execute(query):
        milestones[m_id].organization = organization
        milestones[m_id].original_due = WrittenDate(text, date) if text is not None else None

    rows = conn.execute(
        owned_by_milestones(select(REVISION), REVISION.c.milestone_id).order_by(
            REVISION.c.position, REVISION.c.id
        )
    ).all()
    for row in rows:
        milestones[row.milestone_id].revisions.append(_revision(row))
    rows = conn.execute(
        owned_by_recs(select(REVISION), REVISION.c.recommendation_id).order_by(
            REVISION.c.position, REVISION.c.id
        )
    ).all()
    for row in rows:
        by_id[row.recommendation_id].completion_revisions.append(_revision(row))

    rows = conn.execute(
        owned_by_milestones(select(PROGRESS), PROGRESS.c.milestone_id).order_by(
            PROGRESS.c.as_of.desc(), PROGRESS.c.recorded_at.desc(), PROGRESS.c.id.desc()
        )
    ).all()
    for row in rows:
        milestones[row.milestone_id].progress.append(_entry(row))

    rows = conn.execute(
        owned_by_milestones(select(REQUEST), REQUEST.c.milestone_id).order_by(REQUEST.c.period_id)
    ).all()
    for row in rows:
        milestones[row.milestone_id].awaiting.append(row.period_id)

    rows = conn.execute(
        owned_by_recs(select(ASSESSMENT), ASSESSMENT.c.recommendation_id).order_by(
            ASSESSMENT.c.position, ASSESSMENT.c.id
        )
    ).all()
    for row in rows:
        by_id[row.recommendation_id].assessments.append(
            Assessment(
                id=row.id,
                source=AssessmentSource(row.source),
                assessed_on=row.assessed_on,
                rating=row.rating,
                reference=row.reference,
            )
        )
