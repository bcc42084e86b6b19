"""File ▸ Export as Excel Workbook: the export options, the file chosen, the workbook written in
a worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from planapp.excel.errors import ExportError, WorkbookError
from planapp.store.outputs import OutputIsDocumentError, refuse_document_target
from planapp.ui import dialogs
from planapp.ui.excel_context import ExcelContext
from planapp.ui.export_options import ExportOptions
from planapp.ui.jobs import run_job
from planapp.ui.preferences import Language, PaperSize


def _export_title() -> str:
    return QCoreApplication.translate("excel_actions", "Export Excel Workbook")


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
    from planapp.excel.writer import write_workbook  # openpyxl loads at the first export

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
