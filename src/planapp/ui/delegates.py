"""Cell editors fit for each column.

Long text: a multi-line editor where Enter starts a new paragraph, Ctrl+Enter (or leaving the
cell) commits and Esc cancels. Dates: a line editor that shows, as you type, the calendar day
planapp reads from the text, or says it cannot read one (the text is kept either way).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.dates import parse_date
from planapp.domain.richtext import normalize


def _is_commit_key(event: QEvent) -> bool:
    return (
        isinstance(event, QKeyEvent)
        and event.type() == QEvent.Type.KeyPress
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    )


class LongTextEditor(QPlainTextEdit):
    """Plain text only: pasted formatting is dropped, so no markup can enter a cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAccessibleName("Cell text")
        self.setToolTip("Enter: new paragraph · Ctrl+Enter: save · Esc: cancel")


class LongTextDelegate(QStyledItemDelegate):
    MIN_EDITOR_HEIGHT = 140

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        return LongTextEditor(parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, LongTextEditor)
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        assert isinstance(editor, LongTextEditor)
        model.setData(index, normalize(editor.toPlainText()), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        rect = option.rect
        rect.setHeight(max(rect.height(), self.MIN_EDITOR_HEIGHT))
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if _is_commit_key(event):
            assert isinstance(editor, QWidget)
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)


class DateEditor(QWidget):
    """A line of text and, under it, what planapp reads from it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText("e.g. March 31, 2021 · Q2 2020-21 · FY 2024-25")
        self.line.setAccessibleName("Date as written")
        self.meaning = QLabel(self)
        self.meaning.setAccessibleName("Date planapp reads")
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
        if not text.strip():
            self.meaning.setText("No date")
            return
        date = parse_date(text)
        if date:
            self.meaning.setText(f"= {date:%A %B} {date.day}, {date.year}")
            self.meaning.setStyleSheet("")
        else:
            self.meaning.setText("Not a date planapp can read; kept as written")
            self.meaning.setStyleSheet("color: #b3261e")


class DateDelegate(QStyledItemDelegate):
    """The view watches the editor widget, but keys and focus go to its line inside: the
    delegate watches the line itself for Enter, Tab, Esc and leaving the cell."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = DateEditor(parent)
        editor.line.installEventFilter(self)
        return editor

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


class PlainLineDelegate(QStyledItemDelegate):
    """Single-line fields (ref, milestone number, phone): whitespace trimmed on commit."""

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, " ".join(normalize(editor.text()).split()))
        else:
            super().setModelData(editor, model, index)
