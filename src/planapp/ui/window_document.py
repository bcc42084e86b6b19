"""The open document's life in the main window: shown, retitled, replaced by another, its
state kept between runs, closed.

A part of :class:`~planapp.ui.main_window.MainWindow` (which it is mixed into, before
QMainWindow): it reads the window's parts built in ``MainWindow.__init__``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QCloseEvent

from planapp.store.document import Document
from planapp.ui import commands, window_state
from planapp.ui.editing import empty_plan


class WindowDocument:
    """Attach, switch and close the window's document; save and restore its state."""

    # The window's parts this uses (made by MainWindow.__init__).
    session: Any
    shown: Any
    table: Any
    details: Any
    menus: Any
    clipboard_actions: Any
    status: Any
    history_panel: Any
    server: Any
    files: Any
    settings: Any
    splitter: Any
    detail_splitter: Any
    view: Any
    view_options: Any
    recent_menu: Any
    undo_stack: Any

    def _document_started(self) -> None:
        self.push(
            commands.AddPlan(
                self.doc, empty_plan(), text=QCoreApplication.translate("MainWindow", "New Plan")
            )
        )
        self.undo_stack.clear()  # a new document starts with nothing to undo

    def _attach(self, document: Document) -> None:
        self.session.doc = document
        document.subscribe(self.shown.on_change)
        self.setWindowFilePath(str(document.path))
        self._retitle()
        self.table.set_read_only(document.read_only)
        self.details.set_read_only(document.read_only)
        self.menus.document_shown(not document.read_only)
        for name in ("cut", "paste", "paste_rows", "clear"):
            self.clipboard_actions[name].setEnabled(not document.read_only)
        self.status.show_document(document)
        self.history_panel.set_document(document)
        self.server.start(document)
        self.files.remember(document.path)
        self.shown.reload_plan_list()
        self.select_plan(window_state.last_plan(self.settings, document.path))

    def _retitle(self) -> None:
        document = self.session.doc
        name = document.path.name
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "{name} (read-only) — planapp").format(
                name=name
            )
            if document.read_only
            else QCoreApplication.translate("MainWindow", "{name} — planapp").format(name=name)
        )

    def changeEvent(self, event: QEvent) -> None:
        """A new interface language: what the window itself titled (its parts retitle
        themselves)."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "status"):
            self._retitle()
            self.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "Open &Recent"))
            self.status.count_label.setText(self.view.counts_text())
        super().changeEvent(event)

    def set_document(self, document: Document) -> None:
        """Show another document; the one shown until now is closed."""
        self.shown.save_current_plan()
        old = self.doc
        old.unsubscribe(self.shown.on_change)
        self.server.stop()
        self.undo_stack.clear()
        self.session.plan = None
        self._attach(document)
        if old is not document:
            old.close()

    def open_document(self) -> None:
        self.files.open_document()

    def recent_documents(self) -> list[str]:
        return self.files.recent_documents()

    # -- state between runs ------------------------------------------------------------------

    def _restore_state(self) -> None:
        window_state.restore(self.settings, self, self.splitter, self.detail_splitter, self.table)
        self.view_options.restore()

    def save_state(self) -> None:
        window_state.save(self.settings, self, self.splitter, self.detail_splitter, self.table)
        self.shown.save_current_plan()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.doc.unsubscribe(self.shown.on_change)
        self.server.stop()
        self.undo_stack.clear()
        self.doc.close()
        event.accept()
