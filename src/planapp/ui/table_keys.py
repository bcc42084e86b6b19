"""Tab leaves a table: no keyboard trap (WCAG 2.1.1, 2.1.2); sorting from the keyboard.

Qt's table views keep Tab for themselves: Tab moves to the next cell, and from the last cell
back to the first, so a keyboard user never leaves the table. Here, when no cell is being
edited, Tab and Shift+Tab go to the next and previous control, and the arrow keys (with Home,
End, Page Up and Page Down) move between cells. Inside a cell editor Tab still saves the cell
and moves to the next cell of the row (:class:`~planapp.ui.sheet_view.SheetView`), because the
delegate sees the key before the view does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from planapp.ui.translation import Texts

if TYPE_CHECKING:
    from planapp.ui.sort_filter import RowView

SORT_KEYS = "Ctrl+Shift+H"  # H: as a click on the heading


def release_tab(view: QAbstractItemView) -> None:
    """Let Tab and Shift+Tab leave ``view``; arrows still move between its cells."""
    view.setTabKeyNavigation(False)


def release_tab_in(root: QWidget) -> None:
    """Every table and list inside ``root`` (a dialog, a panel) lets Tab leave it."""
    for view in root.findChildren(QAbstractItemView):
        release_tab(view)


def add_sort_action(
    window: QWidget,
    menu: QMenu,
    table: QAbstractItemView,
    row_view: RowView,
    status: Callable[[str, int], None],
    before: QAction | None = None,
) -> QAction:
    """View ▸ Sort by Current Column: what a click on the current cell's heading does (again
    to reverse, a third time for the plan's order), for the keyboard; the order is said in
    the status bar."""
    action = QAction(window)
    texts = Texts("TableKeys", action)
    texts.bind(action.setText, QT_TRANSLATE_NOOP("TableKeys", "&Sort by Current Column"))
    action.setShortcut(QKeySequence(SORT_KEYS))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    texts.bind(
        action.setStatusTip,
        QT_TRANSLATE_NOOP(
            "TableKeys", "Sort the rows by the current cell's column; again to reverse"
        ),
    )

    def sort() -> None:
        current = table.currentIndex()
        if current.isValid():
            row_view.cycle_sort(current.column())
            table.scrollTo(current)
            status(row_view.describe(), 5000)

    action.triggered.connect(lambda _checked=False: sort())
    menu.insertAction(before, action) if before is not None else menu.addAction(action)
    window.addAction(action)
    return action
