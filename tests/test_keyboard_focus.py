"""The focus stays on the edited cell after every commit, undo and redo, in every table; Tab
in a cell editor writes each value into its own column.

The keys go to whatever has the focus, as a user's keyboard would; what is checked is where
the focus is afterwards (``QApplication.focusWidget()``) and which cell is current.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

from planapp.domain.template import Column
from planapp.store.document import Document
from planapp.ui.main_window import MainWindow
from tests.test_clipboard import _focus, _type
from tests.test_keyboard import _press as _key
from tests.test_ui_extra import with_extra  # noqa: F401 (a fixture)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ENTER = Qt.Key.Key_Return


def _settle(qtbot, view: QAbstractItemView) -> None:
    """Enter commits once the editor has had the key (queued by Qt)."""
    qtbot.waitUntil(lambda: view.state() != QTableView.State.EditingState)
    qtbot.wait(5)


# (table, row, column, text typed, how the editor commits, the value read back)
Read = Callable[[Document, int], str]
CASES: dict[str, tuple] = {
    "plan table, ref": (lambda w: w.table, 1, Column.REF, "R-2", (ENTER,)),
    "plan table, long text": (lambda w: w.table, 1, Column.RESPONSE, "Agreed.", (ENTER, CTRL)),
    "plan table, date": (lambda w: w.table, 1, Column.COMPLETION, "March 2021", (ENTER,)),
    "milestones, number": (lambda w: w.details.milestones.view, 1, 0, "2.9", (ENTER,)),
    "milestones, description": (
        lambda w: w.details.milestones.view,
        1,
        1,
        "Described.",
        (ENTER, CTRL),
    ),
    "milestones, due": (lambda w: w.details.milestones.view, 0, 2, "June 1, 2021", (ENTER,)),
    "contacts, name": (lambda w: w.details.contacts.view, 0, 1, "Anne Roy", (ENTER,)),
    "extra columns, text": (lambda w: w.details.extra.view, 1, 1, "Delayed.", (ENTER, CTRL)),
}


@pytest.mark.usefixtures("with_extra")
@pytest.mark.parametrize("case", CASES)
def test_the_focus_stays_on_the_edited_cell_after_commit_undo_and_redo(
    qtbot, window: MainWindow, case: str
) -> None:
    table, row, column, text, commit = CASES[case]
    window.select_row(1)  # the recommendation with extra columns
    view = table(window)
    _focus(qtbot, window, view)
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    before = index.data()
    _type(qtbot, [text])
    _key(qtbot, *commit)
    _settle(qtbot, view)

    def where() -> tuple:
        current = view.currentIndex()
        return QApplication.focusWidget() is view, current.row(), current.column()

    assert view.model().index(row, column).data() == text
    assert where() == (True, row, column), "after the commit"
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert view.model().index(row, column).data() == before
    assert where() == (True, row, column), "after undo"
    _key(qtbot, Qt.Key.Key_Y, CTRL)
    assert view.model().index(row, column).data() == text
    assert where() == (True, row, column), "after redo"


@pytest.mark.usefixtures("with_extra")
@pytest.mark.parametrize("case", ["plan table, ref", "milestones, number", "contacts, name"])
def test_tab_commits_and_the_focus_stays_in_the_table_on_the_next_cell(
    qtbot, window: MainWindow, case: str
) -> None:
    table, row, column, text, _commit = CASES[case]
    window.select_row(1)
    view = table(window)
    _focus(qtbot, window, view)
    view.setCurrentIndex(view.model().index(row, column))
    _type(qtbot, [text, Qt.Key.Key_Tab])
    assert view.model().index(row, column).data() == text
    assert QApplication.focusWidget() is view
    assert (view.currentIndex().row(), view.currentIndex().column()) == (row, column + 1)
    assert view.state() != QTableView.State.EditingState  # the next cell is not opened
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert QApplication.focusWidget() is view


def test_a_contact_typed_with_tab_fills_all_five_columns_in_order(
    qtbot, window: MainWindow, document: Document
) -> None:
    window.select_row(1)
    view = window.details.contacts.view
    _focus(qtbot, window, view)
    count = 0  # every field of the first contact typed again, left to right
    view.setCurrentIndex(view.model().index(count, 0))
    tab = Qt.Key.Key_Tab
    _type(qtbot, ["ORG", tab, "Anne Roy", tab, "Director", tab, "613-555-0101", tab])
    _type(qtbot, ["anne.roy@example.gc.ca", ENTER])
    _settle(qtbot, view)
    contact = document.load_plan(window.plan.id).recommendations[1].contacts[count]
    assert (contact.organization, contact.name, contact.title, contact.phone, contact.email) == (
        "ORG",
        "Anne Roy",
        "Director",
        "613-555-0101",
        "anne.roy@example.gc.ca",
    )
    assert QApplication.focusWidget() is view and view.currentIndex().column() == 4
    # Shift+Tab in an editor goes back a column, writing only the cell that was edited.
    _type(qtbot, ["x"])
    _key(qtbot, Qt.Key.Key_Backtab, SHIFT)
    contact = document.load_plan(window.plan.id).recommendations[1].contacts[count]
    assert (contact.phone, contact.email) == ("613-555-0101", "x")
    assert QApplication.focusWidget() is view and view.currentIndex().column() == 3


@pytest.mark.parametrize(
    ("panel", "add", "delete"),
    [
        ("milestones", (Qt.Key.Key_Insert,), (Qt.Key.Key_Delete, CTRL)),
        ("contacts", (Qt.Key.Key_Insert,), (Qt.Key.Key_Delete, CTRL)),
    ],
)
def test_adding_and_deleting_rows_keeps_the_focus_in_the_panel(
    qtbot, window: MainWindow, panel: str, add: tuple, delete: tuple
) -> None:
    view = getattr(window.details, panel).view
    _focus(qtbot, window, view)
    view.setCurrentIndex(view.model().index(0, 1))
    count = view.model().rowCount()
    _key(qtbot, *add)
    assert view.model().rowCount() == count + 1 and QApplication.focusWidget() is view
    _key(qtbot, *delete)
    assert view.model().rowCount() == count and QApplication.focusWidget() is view
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert view.model().rowCount() == count + 1 and QApplication.focusWidget() is view
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert view.model().rowCount() == count and QApplication.focusWidget() is view


def test_adding_and_deleting_recommendations_keeps_the_focus_in_the_table(
    qtbot, window: MainWindow
) -> None:
    table = window.table
    _focus(qtbot, window, table)
    window.select_row(1, Column.RESPONSE)
    count = window.model.rowCount()
    _key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)  # Edit ▸ Add Recommendation
    assert window.model.rowCount() == count + 1 and QApplication.focusWidget() is table
    _key(qtbot, Qt.Key.Key_Delete, CTRL)  # Edit ▸ Delete Recommendation
    assert window.model.rowCount() == count and QApplication.focusWidget() is table
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.model.rowCount() == count + 1 and QApplication.focusWidget() is table
    assert table.currentIndex().column() == Column.RESPONSE


def test_a_whole_table_reloaded_by_the_store_keeps_the_focus_and_the_cell(
    qtbot, window: MainWindow, document: Document
) -> None:
    table = window.table
    _focus(qtbot, window, table)
    window.select_row(2, Column.RESPONSE)
    plan = document.load_plan(window.plan.id)
    document.replace_recommendations(plan.id, plan.recommendations)  # e.g. a re-import
    assert QApplication.focusWidget() is table
    assert (table.currentIndex().row(), table.currentIndex().column()) == (2, Column.RESPONSE)


def test_esc_in_a_cell_editor_puts_the_text_back_and_keeps_the_focus(
    qtbot, window: MainWindow, document: Document
) -> None:
    view = window.details.milestones.view
    _focus(qtbot, window, view)
    index = view.model().index(0, 1)
    view.setCurrentIndex(index)
    before = index.data()
    _type(qtbot, ["Never saved"])
    _key(qtbot, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view and view.currentIndex() == index
    assert document.load_plan(window.plan.id).recommendations[0].milestones[0].description == (
        before
    )


def test_tab_in_the_status_list_saves_it_and_moves_to_the_next_cell(
    qtbot, window: MainWindow, document: Document
) -> None:
    view = window.details.milestones.view
    _focus(qtbot, window, view)
    view.setCurrentIndex(view.model().index(0, 4))  # Status
    _key(qtbot, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    before = combo.currentIndex()
    combo.setCurrentIndex((before + 1) % combo.count())
    chosen = combo.currentData()
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view and view.currentIndex().column() == 5
    assert document.load_plan(window.plan.id).recommendations[0].milestones[0].status == chosen
