"""Plan ▸ Record Submission…: when the plan (or a progress report) was sent, and to whom.

Once a plan has been submitted, a change to one of its due dates asks for the reason and keeps
the first date (see followup_hooks).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
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

# Offered in the interface language (the text chosen is what is recorded).
RECIPIENTS = (
    QT_TRANSLATE_NOOP("SubmissionDialog", "PACP"),
    QT_TRANSLATE_NOOP("SubmissionDialog", "OAG"),
    QT_TRANSLATE_NOOP("SubmissionDialog", "Departmental Audit Committee"),
)


class SubmissionDialog(QDialog):
    def __init__(
        self,
        plan_name: str,
        earlier: list[Submission],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record Submission"))
        sent = "; ".join(
            self.tr("{date} to {recipient}").format(date=s.submitted_on, recipient=s.recipient)
            for s in earlier
        )
        intro = QLabel(
            self.tr("“{plan}” was sent: {sent}.").format(plan=plan_name, sent=sent)
            if sent
            else self.tr("“{plan}” has not been sent yet.").format(plan=plan_name)
        )
        intro.setWordWrap(True)
        self.on = QDateEdit(qdate(today))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setAccessibleName(self.tr("Submitted on"))
        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        self.recipient.addItems([self.tr(r) for r in RECIPIENTS])
        self.recipient.setAccessibleName(self.tr("Submitted to"))
        self.recipient.lineEdit().setAccessibleName(self.tr("Submitted to"))  # what AT focuses
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. Detailed action plan, or Progress report 1"))
        self.note.setAccessibleName(self.tr("Note"))
        form = QFormLayout()
        form.addRow(self.tr("Submitted &on:"), self.on)
        form.addRow(self.tr("Submitted &to:"), self.recipient)
        form.addRow(self.tr("&Note:"), self.note)
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
