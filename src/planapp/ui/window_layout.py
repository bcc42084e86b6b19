"""How the window fits the screen it opens on, and where the detail panels go.

A first window takes the size it would like (1500 × 900) but never more than 90 % of the
screen's available area, centred on it, so on a 1366 × 768 laptop nothing starts off screen.
The milestone and contact panels sit below the table (wide screens, short texts) or beside
it (tall texts, narrow columns); the choice is the user's and is remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QSplitter, QWidget

PREFERRED_SIZE = QSize(1500, 900)
SCREEN_FRACTION = 0.9


def first_geometry(available: QRect, preferred: QSize = PREFERRED_SIZE) -> QRect:
    """The frame of a first window: ``preferred``, shrunk to 90 % of ``available``, centred."""
    width = min(preferred.width(), int(available.width() * SCREEN_FRACTION))
    height = min(preferred.height(), int(available.height() * SCREEN_FRACTION))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def fit_to_screen(window: QWidget) -> None:
    """Size and place a window that has no saved geometry (its first start)."""
    screen = window.screen()
    available = screen.availableGeometry()
    frame = first_geometry(available)
    window.resize(frame.size())
    window.move(frame.topLeft())


def place_panels(splitter: QSplitter, panel: QWidget, beside: bool) -> None:
    """Panels below the table (side by side with each other) or beside it (stacked)."""
    orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
    moved = splitter.orientation() != orientation
    splitter.setOrientation(Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical)
    layout = panel.layout()
    if isinstance(layout, QBoxLayout):
        layout.setDirection(
            QBoxLayout.Direction.TopToBottom if beside else QBoxLayout.Direction.LeftToRight
        )
    if moved:  # sizes saved for the other placement mean nothing in this one
        total = sum(splitter.sizes()) or 1000
        share = int(total * (0.5 if beside else 0.7))
        splitter.setSizes([share, total - share])
