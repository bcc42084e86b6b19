"""The shown plan: its title rows, the find bar, the table, and the selected row's details.

The view shows what the :class:`~planapp.ui.plan_session.PlanSession` holds, as the window
tells it: a whole plan, some rows, or one recommendation changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from planapp.domain import titles
from planapp.domain.plan import Plan, Recommendation
from planapp.domain.template import Column
from planapp.store.changes import RowChange, RowOp
from planapp.ui.detail_panel import DetailPanel
from planapp.ui.edit_pane import EditPane
from planapp.ui.find_bar import FindBar
from planapp.ui.fonts import relative_font
from planapp.ui.history_panel import HistoryPanel
from planapp.ui.plan_model import PlanTableModel
from planapp.ui.plan_table import PlanTableView
from planapp.ui.sort_filter import FilterBar, RowView
from planapp.ui.window_layout import place_panels


def _title_label(name: str, scale: float, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    relative_font(label, scale, bold=True)  # follows the system font's size
    return label


class PlanView(QSplitter):
    """Titles, find bar and table above; milestones and contacts of the current row below."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("detailSplitter")
        self.model = PlanTableModel(self, today)
        self.title_label = _title_label("planTitle", 1.3, self)
        self.audit_label = _title_label("auditTitle", 1.0, self)
        self.table = PlanTableView(self.model, self)
        self.table.rowShown.connect(self._row_shown)
        self.table.doubleClicked.connect(self._double_clicked)
        model = self.model
        self.row_view = RowView(
            self.table,
            lambda: [model.recommendation(r) for r in range(model.rowCount())],
            today,
        )
        self.filter_bar = FilterBar(today, self)
        self.filter_bar.hide()
        self.filter_bar.changed.connect(self._filter_changed)
        model.planChanged.connect(self._rows_reloaded)
        for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved):
            signal.connect(lambda *_: self.row_view.refresh())
        self.find_bar = FindBar(self.table, self.row_view, self)
        self.find_bar.hide()
        self.details = DetailPanel(self)
        self.details.milestones.model.today = today  # overdue as the table counts it

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(4, 4, 4, 0)
        top_layout.addWidget(self.title_label)
        top_layout.addWidget(self.audit_label)
        top_layout.addWidget(self.find_bar)
        top_layout.addWidget(self.filter_bar)
        # The table, and under it the current cell's whole text (a splitter: drag to size it).
        self.edit_pane = EditPane(parent=self)
        self.edit_pane.follow(self.table, QT_TRANSLATE_NOOP("EditPane", "Recommendation"))
        self.edit_pane.follow(
            self.details.milestones.view, QT_TRANSLATE_NOOP("EditPane", "Milestone")
        )
        self.edit_pane.follow(self.details.contacts.view, QT_TRANSLATE_NOOP("EditPane", "Contact"))
        self.table_splitter = QSplitter(Qt.Orientation.Vertical, top)
        self.table_splitter.setObjectName("tableSplitter")
        self.table_splitter.addWidget(self.table)
        self.table_splitter.addWidget(self.edit_pane)
        self.table_splitter.setStretchFactor(0, 4)
        self.table_splitter.setStretchFactor(1, 1)
        self.table_splitter.setCollapsible(0, False)
        top_layout.addWidget(self.table_splitter, 1)
        self.addWidget(top)
        self.addWidget(self._detail_tabs())
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self._titles_of: Plan | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.detail_tabs.setTabText(0, self.tr("&Details"))
        self.detail_tabs.setTabText(1, self.tr("H&istory"))
        self.show_titles(self._titles_of)
        self._show_result()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _detail_tabs(self) -> QTabWidget:
        """Milestones and contacts, and the History tab beside them."""
        tabs = QTabWidget(self)
        tabs.setObjectName("detailTabs")
        tabs.addTab(self.details, "")
        self.history_panel = HistoryPanel(self)
        tabs.addTab(self.history_panel, "")
        self.detail_tabs = tabs
        self.details.milestones.view.selectionModel().currentRowChanged.connect(
            lambda index, _old: self._show_history(index.row())
        )
        return tabs

    def _show_history(self, milestone_row: int = -1) -> None:
        row = self.table.current_row()
        rec = self.model.recommendation(row) if row >= 0 else None
        milestone = None
        if rec is not None and 0 <= milestone_row < len(rec.milestones):
            milestone = rec.milestones[milestone_row].id
        self.history_panel.show_recommendation(rec.id if rec else None, milestone)

    def show_plan(self, plan: Plan | None, select_rec: int | None = None) -> None:
        """Show a whole plan (or none), selecting ``select_rec``'s row, else the first, in
        the column that was current (a reload keeps the keyboard user's place)."""
        current = self.table.currentIndex()
        column = current.column() if current.isValid() else None
        self.model.set_plan(plan)
        self.show_titles(plan)
        if self.model.rowCount():
            row = self.model.row_of(select_rec) if select_rec is not None else None
            self.table.select_row(row if row is not None else 0, column)
        else:
            self.details.show_recommendation(None)
        self._refind()

    def show_titles(self, plan: Plan | None) -> None:
        # In the plan's language, as printed and exported (domain.titles), or in the content
        # language chosen in View ▸ Content Language.
        self._titles_of = plan
        lang = None if self.model.choice == "plan" else self.model.view.shown
        self.title_label.setText(titles.plan_title(plan, lang) if plan else self.tr("No plan"))
        self.audit_label.setText(titles.audit_title(plan, lang) if plan else "")
        self.audit_label.setVisible(bool(plan and titles.audit_title(plan, lang)))

    def update_recommendation(self, rec: Recommendation) -> None:
        """One recommendation's fields or lists changed."""
        self.model.update_recommendation(rec)
        row = self.table.current_row()
        if row >= 0 and self.model.recommendation(row).id == rec.id:
            self.details.show_recommendation(rec, row)

    def apply_rows(
        self, steps: Sequence[RowChange], inserted: Sequence[Recommendation | None]
    ) -> None:
        """Rows inserted, removed or moved: update just those (a 10,000-row plan stays fast),
        then select the row the last step left."""
        target = 0
        for step, rec in zip(steps, inserted, strict=True):
            if step.op is RowOp.INSERTED:
                assert rec is not None
                self.model.insert_row(step.index, rec)
                target = step.index
            elif step.op is RowOp.REMOVED:
                self.model.remove_row(step.index)
                target = step.index
            else:
                assert step.to_index is not None
                self.model.move_row(step.index, step.to_index)
                target = step.to_index
        self.table.schedule_fit(reset=True)
        self._refind()
        if self.model.rowCount():
            self.table.select_row(target)
        else:
            self.details.show_recommendation(None)

    # -- sort, filter and placement -----------------------------------------------------------

    def show_filters(self, shown: bool) -> None:
        """The filter bar shown, or hidden with its filters cleared (every row back)."""
        self.filter_bar.setVisible(shown)
        if not shown:
            self.filter_bar.clear()

    def _rows_reloaded(self) -> None:
        model = self.model
        self.filter_bar.set_organizations(
            [model.recommendation(r) for r in range(model.rowCount())]
        )
        self.filter_bar.set_primary(model.view.primary)
        self.row_view.refresh()

    def _filter_changed(self) -> None:
        self.row_view.set_filter(self.filter_bar.row_filter())
        shown = self._show_result()
        if shown and self.table.current_row() not in shown:
            self.table.select_row(self.row_view.visual_order(shown)[0])

    def _show_result(self) -> list[int]:
        """Say how many rows the filters leave; the rows shown."""
        count = self.model.rowCount()
        shown = [r for r in range(count) if not self.table.isRowHidden(r)]
        text = self.tr("%n of {count} shown", "", len(shown)).format(count=count)
        self.filter_bar.result.setText(text if self.row_view.row_filter.active else "")
        return shown

    def place_panels(self, beside: bool) -> None:
        """Milestones and contacts beside the table (stacked) or below it."""
        place_panels(self, self.details, beside)

    def counts_text(self) -> str:
        recs, milestones, overdue = self.model.counts()
        return " · ".join(
            (
                self.tr("%n recommendations", "", recs),
                self.tr("%n milestones", "", milestones),
                self.tr("%n overdue", "", overdue),
            )
        )

    def _refind(self) -> None:
        if self.find_bar.isVisible():
            self.find_bar.refresh()

    def _row_shown(self, row: int) -> None:
        rec = self.model.recommendation(row) if row >= 0 else None
        self.details.show_recommendation(rec, max(row, 0))
        self._show_history()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.MILESTONES:
            self.details.milestones.view.setFocus()
        elif index.column() == Column.CONTACTS:
            self.details.contacts.view.setFocus()
