"""Fonts relative to the system's: a title is larger than the text by a ratio, never a fixed
size, so a larger system font makes it larger too (WCAG 1.4.4)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


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


def min_rows(view: QAbstractItemView, lines: int) -> None:
    """A table at least as tall as its heading and ``lines`` lines of text in its font, so a
    larger font never squeezes it to a sliver."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    heading = header.sizeHint().height() if header is not None else 0
    frame = 2 * view.frameWidth()
    view.setMinimumHeight(heading + frame + lines * (view.fontMetrics().lineSpacing() + 2))
