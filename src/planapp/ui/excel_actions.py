"""File ▸ Import Excel Workbook: the dialogs around the Excel reader.

Import reads the whole workbook first (in a worker thread, with progress and Cancel), shows
what it found and where each column goes (``import_preview``, ``import_mapping``: the user may
change it), and only then changes the document, in one undoable step: new plans are added, and a
plan that is already in the document can be merged recommendation by recommendation and field by
field. The functions are given an :class:`ExcelContext` (the document, the plan shown, the undo
stack's ``push``, the preferences, a status line), not the window. Export is in ``excel_export``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planapp.domain.plan import Plan
from planapp.excel.errors import ImportCancelled, WorkbookError
from planapp.ui import commands, dialogs
from planapp.ui.excel_context import ExcelContext, workbook_filter
from planapp.ui.jobs import run_job

if TYPE_CHECKING:
    from planapp.excel.mapping import ImportResult, SheetLayout
    from planapp.ui.import_mapping import Mapping as Mapping_


def _import_title() -> str:
    return QCoreApplication.translate("excel_actions", "Import Excel Workbook")


def _sheet_layouts(result: ImportResult) -> list[SheetLayout]:
    return list(getattr(result, "sheet_layouts", None) or result.layouts)


def _read(window: QWidget, source: Path, mapping: Mapping_ | None) -> ImportResult:
    """Read ``source`` in a worker thread, with progress and Cancel (raises what
    read_workbook raises)."""
    from planapp.excel.mapping import read_workbook

    return run_job(
        window,
        QCoreApplication.translate("excel_actions", "Reading {name}…").format(name=source.name),
        lambda report: read_workbook(source, report, mapping=mapping or None),
    )


def import_workbook(ctx: ExcelContext, path: str | None = None) -> bool:
    """Import a workbook into the open document; True if the document changed."""
    # The Excel engine and the preview load here, at the first import: openpyxl takes about
    # 0.15 s to import, which start-up need not pay.
    from planapp.excel.reader import MappingRequired
    from planapp.ui.import_mapping import remember, remembered
    from planapp.ui.import_preview import NEW_PLAN, ImportPreview
    from planapp.ui.merge_dialog import MergeDialog

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
