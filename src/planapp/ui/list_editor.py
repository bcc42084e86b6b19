"""A titled sub-table with its Add, Delete, Move Up and Move Down buttons, and milestone
renumbering under the recommendation's number."""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.plan import Milestone, Recommendation
from planapp.ui.flow_layout import FlowLayout
from planapp.ui.fonts import min_rows
from planapp.ui.list_fields import STEP_TEXTS, Field, step_text
from planapp.ui.list_model import ListTableModel
from planapp.ui.plan_clipboard import list_clipboard
from planapp.ui.sheet_view import SheetView
from planapp.ui.translation import Texts


def renumbered(milestones: list[Milestone], prefix: str) -> list[Milestone]:
    """``prefix.1``, ``prefix.2``…, keeping a letter suffix such as "3.4 a)" where there is one."""
    out: list[Milestone] = []
    n = 0
    last_base = None
    for m in milestones:
        match = re.match(r"^\s*[\d.]*\d\s*([a-z]\))\s*$", m.number or "")
        base_key = re.sub(r"\s*[a-z]\)\s*$", "", m.number or "")
        if match and base_key == last_base:
            out.append(dataclasses.replace(m, number=f"{prefix}.{n} {match.group(1)}"))
            continue
        n += 1
        last_base = base_key
        suffix = f" {match.group(1)}" if match else ""
        out.append(dataclasses.replace(m, number=f"{prefix}.{n}{suffix}"))
    return out


def recommendation_number(rec: Recommendation, row: int) -> str:
    """The number milestones are renumbered under: digits of the ref ("Rec. 3" → 3), else row."""
    match = re.search(r"\d+(?:\.\d+)*", rec.ref)
    return match.group(0) if match else str(row + 1)


LIST_EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


class ListEditor(QGroupBox):
    """A titled sub-table with Add, Delete, Move Up and Move Down buttons."""

    listEdited = Signal(list, str)
    messageRequested = Signal(str)  # a paste that does not fit, said to the user

    def __init__(
        self,
        title: str,
        fields: list[Field],
        noun: str,
        make: Callable[[], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.make = make
        self.noun = noun
        self.title_source, self.title_ref = title, ""  # title: a ListEditor source text
        self.texts = Texts("ListEditor", self)
        self.model = ListTableModel(fields, noun, self)
        self.model.listEdited.connect(self.listEdited)
        self.view = SheetView(self)
        self.view.setModel(self.model)
        self.texts.bind(self.view.setAccessibleName, title)
        self._show_title()
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.clipboard = list_clipboard(
            self.view,
            lambda: self.model.items,
            fields,
            make,
            self.listEdited.emit,
            self.messageRequested.emit,
        )
        self.view.setEditTriggers(LIST_EDIT_TRIGGERS)
        header = self.view.horizontalHeader()
        # The long column takes the room; the others fit their heading and content.
        for col, field in enumerate(fields):
            mode = QHeaderView.ResizeMode.Stretch if field.stretch else None
            header.setSectionResizeMode(col, mode or QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        min_rows(self.view, 2)  # whatever the font: the heading and two lines show

        self.buttons = FlowLayout()  # wraps with a large font rather than widen the window
        steps = STEP_TEXTS[noun]
        self.add_action = self._button(steps["add"], "list-add", self.add_item, "Insert")
        self.delete_action = self._button(
            steps["delete"], "list-remove", self.delete_item, "Ctrl+Del"
        )  # Delete alone clears the selected cells, as in a spreadsheet
        self.up_action = self._button(
            QT_TRANSLATE_NOOP("ListEditor", "Move Up"),
            "go-up",
            lambda: self.move_item(-1),
            "Ctrl+Shift+Up",
        )
        self.down_action = self._button(
            QT_TRANSLATE_NOOP("ListEditor", "Move Down"),
            "go-down",
            lambda: self.move_item(1),
            "Ctrl+Shift+Down",
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view)
        self.setEnabled(False)

    def set_ref(self, ref: str) -> None:
        """Title the sub-table with the recommendation it shows ("… — Rec. 1")."""
        self.title_ref = ref
        self._show_title()

    def _show_title(self) -> None:
        title = self.tr(self.title_source)
        if self.title_ref:
            title = self.tr("{title} — {ref}").format(title=title, ref=self.title_ref)
        self.setTitle(title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_title()
        super().changeEvent(event)

    def _button(self, text: str, icon: str, slot: Callable[[], None], shortcut: Any) -> QAction:
        """A button and its action; ``text`` is a ListEditor source text."""
        from PySide6.QtGui import QIcon

        action = QAction(QIcon.fromTheme(icon), "", self)
        self.texts.bind(action.setText, text)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.buttons.addWidget(button)
        return action

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add_item(self) -> None:
        new = copy.deepcopy(self.model.items)
        row = self.current_row() + 1 if self.current_row() >= 0 else len(new)
        new.insert(row, self.make())
        self.listEdited.emit(new, step_text(self.noun, "add"))
        self.view.setCurrentIndex(self.model.index(row, 0))

    def delete_item(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        new = copy.deepcopy(self.model.items)
        del new[row]
        self.listEdited.emit(new, step_text(self.noun, "delete"))
        if new:
            self.view.setCurrentIndex(self.model.index(min(row, len(new) - 1), 0))

    def move_item(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < len(self.model.items):
            return
        new = copy.deepcopy(self.model.items)
        new.insert(target, new.pop(row))
        self.listEdited.emit(new, step_text(self.noun, "move"))
        self.view.setCurrentIndex(self.model.index(target, 0))
