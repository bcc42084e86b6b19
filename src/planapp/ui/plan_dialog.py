"""The plan's own fields: department, title rows, audit title (English and French), language
and status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
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

# The plan's languages, named in the interface language.
PLAN_LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("PlanDialog", "English"),
    "fr": QT_TRANSLATE_NOOP("PlanDialog", "French"),
    "both": QT_TRANSLATE_NOOP("PlanDialog", "English and French"),
}

# Each field, its accessible name and its form label (with its mnemonic).
TEXT_FIELDS = (
    (
        "department",
        QT_TRANSLATE_NOOP("PlanDialog", "Department"),
        QT_TRANSLATE_NOOP("PlanDialog", "&Department:"),
    ),
    (
        "department_fr",
        QT_TRANSLATE_NOOP("PlanDialog", "Department (French)"),
        QT_TRANSLATE_NOOP("PlanDialog", "D&epartment (French):"),
    ),
    (
        "acronym",
        QT_TRANSLATE_NOOP("PlanDialog", "Acronym"),
        QT_TRANSLATE_NOOP("PlanDialog", "&Acronym:"),
    ),
    (
        "title",
        QT_TRANSLATE_NOOP("PlanDialog", "Title row"),
        QT_TRANSLATE_NOOP("PlanDialog", "&Title row:"),
    ),
    (
        "title_fr",
        QT_TRANSLATE_NOOP("PlanDialog", "Title row (French)"),
        QT_TRANSLATE_NOOP("PlanDialog", "T&itle row (French):"),
    ),
    (
        "audit_title",
        QT_TRANSLATE_NOOP("PlanDialog", "Audit title"),
        QT_TRANSLATE_NOOP("PlanDialog", "A&udit title:"),
    ),
    (
        "audit_title_fr",
        QT_TRANSLATE_NOOP("PlanDialog", "Audit title (French)"),
        QT_TRANSLATE_NOOP("PlanDialog", "Audit title (F&rench):"),
    ),
    (
        "report_ref",
        QT_TRANSLATE_NOOP("PlanDialog", "Report reference"),
        QT_TRANSLATE_NOOP("PlanDialog", "Report re&ference:"),
    ),
)


class PlanDialog(QDialog):
    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan Properties"))
        self.plan = plan
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for name, accessible, label in TEXT_FIELDS:
            edit = QLineEdit(getattr(plan, name), self)
            edit.setAccessibleName(self.tr(accessible))
            edit.setMinimumWidth(480)
            if name == "title":
                edit.setPlaceholderText(plan_title(plan, "en"))
            elif name == "title_fr":
                edit.setPlaceholderText(plan_title(plan, "fr"))
            self.edits[name] = edit
            form.addRow(self.tr(label), edit)
        self.status = QComboBox(self)
        for status in PlanStatus:
            self.status.addItem(status.label, status.value)
        self.status.setCurrentIndex(self.status.findData(plan.status.value))
        form.addRow(self.tr("&Status:"), self.status)
        # What the window, the printout and the export show the titles and headings in.
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for code in LANGUAGE_NAMES:
            self.language.addItem(self.tr(PLAN_LANGUAGES[code]), code)
        self.language.setCurrentIndex(max(0, self.language.findData(plan.language)))
        form.addRow(self.tr("&Language:"), self.language)
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
