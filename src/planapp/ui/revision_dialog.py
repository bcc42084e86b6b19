"""Asking why a due date changed: the reason, and whether (by whom, when) it was approved.

Shown when a milestone's due date is edited in a submitted plan, or in one whose dates are
already tracked; the answer becomes a revision that keeps the first date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class RevisionDialog(QDialog):
    """Reason and approval for a date change from ``old`` to ``new``."""

    def __init__(
        self, old: str, new: str | None, today: dt.date, parent: QWidget | None = None
    ) -> None:
        """``new`` None: the user is asked the new date too (Revise Date…)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revise Due Date"))
        none = self.tr("(none)")
        if new is None:
            text = self.tr("The due date is “{old}”.").format(old=old or none)
        else:
            text = self.tr("The due date changes from “{old}” to “{new}”.").format(
                old=old or none, new=new or none
            )
        kept = self.tr("The first date and this change are kept in the plan's history.")
        intro = QLabel(f"{text} {kept}")
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for the change"))
        self.reason.setTabChangesFocus(True)
        self.approved = QCheckBox(self.tr("The change was &approved"))
        self.approved_by = QLineEdit()
        self.approved_by.setAccessibleName(self.tr("Approved by"))
        self.approved_on = QDateEdit(qdate(today))
        self.approved_on.setCalendarPopup(True)
        self.approved_on.setDisplayFormat("yyyy-MM-dd")
        self.approved_on.setAccessibleName(self.tr("Approved on"))
        self.new_date = QLineEdit(new or "")
        self.new_date.setAccessibleName(self.tr("New due date"))
        self.new_date.setPlaceholderText(self.tr("e.g. March 31, 2027 or Q4 2026-27"))
        self.old = old
        form = QFormLayout()
        if new is None:
            form.addRow(self.tr("&New date:"), self.new_date)
        else:
            self.new_date.setParent(self)
            self.new_date.hide()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.approved)
        form.addRow(self.tr("Approved &by:"), self.approved_by)
        form.addRow(self.tr("Approved &on:"), self.approved_on)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.approved.toggled.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self.approved_by.textChanged.connect(self._update)
        self.new_date.textChanged.connect(self._update)
        self._update()

    def _update(self, *_: Any) -> None:
        on = self.approved.isChecked()
        self.approved_by.setEnabled(on)
        self.approved_on.setEnabled(on)
        ok = (
            bool(self.reason.toPlainText().strip())
            and (not on or bool(self.approved_by.text().strip()))
            and self.new_date.text().strip() != self.old.strip()
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def answer(self) -> dict[str, Any]:
        """Keyword arguments for the domain's ``revise_due``."""
        on = self.approved.isChecked()
        return {
            "new_text": self.new_date.text().strip(),
            "reason": self.reason.toPlainText().strip(),
            "approved_by": self.approved_by.text().strip() if on else "",
            "approved_on": pydate(self.approved_on.date()) if on else None,
        }
