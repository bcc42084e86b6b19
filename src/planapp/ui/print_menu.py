"""Print options kept in the settings that the print menu adds beside paper and headings.

Kept apart from ``print_actions`` (which loads Qt's print support) so that building the
window's menus costs nothing at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from planapp.ui.main_window import MainWindow

# The "Headings" choice that follows each plan's own language (Plan Properties).
PLAN_LANGUAGE = "plan"
INCLUDE_EXTRA_KEY = "print/includeExtra"


def add_extra_columns_option(window: MainWindow, menu: QMenu) -> QAction:
    """The print options menu's "Include Extra Columns" (remembered between runs): an
    imported plan's extra columns are printed after the template's eight."""
    menu.addSeparator()
    action = menu.addAction("Include &Extra Columns")
    action.setCheckable(True)
    action.setChecked(str(window.settings.value(INCLUDE_EXTRA_KEY, "false")).lower() == "true")
    action.setToolTip("Print the columns an imported workbook had besides the template's eight")
    action.toggled.connect(
        lambda on: window.settings.setValue(INCLUDE_EXTRA_KEY, "true" if on else "false")
    )
    window.print_extra_action = action  # type: ignore[attr-defined]
    return action
