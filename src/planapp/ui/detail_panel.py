"""The selected recommendation's milestones, contacts and extra columns, as editable
sub-tables.

Each sub-table edits a copy of the list and asks for the whole new list to be stored
(``listEdited``); the window makes that one undoable command. The lists shown are reloaded
from the store's change notice, like the main table.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QWidget

from planapp.domain.plan import Contact, ExtraColumn, Milestone, Recommendation
from planapp.ui.content_fields import CONTACT_TEXTS, EXTRA_TEXTS, MILESTONE_TEXTS, PanelLanguage
from planapp.ui.date_editor import DateDelegate
from planapp.ui.delegates import LongTextDelegate, PlainLineDelegate
from planapp.ui.list_editor import LIST_EDIT_TRIGGERS, ListEditor, recommendation_number, renumbered
from planapp.ui.list_fields import CONTACT_FIELDS, EXTRA_FIELDS, MILESTONE_FIELDS
from planapp.ui.list_model import StatusDelegate


class DetailPanel(QWidget):
    milestonesEdited = Signal(int, list, list, str)  # rec id, old, new, undo text
    contactsEdited = Signal(int, list, list, str)
    extraEdited = Signal(int, list, list, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rec: Recommendation | None = None
        self.row = 0
        self.language = PanelLanguage()  # the content language the tables show
        self.milestones = ListEditor(
            QT_TRANSLATE_NOOP("ListEditor", "Key Interim Milestones"),
            self.language.fields(MILESTONE_FIELDS, MILESTONE_TEXTS),
            "Milestone",
            self._new_milestone,
            self,
        )
        self.renumber_action = self.milestones._button(
            QT_TRANSLATE_NOOP("ListEditor", "Renumber"),
            "format-list-ordered",
            self.renumber,
            "Ctrl+Shift+R",
        )
        # Follow-up dialogs (revision reasons, progress), given by the window: see followup_hooks.
        self.hooks: Any = None
        self.progress_action = self.milestones._button(
            QT_TRANSLATE_NOOP("ListEditor", "Progress…"),
            "document-edit",
            self.record_progress,
            "Ctrl+Shift+M",
        )
        self.revise_action = self.milestones._button(
            QT_TRANSLATE_NOOP("ListEditor", "Revise Date…"),
            "x-office-calendar",
            self.revise_due,
            "Ctrl+Shift+D",
        )
        self.status_action = self.milestones._button(
            QT_TRANSLATE_NOOP("ListEditor", "Status…"),
            "dialog-information",
            self.recommendation_status,
            "Ctrl+Shift+T",
        )
        view = self.milestones.view
        view.setItemDelegateForColumn(0, PlainLineDelegate(view))
        view.setItemDelegateForColumn(1, LongTextDelegate(view))
        view.setItemDelegateForColumn(2, DateDelegate(view))
        view.setItemDelegateForColumn(4, StatusDelegate(view))
        view.setItemDelegateForColumn(5, DateDelegate(view))
        self.contacts = ListEditor(
            QT_TRANSLATE_NOOP("ListEditor", "Responsible Organization / Point of Contact"),
            self.language.fields(CONTACT_FIELDS, CONTACT_TEXTS),
            "Contact",
            Contact,
            self,
        )
        for col in range(len(CONTACT_FIELDS)):
            self.contacts.view.setItemDelegateForColumn(col, PlainLineDelegate(self.contacts.view))
        self.milestones.listEdited.connect(
            lambda new, text: self._emit(self.milestonesEdited, "milestones", new, text)
        )
        self.contacts.listEdited.connect(
            lambda new, text: self._emit(self.contactsEdited, "contacts", new, text)
        )
        # Shown for recommendations that have extra columns (imported plans).
        self.extra = ListEditor(
            QT_TRANSLATE_NOOP("ListEditor", "Extra Columns"),
            self.language.fields(EXTRA_FIELDS, EXTRA_TEXTS),
            "Extra Column",
            ExtraColumn,
            self,
        )
        self.extra.view.setItemDelegateForColumn(0, PlainLineDelegate(self.extra.view))
        self.extra.view.setItemDelegateForColumn(1, LongTextDelegate(self.extra.view))
        self.extra.listEdited.connect(
            lambda new, text: self._emit(self.extraEdited, "extra", new, text)
        )
        self.extra.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Milestone descriptions are the long text here: that panel gets the larger share.
        layout.addWidget(self.milestones, 5)
        layout.addWidget(self.contacts, 3)
        layout.addWidget(self.extra, 2)

    def _emit(self, signal: Any, attr: str, new: list, text: str) -> None:
        if self.rec is not None:
            if attr == "milestones" and self.hooks is not None:
                new = self.hooks.track_due_changes(self.rec.milestones, new)
                if new is None:
                    return  # the user cancelled the reason: nothing changes
            signal.emit(self.rec.id, getattr(self.rec, attr), new, text)

    def _replace_current_milestone(
        self, ask: Callable[[Milestone], Milestone | None], text: str
    ) -> None:
        row = self.milestones.current_row()
        if self.rec is None or self.hooks is None or row < 0:
            return
        changed = ask(self.rec.milestones[row])
        if changed is not None:
            new = copy.deepcopy(self.rec.milestones)
            new[row] = changed
            self.milestonesEdited.emit(self.rec.id, self.rec.milestones, new, text)

    def record_progress(self) -> None:
        """Milestones ▸ Progress…: add (or correct) a progress entry of the current milestone."""
        if self.hooks is not None:
            self._replace_current_milestone(self.hooks.progress, self.tr("Record Progress"))

    def recommendation_status(self) -> None:
        """Status…: the recommendation's own status and its outside assessments."""
        if self.hooks is not None and self.rec is not None:
            self.hooks.recommendation_status()

    def revise_due(self) -> None:
        """Milestones ▸ Revise Date…: change the due date keeping the first one and why."""
        if self.hooks is not None:
            self._replace_current_milestone(self.hooks.revise, self.tr("Revise Due Date"))

    def show_recommendation(self, rec: Recommendation | None, row: int = 0) -> None:
        self.rec, self.row = rec, row
        self.milestones.setEnabled(rec is not None)
        self.contacts.setEnabled(rec is not None)
        self.extra.setEnabled(rec is not None)
        self.extra.setVisible(bool(rec and rec.extra))
        for editor, items in (
            (self.milestones, rec.milestones if rec else []),
            (self.contacts, rec.contacts if rec else []),
            (self.extra, rec.extra if rec else []),
        ):
            # The same cell stays current (and focused) after an edit reloads the list.
            current = editor.view.currentIndex()
            focused = editor.view.hasFocus()
            editor.model.set_items(items)
            if current.isValid() and not editor.view.currentIndex().isValid():
                row = min(current.row(), editor.model.rowCount() - 1)
                if row >= 0:
                    editor.view.setCurrentIndex(editor.model.index(row, current.column()))
            if focused and not editor.view.hasFocus() and editor.isEnabled():
                editor.view.setFocus()
        ref = rec.ref if rec and rec.ref else ""
        for editor in (self.milestones, self.contacts, self.extra):
            editor.set_ref(ref)
        for editor in (self.milestones, self.contacts, self.extra):
            editor.view.setAccessibleName(editor.title())  # which recommendation's list

    def set_read_only(self, read_only: bool) -> None:
        """A read-only document: the lists can be read and selected, not edited."""
        for editor in (self.milestones, self.contacts):
            editor.view.setEditTriggers(
                QAbstractItemView.EditTrigger.NoEditTriggers if read_only else LIST_EDIT_TRIGGERS
            )
            for action in (
                editor.add_action,
                editor.delete_action,
                editor.up_action,
                editor.down_action,
            ):
                action.setEnabled(not read_only)
        self.renumber_action.setEnabled(not read_only)
        self.progress_action.setEnabled(not read_only)
        self.revise_action.setEnabled(not read_only)
        self.status_action.setEnabled(not read_only)

    def _new_milestone(self) -> Milestone:
        """A new milestone numbered after the recommendation's last one ("2.3" after "2.2")."""
        if self.rec is None:
            return Milestone()
        prefix = recommendation_number(self.rec, self.row)
        pattern = re.compile(rf"^\s*{re.escape(prefix)}\.(\d+)")
        taken = [int(m.group(1)) for x in self.rec.milestones if (m := pattern.match(x.number))]
        return Milestone(number=f"{prefix}.{max(taken, default=len(self.rec.milestones)) + 1}")

    def renumber(self) -> None:
        if self.rec is None or not self.rec.milestones:
            return
        new = renumbered(self.rec.milestones, recommendation_number(self.rec, self.row))
        if new != self.rec.milestones:
            self.milestonesEdited.emit(
                self.rec.id, self.rec.milestones, new, self.tr("Renumber Milestones")
            )
