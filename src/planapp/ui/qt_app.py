"""Creating the Qt application object, for the window and for headless commands."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

ORGANIZATION = "planapp"
APPLICATION = "planapp"


def _name_application() -> None:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    from planapp import __version__

    QCoreApplication.setApplicationVersion(__version__)


def ensure_gui_application() -> QGuiApplication:
    """A QGuiApplication for printing without a window; offscreen when there is no display."""
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _name_application()
    return QGuiApplication(sys.argv[:1])


def ensure_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    _name_application()
    return QApplication(argv or sys.argv[:1])
