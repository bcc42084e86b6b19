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
from planapp.ui.content_columns import ContentView, column_of
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
        # Recommendations with a text not yet in a language (see set_primary).
        self.missing = QComboBox(self)
        self.primary = "en"
        self._fill_missing()
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
            self.missing,
            clear,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.result, 1)
        self.status.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.organization.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.due.toggled.connect(lambda _on: self.changed.emit())
        self.due_date.dateChanged.connect(lambda _d: self.due.isChecked() and self.changed.emit())
        self.overdue.toggled.connect(lambda _on: self.changed.emit())
        self.missing.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.retranslate()

    def _fill_missing(self) -> None:
        """The translation filter's choices, the plan's other language first."""
        chosen = self.missing.currentData()
        self.missing.blockSignals(True)
        self.missing.clear()
        self.missing.addItem(self.tr("Any translation"), "")
        names = {"fr": self.tr("Missing French"), "en": self.tr("Missing English")}
        for lang in ("en", "fr") if self.primary == "fr" else ("fr", "en"):
            self.missing.addItem(names[lang], lang)
        self.missing.setCurrentIndex(max(0, self.missing.findData(chosen)))
        self.missing.blockSignals(False)

    def set_primary(self, primary: str) -> None:
        """The shown plan's primary content language (what "missing" is measured against)."""
        if primary != self.primary:
            self.primary = primary
            self._fill_missing()

    def retranslate(self) -> None:
        self.status.setAccessibleName(self.tr("Milestone status filter"))
        self.status.setItemText(0, self.tr("Any status"))
        for i, status in enumerate(MilestoneStatus, 1):
            self.status.setItemText(i, status.label)
        self.organization.setAccessibleName(self.tr("Organization filter"))
        self.organization.setItemText(0, self.tr("Any organization"))
        self.due.setText(self.tr("D&ue before"))
        self.due_date.setAccessibleName(self.tr("Due before date"))
        self.overdue.setText(self.tr("&Overdue only"))
        self.clear_button.setText(self.tr("Clear Filters"))
        self.label.setText(self.tr("Fil&ter:"))
        self.missing.setAccessibleName(self.tr("Translation filter"))
        self._fill_missing()

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
            missing_in=self.missing.currentData() or "",
            primary=self.primary,
        )

    def clear(self) -> None:
        widgets = (self.status, self.organization, self.due, self.overdue, self.missing)
        for widget in widgets:
            widget.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.organization.setCurrentIndex(0)
        self.due.setChecked(False)
        self.overdue.setChecked(False)
        self.missing.setCurrentIndex(0)
        for widget in widgets:
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
        self.sort_section = 0  # the model column clicked: the language its texts sort in
        self.descending = False
        self.row_filter = RowFilter()
        self.find_rows: set[int] | None = None  # Find's "only matching rows", when ticked
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self.cycle_sort)

    # -- order ---------------------------------------------------------------------------

    def cycle_sort(self, section: int) -> None:
        """A heading clicked (or View ▸ Sort by Current Column): ascending, then descending,
        then the plan's own order again. A second-language copy sorts its column's other
        text."""
        column = column_of(section)
        if self.sort_column != column or self.sort_section != section:
            self.sort_by(column, section=section)
        elif not self.descending:
            self.sort_by(column, descending=True, section=section)
        else:
            self.plan_order()

    def sort_by(self, column: Column, descending: bool = False, section: int | None = None) -> None:
        """Sort by ``column`` (its texts in the language of the table's ``section``, which
        shows that column; its first copy if not given)."""
        self.sort_column, self.descending = column, descending
        self.sort_section = int(column) if section is None else section
        self.apply_order()
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(
            self.sort_section,
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
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
            view = getattr(self.table.model(), "view", None) or ContentView()
            lang = view.language_of(self.sort_section)
            order = sorted_rows(recs, self.sort_column, self.descending, lang, view.primary)
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
