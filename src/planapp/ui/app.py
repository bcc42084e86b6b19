"""Starting the window: the application object, the document, the settings."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox

from planapp.store.connection import DocumentError
from planapp.store.document import Document
from planapp.store.errors import DamagedDocumentError
from planapp.store.paths import default_document
from planapp.ui.preferences import PreferenceStore
from planapp.ui.qt_app import ensure_application
from planapp.ui.translation import install_choice


def open_startup_document(path: Path | None) -> Document:
    """The named document, or the default one (made with the sample plan the first time)."""
    if path is None:
        return Document.open(default_document(), create=True, sample=True)
    return Document.open(path)


def app_icon() -> QIcon:
    """The application icon at every size drawn (see packaging/make_icons.py)."""
    from importlib import resources

    icon = QIcon()
    folder = resources.files("planapp") / "resources"
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = folder / f"planapp-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def run_window(path: Path | None = None) -> int:
    from planapp import __version__
    from planapp.logs import setup_logging
    from planapp.ui.crash import install_excepthook

    setup_logging()
    install_excepthook()
    logging.getLogger("planapp").info("planapp %s starting", __version__)
    app = ensure_application(sys.argv[:1])
    app.setWindowIcon(app_icon())
    install_choice(PreferenceStore(QSettings()).values.interface_language)
    try:
        document = open_startup_document(path)
    except DamagedDocumentError as exc:
        from planapp.ui.recovery import offer_recovered_copy

        print(f"planapp: {exc}", file=sys.stderr)
        recovered = offer_recovered_copy(None, exc)
        if recovered is None:
            return 1
        document = recovered
    except DocumentError as exc:
        QMessageBox.critical(None, "planapp", str(exc))
        print(f"planapp: {exc}", file=sys.stderr)
        return 1
    from planapp.ui.main_window import MainWindow

    window = MainWindow(document, QSettings())
    window.show()
    if os.environ.get("PLANAPP_EXIT_AFTER_SHOW") == "1":
        # Start-up measurements (packaging/README.md): quit once the shown window is painted.
        QTimer.singleShot(0, app.quit)
    return app.exec()
