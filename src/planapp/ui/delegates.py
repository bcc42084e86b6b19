"""How cells are drawn and edited: find marks, state bars, text and single-line editors.

Long text: a multi-line editor where Enter starts a new paragraph, Ctrl+Enter (or leaving the
cell) commits and Esc cancels. Single lines (ref, number, phone) are trimmed on commit. Dates
have their own editor (:mod:`planapp.ui.date_editor`); every column starts editing the same
way, as in a spreadsheet (:mod:`planapp.ui.sheet_view`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
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
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planapp.domain.richtext import normalize
from planapp.ui.accessibility import name_cell_editor
from planapp.ui.cell_states import LIGHT, IndicatorRole
from planapp.ui.sheet_view import cursor_to_end
from planapp.ui.spelling import SpellingTextEdit

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
