"""The Plan and Edit menus' commands: plans and recommendations added, removed, moved, renamed.

Each user action becomes one undoable command pushed through ``push``; the store's change
notice then refreshes the views. Given the loaded plan (the session), the table (for the rows
the user means) and ``push``, not the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planapp.domain.plan import Plan, Recommendation, without_ids
from planapp.ui import commands, dialogs
from planapp.ui.detail_panel import DetailPanel
from planapp.ui.extra_columns import SetExtra
from planapp.ui.plan_dialog import PlanDialog
from planapp.ui.plan_session import PlanSession
from planapp.ui.plan_table import PlanTableView
from planapp.ui.translation import Translatable


@dataclass(frozen=True)
class EditingContext:
    parent: QWidget  # for dialogs
    session: PlanSession
    table: PlanTableView
    plan_ids: Callable[[], list[int]]  # the plans in list order
    push: Callable[[commands.StoreCommand], bool]


def empty_plan() -> Plan:
    title = QCoreApplication.translate("Editing", "New plan")
    return Plan(audit_title=title, recommendations=[Recommendation(ref="Rec. 1")])


class Editing(Translatable):
    def __init__(self, context: EditingContext) -> None:
        self.context = context

    @property
    def _plan(self) -> Plan | None:
        return self.context.session.plan

    def _push(self, command: commands.StoreCommand) -> bool:
        return self.context.push(command)

    # -- plans -------------------------------------------------------------------------------

    def new_plan(self) -> None:
        """Ask for the department and the audit first (the title rows are made from them);
        Cancel adds nothing."""
        plan = empty_plan()
        plan.audit_title = ""
        dialog = PlanDialog(plan, self.context.parent)
        dialog.setWindowTitle(QCoreApplication.translate("Editing", "New Plan"))
        if not dialogs.run(dialog):
            return
        for name, value in dialog.changes().items():
            setattr(plan, name, value)
        plan.audit_title = plan.audit_title or QCoreApplication.translate("Editing", "New plan")
        text = QCoreApplication.translate("Editing", "New Plan")
        self._push(commands.AddPlan(self.context.session.doc, plan, text=text))

    def duplicate_plan(self) -> None:
        plan = self._plan
        if plan is None:
            return
        twin = without_ids(plan)
        twin.audit_title = QCoreApplication.translate("Editing", "{title} (copy)").format(
            title=plan.audit_title or plan.short_name
        )
        index = self.context.plan_ids().index(plan.id) + 1
        text = QCoreApplication.translate("Editing", "Duplicate Plan")
        self._push(commands.AddPlan(self.context.session.doc, twin, index, text=text))

    def rename_plan(self) -> None:
        plan = self._plan
        if plan is None:
            return
        name = dialogs.ask_text(
            self.context.parent,
            QCoreApplication.translate("Editing", "Rename Plan"),
            QCoreApplication.translate("Editing", "Audit title:"),
            plan.audit_title,
        )
        if name is not None and name.strip() and name.strip() != plan.audit_title:
            self._push(
                commands.UpdatePlan(
                    self.context.session.doc,
                    plan,
                    {"audit_title": name.strip()},
                    text=QCoreApplication.translate("Editing", "Rename Plan"),
                )
            )

    def delete_plan(self) -> None:
        plan = self._plan
        if plan is None:
            return
        question = self.tr(
            "Delete the plan “{name}” and its %n recommendations?\n"
            "You can undo this with Edit ▸ Undo.",
            "",
            len(plan.recommendations),
        ).format(name=plan.short_name)
        title = QCoreApplication.translate("Editing", "Delete Plan")
        ok = QCoreApplication.translate("Editing", "Delete")
        if not dialogs.confirm(self.context.parent, title, question, ok):
            return
        self._push(commands.DeletePlan(self.context.session.doc, plan.id, plan.short_name))

    def edit_plan_properties(self) -> None:
        plan = self._plan
        if plan is None:
            return
        dialog = PlanDialog(plan, self.context.parent)
        if dialogs.run(dialog) and (changes := dialog.changes()):
            self._push(commands.UpdatePlan(self.context.session.doc, plan, changes))

    # -- recommendations ---------------------------------------------------------------------

    def edit_field(self, rec_id: int, field: str, value: Any) -> None:
        """A cell's new value (from the table model's ``editRequested``)."""
        model = self.context.table.plan_model
        row = model.row_of(rec_id)
        if row is None:
            return
        rec = model.recommendation(row)
        self._push(commands.EditRecommendation(self.context.session.doc, rec, field, value))

    def add_recommendation(self) -> None:
        plan = self._plan
        if plan is None:
            return
        table = self.context.table
        count = table.plan_model.rowCount()
        row = table.current_row()
        index = row + 1 if row >= 0 else count
        rec = Recommendation(ref=f"Rec. {count + 1}")
        self._push(commands.InsertRecommendation(self.context.session.doc, plan.id, index, rec))

    def delete_recommendations(self) -> None:
        """Delete the selected rows (else the current one) in one undoable step."""
        plan = self._plan
        rows = self.context.table.selected_rows()
        if plan is None or not rows:
            return
        model = self.context.table.plan_model
        recs = [model.recommendation(r) for r in rows]
        self._push(commands.DeleteRecommendations(self.context.session.doc, plan.id, recs))

    def move_recommendation(self, step: int) -> None:
        table = self.context.table
        row = table.current_row()
        target = row + step
        if row < 0 or not 0 <= target < table.plan_model.rowCount():
            return
        rec = table.plan_model.recommendation(row)
        doc = self.context.session.doc
        self._push(commands.MoveRecommendations(doc, [rec.id], [row], step))

    def connect_details(self, details: DetailPanel) -> None:
        """Edits in the milestones, contacts and extra-columns panels become undo steps."""
        details.milestonesEdited.connect(
            lambda rec_id, old, new, text: self.set_list(rec_id, "milestones", old, new, text)
        )
        details.contactsEdited.connect(
            lambda rec_id, old, new, text: self.set_list(rec_id, "contacts", old, new, text)
        )
        details.extraEdited.connect(
            lambda *args: self._push(SetExtra(self.context.session.doc, *args))
        )

    def set_list(self, rec_id: int, attr: str, old: list, new: list, text: str) -> None:
        """A milestone or contact list edited in the detail panel."""
        self._push(commands.SetList(self.context.session.doc, rec_id, attr, old, new, text))
