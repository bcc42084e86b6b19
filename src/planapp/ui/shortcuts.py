"""Help ▸ Keyboard Shortcuts: every shortcut, read from the window's own actions.

The list is made from the menus and the panels' actions at the time it is shown, so it never
goes stale: an action added with a shortcut appears in it. Keys that belong to the tables and
editors rather than to an action (typing, F2, Tab, Delete, Ctrl+Enter…) follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    ("Tables", "Edit the cell, replacing its text", "Type"),
    ("Tables", "Edit the cell, cursor at the end", "F2 / double-click"),
    ("Window", "Next / previous control (leaves a table)", "Tab / Shift+Tab"),
    ("Tables", "Move between cells", "Arrow keys, Home, End, PgUp, PgDown"),
    ("Cell editors", "Save the cell and go to the next / previous one", "Tab / Shift+Tab"),
    ("Cell editors", "Save the cell", "Enter (Ctrl+Enter in long text)"),
    ("Tables", "Clear the selected cells", "Del"),
    (
        "Tables",
        "Sort by a column; again to reverse; a third time: plan order",
        "Click a heading (Ctrl+Shift+H: the current cell's column)",
    ),
    ("Long-text editors", "New paragraph", "Enter"),
    ("Long-text editors", "Save the text", "Ctrl+Enter"),
    ("Long-text editors", "Cancel the edit", "Esc"),
    ("Long-text editors", "Spelling corrections, add to dictionary", "Right-click a word"),
    ("Find bar", "Close", "Esc"),
    ("Detail tabs", "Details / History", "Left / Right on the tab bar"),
    ("Dialogs", "Next / previous control, including the buttons", "Tab / Shift+Tab"),
    ("Dialogs", "Close without changing anything", "Esc"),
    ("Print Preview", "Toolbar: zoom, pages, page setup, print", "Tab, then Space"),
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
    return " or ".join(keys)


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
    out.extend(Shortcut(*row) for row in TABLE_KEYS)
    return out


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle("Keyboard Shortcuts")
        self.resize(720, 560)
        rows = window_shortcuts(window)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Where", "Command", "Keys"])
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
