"""Recommendation Status…: the status you give a recommendation, and outside assessments.

The milestones suggest a status (shown beside the choice), but the department sets it; the OAG,
PACP or the audit committee may judge it otherwise, and each such assessment is kept.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.followup import progress_summary, suggested_status
from planapp.domain.history import Assessment
from planapp.domain.plan import Recommendation
from planapp.domain.status import AssessmentSource, RecommendationStatus
from planapp.ui.revision_dialog import pydate, qdate


def assessment_line(a: Assessment) -> str:
    line = (
        QCoreApplication.translate("StatusDialog", "{source} on {date}: {rating}").format(
            source=a.source.label, date=a.assessed_on.isoformat(), rating=a.rating
        )
        if a.assessed_on
        else QCoreApplication.translate("StatusDialog", "{source}: {rating}").format(
            source=a.source.label, rating=a.rating
        )
    )
    return f"{line} ({a.reference})" if a.reference else line


class StatusDialog(QDialog):
    def __init__(self, rec: Recommendation, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Status of {ref}").format(ref=rec.ref or self.tr("Recommendation"))
        )
        self.assessments = list(rec.assessments)
        suggested = suggested_status(rec)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Recommendation status"))
        self.status.addItem(self.tr("Not set"), "")
        for status in RecommendationStatus:
            self.status.addItem(status.label, status.value)
        current = rec.status.value if rec.status else ""
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.hint = hint = QLabel(
            self.tr("Suggested from its milestones: {status}. {progress}.").format(
                status=suggested.label if suggested else self.tr("none"),
                progress=progress_summary(rec).text,
            )
        )
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Assessments"))
        self.source = QComboBox()
        for source in AssessmentSource:
            self.source.addItem(source.label, source.value)
        self.source.setAccessibleName(self.tr("Assessed by"))
        self.on = QDateEdit(qdate(today))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setAccessibleName(self.tr("Assessed on"))
        self.rating = QLineEdit()
        self.rating.setPlaceholderText(self.tr("e.g. Satisfactory progress, or Addressed"))
        self.rating.setAccessibleName(self.tr("Rating"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Report or meeting reference"))
        self.reference.setAccessibleName(self.tr("Reference"))
        self.add_button = QPushButton(self.tr("&Add Assessment"))
        self.remove_button = QPushButton(self.tr("&Remove Assessment"))
        form = QFormLayout()
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(hint)
        form.addRow(QLabel(self.tr("Assessments:")))
        form.addRow(self.list)
        form.addRow(self.tr("Assessed &by:"), self.source)
        form.addRow(self.tr("Assessed &on:"), self.on)
        form.addRow(self.tr("Ra&ting:"), self.rating)
        form.addRow(self.tr("Re&ference:"), self.reference)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(lambda *_: self.add_assessment())
        self.remove_button.clicked.connect(lambda *_: self.remove_assessment())
        self._refresh()

    def _refresh(self) -> None:
        self.list.clear()
        self.list.addItems([assessment_line(a) for a in self.assessments])
        self.remove_button.setEnabled(bool(self.assessments))

    def add_assessment(self) -> None:
        rating = " ".join(self.rating.text().split())
        if not rating:
            return
        self.assessments.append(
            Assessment(
                AssessmentSource(self.source.currentData()),
                pydate(self.on.date()),
                rating,
                self.reference.text().strip(),
            )
        )
        self.rating.clear()
        self.reference.clear()
        self._refresh()

    def remove_assessment(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.assessments):
            del self.assessments[row]
            self._refresh()

    def chosen_status(self) -> RecommendationStatus | None:
        value = self.status.currentData()
        return RecommendationStatus(value) if value else None
