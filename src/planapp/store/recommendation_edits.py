"""The document's recommendation operations: edit, insert, delete, move, and their children.

Mixed into :class:`~planapp.store.document.Document`. Each method is one transaction and
notifies one change after it committed.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Engine, delete, func, select, update

from planapp.domain.plan import Contact, ExtraColumn, Milestone, Recommendation
from planapp.store import convert, history, versions
from planapp.store.changes import Change, Changed, RowChange, RowOp
from planapp.store.loading import _attach_children
from planapp.store.rows import (
    _children_rows,
    _insert_children,
    _insert_extra,
    _insert_recommendations,
    _recommendation_row,
    _row_ids,
    _set_positions,
)
from planapp.store.tables import CONTACT, EXTRA, MILESTONE, REC


class RecommendationMethods:
    """Recommendation operations; the host provides ``engine``, ``_versions`` and ``_notify``."""

    engine: Engine
    _versions: versions.SeenVersions

    def _notify(self, change: Change) -> Change:  # provided by Document
        raise NotImplementedError

    def set_recommendation(
        self,
        rec_id: int,
        *,
        initiator: object = None,
        expect: dict[str, Any] | None = None,
        force: bool = False,
        **values: Any,
    ) -> Change:
        """Set text fields of one recommendation; ``completion`` takes a WrittenDate.

        ``expect`` gives what the editor saw in those fields (an undo: the text it set). The
        edit is refused with :class:`~planapp.store.versions.ConflictError`, nothing written,
        if someone else has since changed one of them; ``force`` writes anyway.
        """
        row = _recommendation_row(values)
        expected = None if expect is None else _recommendation_row(expect)
        with self.engine.begin() as conn:
            current = versions.lock_row(conn, REC, rec_id)
            plan_id = current["plan_id"]
            if not force:
                seen = self._versions.get(REC.name, rec_id)
                versions.rebase_translations(current, row, expected)
                versions.check("recommendation", current, seen, row, expected, plan_id)
            version = versions.write(conn, REC, rec_id, current["version"], row)
            history.record(
                conn,
                history.field_changes(
                    current,
                    row,
                    translated_into=history.translated_into(conn, plan_id),
                    plan_id=plan_id,
                    recommendation_id=rec_id,
                    item=current["ref"],
                ),
            )
        self._versions.remember(REC.name, [(rec_id, version)])
        return self._notify(Change(Changed.RECOMMENDATION, plan_id, rec_id, initiator=initiator))

    def insert_recommendation(
        self, plan_id: int, index: int, rec: Recommendation, *, initiator: object = None
    ) -> Recommendation:
        """Put ``rec`` (with its milestones and contacts) at row ``index``; returns it with ids."""
        return self.insert_recommendations(plan_id, [(index, rec)], initiator=initiator)[0]

    def insert_recommendations(
        self,
        plan_id: int,
        rows: Iterable[tuple[int, Recommendation]],
        *,
        initiator: object = None,
    ) -> list[Recommendation]:
        """Put each ``(index, recommendation)`` at its row, in the order given, in one
        transaction (the undo of deleting several); returns them with their ids."""
        placed = [(index, copy.deepcopy(rec)) for index, rec in rows]
        done: list[RowChange] = []
        with self.engine.begin() as conn:
            count = conn.execute(
                select(func.count()).select_from(REC).where(REC.c.plan_id == plan_id)
            ).scalar_one()
            for index, rec in placed:
                conn.execute(
                    update(REC)
                    .where(REC.c.plan_id == plan_id, REC.c.position >= index)
                    .values(position=REC.c.position + 1)
                )
                _insert_recommendations(conn, plan_id, index, [rec])
                done.append(RowChange(RowOp.INSERTED, rec.id, min(index, count)))
                count += 1
            history.record(
                conn,
                [
                    history.row_event(
                        "added", rec.ref, plan_id=plan_id, recommendation_id=rec.id, item=rec.ref
                    )
                    for _index, rec in placed
                ],
            )
        recs = [rec for _index, rec in placed]
        self._versions.remember(REC.name, [(rec.id, 1) for rec in recs])
        if recs:
            self._notify(_rows_change(plan_id, done, initiator))
        return recs

    def delete_recommendation(
        self, rec_id: int, *, initiator: object = None
    ) -> tuple[int, Recommendation]:
        """Remove a recommendation; returns its row index and content for undo."""
        return self.delete_recommendations([rec_id], initiator=initiator)[0]

    def delete_recommendations(
        self, rec_ids: Sequence[int], *, initiator: object = None
    ) -> list[tuple[int, Recommendation]]:
        """Remove several recommendations of one plan in one transaction: all or none.

        Returns ``(row index, content)`` for each, in row order, the indexes counted before
        the delete: :meth:`insert_recommendations` with them puts every row back.
        """
        if not rec_ids:
            return []
        with self.engine.begin() as conn:
            plan_ids = set(
                conn.execute(select(REC.c.plan_id).where(REC.c.id.in_(list(rec_ids)))).scalars()
            )
            if len(plan_ids) != 1 or len(set(rec_ids)) != len(rec_ids):
                raise ValueError("recommendations to delete must be distinct and of one plan")
            (plan_id,) = plan_ids
            ids = _row_ids(conn, plan_id)
            wanted = set(rec_ids)
            if not wanted <= set(ids):
                raise KeyError(f"no recommendations {sorted(wanted - set(ids))}")
            found = conn.execute(select(REC).where(REC.c.id.in_(list(wanted)))).mappings()
            by_id = {row["id"]: convert.recommendation_from_row(row) for row in found}
            _attach_children(conn, by_id)
            conn.execute(delete(REC).where(REC.c.id.in_(list(wanted))))
            removed = [(index, by_id[rid]) for index, rid in enumerate(ids) if rid in wanted]
            for index, _rec in reversed(removed):  # one shift per row, not one per later row
                conn.execute(
                    update(REC)
                    .where(REC.c.plan_id == plan_id, REC.c.position > index)
                    .values(position=REC.c.position - 1)
                )
            history.record(
                conn,
                [
                    history.row_event(
                        "removed", rec.ref, plan_id=plan_id, recommendation_id=rec.id, item=rec.ref
                    )
                    for _index, rec in removed
                ],
            )
        steps = [
            RowChange(RowOp.REMOVED, rec.id, index - done)
            for done, (index, rec) in enumerate(removed)
        ]
        self._notify(_rows_change(plan_id, steps, initiator))
        return removed

    def move_recommendation(self, rec_id: int, index: int, *, initiator: object = None) -> Change:
        return self.move_recommendations([(rec_id, index)], initiator=initiator)

    def move_recommendations(
        self, moves: Sequence[tuple[int, int]], *, initiator: object = None
    ) -> Change:
        """Move each ``(recommendation id, new row)`` in turn, in one transaction."""
        with self.engine.begin() as conn:
            plan_id = conn.execute(
                select(REC.c.plan_id).where(REC.c.id == moves[0][0])
            ).scalar_one()
            ids = _row_ids(conn, plan_id)
            steps: list[RowChange] = []
            for rec_id, index in moves:
                old = ids.index(rec_id)
                ids.remove(rec_id)
                ids.insert(index, rec_id)
                steps.append(RowChange(RowOp.MOVED, rec_id, old, ids.index(rec_id)))
            _set_positions(conn, REC, ids)
            history.record(
                conn,
                [
                    {
                        "plan_id": plan_id,
                        "recommendation_id": step.recommendation_id,
                        "field": "moved",
                        "old_text": f"row {step.index + 1}",
                        "new_text": f"row {(step.to_index or 0) + 1}",
                    }
                    for step in steps
                ],
            )
        return self._notify(_rows_change(plan_id, steps, initiator))

    def set_milestones(
        self,
        rec_id: int,
        milestones: Sequence[Milestone],
        *,
        initiator: object = None,
        expect: Sequence[Milestone] | None = None,
        force: bool = False,
    ) -> list[Milestone]:
        """Replace a recommendation's milestones (ids kept where given); returns them with ids.

        Refused with a ConflictError if someone else changed them since this document read
        the recommendation and they are no longer ``expect`` (unless ``force``).
        """
        return self._replace_children(
            rec_id, MILESTONE, milestones, convert.milestone_values, initiator, expect, force
        )

    def set_contacts(
        self,
        rec_id: int,
        contacts: Sequence[Contact],
        *,
        initiator: object = None,
        expect: Sequence[Contact] | None = None,
        force: bool = False,
    ) -> list[Contact]:
        """Replace a recommendation's contacts (ids kept where given); returns them with ids."""
        return self._replace_children(
            rec_id, CONTACT, contacts, convert.contact_values, initiator, expect, force
        )

    def set_extra(
        self, rec_id: int, extra: Sequence[ExtraColumn], *, initiator: object = None
    ) -> Change:
        """Replace a recommendation's extra columns (heading and text, in order)."""
        with self.engine.begin() as conn:
            current = versions.lock_row(conn, REC, rec_id)
            plan_id = current["plan_id"]
            before = _children_rows(conn, EXTRA, rec_id)
            conn.execute(delete(EXTRA).where(EXTRA.c.recommendation_id == rec_id))
            _insert_extra(conn, [(rec_id, extra)])
            version = versions.write(conn, REC, rec_id, current["version"], {})
            lang = history.translated_into(conn, plan_id)
            after = [convert.extra_values(x) for x in extra]
            texts = (
                ("extra columns", history.extra_text),
                (f"extra columns ({lang})", history.extra_translation_text),
            )
            history.record(
                conn,
                [
                    {
                        "plan_id": plan_id,
                        "recommendation_id": rec_id,
                        "item": current["ref"],
                        "field": field,
                        "old_text": text(before),
                        "new_text": text(after),
                    }
                    for field, text in texts
                    if text(before) != text(after)
                ],
            )
        self._versions.remember(REC.name, [(rec_id, version)])
        return self._notify(Change(Changed.RECOMMENDATION, plan_id, rec_id, initiator=initiator))

    def _replace_children(
        self,
        rec_id: int,
        table: Any,
        items: Sequence[Any],
        to_values: Any,
        initiator: object,
        expect: Sequence[Any] | None = None,
        force: bool = False,
    ) -> list[Any]:
        items = copy.deepcopy(list(items))
        with self.engine.begin() as conn:
            current = versions.lock_row(conn, REC, rec_id)
            plan_id = current["plan_id"]
            before = _children_rows(conn, table, rec_id)
            if not force:
                versions.check_children(
                    table.name,
                    current,
                    self._versions.get(REC.name, rec_id),
                    before,
                    [to_values(i) | {"id": i.id} for i in items],
                    None if expect is None else [to_values(i) | {"id": i.id} for i in expect],
                )
            conn.execute(delete(table).where(table.c.recommendation_id == rec_id))
            _insert_children(conn, table, [(rec_id, items)], to_values)
            version = versions.write(conn, REC, rec_id, current["version"], {})
            label = "Milestone {number}" if table is MILESTONE else "Contact {name}"
            history.record(
                conn,
                history.children_changes(
                    table.name,
                    before,
                    [to_values(i) | {"id": i.id} for i in items],
                    label,
                    translated_into=history.translated_into(conn, plan_id),
                    plan_id=plan_id,
                    recommendation_id=rec_id,
                ),
            )
        self._versions.remember(REC.name, [(rec_id, version)])
        self._notify(Change(Changed.RECOMMENDATION, plan_id, rec_id, initiator=initiator))
        return items


def _rows_change(plan_id: int, steps: Sequence[RowChange], initiator: object) -> Change:
    first = steps[0].recommendation_id if steps else None
    return Change(Changed.ROWS, plan_id, first, tuple(steps), initiator=initiator)
