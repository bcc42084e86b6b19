"""Creating the QApplication for the window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from planapp.domain import texts
from planapp.printing.application import name_application
from planapp.ui.accessibility import keep_placeholders_readable


def ensure_application(argv: list[str] | None = None) -> QApplication:
    # The messages of the layers below (planapp.domain.texts) through Qt's translators.
    texts.install(QCoreApplication.translate)
    app = QApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    name_application()
    app = QApplication(argv or sys.argv[:1])
    keep_placeholders_readable(app)  # Qt's half-transparent placeholders are 4.0:1 on white
    return app
