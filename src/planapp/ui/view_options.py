"""The View menu's switches for the shown plan: filter rows, plan order, the edit pane,
compact rows and panels beside the table; each remembered between runs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from planapp.ui.plan_view import PlanView
from planapp.ui.translation import Texts

PANELS_BESIDE = "view/panelsBeside"
EDIT_PANE = "view/editPane"
COMPACT_ROWS = "view/compactRows"


class ViewOptions:
    """Adds its actions to ``menu``; their shortcuts work anywhere in ``window``."""

    def __init__(self, window: QWidget, menu: QMenu, view: PlanView, settings: QSettings) -> None:
        self.window = window
        self.menu = menu
        self.view = view
        self.table = view.table
        self.row_view = view.row_view
        self.settings = settings
        self.texts = Texts("ViewOptions", window)
        menu.addSeparator()
        self.filter_action = self._view_action(
            QT_TRANSLATE_NOOP("ViewOptions", "&Filter Rows"),
            lambda: self.show_filters(self.filter_action.isChecked()),
            "Ctrl+Shift+L",
            QT_TRANSLATE_NOOP(
                "ViewOptions",
                "Show only the recommendations with a milestone status, organization or due date",
            ),
            checkable=True,
        )
        self.plan_order_action = self._view_action(
            QT_TRANSLATE_NOOP("ViewOptions", "Plan &Order"),
            self.row_view.plan_order,
            "Ctrl+Shift+J",  # beside Ctrl+Shift+H, sort; Ctrl+Shift+O opens a server document
            QT_TRANSLATE_NOOP(
                "ViewOptions",
                "Show the rows in the plan's own order again (click a heading to sort)",
            ),
        )
        menu.addSeparator()
        self.edit_pane_action = self._view_action(
            QT_TRANSLATE_NOOP("ViewOptions", "&Edit Pane"),
            lambda: self.show_edit_pane(self.edit_pane_action.isChecked()),
            "Ctrl+Shift+U",
            QT_TRANSLATE_NOOP(
                "ViewOptions",
                "Show the current cell's whole text below the table, to read and edit it",
            ),
            checkable=True,
        )
        self.compact_action = self._view_action(
            QT_TRANSLATE_NOOP("ViewOptions", "Compact &Rows"),
            lambda: self.set_compact(self.compact_action.isChecked()),
            "Ctrl+Shift+K",
            QT_TRANSLATE_NOOP(
                "ViewOptions",
                "Show each recommendation in a few lines (the whole text on hover and in the pane)",
            ),
            checkable=True,
        )
        self.panels_beside_action = self._view_action(
            QT_TRANSLATE_NOOP("ViewOptions", "Panels &Beside the Table"),
            lambda: self.set_panels_beside(self.panels_beside_action.isChecked()),
            "Ctrl+Shift+B",
            QT_TRANSLATE_NOOP(
                "ViewOptions",
                "Show the milestones and contacts beside the table instead of below it",
            ),
            checkable=True,
        )

    def _view_action(
        self, text: str, slot: Any, shortcut: str, tip: str, checkable: bool = False
    ) -> QAction:
        action = QAction(self.window)
        self.texts.bind(action.setText, text)
        action.setShortcut(QKeySequence(shortcut))
        self.texts.bind(action.setStatusTip, tip)
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        self.window.addAction(action)
        return action

    def restore(self) -> None:
        """The switches as they were left."""
        settings = self.settings
        self.set_panels_beside(str(settings.value(PANELS_BESIDE, "false")).lower() == "true")
        self.show_edit_pane(str(settings.value(EDIT_PANE, "true")).lower() == "true")
        self.set_compact(str(settings.value(COMPACT_ROWS, "false")).lower() == "true")

    def show_filters(self, shown: bool) -> None:
        self.view.show_filters(shown)
        self.filter_action.setChecked(shown)

    def show_edit_pane(self, shown: bool) -> None:
        """The edit pane below the table, shown or hidden; remembered."""
        if not shown:
            self.view.edit_pane.commit()
        self.view.edit_pane.setVisible(shown)
        self.edit_pane_action.setChecked(shown)
        self.settings.setValue(EDIT_PANE, "true" if shown else "false")

    def set_compact(self, compact: bool) -> None:
        """Rows cut to a few lines, or grown to their whole text; remembered."""
        self.table.set_compact(compact)
        self.compact_action.setChecked(compact)
        self.settings.setValue(COMPACT_ROWS, "true" if compact else "false")

    def set_panels_beside(self, beside: bool) -> None:
        """Milestones and contacts beside the table (stacked) or below it; remembered."""
        self.view.place_panels(beside)
        self.panels_beside_action.setChecked(beside)
        self.settings.setValue(PANELS_BESIDE, "true" if beside else "false")
