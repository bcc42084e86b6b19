"""File ▸ New, Open, Open Recent and Save As: which document the window shows.

The controller asks for paths, opens documents (with a clear message when one cannot be
opened) and hands each opened document to ``show``; it keeps the list of recent documents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMenu, QWidget

from planapp.store.connection import DocumentError
from planapp.store.document import Document
from planapp.store.errors import DamagedDocumentError
from planapp.store.paths import DOCUMENT_SUFFIX
from planapp.store.server import is_server_url
from planapp.ui import dialogs, window_state
from planapp.ui.preferences import PreferenceStore
from planapp.ui.translation import Translatable


def document_filter() -> str:
    return QCoreApplication.translate(
        "DocumentFiles", "planapp documents (*{suffix});;All files (*)"
    ).format(suffix=DOCUMENT_SUFFIX)


WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xltx", ".ods", ".csv")


@dataclass(frozen=True)
class DocumentContext:
    parent: QWidget  # for dialogs
    settings: QSettings  # the recent documents
    prefs: PreferenceStore
    current: Callable[[], Document]  # the document shown
    show: Callable[[Document], None]  # show another document (the window closes the old one)
    started: Callable[[], None]  # a new document was opened: give it its first plan
    status: Callable[[str, int], None]


class DocumentFiles(Translatable):
    def __init__(self, context: DocumentContext, recent_menu: QMenu) -> None:
        self.context = context
        self.recent_menu = recent_menu
        self.update_recent_menu()

    def recent_documents(self) -> list[str]:
        return window_state.recent_documents(self.context.settings)

    def remember(self, path: Path) -> None:
        window_state.remember_recent(self.context.settings, path)
        self.update_recent_menu()

    def forget(self, path: Path) -> None:
        window_state.forget_recent(self.context.settings, path)
        self.update_recent_menu()

    def update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for i, path in enumerate(self.recent_documents(), 1):
            action = self.recent_menu.addAction(f"&{i} {path}")
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.recent_documents()))

    def open_path(self, path: str | Path, create: bool = False) -> bool:
        """Show the document at ``path``; False (with a message) if it cannot be opened."""
        if is_server_url(path):
            return self.open_server(str(path))
        path = Path(path)
        if path.exists() and path.resolve() == self.context.current().path.resolve():
            return True  # already shown here
        try:
            document = Document.open(path, create=create)
        except DamagedDocumentError as exc:
            from planapp.ui.recovery import offer_recovered_copy

            recovered = offer_recovered_copy(self.context.parent, exc)
            if recovered is not None:
                self.context.show(recovered)
            return recovered is not None
        except (DocumentError, OSError) as exc:
            message = str(exc)
            if path.suffix.lower() in WORKBOOK_SUFFIXES:
                message += "\n" + self.tr(
                    "It looks like an Excel workbook: use File ▸ Import Excel Workbook "
                    "(Ctrl+I) to bring its plan into a document."
                )
            dialogs.show_error(self.context.parent, self.tr("Cannot Open Document"), message)
            if not path.exists():
                self.forget(path)
            return False
        self.context.show(document)
        return True

    def open_server(self, url: str | None = None) -> bool:
        """File ▸ Open Server Document… (or a server address from the recent list)."""
        from planapp.ui import server_dialog

        parent = self.context.parent
        url = url or server_dialog.ask_server_url(parent)
        if url is None:
            return False
        if str(self.context.current().path) == url:
            return True  # already shown here
        document = server_dialog.open_server_document(parent, url)
        if document is None:
            return False
        self.context.show(document)
        return True

    def new_document(self) -> None:
        ctx = self.context
        path = dialogs.ask_save_path(
            ctx.parent, self.tr("New Document"), ctx.prefs.folder("documents"), document_filter()
        )
        if not path:
            return
        path = _with_suffix(path)
        if Path(path).exists():
            dialogs.show_error(
                ctx.parent,
                self.tr("New Document"),
                self.tr("{name} already exists; choose another name.").format(name=Path(path).name),
            )
            return
        if self.open_path(path, create=True):
            ctx.started()

    def open_document(self) -> None:
        ctx = self.context
        path = dialogs.ask_open_path(
            ctx.parent, self.tr("Open Document"), ctx.prefs.folder("documents"), document_filter()
        )
        if path:
            ctx.prefs.update(documents_folder=str(Path(path).parent))
            self.open_path(path)

    def save_as(self) -> None:
        ctx = self.context
        path = dialogs.ask_save_path(
            ctx.parent,
            self.tr("Save Document As"),
            ctx.prefs.folder("documents"),
            document_filter(),
        )
        if not path:
            return
        path = _with_suffix(path)
        try:
            target = ctx.current().save_copy(path)
            copy_doc = Document.open(target)
        except (DocumentError, OSError, ValueError) as exc:
            dialogs.show_error(
                ctx.parent,
                self.tr("Save As"),
                self.tr("Could not save a copy: {reason}").format(reason=exc),
            )
            return
        ctx.prefs.update(documents_folder=str(target.parent))
        ctx.show(copy_doc)
        ctx.status(self.tr("Saved as {path}").format(path=target), 5000)


def _with_suffix(path: str) -> str:
    return path if Path(path).suffix else path + DOCUMENT_SUFFIX
