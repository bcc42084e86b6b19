"""Plan ▸ Record Submission…: when the plan (or a progress report) was sent, and to whom.

Once a plan has been submitted, a change to one of its due dates asks for the reason and keeps
the first date (see followup_hooks).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.history import Submission
from planapp.ui.revision_dialog import pydate, qdate

RECIPIENTS = ("PACP", "OAG", "Departmental Audit Committee")


class SubmissionDialog(QDialog):
    def __init__(
        self,
        plan_name: str,
        earlier: list[Submission],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Record Submission")
        sent = "; ".join(f"{s.submitted_on} to {s.recipient}" for s in earlier)
        intro = QLabel(
            f"“{plan_name}” was sent: {sent}." if sent else f"“{plan_name}” has not been sent yet."
        )
        intro.setWordWrap(True)
        self.on = QDateEdit(qdate(today))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setAccessibleName("Submitted on")
        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        self.recipient.addItems(RECIPIENTS)
        self.recipient.setAccessibleName("Submitted to")
        self.recipient.lineEdit().setAccessibleName(self.tr("Submitted to"))  # what AT focuses
        self.note = QLineEdit()
        self.note.setPlaceholderText("e.g. Detailed action plan, or Progress report 1")
        self.note.setAccessibleName("Note")
        form = QFormLayout()
        form.addRow("Submitted &on:", self.on)
        form.addRow("Submitted &to:", self.recipient)
        form.addRow("&Note:", self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.recipient.currentTextChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _update(self, *_: Any) -> None:
        ok = bool(self.recipient.currentText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def submission(self) -> Submission:
        return Submission(
            pydate(self.on.date()), self.recipient.currentText().strip(), self.note.text().strip()
        )
