"""Tables that edit like a spreadsheet.

Typing on a selected cell replaces its text with what is typed, whatever the column's editor;
F2 or a double-click opens it with the cursor at the end; Tab (or Shift+Tab) in an editor
saves the cell and selects the next (previous) one without opening it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from planapp.ui.table_keys import release_tab


def _text_widget(editor: QWidget) -> QWidget:
    while editor.focusProxy() is not None:
        editor = editor.focusProxy()
    return editor


def cursor_to_end(editor: QWidget) -> None:
    """F2 or a double-click: the whole text, the cursor after it (Qt selects a line edit's
    text when it opens; a spreadsheet does not). Done once the view has set the editor up."""

    def later() -> None:
        target = _text_widget(editor)
        if isinstance(target, QLineEdit):
            target.deselect()
            target.end(False)
        elif isinstance(target, QPlainTextEdit):
            target.moveCursor(target.textCursor().MoveOperation.End)

    QTimer.singleShot(0, editor, later)


class TypingStartsEdit(QObject):
    """A printable key on a selected, editable cell opens its editor with the typed text
    replacing the old, whatever the column's editor (view-level, so every column agrees)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = watched
        if (
            isinstance(view, QAbstractItemView)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and view.state() != QAbstractItemView.State.EditingState
            and event.text()
            and event.text().isprintable()
            and not event.modifiers()
            & (
                Qt.KeyboardModifier.ControlModifier
                | Qt.KeyboardModifier.AltModifier
                | Qt.KeyboardModifier.MetaModifier
            )
        ):
            index = view.currentIndex()
            if not index.isValid() or not (index.flags() & Qt.ItemFlag.ItemIsEditable):
                return False
            if not view.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, event):
                return False
            editor = view.indexWidget(index)
            if editor is None:
                return True
            target = _text_widget(editor)
            if isinstance(target, QLineEdit | QPlainTextEdit):
                target.selectAll()
            copy = QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), event.text())
            QApplication.sendEvent(target, copy)
            return True
        return super().eventFilter(watched, event)


def install_typing_edits(view: QAbstractItemView) -> None:
    """Make typing on a cell of ``view`` replace its text (see ``TypingStartsEdit``)."""
    view.installEventFilter(TypingStartsEdit(view))


class SheetView(QTableView):
    """A table that edits like a spreadsheet: typing replaces a cell's text, and Tab (or
    Shift+Tab) in an editor saves the cell and selects the next (previous) one without
    opening it, so the next keys go to that cell, not into the old text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_typing_edits(self)
        release_tab(self)  # Tab leaves the table when no cell is being edited

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        model = self.model()
        if event.type() == QEvent.Type.PaletteChange and hasattr(model, "set_palette"):
            model.set_palette(self.palette())  # light or dark: the cells' colours follow

    def closeEditor(self, editor: QWidget, hint: QStyledItemDelegate.EndEditHint) -> None:
        hints = QStyledItemDelegate.EndEditHint
        if hint not in (hints.EditNextItem, hints.EditPreviousItem):
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, hints.NoHint)
        action = (
            QAbstractItemView.CursorAction.MoveNext
            if hint == hints.EditNextItem
            else QAbstractItemView.CursorAction.MovePrevious
        )
        index = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
        if index.isValid():
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.setFocus(Qt.FocusReason.TabFocusReason)
