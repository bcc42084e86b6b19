"""The plan table: its editors, rows grown to their text, and columns fitted to its width.

Rows are fitted as they come into view (the rows on screen first, so the first paint shows
them whole), which keeps a 10,000-row plan as quick to show as a short one. Columns follow the
template's proportions of the table's width until the user sets a width.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHelpEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from planapp.domain.fields import FIELDS, FieldKind
from planapp.domain.template import DEFAULT_WIDTHS, Column
from planapp.ui.content_columns import column_of, second_section
from planapp.ui.date_editor import DateDelegate
from planapp.ui.delegates import HighlightingDelegate, LongTextDelegate, PlainLineDelegate
from planapp.ui.dialogs import plain_tooltip
from planapp.ui.plan_model import PlanTableModel
from planapp.ui.sheet_view import SheetView
from planapp.ui.wrapping_header import WrappingHeader

MIN_COLUMN_WIDTH = 70  # at the default font; a larger font widens it (see min_column_width)
FIT_ALL_ROWS_LIMIT = 300  # above this, rows are fitted as they scroll into view
FIT_CHUNK = 25  # rows below the screen fitted per idle round
COMPACT_LINES = 4  # a compact row shows this many lines; the rest on hover and in the pane
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


class PlanTableView(SheetView):
    rowShown = Signal(int)  # the current row (-1 for none), also when it is chosen again

    def __init__(self, model: PlanTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_model = model
        self._fitted_rows: set[int] = set()
        self.auto_widths = True  # columns follow the table's width until the user sets one
        self.compact = False  # rows cut to a few lines, so a whole plan can be scanned
        self._fitting_columns = 0  # > 0: widths set by the table itself, not by the user
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)

        self.setObjectName("planTable")
        self.setAccessibleName(self.tr("Recommendations"))
        self.setAccessibleDescription(
            self.tr("The plan: one row per recommendation, in the template's eight columns")
        )
        self.setHorizontalHeader(WrappingHeader(self))
        self.setModel(model)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(EDIT_TRIGGERS)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # No TextWordWrap here: with it QHeaderView.restoreState() refuses every saved state.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.fit_height()  # and again whenever a section is resized: see WrappingHeader
        header.sectionResized.connect(self._section_resized)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.schedule_fit())
        editors = {
            FieldKind.TEXT: LongTextDelegate,
            FieldKind.LINE: PlainLineDelegate,
            FieldKind.DATE: DateDelegate,
        }
        for field in FIELDS:
            if field.kind in editors:
                self.setItemDelegateForColumn(field.column, editors[field.kind](self))
                second = second_section(field.column)
                if second is not None:
                    self.setItemDelegateForColumn(second, editors[field.kind](self))
        for column in (Column.MILESTONES, Column.CONTACTS):
            self.setItemDelegateForColumn(column, HighlightingDelegate(self))
        self.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.rowShown.emit(
                current.row() if current.isValid() else -1
            )
        )
        model.planChanged.connect(lambda: self.schedule_fit(reset=True))
        model.dataChanged.connect(self._rows_changed)
        model.contentViewChanged.connect(self.show_content_columns)
        self.show_content_columns()

    def set_read_only(self, read_only: bool) -> None:
        """A read-only document: cells can be read and selected, not edited."""
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else EDIT_TRIGGERS
        )

    # -- rows and selection ------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def selected_rows(self) -> list[int]:
        """The rows with a selected cell, else the current row, in order."""
        rows = {i.row() for i in self.selectionModel().selectedIndexes()}
        return sorted(rows or ({self.current_row()} - {-1}))

    def select_row(self, row: int, column: int | None = None) -> None:
        """Make ``row`` the only selected row, keeping the current column."""
        count = self.plan_model.rowCount()
        if not count:
            return
        if column is None:
            current = self.currentIndex()
            column = current.column() if current.isValid() else 0
        row = max(0, min(row, count - 1))
        index = self.plan_model.index(row, column)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)
        self.rowShown.emit(row)

    # -- fitting rows to their text ----------------------------------------------------------

    def schedule_fit(self, reset: bool = False) -> None:
        if reset:
            self._fitted_rows.clear()
        self._fit_timer.start()

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex, *_: Any) -> None:
        for row in range(top.row(), bottom.row() + 1):
            self._fitted_rows.discard(row)
        self.schedule_fit()

    def _fit_rows(self) -> None:
        """Grow rows to their text: the rows on screen first, so the first paint shows them
        whole; then every other row of a normal plan (those above the screen at once, those
        below a few per idle round); a huge plan's rows as they scroll into view."""
        count = self.plan_model.rowCount()
        if not count:
            return
        # From the first visible row down, until fitted rows fill the screen and half again
        # (rows are far taller once fitted than before, so a count of rows would overshoot).
        # Walked in the order shown: a sorted view's rows are not in model order.
        rows = self.verticalHeader().logicalIndex
        first = self.verticalHeader().visualIndex(max(0, self.rowAt(0)))
        bottom = self.viewport().height() * 1.5
        y = self.rowViewportPosition(rows(first))
        visual = first
        while visual < count and y < bottom:
            row = rows(visual)
            self._fit_row(row)
            if not self.isRowHidden(row):
                y += self.rowHeight(row)
            visual += 1
        if count > FIT_ALL_ROWS_LIMIT or len(self._fitted_rows) >= count:
            return
        for above in range(first):
            self._fit_row(rows(above))
        below = [rows(v) for v in range(visual, count) if rows(v) not in self._fitted_rows][
            :FIT_CHUNK
        ]
        for r in below:
            self._fit_row(r)
        if len(self._fitted_rows) < count:
            self._fit_timer.start()  # the next few once pending events are handled

    def fit_row(self, row: int) -> None:
        """Grow ``row`` to its text now, and the rows shown above it (in a plan small
        enough to fit whole): a place inside it scrolled to then stays where it is."""
        if self.plan_model.rowCount() <= FIT_ALL_ROWS_LIMIT:
            header = self.verticalHeader()
            for visual in range(header.visualIndex(row)):
                self._fit_row(header.logicalIndex(visual))
        self._fit_row(row)

    def _fit_row(self, row: int) -> None:
        if row not in self._fitted_rows:
            self.resizeRowToContents(row)
            if self.compact:
                self.setRowHeight(row, min(self.rowHeight(row), self.compact_height()))
            self._fitted_rows.add(row)

    # -- compact rows ------------------------------------------------------------------------

    def compact_height(self) -> int:
        return self.fontMetrics().lineSpacing() * COMPACT_LINES + 8

    def set_compact(self, compact: bool) -> None:
        """Rows of at most a few lines (the whole text on hover), or grown to their text."""
        self.compact = compact
        self.schedule_fit(reset=True)
        self._fit_rows()

    def is_clipped(self, index: QModelIndex) -> bool:
        """Whether a compact row cuts this cell's text short."""
        if not self.compact or not index.isValid():
            return False
        delegate = self.itemDelegateForIndex(index)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        # As sizeHintForRow() sets it: the style wraps the text only in a valid rectangle.
        option.rect.setRect(0, 0, self.columnWidth(index.column()), self.rowHeight(index.row()))
        return delegate.sizeHint(option, index).height() > self.rowHeight(index.row())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.compact:
            assert isinstance(event, QHelpEvent)
            index = self.indexAt(event.pos())
            if self.is_clipped(index):
                text = index.data(Qt.ItemDataRole.DisplayRole) or ""
                QToolTip.showText(event.globalPos(), plain_tooltip(text), self.viewport())
                return True
        return super().viewportEvent(event)

    # -- columns -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Not while the table sets its own widths: a section being hidden still has its size
        # then, and fitting it would leave a hidden column taking width (a blank column).
        if self.auto_widths and not self._fitting_columns:
            self.fit_columns_to_width()  # the window was resized or the panels moved

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.auto_widths:
            self.fit_columns_to_width()

    def min_column_width(self, column: int, whole_words: bool = True) -> int:
        """No narrower than its heading's longest word (or, when the table is too narrow for
        every heading's words, ten characters of it) nor 70 pixels of the default font,
        measured in the font shown: a larger system font widens every column."""
        header = self.horizontalHeader()
        scaled = MIN_COLUMN_WIDTH * self.fontMetrics().averageCharWidth() // 7
        if isinstance(header, WrappingHeader):
            return max(scaled, header.minimum_width(column, whole_words))
        return scaled

    def _section_resized(self, *_: Any) -> None:
        if not self._fitting_columns:
            self.auto_widths = False  # the user set a width: keep theirs from now on
        self.schedule_fit(reset=True)

    def show_content_columns(self) -> None:
        """The columns of the content language shown: in "both", each translated column's
        second copy beside the first; otherwise only the template's eight."""
        header = self.horizontalHeader()
        view = self.plan_model.view
        for visual, section in enumerate(view.visual_order()):
            if header.visualIndex(section) != visual:
                header.moveSection(header.visualIndex(section), visual)
        changed = False
        batch = header.resizing() if isinstance(header, WrappingHeader) else nullcontext()
        with self._own_widths(), batch:  # showing or hiding a column is not the user's width
            for section in range(self.plan_model.columnCount()):
                hidden = not view.visible(section)
                if self.isColumnHidden(section) != hidden:
                    self.setColumnHidden(section, hidden)
                    changed = True
        if changed and self.auto_widths:
            self.fit_columns_to_width()
        if isinstance(header, WrappingHeader):
            header.fit_height()  # tall enough for the longest heading shown
        self.schedule_fit(reset=True)

    def fit_columns_to_width(self) -> None:
        """Template proportions, scaled so all the columns shown fit the table's width."""
        available = (
            self.width()
            - self.verticalHeader().width()
            - self.verticalScrollBar().sizeHint().width()
            - 2 * self.frameWidth()
            - 2
        )
        sections = [s for s in range(self.plan_model.columnCount()) if not self.isColumnHidden(s)]
        weights = [DEFAULT_WIDTHS[column_of(s)] for s in sections]
        total = sum(weights)
        header = self.horizontalHeader()
        least = [self.min_column_width(s) for s in sections]
        if sum(least) > available:  # too narrow for every word whole: break the longest
            least = [self.min_column_width(s, whole_words=False) for s in sections]
        available = max(available, sum(least))
        widths = [max(m, int(available * w / total)) for w, m in zip(weights, least, strict=True)]
        excess = sum(widths) - available
        if excess > 0:  # minimums pushed past the width: take it from the wide columns
            spare = sum(w - m for w, m in zip(widths, least, strict=True))
            widths = [
                w - math.ceil(excess * (w - m) / spare) for w, m in zip(widths, least, strict=True)
            ]
        batch = header.resizing() if isinstance(header, WrappingHeader) else nullcontext()
        with self._own_widths(), batch:
            for section, width in zip(sections, widths, strict=True):
                header.resizeSection(section, width)

    @contextmanager
    def _own_widths(self) -> Iterator[None]:
        """Sections resized inside are the table's doing, not the user's (nested: fitting
        the header's height resizes the viewport, which may fit the columns again)."""
        self._fitting_columns += 1
        try:
            yield
        finally:
            self._fitting_columns -= 1

    def restore_header(self, state: QByteArray, auto_widths: bool) -> None:
        """Column widths saved by an earlier run (and whether they were the user's)."""
        if self.horizontalHeader().restoreState(state):
            self.auto_widths = auto_widths
        self.show_content_columns()  # the saved state's hidden columns were another language's

    def header_state(self) -> QByteArray:
        return self.horizontalHeader().saveState()
