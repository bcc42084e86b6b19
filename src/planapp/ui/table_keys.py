"""Tab leaves a table: no keyboard trap (WCAG 2.1.1, 2.1.2).

Qt's table views keep Tab for themselves: Tab moves to the next cell, and from the last cell
back to the first, so a keyboard user never leaves the table. Here, when no cell is being
edited, Tab and Shift+Tab go to the next and previous control, and the arrow keys (with Home,
End, Page Up and Page Down) move between cells. Inside a cell editor Tab still saves the cell
and moves to the next cell of the row (:class:`~planapp.ui.delegates.SheetView`), because the
delegate sees the key before the view does.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QWidget


def release_tab(view: QAbstractItemView) -> None:
    """Let Tab and Shift+Tab leave ``view``; arrows still move between its cells."""
    view.setTabKeyNavigation(False)


def release_tab_in(root: QWidget) -> None:
    """Every table and list inside ``root`` (a dialog, a panel) lets Tab leave it."""
    for view in root.findChildren(QAbstractItemView):
        release_tab(view)
