"""What assistive technology is told: names, descriptions, states as text, announcements.

A screen reader knows a widget only by what Qt's accessibility layer says about it: its role,
its name and its description. This module names the things Qt cannot name by itself (cell
editors, by column and recommendation), says aloud what the window shows only by colour or
symbol, and announces status messages (WCAG 2.1: 1.1.1, 1.3.1, 4.1.2, 4.1.3). The walk it offers
is what the tests and ``tests/atspi/walk.py`` check: no interactive object without a name.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QStatusBar,
    QTableView,
    QTreeView,
    QWidget,
)

from planapp.ui.cell_states import placeholder_color

Role = QAccessible.Role

# The roles a user acts on: each must have a name (what a screen reader says on focus).
# Not cells (Cell, TreeItem: a tree's columns are cells too): an empty one is empty content.
INTERACTIVE_ROLES = frozenset(
    {
        Role.PushButton,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.CheckBox,
        Role.RadioButton,
        Role.ComboBox,
        Role.EditableText,
        Role.SpinBox,
        Role.Slider,
        Role.Table,
        Role.List,
        Role.ListItem,
        Role.Tree,
        Role.MenuItem,
        Role.MenuBar,
        Role.PopupMenu,
        Role.PageTab,
        Role.PageTabList,
    }
)


# -- walking the tree a screen reader sees ---------------------------------------------------


@dataclass(frozen=True)
class Node:
    """One accessible object: its role, name, description, and where it sits in the tree."""

    path: str
    role: QAccessible.Role
    name: str
    description: str
    invisible: bool

    @property
    def interactive(self) -> bool:
        return self.role in INTERACTIVE_ROLES


def walk(widget: QObject, limit: int = 5000) -> Iterator[Node]:
    """Every accessible object under ``widget``, as Qt offers it to assistive technology
    (``child()`` down from its interface); a table's cells are walked too, up to ``limit``."""
    root = QAccessible.queryAccessibleInterface(widget)
    if root is None:
        return
    seen = 0
    stack: list[tuple[QAccessibleInterface, str]] = [(root, type(widget).__name__)]
    while stack and seen < limit:
        iface, path = stack.pop()
        if not iface.isValid():
            continue
        seen += 1
        state = iface.state()
        yield Node(
            path,
            iface.role(),
            iface.text(QAccessible.Text.Name) or "",
            iface.text(QAccessible.Text.Description) or "",
            bool(state.invisible),
        )
        children = [iface.child(i) for i in range(iface.childCount())]
        for i, child in reversed(list(enumerate(children))):
            if child is not None:
                label = child.role().name if hasattr(child.role(), "name") else str(child.role())
                stack.append((child, f"{path}/{i}:{label}"))


def unnamed(widget: QObject) -> list[Node]:
    """The interactive objects under ``widget`` that a screen reader could not name."""
    return [n for n in walk(widget) if n.interactive and not n.invisible and not n.name.strip()]


# -- names and descriptions -----------------------------------------------------------------


def set_names(widget: QWidget, name: str, description: str = "") -> None:
    """A widget's accessible name and (optionally) description, in one call."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


def column_heading(model: QAbstractItemModel, column: int) -> str:
    """A column's heading as one line (headings may be laid out on several)."""
    text = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
    if not text:
        text = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    return " ".join(str(text or "").split())


def row_heading(model: QAbstractItemModel, row: int) -> str:
    text = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.AccessibleTextRole)
    if not text:
        text = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
    return " ".join(str(text or "").split())


def cell_name(index: QModelIndex, view: QWidget | None = None) -> str:
    """What a cell editor is called: its column and its row ("OAG Recommendation, Rec. 2.18"),
    and, in a sub-table, the table it belongs to ("Due, 1.1, Key Interim Milestones — Rec. 2")."""
    model = index.model()
    parts = [column_heading(model, index.column()), row_heading(model, index.row())]
    table = view.accessibleName() if isinstance(view, QAbstractItemView) else ""
    if table and model.property("planTable") is not True:
        parts.append(table)
    return ", ".join(p for p in parts if p)


def name_cell_editor(editor: QWidget, index: QModelIndex, view: QWidget | None) -> None:
    """Name a cell editor (and the widget keys go to inside it) after its cell, and describe
    it with the cell's state and how to save or cancel."""
    name = cell_name(index, view)
    state = index.data(Qt.ItemDataRole.AccessibleDescriptionRole) or ""
    keys = editor.accessibleDescription()
    description = " ".join(part for part in (state, keys) if part)
    targets = [editor]
    proxy = editor.focusProxy()
    while proxy is not None and proxy not in targets:
        targets.append(proxy)
        proxy = proxy.focusProxy()
    for target in targets:
        target.setAccessibleName(name)
        if description:
            target.setAccessibleDescription(description)


# -- announcements --------------------------------------------------------------------------


def announce(widget: QObject, text: str, assertive: bool = False) -> None:
    """Have assistive technology say ``text`` now, as coming from ``widget`` (an
    announcement: AT-SPI's object:announcement, which Orca speaks; assertive interrupts)."""
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)


def announce_status(bar: QStatusBar) -> None:
    """Status-bar messages ("Wrote …") announced as they appear (WCAG 4.1.3)."""
    bar.setAccessibleName(QCoreApplication.translate("Accessibility", "Status"))

    def changed(text: str) -> None:
        bar.setAccessibleName(
            text or QCoreApplication.translate("Accessibility", "Status")
        )  # Qt sends NameChanged
        if text:
            announce(bar, text)

    bar.messageChanged.connect(changed)


def describe_tables(root: QWidget) -> None:
    """Each table under ``root`` without a description is described by its columns, which a
    screen reader otherwise reads only cell by cell."""
    for view in root.findChildren(QTableView) + root.findChildren(QTreeView):
        model = view.model()
        if view.accessibleDescription() or model is None or model.columnCount() < 2:
            continue
        columns = [column_heading(model, c) for c in range(model.columnCount())]
        view.setAccessibleDescription(
            QCoreApplication.translate("Accessibility", "Columns: {columns}.").format(
                columns=", ".join(c for c in columns if c)
            )
        )


def name_window(window: QMainWindow) -> None:
    """The main window's bars named, its tables described, status messages announced."""
    window.menuBar().setAccessibleName(QCoreApplication.translate("Accessibility", "Menu bar"))
    describe_tables(window)
    announce_status(window.statusBar())


def list_heading(model: QAbstractItemModel, section: int, orientation: Qt.Orientation) -> str:
    """A sub-table's headings as a screen reader says them: a column by its heading, a row
    by its first cell (a milestone's number, a contact's organization), not "1", "2"."""
    if orientation == Qt.Orientation.Horizontal:
        return str(model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole) or "")
    first = model.index(section, 0).data(Qt.ItemDataRole.DisplayRole)
    return " ".join(str(first or "").split()) or QCoreApplication.translate(
        "Accessibility", "Row {n}"
    ).format(n=section + 1)


def name_print_preview(dialog: QWidget) -> None:
    """Qt's print preview leaves its zoom and page-number fields unnamed."""
    for edit in dialog.findChildren(QLineEdit):
        if not edit.accessibleName():
            inside_combo = isinstance(edit.parent(), QComboBox)
            edit.setAccessibleName(
                QCoreApplication.translate("Accessibility", "Zoom")
                if inside_combo
                else QCoreApplication.translate("Accessibility", "Page number")
            )


def keep_placeholders_readable(app: QApplication) -> None:
    """The application's placeholder text at 4.5:1 on its base, now and whenever the system
    switches between light and dark (only that colour is set: the rest follows the system)."""

    def apply() -> None:
        palette = app.palette()
        palette.setColor(QPalette.ColorRole.PlaceholderText, placeholder_color(palette))
        app.setPalette(palette)

    apply()
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply())
