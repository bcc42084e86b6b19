"""File ▸ Import and Export Excel Workbook: the dialogs around the Excel engine.

Import reads the whole workbook first (in a worker thread, with progress and Cancel), shows
what it found and where each column goes (see ``import_mapping``: the user may change it), and
only then changes the document, in one undoable step: new plans are added, and a plan that is
already in the document can be merged recommendation by recommendation and field by field. The
functions are given an :class:`ExcelContext` (the document, the plan shown, the undo stack's
``push``, the preferences, a status line), not the window.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
from planapp.domain.plan_match import matching_plan
from planapp.excel.errors import ExportError, ImportCancelled, WorkbookError
from planapp.excel.mapping import ImportResult, SheetLayout, read_workbook
from planapp.excel.reader import MappingRequired
from planapp.excel.writer import write_workbook
from planapp.store.document import Document
from planapp.store.outputs import OutputIsDocumentError, refuse_document_target
from planapp.ui import commands, dialogs
from planapp.ui.import_mapping import Mapping as Mapping_
from planapp.ui.import_mapping import SheetMapping, mapping_of, remember, remembered
from planapp.ui.jobs import run_job
from planapp.ui.merge_dialog import MergeDialog
from planapp.ui.preferences import Language, PaperSize, PreferenceStore


def workbook_filter() -> str:
    return QCoreApplication.translate(
        "excel_actions", "Excel workbooks (*.xlsx *.xlsm);;All files (*)"
    )


NEW_PLAN = -1


@dataclass(frozen=True)
class ExcelContext:
    parent: QWidget  # for dialogs
    document: Callable[[], Document]
    plan: Callable[[], Plan | None]  # the plan shown
    push: Callable[[commands.StoreCommand], bool]  # do an undoable edit; False if it failed
    prefs: PreferenceStore
    status: Callable[[str, int], None]


def _import_title() -> str:
    return QCoreApplication.translate("excel_actions", "Import Excel Workbook")


def _export_title() -> str:
    return QCoreApplication.translate("excel_actions", "Export Excel Workbook")


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


def _sheet_layouts(result: ImportResult) -> list[SheetLayout]:
    return list(getattr(result, "sheet_layouts", None) or result.layouts)


def _read(window: QWidget, source: Path, mapping: Mapping_ | None) -> ImportResult:
    """Read ``source`` in a worker thread, with progress and Cancel (raises what
    read_workbook raises)."""
    return run_job(
        window,
        QCoreApplication.translate("excel_actions", "Reading {name}…").format(name=source.name),
        lambda report: read_workbook(source, report, mapping=mapping or None),
    )


def import_workbook(ctx: ExcelContext, path: str | None = None) -> bool:
    """Import a workbook into the open document; True if the document changed."""
    window = ctx.parent
    settings = ctx.prefs.settings
    if path is None:
        path = dialogs.ask_open_path(
            window, _import_title(), ctx.prefs.folder("excel"), workbook_filter()
        )
        if not path:
            return False
    source = Path(path)
    ctx.prefs.update(excel_folder=str(source.parent))
    result: ImportResult | None = None
    problem = ""
    try:
        try:
            result = _read(window, source, None)
            layouts = _sheet_layouts(result)
        except MappingRequired as exc:
            layouts, problem = list(exc.layouts), str(exc)
        # Choices made earlier for sheets with the same headings are proposed again.
        chosen = {
            layout.sheet: found for layout in layouts if (found := remembered(settings, layout))
        }
        if chosen:
            try:
                result, problem = _read(window, source, chosen), ""
            except MappingRequired as exc:
                result, problem = None, str(exc)
    except ImportCancelled:
        ctx.status(
            QCoreApplication.translate("excel_actions", "Import cancelled; nothing was changed."),
            5000,
        )
        return False
    except (WorkbookError, OSError) as exc:
        dialogs.show_error(window, _import_title(), str(exc))
        return False
    if result is not None and not result.plans and not layouts:
        dialogs.show_error(
            window,
            _import_title(),
            QCoreApplication.translate(
                "excel_actions", "{name} holds no Detailed Action Plan table."
            ).format(name=source.name),
        )
        return False
    doc = ctx.document()
    existing = [doc.load_plan(p.id) for p in doc.plans()]
    preview = ImportPreview(
        source,
        result,
        existing,
        window,
        layouts=layouts,
        chosen=chosen,
        reread=lambda mapping: _read(window, source, mapping),
        problem=problem,
    )
    if not dialogs.run(preview) or preview.result is None:
        return False
    result = preview.result
    for panel in preview.mappings:
        remember(settings, panel.layout_, panel.choices())
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
            ctx.status(
                QCoreApplication.translate(
                    "excel_actions", "“{plan}” already matches {name}."
                ).format(plan=current.short_name, name=source.name),
                5000,
            )
            continue
        if not dialogs.run(merge):
            continue
        merged.append(merge.merged())
        before.append(current)
    if not added and not merged:
        return False
    # One command, one transaction: the whole import happens, or none of it.
    text = QCoreApplication.translate("excel_actions", "Import {name}").format(name=source.name)
    if not ctx.push(commands.ApplyImport(doc, added, merged, before, text)):
        return False
    ctx.status(
        QCoreApplication.translate("excel_actions", "Imported {name}").format(name=source.name),
        5000,
    )
    return True


class ExportOptions(QDialog):
    """Language of the content, headings and titles, paper size, and (for a workbook) the
    department's own template. The Word export shows it without the template."""

    def __init__(
        self,
        prefs: PreferenceStore,
        parent: QWidget | None = None,
        title: str = "",
        with_template: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Export Excel Workbook"))
        chosen = prefs.values
        form = QFormLayout(self)
        self.lang = QComboBox(self)
        for lang in Language:
            self.lang.addItem(lang.label, lang.value)
        self.lang.setCurrentIndex(max(0, self.lang.findData(chosen.excel_language.value)))
        form.addRow(self.tr("&Language:"), self.lang)  # of the content, headings and titles
        self.paper = QComboBox(self)
        for paper in PaperSize:
            self.paper.addItem(paper.label, paper.value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(chosen.excel_paper.value)))
        form.addRow(self.tr("&Paper:"), self.paper)
        self.template = QLineEdit(chosen.excel_template if with_template else "", self)
        if with_template:
            self.template.setPlaceholderText(self.tr("Built-in template"))
            browse = QPushButton(self.tr("&Browse…"), self)
            browse.clicked.connect(self._browse)
            row = QHBoxLayout()
            row.addWidget(self.template, 1)
            row.addWidget(browse)
            # A row that is a layout gets no buddy from addRow (its "&" would show): set it.
            template_label = QLabel(self.tr("&Template:"), self)
            template_label.setBuddy(self.template)
            form.addRow(template_label, row)
        else:
            self.template.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Department Template"), "", workbook_filter()
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
            window,
            _export_title(),
            str(start),
            QCoreApplication.translate("excel_actions", "Excel workbooks (*.xlsx)"),
        )
        if not path:
            return None
    target = Path(path) if Path(path).suffix else Path(path + ".xlsx")
    try:
        refuse_document_target(target, [ctx.document().path])
    except OutputIsDocumentError as exc:
        dialogs.show_error(window, _export_title(), str(exc))
        return None
    lang = Language(options.lang.currentData())
    paper = PaperSize(options.paper.currentData())
    template = options.template.text().strip() or None
    try:
        history = ctx.document().history(plan_id=plan.id)  # read here: jobs never use the store
        warnings = run_job(
            window,
            QCoreApplication.translate("excel_actions", "Writing {name}…").format(name=target.name),
            lambda _report: write_workbook(
                plan,
                target,
                lang=lang.for_plan(plan.language),  # type: ignore[arg-type]
                template=template,
                paper=paper.value,
                history=history,
            ),
            cancellable=False,
        )
    except (ExportError, WorkbookError, OSError) as exc:
        dialogs.show_error(window, _export_title(), str(exc))
        return None
    ctx.prefs.update(
        excel_folder=str(target.parent),
        excel_language=lang,
        excel_paper=paper,
        excel_template=template or "",
    )
    message = QCoreApplication.translate("excel_actions", "Wrote {path}").format(path=target)
    if warnings:
        message = QCoreApplication.translate(
            "excel_actions", "Wrote {path} (warnings: {count}; the first: {first})"
        ).format(path=target, count=len(warnings), first=warnings[0])
    ctx.status(message, 8000)
    return target
