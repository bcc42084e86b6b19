"""The loaded plan: the one copy of it the window's views read, and the changes applied to it.

The store's change notice says what changed; the session loads just that (a row, a
recommendation, or the whole plan) and puts it into its plan, so the table model, the detail
panel, the titles, export and print all read the same objects. Nothing else changes the
plan's list of recommendations.
"""

from __future__ import annotations

from collections.abc import Sequence

from planapp.domain.plan import Plan, Recommendation
from planapp.store.document import Document, RowChange, RowOp


class PlanSession:
    """The open document and the plan shown from it (None when the document has none)."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        self.plan: Plan | None = None

    @property
    def plan_id(self) -> int | None:
        return self.plan.id if self.plan is not None else None

    def plans(self) -> list[Plan]:
        """Every plan's own fields, in list order (for the plan list)."""
        return self.doc.plans()

    def load(self, plan_id: int | None) -> Plan | None:
        """Show ``plan_id`` (or nothing): the whole plan, read afresh."""
        self.plan = self.doc.load_plan(plan_id) if plan_id is not None else None
        return self.plan

    def reload_fields(self) -> Plan:
        """The plan's own fields changed (titles, department…); its table did not."""
        assert self.plan is not None
        fresh = self.doc.plans()
        found = next((p for p in fresh if p.id == self.plan.id), None)
        if found is not None:
            found.recommendations = self.plan.recommendations
            self.plan = found
        return self.plan

    def update_recommendation(self, rec_id: int) -> Recommendation:
        """A recommendation's fields or lists changed: put the stored one in its row."""
        assert self.plan is not None
        rec = self.doc.load_recommendation(rec_id)
        recs = self.plan.recommendations
        for row, old in enumerate(recs):
            if old.id == rec_id:
                recs[row] = rec
                break
        return rec

    def apply_rows(self, steps: Sequence[RowChange]) -> list[Recommendation | None]:
        """Rows inserted, removed or moved, one after the other; returns for each step the
        recommendation inserted (None for a removal or a move)."""
        assert self.plan is not None
        recs = self.plan.recommendations
        done: list[Recommendation | None] = []
        for step in steps:
            if step.op is RowOp.INSERTED:
                rec = self.doc.load_recommendation(step.recommendation_id)
                recs.insert(step.index, rec)
                done.append(rec)
            elif step.op is RowOp.REMOVED:
                del recs[step.index]
                done.append(None)
            else:
                assert step.to_index is not None
                recs.insert(step.to_index, recs.pop(step.index))
                done.append(None)
        return done
