"""Sorting and filtering the plan table on screen, never in the plan.

Sorting reorders the rows the view shows (its vertical header's visual order) and leaves the
model — the plan's order, row numbers, selection and edits — as it is: the row numbers at the
left stay the plan's, and "Plan Order" puts the rows back. A click on a column heading sorts
by it, a second click reverses, a third returns to plan order. Filters hide rows, as Find's
"Show only matching rows" does; both are applied here, together, so neither undoes the other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QTableView,
    QToolButton,
    QWidget,
)

from planapp.domain.plan import MilestoneStatus, Recommendation
from planapp.domain.plan_view import RowFilter, organizations, sorted_rows
from planapp.domain.template import HEADINGS, Column
from planapp.ui.translation import current_language


class FilterBar(QWidget):
    """Milestone status, responsible organization, due before a day, overdue only."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QComboBox(self)
        self.status.addItem("", None)
        for status in MilestoneStatus:
            self.status.addItem(status.label, status.value)
        self.organization = QComboBox(self)
        self.organization.addItem("", "")
        self.due = QCheckBox(self)
        self.due_date = QDateEdit(self)
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat("yyyy-MM-dd")
        self.due_date.setDate(QDate(today.year, today.month, today.day).addMonths(3))
        self.overdue = QCheckBox(self)
        self.result = QLabel(self)
        clear = self.clear_button = QToolButton(self)
        clear.clicked.connect(self.clear)
        label = self.label = QLabel(self)
        label.setBuddy(self.status)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            label,
            self.status,
            self.organization,
            self.due,
            self.due_date,
            self.overdue,
            clear,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.result, 1)
        self.status.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.organization.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.due.toggled.connect(lambda _on: self.changed.emit())
        self.due_date.dateChanged.connect(lambda _d: self.due.isChecked() and self.changed.emit())
        self.overdue.toggled.connect(lambda _on: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.status.setAccessibleName(self.tr("Milestone status filter"))
        self.status.setItemText(0, self.tr("Any status"))
        for i, status in enumerate(MilestoneStatus, 1):
            self.status.setItemText(i, status.label)
        self.organization.setAccessibleName(self.tr("Organization filter"))
        self.organization.setItemText(0, self.tr("Any organization"))
        self.due.setText(self.tr("&Due before"))
        self.due_date.setAccessibleName(self.tr("Due before date"))
        self.overdue.setText(self.tr("&Overdue only"))
        self.clear_button.setText(self.tr("Clear Filters"))
        self.label.setText(self.tr("&Filter:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_organizations(self, recs: list[Recommendation]) -> None:
        """Offer the organizations the plan names, keeping the chosen one if still there."""
        chosen = self.organization.currentData()
        self.organization.blockSignals(True)
        self.organization.clear()
        self.organization.addItem(self.tr("Any organization"), "")
        for name in organizations(recs):
            self.organization.addItem(name, name)
        self.organization.setCurrentIndex(max(0, self.organization.findData(chosen)))
        self.organization.blockSignals(False)

    def row_filter(self) -> RowFilter:
        status = self.status.currentData()
        due = self.due_date.date()
        return RowFilter(
            status=MilestoneStatus(status) if status else None,
            organization=self.organization.currentData() or "",
            due_before=dt.date(due.year(), due.month(), due.day())
            if self.due.isChecked()
            else None,
            overdue_only=self.overdue.isChecked(),
        )

    def clear(self) -> None:
        for widget in (self.status, self.organization, self.due, self.overdue):
            widget.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.organization.setCurrentIndex(0)
        self.due.setChecked(False)
        self.overdue.setChecked(False)
        for widget in (self.status, self.organization, self.due, self.overdue):
            widget.blockSignals(False)
        self.changed.emit()


class RowView(QObject):
    """The order and visibility of the table's rows on screen."""

    orderChanged = Signal()

    def __init__(
        self,
        table: QTableView,
        recommendations: Callable[[], list[Recommendation]],
        today: dt.date,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.recommendations = recommendations
        self.today = today
        self.sort_column: Column | None = None
        self.descending = False
        self.row_filter = RowFilter()
        self.find_rows: set[int] | None = None  # Find's "only matching rows", when ticked
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self.cycle_sort)

    # -- order ---------------------------------------------------------------------------

    def cycle_sort(self, column: int) -> None:
        """A heading clicked (or View ▸ Sort by Current Column): ascending, then descending,
        then the plan's own order again."""
        if self.sort_column != column:
            self.sort_by(Column(column))
        elif not self.descending:
            self.sort_by(Column(column), descending=True)
        else:
            self.plan_order()

    def sort_by(self, column: Column, descending: bool = False) -> None:
        self.sort_column, self.descending = column, descending
        self.apply_order()
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )

    def plan_order(self) -> None:
        self.sort_column = None
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.apply_order()

    @property
    def sorted(self) -> bool:
        return self.sort_column is not None

    def describe(self) -> str:
        if self.sort_column is None:
            return self.tr("Plan order")
        heading = HEADINGS[self.sort_column].text(current_language())  # type: ignore[arg-type]
        if self.descending:
            return self.tr("Sorted by {column}, descending").format(column=heading)
        return self.tr("Sorted by {column}, ascending").format(column=heading)

    def apply_order(self) -> None:
        """Lay the rows out in the sort order (or the plan's) by moving the view's rows."""
        recs = self.recommendations()
        if self.sort_column is None:
            order = list(range(len(recs)))
        else:
            order = sorted_rows(recs, self.sort_column, self.descending)
        header = self.table.verticalHeader()
        if header.count() != len(order):
            return
        for visual, logical in enumerate(order):
            current = header.visualIndex(logical)
            if current != visual:
                header.moveSection(current, visual)
        self.orderChanged.emit()

    def visual_order(self, rows: list[int]) -> list[int]:
        header = self.table.verticalHeader()
        return sorted(rows, key=header.visualIndex)

    # -- visibility ----------------------------------------------------------------------

    def set_filter(self, row_filter: RowFilter) -> None:
        self.row_filter = row_filter
        self.apply_visibility()

    def set_find_rows(self, rows: set[int] | None) -> None:
        self.find_rows = rows
        self.apply_visibility()

    def shown(self, row: int, rec: Recommendation) -> bool:
        if self.find_rows is not None and row not in self.find_rows:
            return False
        return not self.row_filter.active or self.row_filter.matches(rec, self.today)

    def apply_visibility(self) -> int:
        """Hide the rows that fail a filter; returns how many are shown."""
        count = 0
        for row, rec in enumerate(self.recommendations()):
            visible = self.shown(row, rec)
            if self.table.isRowHidden(row) == visible:
                self.table.setRowHidden(row, not visible)
            count += visible
        return count

    def refresh(self) -> None:
        """After the rows were reloaded: the same sort and filters on the new rows."""
        self.apply_order()
        self.apply_visibility()
