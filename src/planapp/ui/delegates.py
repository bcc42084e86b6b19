"""Cell editors fit for each column.

Long text: a multi-line editor where Enter starts a new paragraph, Ctrl+Enter (or leaving the
cell) commits and Esc cancels. Dates: a line editor that shows, as you type, the calendar day
planapp reads from the text, or says it cannot read one (the text is kept either way).

Every column starts editing the same way, as in a spreadsheet: typing on a selected cell
replaces its text with what is typed; F2 or a double-click opens it with the cursor at the end.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.dates import parse_date
from planapp.domain.richtext import normalize
from planapp.ui.accessibility import announce, name_cell_editor
from planapp.ui.cell_states import LIGHT, IndicatorRole, colors_for
from planapp.ui.spelling import SpellingTextEdit
from planapp.ui.table_keys import release_tab
from planapp.ui.translation import long_date


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


FIND_PROPERTY = "findText"  # set on a view: its cells mark where this text occurs
MATCH_COLOR = QColor(LIGHT.match)


def match_document(text: str, needle: str, font: QFont, width: float) -> QTextDocument:
    """The cell's text laid out at ``width`` with every occurrence of ``needle`` (case
    ignored) marked; plain text in, so nothing in the cell is read as markup. A mark is
    drawn in dark text on its yellow whatever the palette, so it reads in a dark one too."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setPlainText(text)
    doc.setTextWidth(max(1.0, width))
    mark = QTextCharFormat()
    mark.setBackground(MATCH_COLOR)
    mark.setForeground(LIGHT.match_text)
    cursor = doc.find(needle, 0)
    while not cursor.isNull():
        cursor.mergeCharFormat(mark)
        cursor = doc.find(needle, cursor)
    return doc


def match_offset(text: str, needle: str, font: QFont, width: float) -> float:
    """How far down a cell of that width the first occurrence of ``needle`` is drawn."""
    doc = match_document(text, needle, font, width)
    cursor = doc.find(needle, 0)
    if cursor.isNull():
        return 0.0
    cursor.setPosition(cursor.selectionStart(), QTextCursor.MoveMode.MoveAnchor)
    block = cursor.block()
    line = block.layout().lineForTextPosition(cursor.positionInBlock())
    top = doc.documentLayout().blockBoundingRect(block).top()
    return top + (line.y() if line.isValid() else 0.0)


def paint_indicator(painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
    """A cell's state (unreadable date, overdue…) as a bar along its left edge, in the colour
    the model gives for the palette; the state is also the cell's accessible description."""
    color = index.data(IndicatorRole)
    if not isinstance(color, QColor):
        return
    width = max(3, option.fontMetrics.averageCharWidth() // 2)
    rect = option.rect
    painter.fillRect(rect.left(), rect.top(), width, rect.height(), color)


class HighlightingDelegate(QStyledItemDelegate):
    """Draws a cell as usual, or, when the view's find text occurs in it, with every
    occurrence marked (the cell's text drawn by a text document instead of the style);
    a cell's state as a bar at its left. Every editor is named after its cell."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            # Named context: subclasses share this text (self.tr would look in theirs).
            keys = QCoreApplication.translate(
                "HighlightingDelegate",
                "Enter: save · Tab: save and go to the next cell · Esc: cancel",
            )
            editor.setAccessibleDescription(keys)
        return self.named(editor, option, index)

    @staticmethod
    def named(editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        """``editor`` with the accessible name of its cell: column and row (see accessibility)."""
        name_cell_editor(editor, index, option.widget)
        return editor

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self._paint_text(painter, option, index)
        paint_indicator(painter, option, index)

    def _paint_text(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        view = option.widget
        needle = view.property(FIND_PROPERTY) if view is not None else None
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not needle or not isinstance(text, str) or needle.casefold() not in text.casefold():
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = view.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        rect = rect.adjusted(margin, 1, -margin, 0)
        doc = match_document(text, needle, opt.font, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()


def _is_commit_key(event: QEvent) -> bool:
    return (
        isinstance(event, QKeyEvent)
        and event.type() == QEvent.Type.KeyPress
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    )


def _tab_hint(event: QEvent) -> QStyledItemDelegate.EndEditHint | None:
    """Tab or Shift+Tab pressed in a cell editor: which cell to go to, else None."""
    if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
        return None
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return None  # Ctrl+Tab moves between the window's panes
    hints = QStyledItemDelegate.EndEditHint
    if event.key() == Qt.Key.Key_Backtab or (
        event.key() == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    ):
        return hints.EditPreviousItem
    return hints.EditNextItem if event.key() == Qt.Key.Key_Tab else None


class LongTextEditor(SpellingTextEdit):
    """Plain text only: pasted formatting is dropped, so no markup can enter a cell.
    Misspelled words are underlined, with corrections on right-click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAccessibleName(self.tr("Cell text"))
        keys = self.tr("Enter: new paragraph · Ctrl+Enter: save · Esc: cancel")
        self.setToolTip(keys)
        self.setAccessibleDescription(keys)


class LongTextDelegate(HighlightingDelegate):
    MIN_EDITOR_HEIGHT = 140

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        return self.named(LongTextEditor(parent), option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, LongTextEditor)
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
        cursor_to_end(editor)

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
        hint = _tab_hint(event)
        if hint is not None:
            # Qt leaves Tab to a text editor: here it saves the cell and moves on, whatever
            # the view does with Tab when no cell is being edited.
            assert isinstance(editor, QWidget)
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, hint)
            return True
        return super().eventFilter(editor, event)


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


class PlainLineDelegate(HighlightingDelegate):
    """Single-line fields (ref, milestone number, phone): whitespace trimmed on commit."""

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        super().setEditorData(editor, index)
        cursor_to_end(editor)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, " ".join(normalize(editor.text()).split()))
        else:
            super().setModelData(editor, model, index)
