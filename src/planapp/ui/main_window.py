"""The main window: the document's plans, the selected plan's table, and its details.

The window puts the parts together; each part does one job and is given only what it needs:
the plan list (:mod:`plan_list`), the shown plan's titles, table, find bar and details
(:mod:`plan_view`, :mod:`plan_table`, :mod:`find_bar`), the loaded plan (:mod:`plan_session`),
which plan is shown and its refresh from the store (:mod:`shown_plan`), the menus
(:mod:`window_actions`, :mod:`view_options`, :mod:`help_menu`) and their commands
(:mod:`editing`), the undo steps (:mod:`undo_steps`), documents and recent files
(:mod:`documents`), a server's live refresh (:mod:`server_link`), Excel and print
(:mod:`excel_actions`, :mod:`print_actions`). Nothing here is global, so a test builds a fresh
document and a fresh window. Every edit goes through the undo stack as a command that calls
one store operation; the store's change notice (``ShownPlan.on_change``), sent after the
commit, is the only place views are refreshed from, whether the edit came from a cell, an undo
or an import.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QSplitter,
)

from planapp.domain.plan import Plan, Recommendation
from planapp.store.document import Document
from planapp.ui import (
    accessibility,
    commands,
    dashboard_window,
    dialogs,
    excel_actions,
    excel_export,
    followup_hooks,
    pane_focus,
    spelling,
    table_keys,
    word_actions,
)
from planapp.ui.clipboard_actions import add_clipboard_actions
from planapp.ui.content_language import ContentLanguage
from planapp.ui.document_status import DocumentStatus
from planapp.ui.documents import DocumentContext, DocumentFiles
from planapp.ui.editing import Editing, EditingContext
from planapp.ui.excel_context import ExcelContext
from planapp.ui.help_menu import HelpItems
from planapp.ui.language_menu import LanguageMenu
from planapp.ui.live_refresh import ShownRows
from planapp.ui.plan_clipboard import plan_table_clipboard
from planapp.ui.plan_list import PlanList
from planapp.ui.plan_session import PlanSession
from planapp.ui.plan_view import PlanView
from planapp.ui.preferences import PreferenceStore
from planapp.ui.print_actions import PrintContext, PrintController
from planapp.ui.server_link import ServerLink
from planapp.ui.shown_plan import ShownPlan
from planapp.ui.spelling import SpellService
from planapp.ui.translation import install_choice
from planapp.ui.translation_import import add_import_action
from planapp.ui.undo_steps import UndoSteps
from planapp.ui.view_options import ViewOptions
from planapp.ui.window_actions import MenuSlots, WindowActions
from planapp.ui.window_document import WindowDocument

if TYPE_CHECKING:
    from planapp.ui.dashboard import DashboardView

# After the window is shown, how long the spelling dictionaries wait before loading: past the
# first paint and the fitting of the rows, which they would otherwise slow down.
SPELLING_START_MS = 300


class MainWindow(WindowDocument, QMainWindow):
    def __init__(
        self, document: Document, settings: QSettings, today: dt.date | None = None
    ) -> None:
        super().__init__()
        self.settings = settings
        self.prefs = PreferenceStore(settings)
        install_choice(self.prefs.values.interface_language)
        self.today = today or dt.date.today()
        self.session = PlanSession(document)
        # Spell checking of every long-text editor, in the shown plan's language.
        self.spelling = SpellService(parent=self)
        self.spelling.hold()  # released once the window has painted (see showEvent)
        spelling.set_active(self.spelling)
        self.undo_stack = QUndoStack(self)
        self._dashboard: DashboardView | None = None  # View ▸ Dashboard, once opened
        self.steps = UndoSteps(
            self,
            self.undo_stack,
            lambda: self.doc,
            lambda: self.shown.reshow(),
            lambda command, error: self.server.reconnect.lost(command, error),
        )
        self._build_widgets()
        self.editing = Editing(
            EditingContext(self, self.session, self.table, self.plan_list.plan_ids, self.push)
        )
        self.model.editRequested.connect(self.editing.edit_field)
        self.editing.connect_details(self.details)
        self.printing = PrintController(
            PrintContext(
                self,
                self._plan,
                lambda: self.doc.path,
                self._selected_ids,
                self.prefs,
                self._status,
            )
        )
        self.excel = ExcelContext(
            self, lambda: self.session.doc, self._plan, self.push, self.prefs, self._status
        )
        self.recent_menu = QMenu(self)
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.files = DocumentFiles(
            DocumentContext(
                self,
                settings,
                self.prefs,
                lambda: self.doc,
                self.set_document,
                self._document_started,
                self._status,
            ),
            self.recent_menu,
        )
        self._build_actions()
        self._restore_state()
        self._attach(document)

    @property
    def doc(self) -> Document:
        return self.session.doc

    @property
    def plan(self) -> Plan | None:
        """The plan shown (the session's: the one copy views read)."""
        return self.session.plan

    def _plan(self) -> Plan | None:
        return self.session.plan

    def _plan_shown(self, plan: Plan | None) -> None:
        self.menus.plan_shown(plan is not None, not self.doc.read_only)
        self.spelling.set_language(plan.language if plan is not None else "en")

    def _status(self, text: str, timeout: int) -> None:
        self.statusBar().showMessage(text, timeout)

    # -- construction ------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.plan_list = PlanList(self)
        self.plan_list.renameRequested.connect(lambda: self.editing.rename_plan())
        self.view = PlanView(self.today, self)
        view = self.view
        self.shown = ShownPlan(
            self.session,
            self.plan_list,
            view,
            self.settings,
            self._plan_shown,
            lambda text: self.status.count_label.setText(text),
        )
        self.plan_list.planChosen.connect(self.shown.show_plan)
        # The parts tests and the menus reach most (each still belongs to the view).
        self.model, self.table, self.find_bar, self.details = (
            view.model,
            view.table,
            view.find_bar,
            view.details,
        )
        self.title_label, self.audit_label = view.title_label, view.audit_label
        self.detail_splitter = view
        self.table.rowShown.connect(
            lambda row: self.menus.row_shown(row, self.model.rowCount(), not self.doc.read_only)
        )
        self.followup = followup_hooks.FollowUpContext(
            self,
            lambda: self.doc,
            self._plan,
            self.current_recommendation,
            self.today,
            self.push,
        )
        self.details.hooks = followup_hooks.FollowUpHooks(self.followup)  # revisions, progress
        self.row_view, self.filter_bar = view.row_view, view.filter_bar
        self.table_clipboard = plan_table_clipboard(
            self.table, lambda: self.doc, self._plan, self.push, self._paste_refused
        )
        for editor in (self.details.milestones, self.details.contacts, self.details.extra):
            editor.messageRequested.connect(self._paste_refused)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.plan_list)
        self.splitter.addWidget(view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 1300])
        self.setCentralWidget(self.splitter)

        self.status = DocumentStatus(self.statusBar())
        self.server = ServerLink(
            self,
            ShownRows(
                self._plan,
                self.current_recommendation,
                self.current_row,
                self.model.row_of,
                self.model.rowCount,
                self.select_row,
            ),
            lambda: self.doc,
            lambda: self.shown.reshow(),
            self.push,
        )
        self.statusBar().addPermanentWidget(self.server.presence_label)
        self.history_panel = view.history_panel
        accessibility.name_window(self)  # status messages announced to screen readers

    def _build_actions(self) -> None:
        files, editing, printing, excel = self.files, self.editing, self.printing, self.excel
        details = self.details
        slots = MenuSlots(
            new_document=files.new_document,
            open_document=files.open_document,
            open_server=lambda: files.open_server(),
            save_as=files.save_as,
            import_excel=lambda: excel_actions.import_workbook(excel),
            export_excel=lambda: excel_export.export_workbook(excel),
            export_word=lambda: word_actions.export_word(excel),
            print_preview=printing.print_preview,
            print_plan=printing.print_plan,
            export_pdf=printing.export_pdf,
            print_options=printing.build_options_menu,
            quit=self.close,
            find=self.show_find,
            find_next=self.find_bar.find_next,
            find_previous=lambda: self.find_bar.find_next(-1),
            add_recommendation=editing.add_recommendation,
            delete_recommendations=self.delete_recommendations,
            move_up=lambda: editing.move_recommendation(-1),
            move_down=lambda: editing.move_recommendation(1),
            new_plan=editing.new_plan,
            duplicate_plan=editing.duplicate_plan,
            rename_plan=editing.rename_plan,
            delete_plan=editing.delete_plan,
            plan_properties=editing.edit_plan_properties,
            go_to_table=lambda: self.table.setFocus(),
            go_to_milestones=lambda: details.milestones.view.setFocus(),
            go_to_contacts=lambda: details.contacts.view.setFocus(),
            go_to_plans=lambda: self.plan_list.setFocus(),
            about=lambda: self.help.about(),
            dashboard=lambda: dashboard_window.open_dashboard(self),
            submission=lambda: followup_hooks.record_submission(self.followup),
        )
        self.menus = WindowActions(self, slots, self.undo_stack, self.recent_menu, self.plan_list)
        self.pane_focus = pane_focus.install(self, self.view, self.plan_list, self.menus.view_menu)
        self._build_view_actions()
        # View ▸ Language, last: the interface language, switched at once.
        self.menus.view_menu.addSeparator()
        self.language_menu = LanguageMenu(self.prefs, self)
        self.menus.view_menu.addMenu(self.language_menu)

    def _build_view_actions(self) -> None:
        """Clipboard, sort, filter and panel placement: added to the Edit and View menus."""
        actions = self.menus
        self.clipboard_actions = add_clipboard_actions(
            self,
            actions.edit_menu,
            lambda: (
                self.table_clipboard,
                self.details.milestones.clipboard,
                self.details.contacts.clipboard,
            ),
            before=actions.find_action,
        )
        actions.edit_menu.insertSeparator(actions.find_action)
        # Ctrl+Del deletes the row where the focus is: a recommendation in the table, a
        # milestone or contact in its panel.
        self.removeAction(actions.delete_rec_action)
        self.table.addAction(actions.delete_rec_action)
        actions.delete_rec_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        self.help = HelpItems(self, actions.help_menu, lambda: self.doc.path)

        self.view_options = ViewOptions(self, actions.view_menu, self.view, self.settings)
        table_keys.add_sort_action(
            self,
            actions.view_menu,
            self.table,
            self.row_view,
            self._status,
            before=self.view_options.plan_order_action,
        )
        self.content_language = ContentLanguage(self)  # View ▸ Content Language
        self.import_translation_action = add_import_action(self, actions, self.excel)

    def delete_recommendations(self) -> None:
        """Delete the selected rows, then say how to get them back (no question asked)."""
        before = self.undo_stack.index()
        self.editing.delete_recommendations()
        keys = self.menus.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if (notice := self.steps.deleted_notice(before, keys)) is not None:
            self._status(notice, 15000)

    def _paste_refused(self, message: str) -> None:
        dialogs.show_error(self, self.tr("Paste"), message)

    # -- edits -------------------------------------------------------------------------------

    def push(self, command: commands.StoreCommand) -> bool:
        """Do an edit as one undo step; a failed edit is reported, not kept as a step."""
        return self.steps.push(command)

    # -- plans -------------------------------------------------------------------------------

    def select_plan(self, plan_id: int | None) -> None:
        self.shown.select_plan(plan_id)

    def edit_plan_properties(self) -> None:
        self.editing.edit_plan_properties()

    # -- the table's rows --------------------------------------------------------------------

    def current_row(self) -> int:
        return self.table.current_row()

    def current_recommendation(self) -> Recommendation | None:
        """The recommendation of the table's current row (None when no row is current)."""
        row = self.current_row()
        return self.model.recommendation(row) if row >= 0 else None

    def select_row(self, row: int, column: int | None = None) -> None:
        self.table.select_row(row, column)

    def _selected_ids(self) -> set[int]:
        return {self.model.recommendation(r).id for r in self.table.selected_rows()}

    # -- find --------------------------------------------------------------------------------

    def show_find(self) -> None:
        self.find_bar.start()

    def hide_find(self) -> None:
        self.find_bar.stop()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab walk the window pane by pane (:mod:`pane_focus`)."""
        return self.pane_focus.focus_next(next) or super().focusNextPrevChild(next)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.find_bar.isVisible():
            self.hide_find()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.table.auto_widths:
            # The layout has its size by now; fitting the columns before the first paint
            # spares fitting every row twice (once to the old widths, once to the new).
            self.table.fit_columns_to_width()
        # Dictionaries load once the first paint and the rows' fitting are done.
        QTimer.singleShot(SPELLING_START_MS, self.spelling.release)
