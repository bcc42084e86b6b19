"""Dialogs a keyboard can work: every button in the Tab order, no table keeping Tab.

Qt draws a toolbar's buttons outside the Tab order (they are meant for the mouse, with the
menus for the keyboard), which leaves Print Preview's zoom, page, orientation, page setup and
print buttons out of reach: here they take Tab focus, and Space presses the one focused.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from planapp.ui.table_keys import release_tab_in


def reach_toolbars(root: QWidget) -> None:
    """Every toolbar button inside ``root`` can be reached with Tab."""
    for bar in root.findChildren(QToolBar):
        for button in bar.findChildren(QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)


def keyboard_ready(dialog: QWidget) -> None:
    """Tab leaves the dialog's tables and reaches its toolbar buttons."""
    release_tab_in(dialog)
    reach_toolbars(dialog)
