"""Fonts relative to the system's: a title is larger than the text by a ratio, never a fixed
size, so a larger system font makes it larger too (WCAG 1.4.4)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QWidget


class RelativeFont(QObject):
    """Keeps ``widget``'s font ``scale`` times the application font, bold if asked,
    following the application font when it changes."""

    def __init__(self, widget: QWidget, scale: float, bold: bool = False) -> None:
        super().__init__(widget)
        self.widget, self.scale, self.bold = widget, scale, bold
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.fontChanged.connect(self.apply)
        self.apply()

    def apply(self, base: QFont | None = None) -> None:
        base = QFont(base) if base is not None else QGuiApplication.font()
        font = QFont(base)
        if base.pointSizeF() > 0:
            font.setPointSizeF(base.pointSizeF() * self.scale)
        else:  # a font given in pixels
            font.setPixelSize(round(base.pixelSize() * self.scale))
        font.setBold(self.bold)
        self.widget.setFont(font)


def relative_font(widget: QWidget, scale: float, bold: bool = False) -> RelativeFont:
    return RelativeFont(widget, scale, bold)
