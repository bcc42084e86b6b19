"""The plan's own fields: department, title rows, audit title (English and French), language
and status."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from planapp.domain.plan import Plan, PlanStatus
from planapp.domain.titles import LANGUAGE_NAMES, plan_title

TEXT_FIELDS = (
    ("department", "Department"),
    ("department_fr", "Department (French)"),
    ("acronym", "Acronym"),
    ("title", "Title row"),
    ("title_fr", "Title row (French)"),
    ("audit_title", "Audit title"),
    ("audit_title_fr", "Audit title (French)"),
    ("report_ref", "Report reference"),
)


class PlanDialog(QDialog):
    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Plan Properties")
        self.plan = plan
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for name, label in TEXT_FIELDS:
            edit = QLineEdit(getattr(plan, name), self)
            edit.setAccessibleName(label)
            edit.setMinimumWidth(480)
            if name == "title":
                edit.setPlaceholderText(plan_title(plan, "en"))
            elif name == "title_fr":
                edit.setPlaceholderText(plan_title(plan, "fr"))
            self.edits[name] = edit
            form.addRow(f"&{label}:", edit)
        self.status = QComboBox(self)
        for status in PlanStatus:
            self.status.addItem(status.label, status.value)
        self.status.setCurrentIndex(self.status.findData(plan.status.value))
        form.addRow("&Status:", self.status)
        # What the window, the printout and the export show the titles and headings in.
        self.language = QComboBox(self)
        self.language.setAccessibleName("Language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(plan.language)))
        form.addRow("&Language:", self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def changes(self) -> dict[str, Any]:
        """Only the fields the user changed, so undo restores just those."""
        out: dict[str, Any] = {}
        for name, edit in self.edits.items():
            value = edit.text().strip()
            if value != getattr(self.plan, name):
                out[name] = value
        status = PlanStatus(self.status.currentData())
        if status != self.plan.status:
            out["status"] = status
        language = str(self.language.currentData())
        if language != self.plan.language:
            out["language"] = language
        return out
