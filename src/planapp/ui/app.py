"""Starting the window: the application object, the document, the settings."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox

from planapp.store.connection import DocumentError
from planapp.store.document import Document
from planapp.store.paths import default_document
from planapp.ui.qt_app import ensure_application


def open_startup_document(path: Path | None) -> Document:
    """The named document, or the default one (made with the sample plan the first time)."""
    if path is None:
        return Document.open(default_document(), create=True, sample=True)
    return Document.open(path)


def run_window(path: Path | None = None) -> int:
    app = ensure_application(sys.argv[:1])
    from importlib import resources

    icon = resources.files("planapp") / "resources" / "planapp.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    try:
        document = open_startup_document(path)
    except DocumentError as exc:
        QMessageBox.critical(None, "planapp", str(exc))
        print(f"planapp: {exc}", file=sys.stderr)
        return 1
    from planapp.ui.main_window import MainWindow

    window = MainWindow(document, QSettings())
    window.show()
    return app.exec()
