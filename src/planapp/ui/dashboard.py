"""View ▸ Dashboard (Ctrl+D): what needs attention across every plan of the document.

The model caches one row per (bucket, milestone) built from the domain's sections, so
``data()`` only indexes tuples; a proxy sorts by cached keys. Double-clicking a row asks the
window (through the context it was given) to show that milestone in its plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QEvent,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.dashboard import Bucket, DashboardItem, GroupBy, Section, build
from planapp.domain.dashboard_columns import INDEX
from planapp.domain.followup import current_period
from planapp.domain.history import ReportingPeriod
from planapp.domain.template import Language
from planapp.store.document import Change, Document
from planapp.ui import dialogs
from planapp.ui.dashboard_context import DashboardContext
from planapp.ui.dashboard_model import COLUMN_EMS, COLUMNS, SORT_ROLE, DashboardModel
from planapp.ui.dashboard_window import dashboard_context
from planapp.ui.table_keys import release_tab

__all__ = [
    "COLUMNS",
    "DashboardContext",
    "DashboardModel",
    "DashboardView",
    "open_dashboard",
    "open_in_window",
]
GROUP_LABELS = {
    GroupBy.PLAN: QT_TRANSLATE_NOOP("DashboardView", "Plan"),
    GroupBy.ORGANIZATION: QT_TRANSLATE_NOOP("DashboardView", "Responsible organization"),
    GroupBy.MONTH: QT_TRANSLATE_NOOP("DashboardView", "Month due"),
}
OpenMilestone = Callable[[DashboardItem], None]


class DashboardView(QWidget):
    """The dashboard window: day, grouping, bucket filter, counts, table, export and print."""

    def __init__(
        self,
        document: Document,
        today: dt.date,
        open_milestone: OpenMilestone,
        parent: QWidget | None = None,
        push: Callable[[Any], bool] | None = None,
    ) -> None:
        """``push`` does an undoable edit (the window's); without it periods are read-only."""
        super().__init__(parent, Qt.WindowType.Window)
        self.push = push
        self.doc = document
        self.open_milestone = open_milestone
        self.items: list[DashboardItem] = []
        self.periods: list[ReportingPeriod] = []
        self.sections: list[Section] = []
        self._stale = False

        self.as_of = QDateEdit(QDate(today.year, today.month, today.day))
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.group_by = QComboBox()
        for by in GROUP_LABELS:
            self.group_by.addItem("", by.value)
        self.show_only = QComboBox()
        self.report_language = QComboBox()
        for value, label in (
            ("en", self.tr("English")),
            ("fr", self.tr("French")),
            ("both", self.tr("Bilingual")),
        ):
            self.report_language.addItem(label, value)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.export_button = QPushButton()
        self.print_button = QPushButton()
        self.periods_button = QPushButton()
        self.round_button = QPushButton()
        for button in (self.periods_button, self.round_button):
            button.setVisible(push is not None)

        self.model = DashboardModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the groups' own order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Widths from the font, not from the rows: fitting columns to 40,000 rows' texts
        # would cost more than reading them.
        em = self.table.fontMetrics().horizontalAdvance("M")
        for column, ems in enumerate(COLUMN_EMS):
            self.table.setColumnWidth(column, ems * em)
        commitment = INDEX["commitment"]
        self.table.horizontalHeader().setSectionResizeMode(
            commitment, QHeaderView.ResizeMode.Stretch
        )
        self.table.doubleClicked.connect(self._open_index)
        release_tab(self.table)  # Tab goes on to the controls; arrows move between rows
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self)
        close.activated.connect(self.close)  # Esc, as in a dialog
        self.table.activated.connect(self._open_index)

        bar = QHBoxLayout()
        self.bar_labels = []
        for widget in (self.as_of, self.group_by, self.show_only, self.report_language):
            label = QLabel()
            self.bar_labels.append(label)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.periods_button)
        bar.addWidget(self.round_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

        self.as_of.dateChanged.connect(lambda *_: self.regroup())
        self.group_by.currentIndexChanged.connect(lambda *_: self.regroup())
        self.show_only.currentIndexChanged.connect(lambda *_: self._fill())
        self.export_button.clicked.connect(lambda *_: self.export_excel())
        self.print_button.clicked.connect(lambda *_: self.print_dashboard())
        self.periods_button.clicked.connect(lambda *_: self.edit_periods())
        self.round_button.clicked.connect(lambda *_: self.start_update_round())
        self.doc.subscribe(self._on_change)
        self._retranslate_controls()
        self.reload()
        self.resize(1200, 700)

    def _retranslate_controls(self) -> None:
        """The texts that do not depend on the rows (the summary is made with them)."""
        self.setWindowTitle(self.tr("Follow-up Dashboard"))
        self.setAccessibleName(self.tr("Follow-up dashboard"))
        self.as_of.setAccessibleName(self.tr("As of"))
        for i, label in enumerate(GROUP_LABELS.values()):
            self.group_by.setItemText(i, self.tr(label))
        self.group_by.setAccessibleName(self.tr("Group by"))
        self.show_only.setAccessibleName(self.tr("Show"))
        self.export_button.setText(self.tr("&Export to Excel…"))
        self.print_button.setText(self.tr("&Print…"))
        self.periods_button.setText(self.tr("Peri&ods…"))
        self.round_button.setToolTip(
            self.tr("Every open milestone of every plan awaits an update for the current period")
        )
        self.table.setAccessibleName(self.tr("Milestones needing attention"))
        self.report_language.setAccessibleName(
            self.tr("Language of the exported or printed report")
        )
        for i, label in enumerate((self.tr("English"), self.tr("French"), self.tr("Bilingual"))):
            self.report_language.setItemText(i, label)
        for label, text in zip(
            self.bar_labels,
            (
                self.tr("&As of:"),
                self.tr("&Group by:"),
                self.tr("Sho&w:"),
                self.tr("Report &language:"),
            ),
            strict=True,
        ):
            label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_controls()
            self.regroup()
        super().changeEvent(event)

    # -- state -------------------------------------------------------------------------------

    @property
    def today(self) -> dt.date:
        d = self.as_of.date()
        return dt.date(d.year(), d.month(), d.day())

    @property
    def by(self) -> GroupBy:
        return GroupBy(self.group_by.currentData())

    @property
    def period(self) -> ReportingPeriod | None:
        return current_period(self.periods, self.today)

    def reload(self) -> None:
        """Read every plan's milestones again (after an edit anywhere in the document)."""
        self._stale = False
        self.items = self.doc.dashboard_items()
        self.periods = self.doc.periods()
        self.regroup()

    def regroup(self) -> None:
        self.sections = build(self.items, self.today, self.periods, self.by)
        chosen = self.show_only.currentData()
        self.show_only.blockSignals(True)
        self.show_only.clear()
        self.show_only.addItem(
            self.tr("All ({count})").format(count=sum(s.count for s in self.sections)), ""
        )
        for s in self.sections:
            self.show_only.addItem(f"{s.bucket.label} ({s.count})", s.bucket.value)
        found = self.show_only.findData(chosen if chosen is not None else "")
        self.show_only.setCurrentIndex(max(found, 0))
        self.show_only.blockSignals(False)
        period = self.period
        parts = [f"{s.bucket.label}: {s.count}" for s in self.sections]
        head = (
            self.tr("As of {date}, period {period}").format(
                date=self.today.isoformat(), period=period.name
            )
            if period
            else self.tr("As of {date}, no current reporting period").format(
                date=self.today.isoformat()
            )
        )
        self.summary.setText(f"{head}. " + " · ".join(parts))
        self.round_button.setEnabled(period is not None)
        self.round_button.setText(
            self.tr("Start &Update Round for {period}").format(period=period.name)
            if period is not None
            else self.tr("Start &Update Round")
        )
        self._fill()

    def _fill(self) -> None:
        value = self.show_only.currentData()
        self.model.set_sections(self.sections, Bucket(value) if value else None)

    def _on_change(self, _change: Change) -> None:
        # Views refresh after the commit; several notices of one action make one reload, and
        # a closed dashboard reloads only when shown again.
        if not self._stale:
            self._stale = True
            if self.isVisible():
                QTimer.singleShot(0, self._reload_if_stale)

    def _reload_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self._reload_if_stale)

    def detach(self) -> None:
        """Stop following the document (the window opened another one)."""
        self.doc.unsubscribe(self._on_change)
        self.close()
        self.deleteLater()

    # -- actions -----------------------------------------------------------------------------

    @property
    def language(self) -> Language:
        """The language the report is exported and printed in ("en", "fr" or "both")."""
        return self.report_language.currentData()

    def item_at(self, proxy_row: int) -> DashboardItem:
        return self.model.item(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_milestone(self.item_at(index.row()))

    def export_excel(self, path: str | None = None) -> Path | None:
        from planapp.excel.dashboard_export import write_dashboard

        if path is None:
            start = self.tr("Dashboard {date}").format(date=self.today.isoformat()) + ".xlsx"
            path = dialogs.ask_save_path(
                self, self.tr("Export Dashboard"), start, self.tr("Excel (*.xlsx)")
            )
            if not path:
                return None
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        try:
            return write_dashboard(
                self.sections, path, self.today, self.period, self.by, self.language
            )
        except OSError as exc:
            dialogs.show_error(
                self,
                self.tr("Export Dashboard"),
                self.tr("{path} could not be written: {reason}").format(path=path, reason=exc),
            )
            return None

    def edit_periods(self) -> None:
        from planapp.ui.periods_dialog import PeriodsDialog

        if self.push is not None:
            dialogs.run(PeriodsDialog(self.doc, self.today, self.push, self))

    def start_update_round(self) -> None:
        """Ask every open milestone for an update in the current period (undoable)."""
        from planapp.ui.followup_commands import StartUpdateRound

        period = self.period
        if self.push is not None and period is not None:
            self.push(StartUpdateRound(self.doc, period))

    def print_document(self) -> Any:
        """The dashboard as a QTextDocument (what Print sends to the printer)."""
        from PySide6.QtGui import QTextDocument

        from planapp.printing.dashboard import dashboard_html

        doc = QTextDocument(self)
        doc.setHtml(dashboard_html(self.sections, self.today, self.period, self.by, self.language))
        return doc

    def print_dashboard(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Follow-up dashboard"))
        if dialogs.choose_printer(printer, self):
            self.print_document().print_(printer)


def open_dashboard(context: DashboardContext) -> DashboardView:
    """Show the window's dashboard (one per window, made again when the window opened
    another document); double-clicking a row shows that milestone in the window."""

    def open_milestone(item: DashboardItem) -> None:
        context.show_milestone(item.plan_id, item.recommendation_id, item.milestone_id)

    view = context.current()
    document = context.document()
    if view is None or view.doc is not document:
        if view is not None:
            view.detach()
        view = DashboardView(document, context.today, open_milestone, context.parent, context.push)
        context.keep(view)
    view.show()
    view.raise_()
    view.activateWindow()
    return view


def open_in_window(window: Any) -> DashboardView:
    """View ▸ Dashboard in ``window``: its context is made on the window's side."""
    return open_dashboard(dashboard_context(window))
