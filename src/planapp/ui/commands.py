"""Undoable edits: each command's redo and undo call one store operation.

The store's change notice refreshes the views, so commands never touch a model. Commands that
remove rows keep what they removed, ids included, and undo puts back exactly those rows.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from planapp.domain.plan import Contact, Milestone, Plan, Recommendation
from planapp.domain.richtext import plain_preview
from planapp.store.document import Document


class StoreCommand(QUndoCommand):
    """A command whose store operation may fail (disk full, file gone, locked).

    Each store operation is one transaction, so a failure leaves the document as it was. A
    failed first ``redo`` marks the command obsolete, so QUndoStack drops it instead of keeping
    an undo step for a change that never happened; the window reports ``error``. A failed
    later undo or redo is passed to ``on_failure`` (set by the window), which tells the user
    and clears the history, which no longer matches the document.
    """

    error: Exception | None = None
    on_failure: Callable[[Exception], None] | None = None

    def redo(self) -> None:
        self._run(self._redo, first=self.error is None and not getattr(self, "_done", False))
        self._done = True

    def undo(self) -> None:
        self._run(self._undo, first=False)

    def _run(self, step: Callable[[], None], first: bool) -> None:
        try:
            step()
        except Exception as exc:
            self.error = exc
            if first:
                self.setObsolete(True)
            elif self.on_failure is not None:
                self.on_failure(exc)
            else:
                raise

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


FIELD_LABELS = {
    "ref": "Report Ref. No.",
    "recommendation": "Recommendation",
    "response": "Response",
    "outcome": "Expected Outcome",
    "completion": "Completion Date",
    "indicator": "Indicator",
}


class EditRecommendation(StoreCommand):
    def __init__(self, doc: Document, rec: Recommendation, field: str, new: Any) -> None:
        label = FIELD_LABELS.get(field, field)
        super().__init__(f"Edit {label} of {plain_preview(rec.ref, 20) or 'recommendation'}")
        self.doc, self.rec_id, self.field = doc, rec.id, field
        self.old = rec.completion if field == "completion" else getattr(rec, field)
        self.new = new

    def _redo(self) -> None:
        self.doc.set_recommendation(self.rec_id, **{self.field: self.new})

    def _undo(self) -> None:
        self.doc.set_recommendation(self.rec_id, **{self.field: self.old})


class InsertRecommendation(StoreCommand):
    def __init__(self, doc: Document, plan_id: int, index: int, rec: Recommendation) -> None:
        super().__init__("Add Recommendation")
        self.doc, self.plan_id, self.index, self.rec = doc, plan_id, index, copy.deepcopy(rec)

    def _redo(self) -> None:
        self.rec = self.doc.insert_recommendation(self.plan_id, self.index, self.rec)

    def _undo(self) -> None:
        self.doc.delete_recommendation(self.rec.id)


class DeleteRecommendation(StoreCommand):
    def __init__(self, doc: Document, plan_id: int, rec: Recommendation) -> None:
        super().__init__(f"Delete {plain_preview(rec.ref, 20) or 'Recommendation'}")
        self.doc, self.plan_id, self.rec_id = doc, plan_id, rec.id
        self.index = 0
        self.removed: Recommendation | None = None

    def _redo(self) -> None:
        self.index, self.removed = self.doc.delete_recommendation(self.rec_id)

    def _undo(self) -> None:
        assert self.removed is not None
        self.doc.insert_recommendation(self.plan_id, self.index, self.removed)


class MoveRecommendation(StoreCommand):
    def __init__(self, doc: Document, rec_id: int, old: int, new: int) -> None:
        super().__init__("Move Recommendation")
        self.doc, self.rec_id, self.old, self.new = doc, rec_id, old, new

    def _redo(self) -> None:
        self.doc.move_recommendation(self.rec_id, self.new)

    def _undo(self) -> None:
        self.doc.move_recommendation(self.rec_id, self.old)


class ReplaceRecommendations(StoreCommand):
    """A paste or clear over many cells and rows: the plan's table swapped in one
    transaction, so the whole paste is one undo step however many cells it touched."""

    def __init__(
        self,
        doc: Document,
        plan_id: int,
        old: Sequence[Recommendation],
        new: Sequence[Recommendation],
        text: str,
    ) -> None:
        super().__init__(text)
        self.doc, self.plan_id = doc, plan_id
        self.old, self.new = copy.deepcopy(list(old)), copy.deepcopy(list(new))

    def _redo(self) -> None:
        # New rows get their ids here, on the kept list: a redo after an undo brings them
        # back under the same ids, so later steps that name them still find them.
        self.doc.replace_recommendations(self.plan_id, self.new)

    def _undo(self) -> None:
        self.doc.replace_recommendations(self.plan_id, self.old)


class SetList(StoreCommand):
    """Replace a recommendation's milestones or contacts (``attr``) with an edited list."""

    def __init__(
        self,
        doc: Document,
        rec_id: int,
        attr: str,
        old: Sequence[Milestone | Contact],
        new: Sequence[Milestone | Contact],
        text: str,
    ) -> None:
        super().__init__(text)
        self.store = {"milestones": doc.set_milestones, "contacts": doc.set_contacts}[attr]
        self.rec_id = rec_id
        self.old, self.new = copy.deepcopy(list(old)), copy.deepcopy(list(new))

    def _redo(self) -> None:
        self.new = self.store(self.rec_id, self.new)

    def _undo(self) -> None:
        self.store(self.rec_id, self.old)


class AddPlan(StoreCommand):
    def __init__(
        self, doc: Document, plan: Plan, index: int | None = None, text: str = "Add Plan"
    ) -> None:
        super().__init__(text)
        self.doc, self.plan, self.index = doc, copy.deepcopy(plan), index

    def _redo(self) -> None:
        self.plan = self.doc.add_plan(self.plan, self.index)

    def _undo(self) -> None:
        self.doc.delete_plan(self.plan.id)


class DeletePlan(StoreCommand):
    def __init__(self, doc: Document, plan_id: int, name: str) -> None:
        super().__init__(f"Delete Plan “{plain_preview(name, 30)}”")
        self.doc, self.plan_id = doc, plan_id
        self.index = 0
        self.removed: Plan | None = None

    def _redo(self) -> None:
        self.index, self.removed = self.doc.delete_plan(self.plan_id)

    def _undo(self) -> None:
        assert self.removed is not None
        self.doc.add_plan(self.removed, self.index)


class UpdatePlan(StoreCommand):
    def __init__(
        self, doc: Document, plan: Plan, new: dict[str, Any], text: str = "Edit Plan Properties"
    ) -> None:
        super().__init__(text)
        self.doc, self.plan_id, self.new = doc, plan.id, dict(new)
        self.old = {name: getattr(plan, name) for name in new}

    def _redo(self) -> None:
        self.doc.update_plan(self.plan_id, **self.new)

    def _undo(self) -> None:
        self.doc.update_plan(self.plan_id, **self.old)


class ApplyImport(StoreCommand):
    """A workbook import: plans added and plans merged, in one transaction each way."""

    def __init__(
        self,
        doc: Document,
        added: Sequence[Plan],
        merged: Sequence[Plan],
        before: Sequence[Plan],
        text: str,
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.added = copy.deepcopy(list(added))
        self.merged = copy.deepcopy(list(merged))
        self.before = copy.deepcopy(list(before))  # the merged plans as they were

    def _redo(self) -> None:
        self.added = self.doc.apply_plans(add=self.added, replace=self.merged)

    def _undo(self) -> None:
        self.doc.apply_plans(replace=self.before, remove=[p.id for p in self.added])
