"""Help ▸ Keyboard Shortcuts: every shortcut, read from the window's own actions.

The list is made from the menus and the panels' actions at the time it is shown, so it never
goes stale: an action added with a shortcut appears in it. Keys that belong to the tables and
editors rather than to an action (typing, F2, Tab, Delete, Ctrl+Enter…) follow; F2 is
such a key everywhere (it edits a table's cell and renames in the plan list), so no action
carries it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planapp.ui.table_keys import release_tab

# Keys handled by the tables and editors themselves (no action carries them).
TABLE_KEYS = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Tables"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the cell, replacing its text"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Type"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Tables"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the cell, cursor at the end"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "F2 / double-click"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Plans"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Rename the plan (Plan ▸ Rename Plan)"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "F2 / double-click"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Window"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous control (leaves a table)"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab / Shift+Tab"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Tables"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Move between cells"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Arrow keys, Home, End, PgUp, PgDown"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Cell editors"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the cell and go to the next / previous one"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab / Shift+Tab"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Cell editors"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the cell"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter (Ctrl+Enter in long text)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Tables"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Clear the selected cells"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Del"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Tables"),
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Sort by a column; again to reverse; a third time: plan order"
        ),
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Click a heading (Ctrl+Shift+H: the current cell's column)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Long-text editors"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "New paragraph"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Long-text editors"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the text"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Enter"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Long-text editors"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Cancel the edit"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Esc"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Long-text editors"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Spelling corrections, add to dictionary"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Right-click a word"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Find bar"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Close"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Esc"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Detail tabs"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Details / History"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Left / Right on the tab bar"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Dialogs"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous control, including the buttons"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab / Shift+Tab"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Dialogs"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Close without changing anything"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Esc"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Print Preview"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Toolbar: zoom, pages, page setup, print"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab, then Space"),
    ),
)


@dataclass(frozen=True)
class Shortcut:
    where: str  # the menu path or panel
    command: str
    keys: str


# Keys typed alone that a shortcut may be (others alone are dedicated keys, like "Copy").
_SINGLE_KEYS = re.compile(r"^(F\d+|Ins|Del|Esc|Return|Enter|Backspace|Home|End)$")


_KEY_NAME = re.compile(
    r"^(.|F\d+|Ins|Del|Esc|Return|Enter|Backspace|Home|End|Tab|Space|Up|Down|Left|Right|"
    r"PgUp|PgDown)$"
)


def _typeable(text: str) -> bool:
    last = text.rsplit("+", 1)[-1] if len(text) > 1 else text
    return bool(_KEY_NAME.match(last)) and ("+" in text or bool(_SINGLE_KEYS.match(text)))


def _keys(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    keys = [
        text
        for k in action.shortcuts()
        if not k.isEmpty() and _typeable(text := k.toString(native))
    ]
    if not keys and "\t" in action.text():
        keys = [action.text().split("\t", 1)[1]]  # a key a menu shows but a table handles
    return QCoreApplication.translate("ShortcutsDialog", " or ").join(keys)


def _command(action: QAction) -> str:
    return action.text().split("\t", 1)[0].replace("&&", "\0").replace("&", "").replace("\0", "&")


def _menu_shortcuts(menu: QMenu, path: str) -> list[Shortcut]:
    out: list[Shortcut] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            out.extend(_menu_shortcuts(sub, f"{path} ▸ {_command(action)}"))
        elif keys := _keys(action):
            out.append(Shortcut(path, _command(action), keys))
    return out


def window_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every shortcut of the window: its menus first, then its panels, then the table keys."""
    out: list[Shortcut] = []
    seen: set[int] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            found = _menu_shortcuts(menu, _command(top))
            out.extend(found)
    seen = {id(a) for m in window.menuBar().findChildren(QMenu) for a in m.actions()}
    for box in window.findChildren(QGroupBox):
        title = box.title().split(" — ")[0]
        for widget in [box, *box.findChildren(QWidget)]:
            for action in widget.actions():
                if id(action) in seen or not (keys := _keys(action)):
                    continue
                seen.add(id(action))
                out.append(Shortcut(title, _command(action), keys))
    out.extend(
        Shortcut(*(QCoreApplication.translate("ShortcutsDialog", text) for text in row))
        for row in TABLE_KEYS
    )
    return out


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(720, 560)
        rows = window_shortcuts(window)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("Command"), self.tr("Keys")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        release_tab(self.table)  # Tab goes on to the Close button
        self.table.verticalHeader().hide()
        for row, shortcut in enumerate(rows):
            for column, text in enumerate((shortcut.where, shortcut.command, shortcut.keys)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def shortcuts(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.table.rowCount())
        ]
