"""Dialogs a keyboard can work: every button in the Tab order, no table or text box keeping
Tab.

In a dialog's text box Tab goes on to the next control (a tab character has no use in a
reason or a merged text, and typing one would leave no way out but the mouse). Qt draws a
toolbar's buttons outside the Tab order (they are meant for the mouse, with the menus for the
keyboard), which leaves Print Preview's zoom, page, orientation, page setup and print buttons
out of reach: here they take Tab focus, and Space presses the one focused.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolBar, QToolButton, QWidget

from planapp.ui.table_keys import release_tab_in


def reach_toolbars(root: QWidget) -> None:
    """Every toolbar button inside ``root`` can be reached with Tab."""
    for bar in root.findChildren(QToolBar):
        for button in bar.findChildren(QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)


def tab_leaves_text(root: QWidget) -> None:
    """Tab in any text box inside ``root`` moves to the next control."""
    for box in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        box.setTabChangesFocus(True)


def keyboard_ready(dialog: QWidget) -> None:
    """Tab leaves the dialog's tables and text boxes and reaches its toolbar buttons."""
    release_tab_in(dialog)
    tab_leaves_text(dialog)
    reach_toolbars(dialog)
