"""Dashboard ▸ Periods…: the document's reporting periods, added and removed one at a time.

Each change is an undoable edit done at once (through the window's ``push``), like every
other edit; the list shows the periods as the store has them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.history import ReportingPeriod
from planapp.store.document import Document
from planapp.ui.commands import StoreCommand
from planapp.ui.followup_commands import AddPeriod, DeletePeriod
from planapp.ui.revision_dialog import pydate, qdate


class PeriodsDialog(QDialog):
    def __init__(
        self,
        doc: Document,
        today: dt.date,
        push: Callable[[StoreCommand], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reporting Periods"))
        self.doc, self.push = doc, push
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Reporting periods"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Q3 2026-27 or PACP progress report"))
        self.name.setAccessibleName(self.tr("Period name"))
        quarter_start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        self.start = QDateEdit(qdate(quarter_start))
        self.end = QDateEdit(qdate(_quarter_end(quarter_start)))
        for edit, name in ((self.start, self.tr("Starts on")), (self.end, self.tr("Ends on"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.add_button = QPushButton(self.tr("&Add Period"))
        self.delete_button = QPushButton(self.tr("&Delete Period"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Starts on:"), self.start)
        form.addRow(self.tr("&Ends on:"), self.end)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.add_button.clicked.connect(lambda *_: self.add_period())
        self.delete_button.clicked.connect(lambda *_: self.delete_period())
        self.refresh()

    def refresh(self) -> None:
        self.periods = self.doc.periods()
        self.list.clear()
        for p in self.periods:
            self.list.addItem(
                QListWidgetItem(
                    self.tr("{name} — {start} to {end}").format(
                        name=p.name, start=p.start, end=p.end
                    )
                )
            )
        self.delete_button.setEnabled(bool(self.periods))

    def add_period(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            self.message.setText(self.tr("Give the period a name."))
            return
        try:
            period = ReportingPeriod(name, pydate(self.start.date()), pydate(self.end.date()))
        except ValueError as exc:
            self.message.setText(f"{exc}.")
            return
        if self.push(AddPeriod(self.doc, period)):
            self.message.setText(self.tr("Added {name}.").format(name=name))
            self.name.clear()
        self.refresh()

    def delete_period(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.periods):
            self.push(DeletePeriod(self.doc, self.periods[row]))
            self.refresh()


def _quarter_end(start: dt.date) -> dt.date:
    month = start.month + 3
    year = start.year + (month > 12)
    month = month - 12 if month > 12 else month
    return dt.date(year, month, 1) - dt.timedelta(days=1)
