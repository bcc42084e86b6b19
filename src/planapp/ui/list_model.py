"""The Qt model of one sub-table (a list of milestones, contacts or extra columns): it edits
a copy of the list and asks for the whole new list to be stored; and the status editor."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from planapp.domain.plan import MilestoneStatus
from planapp.ui.accessibility import list_heading, name_cell_editor
from planapp.ui.cell_states import STATE_ROLES, colors_for, state_data
from planapp.ui.list_fields import Field, heading, step_text
from planapp.ui.translation import on_language_change

Index = QModelIndex | QPersistentModelIndex

_DISPLAY, _EDIT = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole)
_ALIGNMENT, _TIP = int(Qt.ItemDataRole.TextAlignmentRole), int(Qt.ItemDataRole.ToolTipRole)
_TOP_LEFT = int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
# The roles a cell answers (a field's ``extra`` included): Qt asks each cell for a dozen roles
# every time it measures the rows, and the others are answered None at once.
ANSWERED_ROLES = frozenset(
    {_DISPLAY, _EDIT, _ALIGNMENT, _TIP, int(Qt.ItemDataRole.ForegroundRole)}
    | {int(role) for role in STATE_ROLES}
)


class ListTableModel(QAbstractTableModel):
    listEdited = Signal(list, str)  # the new list, the undo text

    def __init__(self, fields: list[Field], noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self._retranslate)
        self.fields = fields
        self.noun = noun
        self.items: list[Any] = []
        self.today = dt.date.today()  # what "overdue" is measured from
        self.colors = colors_for(QGuiApplication.palette())

    def _retranslate(self) -> None:
        """Headings and the cells that show a label (a milestone's status) in the new
        interface language: the view paints and measures them again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.fields) - 1)
        self._all_changed()

    def _all_changed(self) -> None:
        if self.items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.items) - 1, len(self.fields) - 1)
            )

    def set_palette(self, palette: QPalette) -> None:
        """Light or dark: the state bars follow the palette (see cell_states)."""
        self.colors = colors_for(palette)
        self._all_changed()

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
                return heading(self.fields[section])
            return str(section + 1)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return list_heading(self, section, orientation)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        extra = self.fields[index.column()].extra
        if extra is not None and (value := extra(self.items[index.row()], role)) is not None:
            return value
        if role in (_DISPLAY, _EDIT):
            return self.fields[index.column()].get(self.items[index.row()])
        if role == _ALIGNMENT:
            return _TOP_LEFT
        if role == _TIP and self.fields[index.column()].tip is not None:
            return self.fields[index.column()].tip(self.items[index.row()]) or None
        states = self.fields[index.column()].states
        if states is not None and (role in STATE_ROLES or role == Qt.ItemDataRole.ToolTipRole):
            # A state bar's meaning on hover too (ToolTipRole), for those who see the bar.
            shown = states(self.items[index.row()], self.today)
            if role == Qt.ItemDataRole.ToolTipRole:
                role = Qt.ItemDataRole.AccessibleDescriptionRole
            return state_data(shown, role, self.colors)
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
        self.listEdited.emit(new, step_text(self.noun, "edit", field=heading(field)))
        return True


class StatusDelegate(QStyledItemDelegate):
    """The milestone statuses to choose from, by their labels in the interface language:
    the cell shows the label, and the model stores the status's own word."""

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for status in MilestoneStatus:
            combo.addItem(status.label, status.value)
        name_cell_editor(combo, index, option.widget)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        status = MilestoneStatus.from_text(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.setCurrentIndex(max(0, editor.findData(status.value if status else None)))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        # The label, as the cell shows it: choosing the status already there changes nothing.
        model.setData(index, editor.currentText())
