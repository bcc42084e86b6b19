"""Undoable edits: each command's redo and undo call one store operation.

The store's change notice refreshes the views, so commands never touch a model. Commands that
remove rows keep what they removed, ids included, and undo puts back exactly those rows.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from planapp.domain.fields import FIELDS
from planapp.domain.plan import Contact, Milestone, Plan, Recommendation, WrittenDate
from planapp.domain.richtext import plain_preview
from planapp.store.document import Document
from planapp.store.errors import DocumentError
from planapp.ui.translation import Translatable

# What a store operation raises when it could not save a change (its transaction rolled
# back): the conditions the store names (read-only, disk full, damaged…) and the system's
# own. The user is told. Anything else is a bug and goes to the crash handler.
SAVE_ERRORS: tuple[type[Exception], ...] = (DocumentError, OSError)


class StoreCommand(Translatable, QUndoCommand):
    """A command whose store operation may fail (disk full, file gone, locked).

    Each store operation is one transaction, so a failure leaves the document as it was. A
    failed first ``redo`` marks the command obsolete, so QUndoStack drops it instead of keeping
    an undo step for a change that never happened; the window reports ``error``. A failed
    later undo or redo is passed to ``on_failure`` (set by the window), which tells the user
    and clears the history, which no longer matches the document. An exception that is not a
    failure to save is a bug: the step is dropped (or the history cleared, through
    ``on_bug``) and the exception goes on to the crash handler. The store sends its change
    notice only after the commit and never raises a view's error, so a view that fails to
    refresh does not cost the edit its undo step.
    """

    error: Exception | None = None
    crashed = False  # the operation met a bug (not a failure to save)
    on_failure: Callable[[Exception], None] | None = None
    on_bug: Callable[[], None] | None = None

    def redo(self) -> None:
        self._run(self._redo, first=self.error is None and not getattr(self, "_done", False))
        self._done = True

    def undo(self) -> None:
        self.undoing = True
        try:
            self._run(self._undo, first=False)
        finally:
            self.undoing = False

    undoing = False

    def again(self) -> StoreCommand | None:
        """A fresh command for the same edit, to retry it after the server came back (None:
        this kind of step is not kept)."""
        return None

    def forced(self, text: str) -> StoreCommand | None:
        """The same edit (or undo, if it was undoing) written over someone else's change with
        ``text`` (the user's own text or a merge): after a conflict, on the user's choice."""
        return None

    def _run(self, step: Callable[[], None], first: bool) -> None:
        try:
            step()
        except SAVE_ERRORS as exc:
            self.error = exc
            if first:
                self.setObsolete(True)
            elif self.on_failure is not None:
                self.on_failure(exc)
            else:
                raise
        except Exception:
            self.crashed = True
            if first:
                self.setObsolete(True)
            elif self.on_bug is not None:
                self.on_bug()
            raise

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


FIELD_LABELS = {f.name: f.label for f in FIELDS}


class EditRecommendation(StoreCommand):
    def __init__(
        self, doc: Document, rec: Recommendation, field: str, new: Any, force: bool = False
    ) -> None:
        label = FIELD_LABELS.get(field, field)
        ref = plain_preview(rec.ref, 20) or QCoreApplication.translate(
            "EditRecommendation", "recommendation"
        )
        super().__init__(
            QCoreApplication.translate("EditRecommendation", "Edit {field} of {ref}").format(
                field=label, ref=ref
            )
        )
        self.doc, self.rec_id, self.field = doc, rec.id, field
        self.old = rec.completion if field == "completion" else getattr(rec, field)
        self.new = new
        self.force = force

    def _redo(self) -> None:
        # expect: what the user saw; someone else's change of it since is a conflict
        self.doc.set_recommendation(
            self.rec_id,
            initiator=self,
            expect={self.field: self.old},
            force=self.force,
            **{self.field: self.new},
        )
        self.force = False  # a later redo checks again

    def _undo(self) -> None:
        self.doc.set_recommendation(
            self.rec_id, initiator=self, expect={self.field: self.new}, **{self.field: self.old}
        )

    def again(self) -> StoreCommand:
        seen = Recommendation(id=self.rec_id)
        if self.field == "completion":
            seen.completion = self.old
        else:
            setattr(seen, self.field, self.old)
        return EditRecommendation(self.doc, seen, self.field, self.new)

    def forced(self, text: str) -> StoreCommand:
        current = self.doc.load_recommendation(self.rec_id)
        value: Any = WrittenDate.of(text) if self.field == "completion" else text
        return EditRecommendation(self.doc, current, self.field, value, force=True)


class InsertRecommendation(StoreCommand):
    def __init__(self, doc: Document, plan_id: int, index: int, rec: Recommendation) -> None:
        super().__init__(QCoreApplication.translate("AddRecommendation", "Add Recommendation"))
        self.doc, self.plan_id, self.index, self.rec = doc, plan_id, index, copy.deepcopy(rec)

    def _redo(self) -> None:
        self.rec = self.doc.insert_recommendation(
            self.plan_id, self.index, self.rec, initiator=self
        )

    def _undo(self) -> None:
        self.doc.delete_recommendation(self.rec.id, initiator=self)


class DeleteRecommendations(StoreCommand):
    """Delete one or several recommendations of a plan: one transaction each way, so the step
    deletes (and its undo restores) all of them or none."""

    def __init__(self, doc: Document, plan_id: int, recs: Sequence[Recommendation]) -> None:
        if len(recs) == 1:
            ref = plain_preview(recs[0].ref, 20) or QCoreApplication.translate(
                "DeleteRecommendations", "Recommendation"
            )
            text = QCoreApplication.translate("DeleteRecommendations", "Delete {ref}").format(
                ref=ref
            )
            self.what = ref  # what the step deletes, for "Deleted …" messages
        else:
            text = self.tr("Delete %n Recommendations", "", len(recs))
            self.what = self.tr("%n recommendations", "", len(recs))
        super().__init__(text)
        self.doc, self.plan_id, self.rec_ids = doc, plan_id, [r.id for r in recs]
        self.removed: list[tuple[int, Recommendation]] = []

    def _redo(self) -> None:
        self.removed = self.doc.delete_recommendations(self.rec_ids, initiator=self)

    def _undo(self) -> None:
        self.doc.insert_recommendations(self.plan_id, self.removed, initiator=self)


class MoveRecommendations(StoreCommand):
    """Move the recommendations at ``rows`` one row up (``step`` -1) or down (+1) together."""

    def __init__(self, doc: Document, rec_ids: Sequence[int], rows: Sequence[int], step: int):
        super().__init__(self.tr("Move %n Recommendations", "", len(rows)))
        # Nearest the direction of travel first, so each row moves into a free place.
        order = sorted(zip(rows, rec_ids, strict=True), reverse=step > 0)
        self.doc = doc
        self.moves = [(rec_id, row + step) for row, rec_id in order]
        self.back = [(rec_id, row) for row, rec_id in reversed(order)]

    def _redo(self) -> None:
        self.doc.move_recommendations(self.moves, initiator=self)

    def _undo(self) -> None:
        self.doc.move_recommendations(self.back, initiator=self)


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
        self.doc.replace_recommendations(self.plan_id, self.new, initiator=self)

    def _undo(self) -> None:
        self.doc.replace_recommendations(self.plan_id, self.old, initiator=self)


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
        self.doc, self.rec_id, self.attr, self.undo_text = doc, rec_id, attr, text
        self.old, self.new = copy.deepcopy(list(old)), copy.deepcopy(list(new))
        self.force = False

    def _redo(self) -> None:
        self.new = self.store(
            self.rec_id, self.new, initiator=self, expect=self.old, force=self.force
        )
        self.force = False

    def _undo(self) -> None:
        self.store(self.rec_id, self.old, initiator=self, expect=self.new)

    def again(self) -> StoreCommand:
        return SetList(self.doc, self.rec_id, self.attr, self.old, self.new, self.undo_text)

    def forced(self, text: str) -> StoreCommand:
        """Keep my whole list (a list is not merged as text)."""
        current = getattr(self.doc.load_recommendation(self.rec_id), self.attr)
        mine = self.old if self.undoing else self.new
        command = SetList(self.doc, self.rec_id, self.attr, current, mine, self.undo_text)
        command.force = True
        return command


class AddPlan(StoreCommand):
    def __init__(self, doc: Document, plan: Plan, index: int | None = None, text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate("AddPlan", "Add Plan"))
        self.doc, self.plan, self.index = doc, copy.deepcopy(plan), index

    def _redo(self) -> None:
        self.plan = self.doc.add_plan(self.plan, self.index, initiator=self)

    def _undo(self) -> None:
        self.doc.delete_plan(self.plan.id, initiator=self)


class DeletePlan(StoreCommand):
    def __init__(self, doc: Document, plan_id: int, name: str) -> None:
        super().__init__(
            QCoreApplication.translate("DeletePlan", "Delete Plan “{name}”").format(
                name=plain_preview(name, 30)
            )
        )
        self.doc, self.plan_id = doc, plan_id
        self.index = 0
        self.removed: Plan | None = None

    def _redo(self) -> None:
        self.index, self.removed = self.doc.delete_plan(self.plan_id, initiator=self)

    def _undo(self) -> None:
        assert self.removed is not None
        self.doc.add_plan(self.removed, self.index, initiator=self)


class UpdatePlan(StoreCommand):
    def __init__(self, doc: Document, plan: Plan, new: dict[str, Any], text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate("UpdatePlan", "Edit Plan Properties"))
        self.doc, self.plan_id, self.new = doc, plan.id, dict(new)
        self.old = {name: getattr(plan, name) for name in new}
        self.force = False

    def _redo(self) -> None:
        self.doc.update_plan(
            self.plan_id, initiator=self, expect=self.old, force=self.force, **self.new
        )
        self.force = False

    def _undo(self) -> None:
        self.doc.update_plan(self.plan_id, initiator=self, expect=self.new, **self.old)

    def forced(self, text: str) -> StoreCommand:
        current = next(p for p in self.doc.plans() if p.id == self.plan_id)
        mine = self.old if self.undoing else self.new
        values = {name: (text if len(mine) == 1 else value) for name, value in mine.items()}
        command = UpdatePlan(self.doc, current, values, self.text())
        command.force = True
        return command


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
        self.added = self.doc.apply_plans(add=self.added, replace=self.merged, initiator=self)

    def _undo(self) -> None:
        removed = [p.id for p in self.added]
        self.doc.apply_plans(replace=self.before, remove=removed, initiator=self)
