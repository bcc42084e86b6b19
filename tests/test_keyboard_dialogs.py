"""Every dialog can be worked with the keyboard: Tab reaches each of its controls and buttons
(no table keeps Tab), and Esc closes it; Print Preview's toolbar is in its Tab order."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QToolBar,
    QToolButton,
    QWidget,
)

from planapp.domain.plan import Plan
from planapp.store.versions import Conflict
from planapp.ui.conflict_dialog import ConflictDialog
from planapp.ui.export_options import ExportOptions
from planapp.ui.main_window import MainWindow
from planapp.ui.merge_dialog import MergeDialog
from planapp.ui.periods_dialog import PeriodsDialog
from planapp.ui.plan_dialog import PlanDialog
from planapp.ui.progress_dialog import ProgressDialog
from planapp.ui.revision_dialog import RevisionDialog
from planapp.ui.server_dialog import ServerDialog
from planapp.ui.shortcuts import ShortcutsDialog
from planapp.ui.status_dialog import StatusDialog
from planapp.ui.submission_dialog import SubmissionDialog
from tests.conftest import TODAY
from tests.test_keyboard import _controls

DIALOGS: dict[str, Callable[[MainWindow], QDialog]] = {
    "keyboard shortcuts": lambda w: ShortcutsDialog(w),
    "plan properties": lambda w: PlanDialog(w.plan, w),
    "recommendation status": lambda w: StatusDialog(w.plan.recommendations[0], TODAY, w),
    "revise date": lambda w: RevisionDialog("March 31, 2021", None, TODAY, w),
    "record submission": lambda w: SubmissionDialog(w.plan.short_name, [], TODAY, w),
    "open server document": lambda w: ServerDialog(w),
    "export workbook": lambda w: ExportOptions(w.prefs, w),
    "reporting periods": lambda w: PeriodsDialog(w.doc, TODAY, w.push, w),
    "milestone progress": lambda w: ProgressDialog(
        w.plan.recommendations[0].milestones[0], [], TODAY, "", w
    ),
    "merge a workbook": lambda w: MergeDialog(w.plan, _edited(w.plan), "book.xlsx", w),
    "someone else changed it": lambda w: ConflictDialog(
        Conflict("recommendation", 1, 1, "response", "Mine.", "Theirs.", "Before."), w
    ),
}


def _edited(plan: Plan) -> Plan:
    """The plan with its first recommendation's text changed: something to merge."""
    first = dataclasses.replace(plan.recommendations[0], recommendation="Changed text.")
    return dataclasses.replace(plan, recommendations=[first, *plan.recommendations[1:]])


def _show(qtbot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    _focus_in(qtbot, dialog)


def _focus_in(qtbot, dialog: QWidget) -> None:
    dialog.activateWindow()
    _controls(dialog)[0].setFocus()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))


def _tab_walk(qtbot, limit: int = 150) -> list:
    """Tab from the focused control until it comes back; every control visited once."""
    start = QApplication.focusWidget()
    seen = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is start and len(seen) > 1:
            return seen
        if focus is not seen[-1]:  # a date field keeps Tab for its year, month and day
            assert focus not in seen, f"{focus!r} reached twice: a trap"
            seen.append(focus)
    raise AssertionError(f"Tab never came back to {start!r}: {seen[-4:]}")


@pytest.mark.parametrize("name", DIALOGS)
def test_tab_reaches_every_control_of_the_dialog_and_esc_closes_it(
    qtbot, window: MainWindow, name: str
) -> None:
    dialog = DIALOGS[name](window)
    _show(qtbot, dialog)
    reached = _tab_walk(qtbot)
    controls = _controls(dialog)
    assert [b for b in controls if isinstance(b, QAbstractButton)], "no button to reach"
    missing = [c for c in controls if c not in reached]
    assert not missing, f"never reached with Tab in {name}: {missing}"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_print_preview_toolbar_is_reachable_and_esc_closes_it(qtbot, window: MainWindow) -> None:
    dialog = window.printing.print_preview()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    _focus_in(qtbot, dialog)
    buttons = [b for bar in dialog.findChildren(QToolBar) for b in bar.findChildren(QToolButton)]
    shown = [b for b in buttons if b.isVisible() and b.isEnabled()]
    assert len(shown) >= 12  # zoom, orientation, pages, views, page setup, print
    reached = _tab_walk(qtbot)
    missing = [b.toolTip() or b.text() for b in shown if b not in reached]
    assert not missing, f"toolbar buttons Tab never reaches: {missing}"
    # Space on a focused button presses it: the other orientation is chosen.
    turn = next(
        b
        for b in shown
        if (b.toolTip() or b.text()).lower() in ("portrait", "landscape")
        and not b.defaultAction().isChecked()
    )
    turn.setFocus()
    qtbot.keyClick(turn, Qt.Key.Key_Space)
    assert turn.defaultAction().isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_tab_reaches_every_control_of_the_dashboard(qtbot, window: MainWindow) -> None:
    window.menus.dashboard_action.trigger()
    dashboard = window._dashboard
    qtbot.waitExposed(dashboard)
    _focus_in(qtbot, dashboard)
    reached = _tab_walk(qtbot)
    missing = [c for c in _controls(dashboard) if c not in reached]
    assert not missing, f"never reached with Tab in the dashboard: {missing}"
    assert dashboard.table in reached and dashboard.print_button in reached


def test_a_dialog_run_by_the_window_lets_tab_leave_its_tables_and_text_boxes(qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPlainTextEdit, QTableWidget, QVBoxLayout

    from planapp.ui import dialogs

    dialog = QDialog()
    qtbot.addWidget(dialog)
    table, text = QTableWidget(2, 2, dialog), QPlainTextEdit(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(text)
    seen: list[tuple[bool, bool]] = []

    def look() -> None:
        seen.append((table.tabKeyNavigation(), text.tabChangesFocus()))
        dialog.reject()

    QTimer.singleShot(0, look)
    assert not dialogs.run(dialog)
    assert seen == [(False, True)]
