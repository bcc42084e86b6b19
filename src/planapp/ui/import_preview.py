"""The import preview: what a workbook holds, where each column goes (the user may change it),
and, for each plan read, whether it is added or merged into a plan of the document."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.plan import Plan
from planapp.domain.plan_match import matching_plan
from planapp.excel.errors import ImportCancelled, WorkbookError
from planapp.excel.mapping import ImportResult, SheetLayout
from planapp.ui.import_mapping import Mapping as Mapping_
from planapp.ui.import_mapping import SheetMapping, mapping_of

NEW_PLAN = -1  # a target: add the plan read as a new plan


class ImportPreview(QDialog):
    """What the workbook holds, where each column goes, and what importing it will do, before
    anything changes.

    ``reread(mapping)`` reads the workbook again with the user's column choices; the preview
    calls it whenever a choice changes and shows the plans it then holds.
    """

    def __init__(
        self,
        path: Path,
        result: ImportResult | None,
        existing: list[Plan],
        parent: QWidget | None = None,
        *,
        layouts: Sequence[SheetLayout] = (),
        chosen: Mapping_ | None = None,
        reread: Callable[[Mapping_], ImportResult] | None = None,
        problem: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {name}").format(name=path.name))
        self.path = path
        self.result = result
        self.existing = existing
        self.reread = reread
        self.choices: list[QComboBox] = []
        layout = QVBoxLayout(self)
        self.mappings: list[SheetMapping] = []
        chosen = chosen or {}
        if layouts:
            for sheet in layouts:
                panel = SheetMapping(sheet, chosen.get(sheet.sheet, {}), self)
                panel.changed.connect(self._mapping_changed)
                self.mappings.append(panel)
                layout.addWidget(panel)
        self.plans_box = QWidget(self)
        layout.addWidget(self.plans_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_plans(result, problem)

    def _show_plans(self, result: ImportResult | None, problem: str = "") -> None:
        """Rebuild the plans part for ``result`` (None: nothing importable, ``problem`` says
        why)."""
        old = self.plans_box
        self.plans_box = QWidget(self)
        self.layout().replaceWidget(old, self.plans_box)
        old.deleteLater()
        self.result = result
        self.choices = []
        box = QVBoxLayout(self.plans_box)
        box.setContentsMargins(0, 0, 0, 0)
        if result is None or not result.plans:
            message = QLabel(
                html.escape(problem or self.tr("No plan can be read with these columns."))
            )
            message.setWordWrap(True)
            message.setAccessibleName(self.tr("Why nothing can be imported"))
            box.addWidget(message)
            self.import_button.setEnabled(False)
            return
        self.import_button.setEnabled(True)
        count = len(result.plans)
        box.addWidget(
            QLabel(
                self.tr("<b>{name}</b> holds %n plans:", "", count).format(
                    name=html.escape(self.path.name)
                )
            )
        )
        form = QFormLayout()
        for plan in result.plans:
            milestones = plan.milestone_count()
            contacts = sum(len(r.contacts) for r in plan.recommendations)
            extra = sum(len(r.extra) for r in plan.recommendations)
            parts = [
                self.tr("%n recommendations", "", len(plan.recommendations)),
                self.tr("%n milestones", "", milestones),
                self.tr("%n contacts", "", contacts),
            ]
            if extra:
                parts.append(self.tr("%n extra column cells", "", extra))
            label = QLabel(
                f"{html.escape(plan.short_name)}<br><small>{', '.join(parts)}</small>",
                self.plans_box,
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            combo = QComboBox(self.plans_box)
            combo.setAccessibleName(self.tr("What to do with {plan}").format(plan=plan.short_name))
            combo.addItem(self.tr("Add as a new plan"), NEW_PLAN)
            for other in self.existing:
                combo.addItem(
                    self.tr("Merge into “{plan}”").format(plan=other.short_name), other.id
                )
            match = matching_plan(self.existing, plan)
            if match is not None:
                combo.setCurrentIndex(combo.findData(match.id))
            self.choices.append(combo)
            form.addRow(label, combo)
        box.addLayout(form)
        if result.warnings:
            box.addWidget(QLabel(self.tr("%n warnings:", "", len(result.warnings)), self.plans_box))
            warnings = QListWidget(self.plans_box)
            warnings.setAccessibleName(self.tr("Import warnings"))
            warnings.addItems(result.warnings)
            box.addWidget(warnings)

    def mapping(self) -> Mapping_:
        """The user's column choices, sheet by sheet."""
        return mapping_of(self.mappings)

    def _mapping_changed(self, *_args: object) -> None:
        if self.reread is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result, problem = self.reread(self.mapping()), ""
        except ImportCancelled:
            result, problem = None, self.tr("Reading was cancelled.")
        except (WorkbookError, OSError) as exc:
            result, problem = None, str(exc)
        finally:
            QApplication.restoreOverrideCursor()
        self._show_plans(result, problem)

    def targets(self) -> list[int]:
        """Per imported plan: NEW_PLAN, or the id of the plan to merge it into."""
        return [int(combo.currentData()) for combo in self.choices]
