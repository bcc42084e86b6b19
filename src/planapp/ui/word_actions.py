"""File ▸ Export as Word…: the plan as a Word document, in the language and on the paper chosen.

The document is written in a worker thread through the same job runner as the Excel export
(a busy dialog the window stays painted behind); the language and paper offered first are the
ones last used for an export, and the document goes to the folder exports went to last.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from planapp.store.outputs import OutputIsDocumentError, refuse_document_target
from planapp.ui import dialogs
from planapp.ui.excel_context import ExcelContext
from planapp.ui.export_options import ExportOptions
from planapp.ui.jobs import run_job
from planapp.ui.preferences import Language, PaperSize


def word_filter() -> str:
    return QCoreApplication.translate("WordOptions", "Word documents (*.docx)")


def export_word(ctx: ExcelContext, path: str | None = None) -> Path | None:
    """Ask for the options and the file (unless ``path`` is given), then write the document;
    returns the file written, None if cancelled or refused (the user was told why)."""
    plan = ctx.plan()
    if plan is None:
        return None
    window = ctx.parent
    title = QCoreApplication.translate("WordOptions", "Export as Word")
    options = ExportOptions(ctx.prefs, window, title, with_template=False)
    if path is None:
        if not dialogs.run(options):
            return None
        start = Path(ctx.prefs.folder("excel")) / f"{dialogs.file_stem(plan.short_name)}.docx"
        path = dialogs.ask_save_path(window, title, str(start), word_filter())
        if not path:
            return None
    target = Path(path) if Path(path).suffix else Path(path + ".docx")
    try:
        refuse_document_target(target, [ctx.document().path])
    except OutputIsDocumentError as exc:
        dialogs.show_error(window, title, str(exc))
        return None
    # python-docx and lxml load at the first Word export, not at start-up.
    from planapp.word.writer import WordExportError, write_document

    lang = Language(options.lang.currentData())
    paper = PaperSize(options.paper.currentData())
    try:
        run_job(
            window,
            QCoreApplication.translate("WordOptions", "Writing {name}…").format(name=target.name),
            lambda _report: write_document(
                plan,
                target,
                lang=lang.for_plan(plan.language),  # type: ignore[arg-type]
                paper=paper.value,
            ),
            cancellable=False,
        )
    except (WordExportError, OSError) as exc:
        dialogs.show_error(window, title, str(exc))
        return None
    ctx.prefs.update(excel_folder=str(target.parent), excel_language=lang, excel_paper=paper)
    ctx.status(QCoreApplication.translate("WordOptions", "Wrote {path}").format(path=target), 8000)
    return target
