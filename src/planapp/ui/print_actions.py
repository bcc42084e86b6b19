"""File ▸ Print Preview, Print and Export PDF, and the print options menu.

Preview and Print share one painting function (``paint_plan``), as the preview dialog's
``paintRequested`` slot and as the printer's job. Page size, orientation, headings language and
the last PDF folder are preferences. The controller is given what it needs (the plan shown,
the selected recommendations, the preferences, a status line), not the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMenu, QWidget

from planapp.domain.plan import Plan
from planapp.printing.errors import PageTooSmallError
from planapp.printing.options import PrintOptions
from planapp.store.outputs import OutputIsDocumentError, refuse_document_target
from planapp.ui import dialogs
from planapp.ui.accessibility import name_print_preview
from planapp.ui.dialog_keys import keyboard_ready
from planapp.ui.jobs import run_job
from planapp.ui.preferences import Language, PaperSize, PreferenceStore
from planapp.ui.progress import progress_dialog
from planapp.ui.translation import Texts, Translatable

log = logging.getLogger("planapp.print")

# Conditions a print job can meet that the user can act on; anything else is a bug.
PRINT_ERRORS = (OSError, PageTooSmallError)


@dataclass(frozen=True)
class PrintContext:
    parent: QWidget
    plan: Callable[[], Plan | None]
    document_path: Callable[[], Path]  # an output must never replace the document
    selected_ids: Callable[[], set[int]]  # the recommendations selected in the table
    prefs: PreferenceStore
    status: Callable[[str, int], None]


class PrintController(Translatable):
    def __init__(self, context: PrintContext) -> None:
        self.context = context
        # The preview dialog keeps no reference to its printer: keep one, or it crashes.
        self.preview_printer: QPrinter | None = None
        self.selection_action = None
        self.headings_group: QActionGroup | None = None
        self.paper_group: QActionGroup | None = None
        self.extra_action: QAction | None = None

    # -- the options menu --------------------------------------------------------------------

    def build_options_menu(self, menu: QMenu) -> None:
        """Selection only, headings language and paper: used by Print, Preview and PDF."""
        prefs = self.context.prefs
        texts = self.texts = Texts("PrintController", menu)
        self.selection_action = menu.addAction("")
        texts.bind(
            self.selection_action.setText,
            QT_TRANSLATE_NOOP("PrintController", "&Selected Recommendations Only"),
        )
        self.selection_action.setCheckable(True)
        texts.bind(menu.addSection("").setText, QT_TRANSLATE_NOOP("PrintController", "Language"))
        self.headings_group = self._choices(
            menu, list(Language), prefs.values.print_language, "print_language"
        )
        texts.bind(menu.addSection("").setText, QT_TRANSLATE_NOOP("PrintController", "Paper"))
        self.paper_group = self._choices(
            menu, list(PaperSize), prefs.values.print_paper, "print_paper"
        )
        menu.addSeparator()
        self.extra_action = menu.addAction("")
        texts.bind(
            self.extra_action.setText,
            QT_TRANSLATE_NOOP("PrintController", "Include &Extra Columns"),
        )
        self.extra_action.setCheckable(True)
        self.extra_action.setChecked(prefs.values.print_extra)
        texts.bind(
            self.extra_action.setToolTip,
            QT_TRANSLATE_NOOP(
                "PrintController",
                "Print the columns an imported workbook had besides the template's eight",
            ),
        )
        self.extra_action.toggled.connect(lambda on: self.context.prefs.update(print_extra=on))

    def _choices(
        self, menu: QMenu, choices: list[Language] | list[PaperSize], current: object, name: str
    ) -> QActionGroup:
        group = QActionGroup(menu)
        for value in choices:
            action = menu.addAction("")
            self.texts.bind(action.setText, value.source_label, type(value).__name__)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.setData(value.value)
            action.triggered.connect(
                lambda _c=False, v=value: self.context.prefs.update(**{name: v})
            )
            group.addAction(action)
        return group

    def options(self) -> PrintOptions:
        prefs = self.context.prefs.values
        chosen = self.selection_action is not None and self.selection_action.isChecked()
        plan = self.context.plan()
        return PrintOptions(
            page_size=prefs.print_paper.value,
            landscape=prefs.print_landscape,
            lang=prefs.print_language.for_plan(plan.language if plan else "en"),  # type: ignore[arg-type]
            recommendation_ids=(self.context.selected_ids() or None) if chosen else None,
            include_extra=prefs.print_extra,
        )

    def _remember_page_setup(self, printer: QPrinter) -> None:
        """Keep what the user chose in the print dialogs for next time (and show it)."""
        size_id = printer.pageLayout().pageSize().id()
        names = {
            QPageSize.PageSizeId.Letter: PaperSize.LETTER,
            QPageSize.PageSizeId.Legal: PaperSize.LEGAL,
        }
        landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
        self.context.prefs.update(print_landscape=landscape)
        if size_id in names:
            self.context.prefs.update(print_paper=names[size_id])
            if self.paper_group is not None:
                for action in self.paper_group.actions():
                    action.setChecked(action.data() == names[size_id].value)

    def _printer(self, plan: Plan, options: PrintOptions) -> QPrinter:
        from planapp.printing.render import configure_printer  # loaded at the first print

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(plan.short_name)
        configure_printer(printer, options)
        return printer

    # -- the jobs ----------------------------------------------------------------------------

    def print_preview(self) -> QPrintPreviewDialog | None:
        """Open the preview (window-modal, not blocking); returns it so tests can inspect it."""
        plan = self.context.plan()
        if plan is None:
            return None
        options = self.options()
        printer = self._printer(plan, options)
        dialog = QPrintPreviewDialog(printer, self.context.parent)
        dialog.setWindowTitle(
            QCoreApplication.translate("PrintController", "Print Preview — {plan}").format(
                plan=plan.short_name
            )
        )
        dialog.resize(1200, 850)
        name_print_preview(dialog)
        keyboard_ready(dialog)  # its toolbar buttons in the Tab order
        dialog.setProperty("printer", printer)
        self.preview_printer = printer
        from planapp.printing.render import paint_plan

        dialog.paintRequested.connect(lambda p: paint_plan(p, plan, _with_page_setup(options, p)))
        dialog.finished.connect(lambda _result: self._remember_page_setup(printer))
        dialog.open()
        return dialog

    def print_plan(self) -> None:
        plan = self.context.plan()
        if plan is None:
            return
        options = self.options()
        printer = self._printer(plan, options)
        if not dialogs.choose_printer(printer, self.context.parent):
            return
        self._remember_page_setup(printer)
        from planapp.printing.render import paint_plan

        progress, report = progress_dialog(
            self.context.parent, QCoreApplication.translate("PrintController", "Printing…")
        )
        try:
            paint_plan(printer, plan, _with_page_setup(options, printer), report)  # type: ignore[arg-type]
        except PRINT_ERRORS as exc:
            log.error("Printing %s failed: %s", plan.short_name, exc, exc_info=True)
            dialogs.show_error(
                self.context.parent,
                QCoreApplication.translate("PrintController", "Print"),
                QCoreApplication.translate("PrintController", "Printing failed: {reason}").format(
                    reason=exc
                ),
            )
        finally:
            progress.close()

    def export_pdf(self, path: str | None = None) -> Path | None:
        plan = self.context.plan()
        if plan is None:
            return None
        options = self.options()
        prefs = self.context.prefs
        if path is None:
            start = Path(prefs.folder("pdf")) / f"{dialogs.file_stem(plan.short_name)}.pdf"
            path = dialogs.ask_save_path(
                self.context.parent,
                QCoreApplication.translate("PrintController", "Export PDF"),
                str(start),
                QCoreApplication.translate("PrintController", "PDF files (*.pdf)"),
            )
            if not path:
                return None
        target = Path(path) if Path(path).suffix else Path(path + ".pdf")
        try:
            refuse_document_target(target, [self.context.document_path()])
        except OutputIsDocumentError as exc:
            dialogs.show_error(
                self.context.parent,
                QCoreApplication.translate("PrintController", "Export PDF"),
                str(exc),
            )
            return None
        from planapp.printing.pdf import write_pdf  # loaded at the first PDF

        try:
            pages = run_job(
                self.context.parent,
                QCoreApplication.translate("PrintController", "Writing {name}…").format(
                    name=target.name
                ),
                lambda report: write_pdf(plan, target, options, report),
            )
        except PRINT_ERRORS as exc:
            log.error("Export PDF to %s failed: %s", target, exc, exc_info=True)
            dialogs.show_error(
                self.context.parent,
                QCoreApplication.translate("PrintController", "Export PDF"),
                QCoreApplication.translate(
                    "PrintController", "Could not write {name}: {reason}"
                ).format(name=target.name, reason=exc),
            )
            return None
        if not pages:
            self.context.status(
                QCoreApplication.translate("PrintController", "PDF export cancelled"), 5000
            )
            return None
        prefs.update(pdf_folder=str(target.parent))
        self.context.status(
            self.tr("Wrote {path} (%n pages)", "", pages).format(path=target),
            8000,
        )
        return target


def _with_page_setup(options: PrintOptions, printer: QPrinter) -> PrintOptions:
    """The options with the page size and orientation the user picked in a dialog."""
    layout = printer.pageLayout()
    size = "letter" if layout.pageSize().id() == QPageSize.PageSizeId.Letter else "legal"
    landscape = layout.orientation() == QPageLayout.Orientation.Landscape
    return replace(options, page_size=size, landscape=landscape)
