"""The main window: the document's plans, the selected plan's table, and its details.

The window puts the parts together and routes the store's change notices; each part does one
job and is given only what it needs: the plan list (:mod:`plan_list`), the shown plan's
titles, table, find bar and details (:mod:`plan_view`, :mod:`plan_table`, :mod:`find_bar`),
the loaded plan (:mod:`plan_session`), the menus (:mod:`window_actions`) and their commands
(:mod:`editing`), documents and recent files (:mod:`documents`), Excel and print
(:mod:`excel_actions`, :mod:`print_actions`). Nothing here is global, so a test builds a fresh
document and a fresh window. Every edit goes through the undo stack as a command that calls
one store operation; the store's change notice (``_on_change``), sent after the commit, is the
only place views are refreshed from, whether the edit came from a cell, an undo or an import.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
)

from planapp import __version__
from planapp.domain.plan import Plan, Recommendation
from planapp.gcpause import paused_gc
from planapp.store.changes import Change, Changed
from planapp.store.document import Document
from planapp.store.server import ServerUnavailableError, is_server_url
from planapp.store.versions import ConflictError
from planapp.ui import (
    commands,
    conflict_dialog,
    dashboard,
    dialogs,
    excel_actions,
    followup_hooks,
    spelling,
    window_state,
)
from planapp.ui.clipboard_actions import add_clipboard_actions
from planapp.ui.content_language import ContentLanguage
from planapp.ui.documents import DocumentContext, DocumentFiles
from planapp.ui.editing import Editing, EditingContext, empty_plan
from planapp.ui.excel_actions import ExcelContext
from planapp.ui.extra_columns import SetExtra
from planapp.ui.live_refresh import LiveRefresh, presence_text
from planapp.ui.plan_clipboard import plan_table_clipboard
from planapp.ui.plan_list import PlanList
from planapp.ui.plan_session import PlanSession
from planapp.ui.plan_view import PlanView
from planapp.ui.preferences import PreferenceStore
from planapp.ui.print_actions import PrintContext, PrintController
from planapp.ui.reconnect import Reconnect
from planapp.ui.shortcuts import ShortcutsDialog
from planapp.ui.spelling import SpellService
from planapp.ui.translation_import import add_import_action
from planapp.ui.window_actions import MenuSlots, WindowActions

PANELS_BESIDE = "view/panelsBeside"
EDIT_PANE = "view/editPane"
COMPACT_ROWS = "view/compactRows"


class MainWindow(QMainWindow):
    def __init__(
        self, document: Document, settings: QSettings, today: dt.date | None = None
    ) -> None:
        super().__init__()
        self.settings = settings
        self.prefs = PreferenceStore(settings)
        self.today = today or dt.date.today()
        self.session = PlanSession(document)
        # Spell checking of every long-text editor, in the shown plan's language.
        self.spelling = SpellService(parent=self)
        spelling.set_active(self.spelling)
        self.undo_stack = QUndoStack(self)
        self._build_widgets()
        self.editing = Editing(
            EditingContext(self, self.session, self.table, self.plan_list.plan_ids, self.push)
        )
        self.model.editRequested.connect(self.editing.edit_field)
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
        self.recent_menu = QMenu("Open &Recent", self)
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

    def _status(self, text: str, timeout: int) -> None:
        self.statusBar().showMessage(text, timeout)

    # -- construction ------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.plan_list = PlanList(self)
        self.plan_list.planChosen.connect(self._show_plan)
        self.plan_list.renameRequested.connect(lambda: self.editing.rename_plan())
        self.view = PlanView(self.today, self)
        view = self.view
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
            lambda row: self.actions.row_shown(row, self.model.rowCount(), not self.doc.read_only)
        )
        self.details.milestonesEdited.connect(
            lambda rec_id, old, new, text: self.editing.set_list(
                rec_id, "milestones", old, new, text
            )
        )
        self.details.contactsEdited.connect(
            lambda rec_id, old, new, text: self.editing.set_list(rec_id, "contacts", old, new, text)
        )
        self.details.extraEdited.connect(lambda *args: self.push(SetExtra(self.doc, *args)))
        self.details.hooks = followup_hooks.FollowUpHooks(self)  # revision reasons, progress
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

        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.count_label)
        self.read_only_label = QLabel("Read-only", self)
        self.read_only_label.setObjectName("readOnly")
        self.read_only_label.setToolTip(
            "This document cannot be changed here: its folder or disk is read-only."
        )
        self.read_only_label.hide()
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.presence_label = QLabel("", self)
        self.presence_label.setObjectName("presenceLabel")
        self.presence_label.hide()
        self.statusBar().addPermanentWidget(self.presence_label)
        self.history_panel = view.history_panel
        self.reconnect = Reconnect(self)

    def _build_actions(self) -> None:
        files, editing, printing, excel = self.files, self.editing, self.printing, self.excel
        details = self.details
        slots = MenuSlots(
            new_document=files.new_document,
            open_document=files.open_document,
            open_server=lambda: files.open_server(),
            save_as=files.save_as,
            import_excel=lambda: excel_actions.import_workbook(excel),
            export_excel=lambda: excel_actions.export_workbook(excel),
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
            about=self.about,
            dashboard=lambda: dashboard.open_in_window(self),
            submission=lambda: followup_hooks.record_submission(self),
        )
        self.actions = WindowActions(self, slots, self.undo_stack, self.recent_menu, self.plan_list)
        self._build_view_actions()

    def _build_view_actions(self) -> None:
        """Clipboard, sort, filter and panel placement: added to the Edit and View menus."""
        actions = self.actions
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

        help_menu = actions.help_menu
        shortcuts = QAction("&Keyboard Shortcuts", self)
        shortcuts.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents))
        shortcuts.setStatusTip("Every shortcut of planapp, read from its menus and panels")
        shortcuts.triggered.connect(lambda _checked=False: self.show_shortcuts())
        help_menu.insertAction(help_menu.actions()[0] if help_menu.actions() else None, shortcuts)
        self.addAction(shortcuts)
        self.shortcuts_action = shortcuts

        menu = actions.view_menu
        menu.addSeparator()
        self.content_language = ContentLanguage(self)  # View ▸ Content Language
        self.import_translation_action = add_import_action(self, actions, self.excel)
        self.filter_action = self._view_action(
            "&Filter Rows",
            lambda: self.show_filters(self.filter_action.isChecked()),
            "Ctrl+Shift+L",
            "Show only the recommendations with a milestone status, organization or due date",
            checkable=True,
        )
        self.plan_order_action = self._view_action(
            "Plan &Order",
            self.row_view.plan_order,
            "Ctrl+Shift+O",
            "Show the rows in the plan's own order again (click a heading to sort)",
        )
        menu.addSeparator()
        self.edit_pane_action = self._view_action(
            "&Edit Pane",
            lambda: self.show_edit_pane(self.edit_pane_action.isChecked()),
            "Ctrl+Shift+U",
            "Show the current cell's whole text below the table, to read and edit it",
            checkable=True,
        )
        self.compact_action = self._view_action(
            "&Compact Rows",
            lambda: self.set_compact(self.compact_action.isChecked()),
            "Ctrl+Shift+K",
            "Show each recommendation in a few lines (the whole text on hover and in the pane)",
            checkable=True,
        )
        self.panels_beside_action = self._view_action(
            "Panels &Beside the Table",
            lambda: self.set_panels_beside(self.panels_beside_action.isChecked()),
            "Ctrl+Shift+B",
            "Show the milestones and contacts beside the table instead of below it",
            checkable=True,
        )

    def _view_action(
        self, text: str, slot: Any, shortcut: str, tip: str, checkable: bool = False
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions.view_menu.addAction(action)
        self.addAction(action)
        return action

    def delete_recommendations(self) -> None:
        """Delete the selected rows, then say how to get them back (no question asked)."""
        before = self.undo_stack.index()
        self.editing.delete_recommendations()
        if self.undo_stack.index() == before + 1:
            what = self.undo_stack.undoText().removeprefix("Delete ")
            keys = self.actions.undo_action.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText
            )
            self._status(f"Deleted {what}. Edit ▸ Undo ({keys}) brings it back.", 15000)

    def show_shortcuts(self) -> None:
        dialogs.run(ShortcutsDialog(self))

    def _paste_refused(self, message: str) -> None:
        dialogs.show_error(self, "Paste", message)

    def show_filters(self, shown: bool) -> None:
        self.view.show_filters(shown)
        self.filter_action.setChecked(shown)

    def show_edit_pane(self, shown: bool) -> None:
        """The edit pane below the table, shown or hidden; remembered."""
        if not shown:
            self.view.edit_pane.commit()
        self.view.edit_pane.setVisible(shown)
        self.edit_pane_action.setChecked(shown)
        self.settings.setValue(EDIT_PANE, "true" if shown else "false")

    def set_compact(self, compact: bool) -> None:
        """Rows cut to a few lines, or grown to their whole text; remembered."""
        self.table.set_compact(compact)
        self.compact_action.setChecked(compact)
        self.settings.setValue(COMPACT_ROWS, "true" if compact else "false")

    def set_panels_beside(self, beside: bool) -> None:
        """Milestones and contacts beside the table (stacked) or below it; remembered."""
        self.view.place_panels(beside)
        self.panels_beside_action.setChecked(beside)
        self.settings.setValue(PANELS_BESIDE, "true" if beside else "false")

    # -- edits -------------------------------------------------------------------------------

    def push(self, command: commands.StoreCommand) -> bool:
        """Do an edit as one undo step; a failed edit is reported, not kept as a step."""
        if self.doc.read_only:
            dialogs.show_error(
                self,
                "Read-Only Document",
                f"{self.doc.path.name} is open read-only; nothing can be changed. "
                "Use File ▸ Save As to keep an editable copy.",
            )
            return False
        command.on_failure = lambda exc, c=command: self._step_failed(c, exc)
        command.on_bug = self._history_lost
        self.undo_stack.push(command)
        if isinstance(command.error, ConflictError):
            self._resolve_conflict(command, command.error)
            return False
        if isinstance(command.error, ServerUnavailableError):
            self.reconnect.lost(command, command.error)
            return False
        if command.error is not None:
            dialogs.show_error(
                self, "Edit Not Saved", f"The change could not be saved: {command.error}"
            )
            self._show_plan(self.session.plan_id)
            return False
        return not command.crashed

    def _step_failed(self, command: commands.StoreCommand, error: Exception) -> None:
        if isinstance(error, ConflictError):
            self._undo_conflict(command, error)
        else:
            self._history_failed(error)

    def _undo_conflict(self, command: commands.StoreCommand, error: ConflictError) -> None:
        """An undo of a change someone has since edited: the same choice as any conflict;
        the history, which no longer matches the document, is cleared."""
        QTimer.singleShot(0, self.undo_stack.clear)
        QTimer.singleShot(0, lambda: self._resolve_conflict(command, error))

    def _resolve_conflict(self, command: commands.StoreCommand, error: ConflictError) -> None:
        """Ask whose text to keep; write mine or the merge only on that choice."""
        resolution = conflict_dialog.ask(self, error.conflict)
        if resolution is not None and resolution.choice != conflict_dialog.KEEP_THEIRS:
            forced = command.forced(resolution.text)
            if forced is not None:
                forced.on_failure = lambda exc, c=forced: self._step_failed(c, exc)
                forced.on_bug = self._history_lost
                self.undo_stack.push(forced)
                if forced.error is not None:
                    dialogs.show_error(
                        self, "Edit Not Saved", f"The change could not be saved: {forced.error}"
                    )
        self._show_plan(self.session.plan_id)

    def _history_failed(self, error: Exception) -> None:
        """An undo or redo could not be saved: the document is as it was before that step,
        but the history no longer matches it, so it is cleared (after the stack is done)."""
        dialogs.show_error(
            self,
            "Undo Not Saved",
            f"The document could not be changed: {error}\n"
            "It is as it was before this step; the undo history was cleared.",
        )
        self._history_lost()

    def _history_lost(self) -> None:
        """The history no longer matches the document (the crash dialog says why): clear it."""
        QTimer.singleShot(0, self.undo_stack.clear)
        QTimer.singleShot(0, lambda: self._show_plan(self.session.plan_id))

    def _document_started(self) -> None:
        self.push(commands.AddPlan(self.doc, empty_plan(), text="New Plan"))
        self.undo_stack.clear()  # a new document starts with nothing to undo

    # -- document ----------------------------------------------------------------------------

    def _attach(self, document: Document) -> None:
        self.session.doc = document
        document.subscribe(self._on_change)
        self.setWindowFilePath(str(document.path))
        read_only = " (read-only)" if document.read_only else ""
        self.setWindowTitle(f"{document.path.name}{read_only} — planapp")
        self.read_only_label.setVisible(document.read_only)
        self.table.set_read_only(document.read_only)
        self.details.set_read_only(document.read_only)
        self.actions.document_shown(not document.read_only)
        for name in ("cut", "paste", "paste_rows", "clear"):
            self.clipboard_actions[name].setEnabled(not document.read_only)
        if document.read_only:
            why = (
                "your database role may only read it"
                if is_server_url(document.path)
                else "its folder or disk cannot be written"
            )
            self._status(f"{document.path.name} is open read-only: {why}.", 10000)
        self.history_panel.set_document(document)
        self._start_live(document)
        self.files.remember(document.path)
        self._reload_plan_list()
        self.select_plan(window_state.last_plan(self.settings, document.path))

    def reconnected(self) -> None:
        """The server answers again: live refresh restarts and the plan is read afresh."""
        self._stop_live()
        self.doc._close_feed()
        self._start_live(self.doc)
        self._show_plan(self.session.plan_id)

    def _start_live(self, document: Document) -> None:
        """On a server document: others' changes refresh this window; the status bar says
        who else has the plan open."""
        self.live: LiveRefresh | None = None
        if not is_server_url(document.path):
            self.presence_label.hide()
            return
        self.live = LiveRefresh(document, self)
        self.live.othersChanged.connect(
            lambda others: self.presence_label.setText(presence_text(others))
        )
        self.live.feedLost.connect(
            lambda why: self.presence_label.setText(f"Live refresh stopped: {why}")
        )
        self.live.feedLost.connect(lambda _why: self.reconnect.timer.start())
        self.presence_label.setText(presence_text([]))
        self.presence_label.show()

    def _stop_live(self) -> None:
        if getattr(self, "live", None) is not None:
            self.live.stop()
            self.live.deleteLater()
            self.live = None

    def set_document(self, document: Document) -> None:
        """Show another document; the one shown until now is closed."""
        self._save_current_plan()
        old = self.doc
        old.unsubscribe(self._on_change)
        self._stop_live()
        self.undo_stack.clear()
        self.session.plan = None
        self._attach(document)
        if old is not document:
            old.close()

    def open_document(self) -> None:
        self.files.open_document()

    def recent_documents(self) -> list[str]:
        return self.files.recent_documents()

    # -- plans -------------------------------------------------------------------------------

    def _reload_plan_list(self) -> None:
        self.plan_list.show_plans(self.session.plans(), self.session.plan_id)

    def plan_ids(self) -> list[int]:
        return self.plan_list.plan_ids()

    def select_plan(self, plan_id: int | None) -> None:
        ids = self.plan_ids()
        if plan_id not in ids:
            plan_id = ids[0] if ids else None
        if plan_id is not None:
            self.plan_list.mark(plan_id)
        self._show_plan(plan_id)

    def _show_plan(self, plan_id: int | None, select_rec: int | None = None) -> None:
        self._save_current_plan()
        with paused_gc():  # loading a plan is a job: see planapp.gcpause
            plan = self.session.load(plan_id)
        self.actions.plan_shown(plan is not None, not self.doc.read_only)
        self.spelling.set_language(plan.language if plan is not None else "en")
        self.view.show_plan(plan, select_rec)
        self._update_counts()
        if plan_id is not None:
            window_state.set_last_plan(self.settings, self.doc.path, plan_id)

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

    # -- refreshing from the store -----------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        """The store committed ``change``: bring the session and the views up to date."""
        plan = self.session.plan
        if change.what == Changed.PERIODS:
            return  # reporting periods and update rounds: only the dashboard shows them
        if Changed.PLANS in change.what:
            self._plans_changed(change)
            return
        if plan is None or change.plan_id != plan.id:
            # An undo or import touched another plan: show it, then the change.
            self.plan_list.mark(change.plan_id)
            self._show_plan(change.plan_id, change.recommendation_id)
            return
        if Changed.RECOMMENDATION in change.what:
            assert change.recommendation_id is not None
            self.view.update_recommendation(
                self.session.update_recommendation(change.recommendation_id)
            )
        elif change.rows:
            self.view.apply_rows(change.rows, self.session.apply_rows(change.rows))
        else:
            self._reload_table(change.recommendation_id)
        self._update_counts()

    def _plans_changed(self, change: Change) -> None:
        """Plans added, removed, reordered or edited (an import, all at once): one reload."""
        self._reload_plan_list()
        ids = self.plan_ids()
        plan = self.session.plan
        if plan is None or plan.id not in ids:
            self.select_plan(change.plan_id)
        elif change.plan_id != plan.id and change.plan_id in ids:
            self.select_plan(change.plan_id)  # a plan added or restored: show it
        elif plan.id in change.plan_ids:
            if Changed.ROWS in change.what:
                self._reload_table(None)
            else:
                self.view.show_titles(self.session.reload_fields())
            self._update_counts()

    def _reload_table(self, select_rec: int | None) -> None:
        row = self.current_row()
        self._show_plan(self.session.plan_id, select_rec)
        if select_rec is None or self.model.row_of(select_rec) is None:
            self.select_row(row)

    def _update_counts(self) -> None:
        self.count_label.setText(self.view.counts_text())

    # -- find --------------------------------------------------------------------------------

    def show_find(self) -> None:
        self.find_bar.start()

    def hide_find(self) -> None:
        self.find_bar.stop()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.find_bar.isVisible():
            self.hide_find()
            return
        super().keyPressEvent(event)

    # -- state between runs ------------------------------------------------------------------

    def _restore_state(self) -> None:
        window_state.restore(self.settings, self, self.splitter, self.detail_splitter, self.table)
        settings = self.settings
        self.set_panels_beside(str(settings.value(PANELS_BESIDE, "false")).lower() == "true")
        self.show_edit_pane(str(settings.value(EDIT_PANE, "true")).lower() == "true")
        self.set_compact(str(settings.value(COMPACT_ROWS, "false")).lower() == "true")

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.table.auto_widths:
            # The layout has its size by now; fitting the columns before the first paint
            # spares fitting every row twice (once to the old widths, once to the new).
            self.table.fit_columns_to_width()

    def save_state(self) -> None:
        window_state.save(self.settings, self, self.splitter, self.detail_splitter, self.table)
        self._save_current_plan()
        self.settings.sync()

    def _save_current_plan(self) -> None:
        if self.session.plan_id is not None:
            window_state.set_last_plan(self.settings, self.doc.path, self.session.plan_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.doc.unsubscribe(self._on_change)
        self._stop_live()
        self.undo_stack.clear()
        self.doc.close()
        event.accept()

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About planapp",
            f"<b>planapp {__version__}</b><p>Keeps a Detailed Action Plan for the Office of the "
            "Auditor General and the Public Accounts Committee as data: edit it, exchange "
            "workbooks in the departmental template, print it.</p>"
            f"<p>Document: {html.escape(str(self.doc.path))}</p>",
        )
