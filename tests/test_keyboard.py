"""Keyboard access: no trap, every control in the Tab order, panes, focus kept after edits.

Every key goes to the widget that has the focus at that moment, as a user's keyboard would,
and what is checked is where the focus is afterwards (``QApplication.focusWidget()``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QMenu,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)

from planapp.domain.template import Column
from planapp.store.document import Document
from planapp.ui.main_window import MainWindow
from tests.test_clipboard import _focus, _type
from tests.test_ui_extra import with_extra  # noqa: F401 (a fixture)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget()
    assert target is not None, f"nothing has the focus before {key!r}"
    qtbot.keyClick(target, key, modifier)
    return QApplication.focusWidget()


def _inside(widget: QWidget, focus: QWidget | None) -> bool:
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def _part_of_a_control(widget: QWidget) -> bool:
    """Inside a table (its viewport, headers, cell editors), a date box or a list box."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView | QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _controls(window: QWidget) -> list[QWidget]:
    """Every control a keyboard user must be able to reach: shown, enabled, focusable (a tab
    widget is reached through its tab bar)."""
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w, QTabWidget)
        and not _part_of_a_control(w)
    ]


def _walk(qtbot, start: QWidget, key: Qt.Key, limit: int = 200) -> list[QWidget]:
    """Press ``key`` from ``start`` until the focus is back on it; the controls visited.
    (A date field keeps the focus while Tab moves through its year, month and day.)"""
    seen = [start]
    for _ in range(limit):
        focus = _press(qtbot, key)
        assert focus is not None
        if focus is start:
            return seen
        if focus is seen[-1]:
            continue
        assert focus not in seen, f"{focus!r} reached twice before the start came back"
        seen.append(focus)
    raise AssertionError(f"{key!r} never came back to the start: {seen[-5:]}")


# -- no keyboard trap --------------------------------------------------------------------------

TABLES: dict[str, Callable[[MainWindow], QAbstractItemView]] = {
    "plan table": lambda w: w.table,
    "milestones": lambda w: w.details.milestones.view,
    "contacts": lambda w: w.details.contacts.view,
    "extra columns": lambda w: w.details.extra.view,
    "plan list": lambda w: w.plan_list,
}


@pytest.mark.usefixtures("with_extra")
@pytest.mark.parametrize("name", TABLES)
def test_tab_and_shift_tab_leave_each_table(qtbot, window: MainWindow, name: str) -> None:
    window.select_row(1)  # the recommendation with extra columns
    view = TABLES[name](window)
    _focus(qtbot, window, view)
    if isinstance(view, QTableView):
        view.setCurrentIndex(view.model().index(0, 0))
        assert _press(qtbot, Qt.Key.Key_Right) is view  # arrows still move between cells
        assert view.currentIndex().column() == 1
    after = _press(qtbot, Qt.Key.Key_Tab)
    assert not _inside(view, after), f"Tab stayed in the {name}"
    assert _press(qtbot, Qt.Key.Key_Backtab) is view
    before = _press(qtbot, Qt.Key.Key_Backtab)
    assert not _inside(view, before), f"Shift+Tab stayed in the {name}"
    assert _press(qtbot, Qt.Key.Key_Tab) is view


def test_tab_leaves_the_dashboard_and_the_history_table(qtbot, window: MainWindow) -> None:
    window.menus.dashboard_action.trigger()
    dashboard = window._dashboard
    qtbot.waitExposed(dashboard)
    dashboard.activateWindow()
    dashboard.table.setFocus()
    qtbot.waitUntil(dashboard.table.hasFocus)
    assert not _inside(dashboard.table, _press(qtbot, Qt.Key.Key_Tab))
    assert _press(qtbot, Qt.Key.Key_Backtab) is dashboard.table
    assert not _inside(dashboard.table, _press(qtbot, Qt.Key.Key_Backtab))
    _press(qtbot, Qt.Key.Key_Escape)  # Esc closes the dashboard, as a dialog
    qtbot.waitUntil(lambda: not dashboard.isVisible())

    tabs = window.view.findChild(QWidget, "detailTabs")
    tabs.setCurrentWidget(window.history_panel)
    history = window.history_panel.view
    _focus(qtbot, window, history)
    assert not _inside(history, _press(qtbot, Qt.Key.Key_Tab))
    assert _press(qtbot, Qt.Key.Key_Backtab) is history
    assert not _inside(history, _press(qtbot, Qt.Key.Key_Backtab))


# -- the whole window's Tab order --------------------------------------------------------------


@pytest.mark.parametrize("beside", [False, True], ids=["panels below", "panels beside"])
def test_tab_walks_every_control_of_the_window_and_comes_back(
    qtbot, window: MainWindow, beside: bool
) -> None:
    window.view_options.set_panels_beside(beside)
    _focus(qtbot, window, window.plan_list)
    controls = _controls(window)
    assert len(controls) >= 20  # plans, titles, table, edit pane, tab bar, 12 buttons, 2 tables
    forward = _walk(qtbot, window.plan_list, Qt.Key.Key_Tab)
    missing = [c for c in controls if c not in forward]
    assert not missing, f"never reached with Tab: {missing}"
    backward = _walk(qtbot, window.plan_list, Qt.Key.Key_Backtab)
    assert backward == [forward[0], *reversed(forward[1:])]  # Shift+Tab: the same, reversed

    # The order follows the layout: plans, titles, table, edit pane, the detail tabs, then
    # each panel's buttons before its table.
    details = window.details
    order = [
        window.plan_list,
        window.title_label,
        window.table,
        window.view.edit_pane.editor,
        window.view.findChild(QTabBar),
        details.milestones.findChildren(QToolButton)[0],
        details.milestones.view,
        details.contacts.findChildren(QToolButton)[0],
        details.contacts.view,
    ]
    places = [forward.index(w) for w in order]
    assert places == sorted(places)
    buttons = [b for b in details.milestones.findChildren(QToolButton) if b.isVisible()]
    assert len(buttons) == 8 and all(b in forward for b in buttons)  # not only when empty


@pytest.mark.usefixtures("with_extra")
def test_the_find_and_filter_bars_history_and_extra_columns_are_in_the_walk(
    qtbot, window: MainWindow
) -> None:
    window.select_row(1)
    window.show_find()
    window.view_options.show_filters(True)
    _focus(qtbot, window, window.plan_list)
    forward = _walk(qtbot, window.plan_list, Qt.Key.Key_Tab)
    assert not [c for c in _controls(window) if c not in forward]
    find, table, extra = window.find_bar.edit, window.table, window.details.extra.view
    filters = window.filter_bar.status
    assert forward.index(find) < forward.index(filters) < forward.index(table)
    assert forward.index(extra) == len(forward) - 1  # the last panel, then back to the plans

    tabs = window.view.findChild(QWidget, "detailTabs")
    tabs.setCurrentWidget(window.history_panel)
    _focus(qtbot, window, window.plan_list)
    forward = _walk(qtbot, window.plan_list, Qt.Key.Key_Tab)
    assert window.history_panel.view in forward
    assert window.details.milestones.view not in forward  # hidden with its tab
    assert not [c for c in _controls(window) if c not in forward]


def test_the_title_rows_can_be_read_with_the_keyboard(qtbot, window: MainWindow) -> None:
    _focus(qtbot, window, window.plan_list)
    title = _press(qtbot, Qt.Key.Key_Tab)
    assert title is window.title_label and isinstance(title, QLabel)
    assert "DETAILED ACTION PLAN" in title.text()
    assert "QLabel:focus" in title.styleSheet()  # framed while it has the focus


# -- panes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("forward", "backward"),
    [
        ((Qt.Key.Key_Tab, CTRL), (Qt.Key.Key_Backtab, CTRL | SHIFT)),
        ((Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_F6, SHIFT)),
    ],
)
def test_ctrl_tab_and_f6_move_between_the_panes(
    qtbot, window: MainWindow, forward: tuple, backward: tuple
) -> None:
    _focus(qtbot, window, window.plan_list)
    panes = [
        window.title_label,
        window.table,
        window.view.edit_pane.editor,
        window.details.milestones.view,
        window.plan_list,
    ]
    assert [_press(qtbot, *forward) for _ in panes] == panes
    expected = [*reversed(panes[:-1]), window.plan_list]
    assert [_press(qtbot, *backward) for _ in panes] == expected


def test_panes_include_the_find_bar_and_remember_the_last_control(
    qtbot, window: MainWindow
) -> None:
    window.show_find()
    _focus(qtbot, window, window.plan_list)
    assert _press(qtbot, Qt.Key.Key_F6) is window.title_label
    assert _press(qtbot, Qt.Key.Key_F6) is window.find_bar.edit
    assert _press(qtbot, Qt.Key.Key_F6) is window.table
    # In the detail panel, the contacts were used last: the pane comes back to them.
    contacts = window.details.contacts.view
    _focus(qtbot, window, contacts)
    for _ in range(5):
        _press(qtbot, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is not contacts
    while QApplication.focusWidget() is not window.view.edit_pane.editor:
        _press(qtbot, Qt.Key.Key_F6)
    assert _press(qtbot, Qt.Key.Key_F6) is contacts


def test_ctrl_tab_in_the_detail_tabs_moves_on_and_arrows_switch_the_page(
    qtbot, window: MainWindow
) -> None:
    tabs = window.view.findChild(QWidget, "detailTabs")
    bar = window.view.findChild(QTabBar)
    _focus(qtbot, window, window.details.milestones.view)
    assert _press(qtbot, Qt.Key.Key_Tab, CTRL) is window.plan_list
    assert tabs.currentWidget() is window.details  # Qt's own Ctrl+Tab would have switched
    _focus(qtbot, window, bar)
    _press(qtbot, Qt.Key.Key_Right)
    assert tabs.currentWidget() is window.history_panel


def test_ctrl_tab_in_a_cell_editor_saves_the_cell(
    qtbot, window: MainWindow, document: Document
) -> None:
    _focus(qtbot, window, window.table)
    window.table.setCurrentIndex(window.model.index(0, Column.REF))
    _type(qtbot, ["R9"])
    assert _press(qtbot, Qt.Key.Key_Tab, CTRL) is window.view.edit_pane.editor
    assert document.load_plan(window.plan.id).recommendations[0].ref == "R9"


def test_shortcuts_list_the_pane_and_table_keys(window: MainWindow) -> None:
    from planapp.ui.shortcuts import window_shortcuts

    keys = {(r.where, r.command): r.keys for r in window_shortcuts(window)}
    assert keys[("View", "Next Pane")] == "Ctrl+Tab or F6"
    assert keys[("View", "Previous Pane")] == "Ctrl+Shift+Tab or Shift+F6"
    assert keys[("Window", "Next / previous control (leaves a table)")] == "Tab / Shift+Tab"


def _scopes(action: QAction) -> list[tuple[str, QWidget]]:
    """Where ``action``'s shortcut applies: a whole window, a widget and its children, or
    one widget (an action in a menu applies in the menu's window)."""
    context = action.shortcutContext()
    out = []
    for owner in action.associatedObjects():
        if not isinstance(owner, QWidget):
            continue
        if isinstance(owner, QMenu) or context in (
            Qt.ShortcutContext.WindowShortcut,
            Qt.ShortcutContext.ApplicationShortcut,
        ):
            out.append(("window", owner.window()))
        elif context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
            out.append(("tree", owner))
        else:
            out.append(("widget", owner))
    return out


def _overlap(a: tuple[str, QWidget], b: tuple[str, QWidget]) -> bool:
    (kind_a, a_w), (kind_b, b_w) = a, b
    if "window" in (kind_a, kind_b):
        return a_w.window() is b_w.window()
    if kind_a == kind_b == "widget":
        return a_w is b_w
    return a_w is b_w or a_w.isAncestorOf(b_w) or b_w.isAncestorOf(a_w)


def test_no_key_is_claimed_twice_where_both_would_apply(window: MainWindow) -> None:
    """Qt runs neither of two actions that share a key in one place ("ambiguous shortcut"),
    so such a key does nothing at all."""
    claims: dict[str, list[tuple[QAction, tuple[str, QWidget]]]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            for scope in _scopes(action):
                claims.setdefault(key.toString(), []).append((action, scope))
    clashes = sorted(
        f"{key}: {a.text()!r} and {b.text()!r}"
        for key, found in claims.items()
        for i, (a, scope_a) in enumerate(found)
        for b, scope_b in found[i + 1 :]
        if a is not b and _overlap(scope_a, scope_b)
    )
    assert not clashes, clashes


def test_the_keyboard_sorts_by_the_current_column_as_a_click_on_its_heading(
    qtbot, window: MainWindow
) -> None:
    table, rows = window.table, window.row_view
    _focus(qtbot, window, table)
    window.select_row(0, Column.COMPLETION)
    key = (Qt.Key.Key_H, CTRL | SHIFT)
    assert _press(qtbot, *key) is table
    assert (rows.sort_column, rows.descending) == (Column.COMPLETION, False)
    assert window.statusBar().currentMessage() == rows.describe()
    _press(qtbot, *key)
    assert (rows.sort_column, rows.descending) == (Column.COMPLETION, True)
    _press(qtbot, Qt.Key.Key_J, CTRL | SHIFT)  # View ▸ Plan Order
    assert rows.sort_column is None and QApplication.focusWidget() is table
