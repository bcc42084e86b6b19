"""The Qt application object that rendering needs, for commands that open no window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

ORGANIZATION = "planapp"
APPLICATION = "planapp"


def name_application() -> None:
    """Organization and application names: they place QSettings and log files."""
    from planapp import __version__

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
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
    name_application()
    return QGuiApplication(sys.argv[:1])
