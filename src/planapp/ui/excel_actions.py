"""File ▸ Import and Export Excel Workbook: the dialogs around the Excel engine.

Import reads the whole workbook first (with progress and Cancel), shows what it found, and only
then changes the document, in one undoable step: new plans are added, and a plan that is already
in the document can be merged recommendation by recommendation and field by field. The
functions are given an :class:`ExcelContext` (the document, the plan shown, the undo stack's
``push``, the preferences, a status line), not the window.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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
from planapp.store.document import Document
from planapp.store.outputs import OutputIsDocumentError, refuse_document_target
from planapp.ui import commands, dialogs
from planapp.ui.merge_dialog import MergeDialog
from planapp.ui.preferences import Language, PaperSize, PreferenceStore
from planapp.ui.progress import progress_dialog

WORKBOOK_FILTER = "Excel workbooks (*.xlsx *.xlsm);;All files (*)"
NEW_PLAN = -1


@dataclass(frozen=True)
class ExcelContext:
    parent: QWidget  # for dialogs
    document: Callable[[], Document]
    plan: Callable[[], Plan | None]  # the plan shown
    push: Callable[[commands.StoreCommand], bool]  # do an undoable edit; False if it failed
    prefs: PreferenceStore
    status: Callable[[str, int], None]


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


def import_workbook(ctx: ExcelContext, path: str | None = None) -> bool:
    """Import a workbook into the open document; True if the document changed."""
    window = ctx.parent
    if path is None:
        path = dialogs.ask_open_path(
            window, "Import Excel Workbook", ctx.prefs.folder("excel"), WORKBOOK_FILTER
        )
        if not path:
            return False
    source = Path(path)
    ctx.prefs.update(excel_folder=str(source.parent))
    progress, report = progress_dialog(window, f"Reading {source.name}…")
    try:
        result = read_workbook(source, report)  # type: ignore[arg-type]
    except ImportCancelled:
        ctx.status("Import cancelled; nothing was changed.", 5000)
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
    doc = ctx.document()
    existing = [doc.load_plan(p.id) for p in doc.plans()]
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
            ctx.status(f"“{current.short_name}” already matches {source.name}.", 5000)
            continue
        if not dialogs.run(merge):
            continue
        merged.append(merge.merged())
        before.append(current)
    if not added and not merged:
        return False
    # One command, one transaction: the whole import happens, or none of it.
    if not ctx.push(commands.ApplyImport(doc, added, merged, before, f"Import {source.name}")):
        return False
    ctx.status(f"Imported {source.name}", 5000)
    return True


class ExportOptions(QDialog):
    """Language of the headings, paper size, and optionally the department's own template."""

    def __init__(self, prefs: PreferenceStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export Excel Workbook")
        chosen = prefs.values
        form = QFormLayout(self)
        self.lang = QComboBox(self)
        for lang in Language:
            self.lang.addItem(lang.label, lang.value)
        self.lang.setCurrentIndex(max(0, self.lang.findData(chosen.excel_language.value)))
        form.addRow("&Headings:", self.lang)
        self.paper = QComboBox(self)
        for paper in PaperSize:
            self.paper.addItem(paper.label, paper.value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(chosen.excel_paper.value)))
        form.addRow("&Paper:", self.paper)
        self.template = QLineEdit(chosen.excel_template, self)
        self.template.setPlaceholderText("Built-in template")
        browse = QPushButton("&Browse…", self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(browse)
        # A row that is a layout gets no buddy from addRow (its "&" would show): set it here.
        template_label = QLabel("&Template:", self)
        template_label.setBuddy(self.template)
        form.addRow(template_label, row)
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


def export_workbook(ctx: ExcelContext, path: str | None = None) -> Path | None:
    plan = ctx.plan()
    if plan is None:
        return None
    window = ctx.parent
    options = ExportOptions(ctx.prefs, window)
    if path is None:
        if not dialogs.run(options):
            return None
        start = Path(ctx.prefs.folder("excel")) / f"{dialogs.file_stem(plan.short_name)}.xlsx"
        path = dialogs.ask_save_path(
            window, "Export Excel Workbook", str(start), "Excel workbooks (*.xlsx)"
        )
        if not path:
            return None
    target = Path(path) if Path(path).suffix else Path(path + ".xlsx")
    try:
        refuse_document_target(target, [ctx.document().path])
    except OutputIsDocumentError as exc:
        dialogs.show_error(window, "Export Excel Workbook", str(exc))
        return None
    lang = Language(options.lang.currentData())
    paper = PaperSize(options.paper.currentData())
    template = options.template.text().strip() or None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        warnings = write_workbook(
            plan, target, lang=lang.value, template=template, paper=paper.value
        )
    except (ExportError, WorkbookError, OSError) as exc:
        dialogs.show_error(window, "Export Excel Workbook", str(exc))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    ctx.prefs.update(
        excel_folder=str(target.parent),
        excel_language=lang,
        excel_paper=paper,
        excel_template=template or "",
    )
    message = f"Wrote {target}"
    if warnings:
        message += f" ({len(warnings)} warning(s): {warnings[0]})"
    ctx.status(message, 8000)
    return target
