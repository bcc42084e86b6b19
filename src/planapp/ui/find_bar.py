"""Ctrl+F: type to jump to matching recommendations; optionally show only the matches.

The table marks every occurrence of the text (its delegates read the view's find text), and
a jump selects the cell where it occurs and scrolls to the occurrence itself. Matches are
walked in the order the table shows them; hiding non-matching rows goes through the table's
:class:`~planapp.ui.sort_filter.RowView`, so it combines with the filters.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from planapp.ui.delegates import FIND_PROPERTY, match_offset
from planapp.ui.plan_table import PlanTableView
from planapp.ui.sort_filter import RowView


class FindBar(QWidget):
    """Searches the rows of ``table`` (its model's cached texts) and selects the matches."""

    def __init__(
        self, table: PlanTableView, row_view: RowView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.row_view = row_view
        self._matches: list[int] = []
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.only = QCheckBox(self)
        self.result = QLabel(self)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        close = self.close_button = QToolButton(self)
        close.setText("✕")
        close.clicked.connect(self.hide)
        self.label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.only)
        layout.addWidget(self.result)
        layout.addWidget(close)
        self.edit.textChanged.connect(self.refresh)
        self.edit.returnPressed.connect(self.find_next)
        self.only.toggled.connect(lambda _on: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find in plan…"))
        self.edit.setAccessibleName(self.tr("Find"))
        self.only.setText(self.tr("Show only matching &rows"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        self.label.setText(self.tr("Find:"))
        if self.edit.text().strip():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def stop(self) -> None:
        """Close the bar and show every row again."""
        self.hide()
        self.row_view.set_find_rows(None)
        self._mark("")
        self.table.setFocus()

    def _mark(self, needle: str) -> None:
        self.table.setProperty(FIND_PROPERTY, needle)
        self.table.viewport().update()

    def refresh(self, *_: Any) -> None:
        """Search again (the text or the rows changed)."""
        model = self.table.plan_model
        needle = self.edit.text().strip()
        count = model.rowCount()
        found = [r for r in range(count) if needle and model.matches(r, needle)]
        only = self.only.isChecked() and bool(needle)
        self._mark(needle)
        self.row_view.set_find_rows(set(found) if only else None)
        # In the order shown, and only those a filter leaves on screen.
        self._matches = [
            r for r in self.row_view.visual_order(found) if not self.table.isRowHidden(r)
        ]
        matching = set(self._matches)
        if not needle:
            self.result.setText("")
        elif not self._matches:
            self.result.setText(self.tr("No matches"))
        else:
            self.result.setText(self.tr("%n matching rows", "", len(self._matches)))
            if self.table.current_row() not in matching:
                self.show_match(self._matches[0])

    def find_next(self, step: int = 1) -> None:
        if not self.isVisible():
            self.start()
            return
        if not self._matches:
            return
        place = self.table.verticalHeader().visualIndex
        row = self.table.current_row()
        here = place(row) if row >= 0 else -1
        later = [r for r in self._matches if (place(r) > here if step > 0 else place(r) < here)]
        target = (
            (later[0] if step > 0 else later[-1])
            if later
            else (self._matches[0] if step > 0 else self._matches[-1])
        )
        self.show_match(target)
        position = self._matches.index(target) + 1
        self.result.setText(
            self.tr("{position} of %n matching rows", "", len(self._matches)).format(
                position=position
            )
        )

    def show_match(self, row: int) -> None:
        """Select the first cell of ``row`` where the text occurs, and scroll so that the
        occurrence itself is on screen, even deep inside a tall cell."""
        needle = self.edit.text().strip()
        model = self.table.plan_model
        header = self.table.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count())]
        columns = [c for c in columns if not self.table.isColumnHidden(c)]

        def text(column: int) -> str:
            return model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or ""

        column = next((c for c in columns if needle.casefold() in text(c).casefold()), None)
        self.table.select_row(row, column)
        if column is None or not needle:
            return
        self.table.fit_row(row)
        self.table.scrollTo(model.index(row, column))
        offset = match_offset(
            text(column), needle, self.table.font(), self.table.columnWidth(column) - 8
        )
        top = self.table.rowViewportPosition(row)
        line = self.table.fontMetrics().lineSpacing()
        viewport = self.table.viewport().height()
        if not 0 <= top + offset <= viewport - 2 * line:
            bar = self.table.verticalScrollBar()
            bar.setValue(int(bar.value() + top + offset - viewport / 3))
