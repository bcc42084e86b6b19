"""Creating the QApplication for the window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from planapp.printing.application import name_application


def ensure_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    name_application()
    return QApplication(argv or sys.argv[:1])
