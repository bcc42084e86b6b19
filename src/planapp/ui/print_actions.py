"""File ▸ Print Preview, Print and Export PDF: the dialogs around the print renderer.

Preview and Print share one painting function (``paint_plan``), as the preview dialog's
``paintRequested`` slot and as the printer's job. Page size, orientation and the last PDF
folder are remembered in the settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog

from planapp.printing.options import PrintOptions
from planapp.printing.pdf import write_pdf
from planapp.printing.render import configure_printer, paint_plan
from planapp.store.outputs import OutputIsDocumentError, refuse_document_target
from planapp.ui import dialogs
from planapp.ui.progress import progress_dialog

if TYPE_CHECKING:
    from planapp.ui.main_window import MainWindow


def print_options(window: MainWindow) -> PrintOptions:
    settings = window.settings
    page_size = str(settings.value("print/pageSize", "legal"))
    lang = str(settings.value("print/lang", "en"))
    return PrintOptions(
        page_size=page_size if page_size in ("legal", "letter") else "legal",
        landscape=str(settings.value("print/landscape", "true")).lower() != "false",
        lang=lang if lang in ("en", "fr", "both") else "en",  # type: ignore[arg-type]
        recommendation_ids=window.selected_recommendation_ids(),
    )


def _remember_page_setup(window: MainWindow, printer: QPrinter) -> None:
    """Keep what the user chose in the print dialogs for next time (and show it in the menu)."""
    size_id = printer.pageLayout().pageSize().id()
    names = {QPageSize.PageSizeId.Letter: "letter", QPageSize.PageSizeId.Legal: "legal"}
    if size_id in names:
        window.settings.setValue("print/pageSize", names[size_id])
        for action in window.print_paper_group.actions():
            action.setChecked(action.data() == names[size_id])
    landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    window.settings.setValue("print/landscape", "true" if landscape else "false")


def _printer(window: MainWindow, options: PrintOptions) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(window.plan.short_name if window.plan else "plan")
    configure_printer(printer, options)
    return printer


def print_preview(window: MainWindow) -> QPrintPreviewDialog | None:
    """Open the preview (window-modal, not blocking); returns it so tests can inspect it."""
    if window.plan is None:
        return None
    plan, options = window.plan, print_options(window)
    printer = _printer(window, options)
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setWindowTitle(f"Print Preview — {plan.short_name}")
    dialog.resize(1200, 850)
    # The dialog keeps no reference to the printer: keep one, or the preview crashes.
    dialog.setProperty("printer", printer)
    window._preview_printer = printer  # type: ignore[attr-defined]
    dialog.paintRequested.connect(lambda p: paint_plan(p, plan, _with_page_setup(options, p)))
    dialog.finished.connect(lambda _result: _remember_page_setup(window, printer))
    dialog.open()
    return dialog


def _with_page_setup(options: PrintOptions, printer: QPrinter) -> PrintOptions:
    """The options with the page size and orientation the user picked in a dialog."""
    from dataclasses import replace

    layout = printer.pageLayout()
    size = "letter" if layout.pageSize().id() == QPageSize.PageSizeId.Letter else "legal"
    landscape = layout.orientation() == QPageLayout.Orientation.Landscape
    return replace(options, page_size=size, landscape=landscape)


def print_plan(window: MainWindow) -> None:
    if window.plan is None:
        return
    plan, options = window.plan, print_options(window)
    printer = _printer(window, options)
    dialog = QPrintDialog(printer, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    _remember_page_setup(window, printer)
    progress, report = progress_dialog(window, "Printing…")
    try:
        paint_plan(printer, plan, _with_page_setup(options, printer), report)  # type: ignore[arg-type]
    except Exception as exc:  # a printer error must not lose the window
        dialogs.show_error(window, "Print", f"Printing failed: {exc}")
    finally:
        progress.close()


def export_pdf(window: MainWindow, path: str | None = None) -> Path | None:
    if window.plan is None:
        return None
    plan, options = window.plan, print_options(window)
    if path is None:
        folder = Path(str(window.settings.value("folders/pdf", str(Path.home()))))
        start = folder / f"{dialogs.file_stem(plan.short_name)}.pdf"
        path = dialogs.ask_save_path(window, "Export PDF", str(start), "PDF files (*.pdf)")
        if not path:
            return None
    target = Path(path) if Path(path).suffix else Path(path + ".pdf")
    try:
        refuse_document_target(target, [window.doc.path])
    except OutputIsDocumentError as exc:
        dialogs.show_error(window, "Export PDF", str(exc))
        return None
    progress, report = progress_dialog(window, f"Writing {target.name}…")
    try:
        pages = write_pdf(plan, target, options, report)  # type: ignore[arg-type]
    except Exception as exc:
        dialogs.show_error(window, "Export PDF", f"Could not write {target.name}: {exc}")
        return None
    finally:
        progress.close()
    if not pages:
        window.statusBar().showMessage("PDF export cancelled", 5000)
        return None
    window.settings.setValue("folders/pdf", str(target.parent))
    window.statusBar().showMessage(f"Wrote {target} ({pages} pages)", 8000)
    return target
