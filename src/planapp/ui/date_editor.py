"""The date cell's editor: a line of text and, under it, the calendar day planapp reads.

As you type, the line below says which day the text means, or that planapp cannot read one
(the text is kept either way); becoming unreadable is announced to a screen reader.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.dates import parse_date
from planapp.ui.accessibility import announce
from planapp.ui.cell_states import colors_for
from planapp.ui.delegates import HighlightingDelegate
from planapp.ui.sheet_view import cursor_to_end
from planapp.ui.translation import long_date


class DateEditor(QWidget):
    """A line of text and, under it, what planapp reads from it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("e.g. March 31, 2021 · Q2 2020-21 · FY 2024-25"))
        self.line.setAccessibleName(self.tr("Date as written"))
        # The label's text is its accessible name, so a screen reader hears the meaning;
        # the line's description repeats it, so it is heard in the editor too.
        self.meaning = QLabel(self)
        self.meaning.setTextFormat(Qt.TextFormat.PlainText)
        self.unreadable = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.meaning)
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(self._show_meaning)

    def text(self) -> str:
        return self.line.text().strip()

    def setText(self, text: str) -> None:
        self.line.setText(text)
        self._show_meaning(text)

    def _show_meaning(self, text: str) -> None:
        date = parse_date(text) if text.strip() else None
        unreadable = bool(text.strip()) and date is None
        if not text.strip():
            meaning = self.tr("No date")
        elif date:
            meaning = f"= {long_date(date, weekday=True)}"
        else:
            meaning = self.tr("Not a date planapp can read; kept as written")
        color = colors_for(self.palette()).warning_text.name() if unreadable else ""
        self.meaning.setStyleSheet(f"color: {color}" if color else "")
        self.meaning.setText(meaning)
        self.line.setAccessibleDescription(meaning)  # Qt tells AT: DescriptionChanged
        if unreadable and not self.unreadable:
            announce(self.meaning, meaning, assertive=True)  # becoming unreadable: said now
        self.unreadable = unreadable


class DateDelegate(HighlightingDelegate):
    """The view watches the editor widget, but keys and focus go to its line inside: the
    delegate watches the line itself for Enter, Tab, Esc and leaving the cell."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = DateEditor(parent)
        editor.line.installEventFilter(self)
        return self.named(editor, option, index)

    def _finish(
        self,
        editor: DateEditor,
        commit: bool,
        hint: QStyledItemDelegate.EndEditHint = QStyledItemDelegate.EndEditHint.NoHint,
    ) -> None:
        if editor.property("finished"):
            return  # Enter, then the focus-out of the closing editor: once is enough
        editor.setProperty("finished", True)
        if commit:
            self.commitData.emit(editor)
        self.closeEditor.emit(editor, hint)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        editor = obj.parent() if isinstance(obj, QLineEdit) else None
        if not isinstance(editor, DateEditor):
            return super().eventFilter(obj, event)
        hints = QStyledItemDelegate.EndEditHint
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._finish(editor, True)
                return True
            if key == Qt.Key.Key_Escape:
                self._finish(editor, False, hints.RevertModelCache)
                return True
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                hint = hints.EditNextItem if key == Qt.Key.Key_Tab else hints.EditPreviousItem
                self._finish(editor, True, hint)
                return True
        elif event.type() == QEvent.Type.FocusOut:
            focus = QApplication.focusWidget()
            if focus is None or not editor.isAncestorOf(focus):
                self._finish(editor, True)
        return False

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, DateEditor)
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        cursor_to_end(editor)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        assert isinstance(editor, DateEditor)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        rect = option.rect
        rect.setHeight(max(rect.height(), editor.sizeHint().height()))
        rect.setWidth(max(rect.width(), 260))
        editor.setGeometry(rect)
