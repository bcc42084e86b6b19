"""The selected recommendation's milestones, contacts and extra columns, as editable
sub-tables.

Each sub-table edits a copy of the list and asks for the whole new list to be stored
(``listEdited``); the window makes that one undoable command. The lists shown are reloaded
from the store's change notice, like the main table.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.followup import revision_note, revision_tooltip
from planapp.domain.plan import (
    Contact,
    ExtraColumn,
    Milestone,
    MilestoneStatus,
    Recommendation,
    WrittenDate,
)
from planapp.domain.richtext import normalize
from planapp.ui.content_fields import CONTACT_TEXTS, EXTRA_TEXTS, MILESTONE_TEXTS, PanelLanguage
from planapp.ui.delegates import (
    DateDelegate,
    LongTextDelegate,
    PlainLineDelegate,
    SheetView,
)
from planapp.ui.dialogs import plain_tooltip
from planapp.ui.plan_clipboard import list_clipboard

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Field:
    heading: str
    get: Callable[[Any], str]
    set: Callable[[Any, str], Any] | None  # returns a changed copy; None: read-only
    stretch: bool = False
    width: int = 110  # starting width in pixels of a column that does not stretch
    tip: Callable[[Any], str] | None = None  # the cell's tooltip, if any
    extra: Callable[[Any, int], Any] | None = None  # other roles of a cell (None: the usual)


def _text_field(name: str, heading: str, stretch: bool = False, width: int = 110) -> Field:
    return Field(
        heading,
        lambda item: getattr(item, name),
        lambda item, value: dataclasses.replace(item, **{name: normalize(value)}),
        stretch,
        width,
    )


def _date_field(name: str, heading: str) -> Field:
    return Field(
        heading,
        lambda item: getattr(item, name).text,
        lambda item, value: dataclasses.replace(item, **{name: WrittenDate.of(value)}),
        width=120,
    )


def _status_set(item: Milestone, value: str) -> Milestone:
    """A status from its value or its label, as typed or pasted ("Completed"); empty is
    "not started"; anything else is refused with the statuses that exist."""
    text = " ".join(str(value).split()).casefold() or MilestoneStatus.NOT_STARTED.value
    try:
        status = MilestoneStatus(text)
    except ValueError:
        names = ", ".join(s.label for s in MilestoneStatus)
        raise ValueError(f"“{value}” is not a milestone status ({names}).") from None
    if status == MilestoneStatus.COMPLETED and not item.completed_on.text:
        # Done today, most likely: filled in, and editable like any date.
        today = dt.date.today()
        done = WrittenDate.of(f"{today:%B} {today.day}, {today.year}")
        return dataclasses.replace(item, status=status, completed_on=done)
    return dataclasses.replace(item, status=status)


MILESTONE_FIELDS = [
    _text_field("number", "No.", width=56),
    _text_field("description", "Description", stretch=True),
    _date_field("due", "Due"),  # as written; the next column shows the day it means
    Field(
        "Reads as",
        lambda m: m.due.date.isoformat() if m.due.date else ("?" if m.due.unreadable else ""),
        None,
        width=86,
    ),
    Field("Status", lambda m: m.status.value, _status_set, width=96),
    _date_field("completed_on", "Completed on"),
    # Follow-up: the first date when revised (the reasons on hover).
    Field(
        "Revised",
        lambda m: revision_note(m.original_due, m.revisions),
        None,
        width=170,
        tip=lambda m: plain_tooltip(revision_tooltip(m.revisions)) if m.revisions else "",
    ),
]
CONTACT_FIELDS = [
    _text_field("organization", "Organization", width=70),
    _text_field("name", "Name", stretch=True),  # names and positions share the room
    _text_field("title", "Position", stretch=True),
    _text_field("phone", "Tel #", width=95),
    _text_field("email", "Email", width=110),
]


def _set_heading(item: ExtraColumn, value: str) -> ExtraColumn:
    return dataclasses.replace(item, heading=" ".join(value.split()))


# An imported column that maps to no template field: its heading and this row's text.
EXTRA_FIELDS = [
    Field("Heading", lambda e: e.heading, _set_heading, width=160),
    _text_field("text", "Text", stretch=True),
]


class ListTableModel(QAbstractTableModel):
    listEdited = Signal(list, str)  # the new list, the undo text

    def __init__(self, fields: list[Field], noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.noun = noun
        self.items: list[Any] = []

    def set_items(self, items: list[Any]) -> None:
        """Show a new list. The same number of rows is an update in place, not a reset: the
        view keeps its current cell, its selection and an editor moving on with Tab."""
        if len(items) == len(self.items) and self.items:
            self.items = list(items)
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.items) - 1, len(self.fields) - 1)
            )
            return
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.fields[section].heading
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        extra = self.fields[index.column()].extra
        if extra is not None and (value := extra(self.items[index.row()], role)) is not None:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.fields[index.column()].get(self.items[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if role == Qt.ItemDataRole.ToolTipRole and self.fields[index.column()].tip is not None:
            return self.fields[index.column()].tip(self.items[index.row()]) or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.fields[index.column()].set is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = self.fields[index.column()]
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or field.set is None:
            return False
        if field.get(self.items[index.row()]) == value:
            return False
        new = copy.deepcopy(self.items)
        new[index.row()] = field.set(new[index.row()], str(value))
        self.listEdited.emit(new, f"Edit {self.noun} {field.heading}")
        return True


class StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for status in MilestoneStatus:
            combo.addItem(status.label, status.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


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
        super().__init__(title, parent)
        self.make = make
        self.noun = noun
        self.model = ListTableModel(fields, noun, self)
        self.model.listEdited.connect(self.listEdited)
        self.view = SheetView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(title)
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

        self.buttons = QHBoxLayout()
        self.add_action = self._button(f"Add {noun}", "list-add", self.add_item, "Insert")
        self.delete_action = self._button(
            f"Delete {noun}", "list-remove", self.delete_item, "Ctrl+Del"
        )  # Delete alone clears the selected cells, as in a spreadsheet
        self.up_action = self._button(
            "Move Up", "go-up", lambda: self.move_item(-1), "Ctrl+Shift+Up"
        )
        self.down_action = self._button(
            "Move Down", "go-down", lambda: self.move_item(1), "Ctrl+Shift+Down"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view)
        self.buttons.addStretch(1)
        self.setEnabled(False)

    def _button(self, text: str, icon: str, slot: Callable[[], None], shortcut: Any) -> QAction:
        from PySide6.QtGui import QIcon

        action = QAction(QIcon.fromTheme(icon), text, self)
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
        self.listEdited.emit(new, f"Add {self.noun}")
        self.view.setCurrentIndex(self.model.index(row, 0))

    def delete_item(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        new = copy.deepcopy(self.model.items)
        del new[row]
        self.listEdited.emit(new, f"Delete {self.noun}")
        if new:
            self.view.setCurrentIndex(self.model.index(min(row, len(new) - 1), 0))

    def move_item(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < len(self.model.items):
            return
        new = copy.deepcopy(self.model.items)
        new.insert(target, new.pop(row))
        self.listEdited.emit(new, f"Move {self.noun}")
        self.view.setCurrentIndex(self.model.index(target, 0))


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
            "Key Interim Milestones",
            self.language.fields(MILESTONE_FIELDS, MILESTONE_TEXTS),
            "Milestone",
            self._new_milestone,
            self,
        )
        self.renumber_action = self.milestones._button(
            "Renumber", "format-list-ordered", self.renumber, "Ctrl+Shift+R"
        )
        # Follow-up dialogs (revision reasons, progress), given by the window: see followup_hooks.
        self.hooks: Any = None
        self.progress_action = self.milestones._button(
            "Progress…", "document-edit", self.record_progress, "Ctrl+Shift+G"
        )
        self.revise_action = self.milestones._button(
            "Revise Date…", "x-office-calendar", self.revise_due, "Ctrl+Shift+D"
        )
        self.status_action = self.milestones._button(
            "Status…", "dialog-information", self.recommendation_status, "Ctrl+Shift+T"
        )
        view = self.milestones.view
        view.setItemDelegateForColumn(0, PlainLineDelegate(view))
        view.setItemDelegateForColumn(1, LongTextDelegate(view))
        view.setItemDelegateForColumn(2, DateDelegate(view))
        view.setItemDelegateForColumn(4, StatusDelegate(view))
        view.setItemDelegateForColumn(5, DateDelegate(view))
        self.contacts = ListEditor(
            "Responsible Organization / Point of Contact",
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
            "Extra Columns",
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
        layout.addWidget(self.milestones, 3)
        layout.addWidget(self.contacts, 2)
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
            self._replace_current_milestone(self.hooks.progress, "Record Progress")

    def recommendation_status(self) -> None:
        """Status…: the recommendation's own status and its outside assessments."""
        if self.hooks is not None and self.rec is not None:
            self.hooks.recommendation_status()

    def revise_due(self) -> None:
        """Milestones ▸ Revise Date…: change the due date keeping the first one and why."""
        if self.hooks is not None:
            self._replace_current_milestone(self.hooks.revise, "Revise Due Date")

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
        title = f" — {rec.ref}" if rec and rec.ref else ""
        self.milestones.setTitle(f"Key Interim Milestones{title}")
        self.contacts.setTitle(f"Responsible Organization / Point of Contact{title}")
        self.extra.setTitle(f"Extra Columns{title}")

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
            self.milestonesEdited.emit(self.rec.id, self.rec.milestones, new, "Renumber Milestones")
