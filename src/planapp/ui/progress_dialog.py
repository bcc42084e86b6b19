"""Milestones ▸ Progress…: a milestone's progress entries, newest first, and a new one.

Entries are added, never overwritten; an entry can be corrected only until the reporting
period it belongs to closes (older ones are shown as frozen). Accepting gives the milestone
with the new or corrected entry; the panel stores it as one undoable edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.followup import (
    FollowUpError,
    add_progress,
    check_new_entry,
    is_frozen,
    replace_progress,
)
from planapp.domain.history import ProgressEntry, ReportingPeriod
from planapp.domain.plan import Milestone
from planapp.domain.status import MilestoneStatus
from planapp.ui.revision_dialog import pydate, qdate


def entry_line(entry: ProgressEntry, frozen: bool) -> str:
    parts = [entry.as_of.isoformat(), entry.status.label]
    if entry.percent is not None:
        parts.append(
            QCoreApplication.translate("ProgressDialog", "{percent}%").format(percent=entry.percent)
        )
    if frozen:
        parts.append(QCoreApplication.translate("ProgressDialog", "closed period"))
    text = " ".join(entry.text.split())
    return f"{' · '.join(parts)} — {text}"


class ProgressDialog(QDialog):
    """Shows a milestone's entries and takes a new one (or corrects a selected open one)."""

    def __init__(
        self,
        milestone: Milestone,
        periods: Sequence[ReportingPeriod],
        today: dt.date,
        author: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.milestone = milestone
        self.periods = list(periods)
        self.today = today
        self.author = author
        self.editing: ProgressEntry | None = None
        self.setWindowTitle(
            self.tr("Progress of Milestone {number}").format(number=milestone.number).strip()
        )

        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Progress entries, newest first"))
        for entry in milestone.progress:
            frozen = is_frozen(entry, self.periods, today)
            item = QListWidgetItem(entry_line(entry, frozen))
            item.setToolTip(entry.text)
            self.history.addItem(item)
        self.history.currentRowChanged.connect(self._pick)

        self.as_of = QDateEdit(qdate(today))
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.status = QComboBox()
        for status in MilestoneStatus:
            self.status.addItem(status.label, status.value)
        self.status.setCurrentIndex(self.status.findData(milestone.status.value))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.percent = QSpinBox()
        self.percent.setRange(-1, 100)
        self.percent.setSpecialValueText(self.tr("not given"))
        self.percent.setSuffix("%")
        self.percent.setValue(
            milestone.progress[0].percent
            if milestone.progress and milestone.progress[0].percent is not None
            else -1
        )
        self.delay_reason = QPlainTextEdit()
        self.delay_reason.setTabChangesFocus(True)
        self.recovery_plan = QPlainTextEdit()
        self.recovery_plan.setTabChangesFocus(True)
        self.evidence = QPlainTextEdit()
        self.evidence.setTabChangesFocus(True)
        self.evidence.setPlaceholderText(
            self.tr("One reference per line: GCdocs number, file or URL")
        )
        for widget, name in (
            (self.as_of, self.tr("As of")),
            (self.status, self.tr("Status")),
            (self.text, self.tr("Progress since the last report")),
            (self.percent, self.tr("Percent complete")),
            (self.delay_reason, self.tr("Reason for delay")),
            (self.recovery_plan, self.tr("Recovery plan")),
            (self.evidence, self.tr("Evidence references")),
        ):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("&As of:"), self.as_of)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Progress:"), self.text)
        form.addRow(self.tr("Percent &complete:"), self.percent)
        form.addRow(self.tr("Reason for &delay:"), self.delay_reason)
        form.addRow(self.tr("&Recovery plan:"), self.recovery_plan)
        form.addRow(self.tr("&Evidence:"), self.evidence)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Entries (select an open one to correct it):")))
        layout.addWidget(self.history)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(620, 640)

    def _pick(self, row: int) -> None:
        entry = self.milestone.progress[row] if 0 <= row < len(self.milestone.progress) else None
        if entry is None or is_frozen(entry, self.periods, self.today):
            self.editing = None
            self.message.setText(
                "" if entry is None else self.tr("That entry's period has closed; add a new entry.")
            )
            return
        self.editing = entry
        self.as_of.setDate(qdate(entry.as_of))
        self.status.setCurrentIndex(self.status.findData(entry.status.value))
        self.text.setPlainText(entry.text)
        self.percent.setValue(entry.percent if entry.percent is not None else -1)
        self.delay_reason.setPlainText(entry.delay_reason)
        self.recovery_plan.setPlainText(entry.recovery_plan)
        self.evidence.setPlainText("\n".join(entry.evidence))
        self.message.setText(
            self.tr("Correcting the entry of {date}.").format(date=entry.as_of.isoformat())
        )

    def entry(self) -> ProgressEntry:
        percent = self.percent.value()
        evidence = self.evidence.toPlainText().splitlines()
        return ProgressEntry(
            as_of=pydate(self.as_of.date()),
            status=MilestoneStatus(self.status.currentData()),
            text=self.text.toPlainText().strip(),
            percent=None if percent < 0 else percent,
            delay_reason=self.delay_reason.toPlainText().strip(),
            recovery_plan=self.recovery_plan.toPlainText().strip(),
            evidence=tuple(x.strip() for x in evidence if x.strip()),
            author=self.author,
            recorded_at=dt.datetime.now().replace(microsecond=0),
        )

    def result_milestone(self) -> Milestone:
        """The milestone with the entry recorded; FollowUpError if a period rule refuses it."""
        entry = self.entry()
        if self.editing is not None:
            return replace_progress(self.milestone, self.editing, entry, self.periods, self.today)
        check_new_entry(entry, self.periods, self.today)
        return add_progress(self.milestone, entry)

    def accept(self) -> None:
        try:
            self._outcome = self.result_milestone()
        except FollowUpError as exc:
            self.message.setText(str(exc))
            return
        super().accept()

    def outcome(self) -> Milestone | None:
        return getattr(self, "_outcome", None)
