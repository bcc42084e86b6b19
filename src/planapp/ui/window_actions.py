"""The window's menus and their actions: texts, shortcuts, and when each is enabled.

What each action does is given as plain callables (:class:`MenuSlots`), so the menus know
nothing of the parts that do the work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QWidget

from planapp.ui.translation import Texts
from planapp.ui.undo_actions import UndoActions

Slot = Callable[[], Any]


@dataclass(frozen=True)
class MenuSlots:
    new_document: Slot
    open_document: Slot
    open_server: Slot
    save_as: Slot
    import_excel: Slot
    export_excel: Slot
    print_preview: Slot
    print_plan: Slot
    export_pdf: Slot
    print_options: Callable[[QMenu], None]  # fills File ▸ Print Options
    quit: Slot
    find: Slot
    find_next: Slot
    find_previous: Slot
    add_recommendation: Slot
    delete_recommendations: Slot
    move_up: Slot
    move_down: Slot
    new_plan: Slot
    duplicate_plan: Slot
    rename_plan: Slot
    delete_plan: Slot
    plan_properties: Slot
    go_to_table: Slot
    go_to_milestones: Slot
    go_to_contacts: Slot
    go_to_plans: Slot
    about: Slot
    dashboard: Slot | None = None  # View ▸ Dashboard (follow-up)
    submission: Slot | None = None  # Plan ▸ Record Submission… (follow-up)
    export_word: Slot | None = None  # File ▸ Export as Word…


class WindowActions:
    """Builds the menu bar of ``window``; the actions tests and the window reach by name."""

    def __init__(
        self,
        window: QMainWindow,
        slots: MenuSlots,
        undo_stack: QUndoStack,
        recent_menu: QMenu,
        plan_list: QWidget,
    ) -> None:
        self._window = window
        self.texts = Texts("WindowActions", window)
        std = QKeySequence.StandardKey
        bar = window.menuBar()
        act = self._action

        file_menu = self._menu(bar, QT_TRANSLATE_NOOP("WindowActions", "&File"))
        self.new_document_action = act(
            file_menu,
            QT_TRANSLATE_NOOP("WindowActions", "&New Document…"),
            slots.new_document,
            std.New,
        )
        act(file_menu, QT_TRANSLATE_NOOP("WindowActions", "&Open…"), slots.open_document, std.Open)
        act(
            file_menu,
            QT_TRANSLATE_NOOP("WindowActions", "Open &Server Document…"),
            slots.open_server,
            "Ctrl+Shift+O",
        )
        file_menu.addMenu(recent_menu)
        self.save_as_action = act(
            file_menu, QT_TRANSLATE_NOOP("WindowActions", "Save &As…"), slots.save_as, std.SaveAs
        )
        file_menu.addSeparator()
        self.import_action = act(
            file_menu,
            QT_TRANSLATE_NOOP("WindowActions", "&Import Excel Workbook…"),
            slots.import_excel,
            "Ctrl+I",
        )
        self.export_action = act(
            file_menu,
            QT_TRANSLATE_NOOP("WindowActions", "&Export Excel Workbook…"),
            slots.export_excel,
            "Ctrl+E",
        )
        self.word_action = None
        if slots.export_word is not None:
            self.word_action = act(
                file_menu,
                QT_TRANSLATE_NOOP("WindowActions", "Export as &Word…"),
                slots.export_word,  # no shortcut: Ctrl+Alt is AltGr on Windows layouts
            )
        file_menu.addSeparator()
        self.preview_action = act(
            file_menu,
            QT_TRANSLATE_NOOP("WindowActions", "Print Pre&view…"),
            slots.print_preview,
            "Ctrl+Shift+P",
        )
        self.print_action = act(
            file_menu, QT_TRANSLATE_NOOP("WindowActions", "&Print…"), slots.print_plan, std.Print
        )
        self.pdf_action = act(
            file_menu,
            QT_TRANSLATE_NOOP("WindowActions", "Export P&DF…"),
            slots.export_pdf,
            "Ctrl+Shift+E",
        )
        slots.print_options(
            self._menu(file_menu, QT_TRANSLATE_NOOP("WindowActions", "Print Op&tions"))
        )
        file_menu.addSeparator()
        act(file_menu, QT_TRANSLATE_NOOP("WindowActions", "&Quit"), slots.quit, std.Quit)

        edit_menu = self._menu(bar, QT_TRANSLATE_NOOP("WindowActions", "&Edit"))
        self.edit_menu = edit_menu
        self.undo_actions = UndoActions(window, undo_stack)
        self.undo_action = self.undo_actions.undo_action
        self.redo_action = self.undo_actions.redo_action
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = act(
            edit_menu, QT_TRANSLATE_NOOP("WindowActions", "&Find…"), slots.find, std.Find
        )
        act(
            edit_menu,
            QT_TRANSLATE_NOOP("WindowActions", "Find &Next"),
            slots.find_next,
            std.FindNext,
        )
        act(
            edit_menu,
            QT_TRANSLATE_NOOP("WindowActions", "Find Pre&vious"),
            slots.find_previous,
            std.FindPrevious,
        )
        edit_menu.addSeparator()
        self.add_rec_action = act(
            edit_menu,
            QT_TRANSLATE_NOOP("WindowActions", "&Add Recommendation"),
            slots.add_recommendation,
            "Ctrl+Shift+N",
        )
        self.delete_rec_action = act(
            edit_menu,
            QT_TRANSLATE_NOOP("WindowActions", "&Delete Recommendation"),
            slots.delete_recommendations,
            "Ctrl+Del",
        )
        self.move_up_action = act(
            edit_menu, QT_TRANSLATE_NOOP("WindowActions", "M&ove Up"), slots.move_up, "Alt+Up"
        )
        self.move_down_action = act(
            edit_menu, QT_TRANSLATE_NOOP("WindowActions", "Move Do&wn"), slots.move_down, "Alt+Down"
        )

        plan_menu = self._menu(bar, QT_TRANSLATE_NOOP("WindowActions", "&Plan"))
        self.new_plan_action = act(
            plan_menu, QT_TRANSLATE_NOOP("WindowActions", "&New Plan"), slots.new_plan, "Ctrl+Alt+N"
        )
        self.duplicate_plan_action = act(
            plan_menu,
            QT_TRANSLATE_NOOP("WindowActions", "D&uplicate Plan"),
            slots.duplicate_plan,
            "Ctrl+Alt+D",
        )
        # Not F2: that edits the current cell in every table (F2 renames in the plan list).
        self.rename_plan_action = act(
            plan_menu,
            QT_TRANSLATE_NOOP("WindowActions", "&Rename Plan…"),
            slots.rename_plan,
            "Ctrl+Alt+R",
        )
        self.delete_plan_action = act(
            plan_menu,
            QT_TRANSLATE_NOOP("WindowActions", "&Delete Plan…"),
            slots.delete_plan,
            "Shift+Del",
        )
        plan_menu.addSeparator()
        act(
            plan_menu,
            QT_TRANSLATE_NOOP("WindowActions", "Plan &Properties…"),
            slots.plan_properties,
            "Alt+Return",
        )
        if slots.submission is not None:
            self.submission_action = act(
                plan_menu,
                QT_TRANSLATE_NOOP("WindowActions", "Record &Submission…"),
                slots.submission,
            )
        for action in (
            self.new_plan_action,
            self.duplicate_plan_action,
            self.rename_plan_action,
            self.delete_plan_action,
        ):
            plan_list.addAction(action)
        # Shift+Del acts in the plan list only (in a table it would delete the wrong thing).
        window.removeAction(self.delete_plan_action)
        self.delete_plan_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        view_menu = self._menu(bar, QT_TRANSLATE_NOOP("WindowActions", "&View"))
        self.view_menu = view_menu
        act(
            view_menu,
            QT_TRANSLATE_NOOP("WindowActions", "Go to &Table"),
            slots.go_to_table,
            "Ctrl+1",
        )
        act(
            view_menu,
            QT_TRANSLATE_NOOP("WindowActions", "Go to &Milestones"),
            slots.go_to_milestones,
            "Ctrl+2",
        )
        act(
            view_menu,
            QT_TRANSLATE_NOOP("WindowActions", "Go to &Contacts"),
            slots.go_to_contacts,
            "Ctrl+3",
        )
        act(
            view_menu,
            QT_TRANSLATE_NOOP("WindowActions", "Go to &Plans"),
            slots.go_to_plans,
            "Ctrl+0",
        )
        if slots.dashboard is not None:
            self.dashboard_action = act(
                view_menu,
                QT_TRANSLATE_NOOP("WindowActions", "&Dashboard"),
                slots.dashboard,
                "Ctrl+D",
            )

        help_menu = self._menu(bar, QT_TRANSLATE_NOOP("WindowActions", "&Help"))
        self.help_menu = help_menu
        act(help_menu, QT_TRANSLATE_NOOP("WindowActions", "&About planapp"), slots.about)

    def _menu(self, parent: QMenuBar | QMenu, source: str) -> QMenu:
        menu = parent.addMenu("")
        self.texts.bind(menu.setTitle, source)
        return menu

    def _action(self, menu: QMenu, source: str, slot: Slot, shortcut: Any = None) -> QAction:
        action = QAction(self._window)
        self.texts.bind(action.setText, source)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self._window.addAction(action)
        return action

    def document_shown(self, writable: bool) -> None:
        """A read-only document can be read, printed and exported, not changed."""
        self.import_action.setEnabled(writable)
        self.new_plan_action.setEnabled(writable)

    def plan_shown(self, shown: bool, writable: bool) -> None:
        """What needs a plan is enabled only while one is shown (and edits, if writable)."""
        for action in (
            self.export_action,
            self.word_action,
            self.preview_action,
            self.print_action,
            self.pdf_action,
        ):
            if action is not None:
                action.setEnabled(shown)
        for action in (
            self.add_rec_action,
            self.duplicate_plan_action,
            self.rename_plan_action,
            self.delete_plan_action,
        ):
            action.setEnabled(shown and writable)

    def row_shown(self, row: int, count: int, writable: bool) -> None:
        """What needs a current row (and room to move it) follows the table's current row."""
        self.delete_rec_action.setEnabled(writable and row >= 0)
        self.move_up_action.setEnabled(writable and row > 0)
        self.move_down_action.setEnabled(writable and 0 <= row < count - 1)
