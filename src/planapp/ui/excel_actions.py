"""File ▸ Import and Export Excel Workbook: the dialogs around the Excel engine.

Import reads the whole workbook first (with progress and Cancel), shows what it found, and only
then changes the document, in one undoable step: new plans are added, and a plan that is already
in the document can be merged recommendation by recommendation and field by field.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.plan import Plan
from planapp.excel.errors import ExportError, ImportCancelled, WorkbookError
from planapp.excel.reader import ImportResult, read_workbook
from planapp.excel.writer import write_workbook
from planapp.store.outputs import OutputIsDocumentError, refuse_document_target
from planapp.ui import commands, dialogs
from planapp.ui.merge_dialog import MergeDialog
from planapp.ui.progress import progress_dialog

if TYPE_CHECKING:
    from planapp.ui.main_window import MainWindow

WORKBOOK_FILTER = "Excel workbooks (*.xlsx *.xlsm);;All files (*)"
NEW_PLAN = -1


def matching_plan(existing: list[Plan], imported: Plan) -> Plan | None:
    """The document's plan this workbook is a version of: same audit title and department."""

    def key(plan: Plan) -> tuple[str, str]:
        audit = " ".join((plan.audit_title or plan.audit_title_fr).casefold().split())
        dept = " ".join((plan.acronym or plan.department or plan.display_title).casefold().split())
        return audit, dept

    wanted = key(imported)
    if not wanted[0]:
        return None
    return next((p for p in existing if key(p) == wanted), None)


class ImportPreview(QDialog):
    """What the workbook holds and what importing it will do, before anything changes."""

    def __init__(
        self, path: Path, result: ImportResult, existing: list[Plan], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import {path.name}")
        self.result = result
        self.choices: list[QComboBox] = []
        layout = QVBoxLayout(self)
        count = len(result.plans)
        layout.addWidget(QLabel(f"<b>{html.escape(path.name)}</b> holds {count} plan(s):", self))
        form = QFormLayout()
        for plan in result.plans:
            milestones = plan.milestone_count()
            contacts = sum(len(r.contacts) for r in plan.recommendations)
            label = QLabel(
                f"{html.escape(plan.short_name)}<br>"
                f"<small>{len(plan.recommendations)} recommendations, "
                f"{milestones} milestones, {contacts} contacts</small>",
                self,
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            combo = QComboBox(self)
            combo.setAccessibleName(f"What to do with {plan.short_name}")
            combo.addItem("Add as a new plan", NEW_PLAN)
            for other in existing:
                combo.addItem(f"Merge into “{other.short_name}”", other.id)
            match = matching_plan(existing, plan)
            if match is not None:
                combo.setCurrentIndex(combo.findData(match.id))
            self.choices.append(combo)
            form.addRow(label, combo)
        layout.addLayout(form)
        if result.warnings:
            layout.addWidget(QLabel(f"{len(result.warnings)} warning(s):", self))
            warnings = QListWidget(self)
            warnings.setAccessibleName("Import warnings")
            warnings.addItems(result.warnings)
            layout.addWidget(warnings)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def targets(self) -> list[int]:
        """Per imported plan: NEW_PLAN, or the id of the plan to merge it into."""
        return [int(combo.currentData()) for combo in self.choices]


def import_workbook(window: MainWindow, path: str | None = None) -> bool:
    """Import a workbook into the open document; True if the document changed."""
    if path is None:
        path = dialogs.ask_open_path(
            window, "Import Excel Workbook", _folder(window), WORKBOOK_FILTER
        )
        if not path:
            return False
    source = Path(path)
    window.settings.setValue("folders/excel", str(source.parent))
    progress, report = progress_dialog(window, f"Reading {source.name}…")
    try:
        result = read_workbook(source, report)  # type: ignore[arg-type]
    except ImportCancelled:
        window.statusBar().showMessage("Import cancelled; nothing was changed.", 5000)
        return False
    except (WorkbookError, OSError) as exc:
        dialogs.show_error(window, "Import Excel Workbook", str(exc))
        return False
    finally:
        progress.close()
    if not result.plans:
        dialogs.show_error(
            window, "Import Excel Workbook", f"{source.name} holds no Detailed Action Plan table."
        )
        return False
    existing = [window.doc.load_plan(p.id) for p in window.doc.plans()]
    preview = ImportPreview(source, result, existing, window)
    if not dialogs.run(preview):
        return False
    added: list[Plan] = []
    merged: list[Plan] = []
    before: list[Plan] = []
    from_planapp = result.from_planapp or [True] * len(result.plans)
    for plan, target, own in zip(result.plans, preview.targets(), from_planapp, strict=True):
        if target == NEW_PLAN:
            added.append(plan)
            continue
        current = next(p for p in existing if p.id == target)
        merge = MergeDialog(current, plan, source.name, window, from_planapp=own)
        if not merge.has_changes():
            window.statusBar().showMessage(
                f"“{current.short_name}” already matches {source.name}.", 5000
            )
            continue
        if not dialogs.run(merge):
            continue
        merged.append(merge.merged())
        before.append(current)
    if not added and not merged:
        return False
    # One command, one transaction: the whole import happens, or none of it.
    if not window.push(
        commands.ApplyImport(window.doc, added, merged, before, f"Import {source.name}")
    ):
        return False
    window.statusBar().showMessage(f"Imported {source.name}", 5000)
    return True


class ExportOptions(QDialog):
    """Language of the headings, paper size, and optionally the department's own template."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle("Export Excel Workbook")
        settings = window.settings
        form = QFormLayout(self)
        self.lang = QComboBox(self)
        for text, value in (("English", "en"), ("French", "fr"), ("Bilingual", "both")):
            self.lang.addItem(text, value)
        self.lang.setCurrentIndex(max(0, self.lang.findData(settings.value("excel/lang", "en"))))
        form.addRow("&Headings:", self.lang)
        self.paper = QComboBox(self)
        self.paper.addItem("Legal", "legal")
        self.paper.addItem("Letter", "letter")
        self.paper.setCurrentIndex(
            max(0, self.paper.findData(settings.value("excel/paper", "legal")))
        )
        form.addRow("&Paper:", self.paper)
        self.template = QLineEdit(str(settings.value("excel/template", "")), self)
        self.template.setPlaceholderText("Built-in template")
        browse = QPushButton("&Browse…", self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(browse)
        form.addRow("&Template:", row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Department Template", "", WORKBOOK_FILTER
        )
        if path:
            self.template.setText(path)


def export_workbook(window: MainWindow, path: str | None = None) -> Path | None:
    if window.plan is None:
        return None
    options = ExportOptions(window)
    if path is None:
        if not dialogs.run(options):
            return None
        start = Path(_folder(window)) / f"{dialogs.file_stem(window.plan.short_name)}.xlsx"
        path = dialogs.ask_save_path(
            window, "Export Excel Workbook", str(start), "Excel workbooks (*.xlsx)"
        )
        if not path:
            return None
    target = Path(path) if Path(path).suffix else Path(path + ".xlsx")
    try:
        refuse_document_target(target, [window.doc.path])
    except OutputIsDocumentError as exc:
        dialogs.show_error(window, "Export Excel Workbook", str(exc))
        return None
    lang, paper = options.lang.currentData(), options.paper.currentData()
    template = options.template.text().strip() or None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        history = window.doc.history(plan_id=window.plan.id)
        warnings = write_workbook(
            window.plan, target, lang=lang, template=template, paper=paper, history=history
        )
    except (ExportError, WorkbookError, OSError) as exc:
        dialogs.show_error(window, "Export Excel Workbook", str(exc))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    settings = window.settings
    settings.setValue("folders/excel", str(target.parent))
    settings.setValue("excel/lang", lang)
    settings.setValue("excel/paper", paper)
    settings.setValue("excel/template", template or "")
    message = f"Wrote {target}"
    if warnings:
        message += f" ({len(warnings)} warning(s): {warnings[0]})"
    window.statusBar().showMessage(message, 8000)
    return target


def _folder(window: MainWindow) -> str:
    return str(window.settings.value("folders/excel", str(Path.home())))
