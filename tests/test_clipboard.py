"""Copy, cut, paste, Delete, typing and Tab in the plan, milestone and contact tables."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTableView

from planapp.domain.template import Column
from planapp.store.document import Document
from planapp.ui import dialogs
from planapp.ui.clipboard import parse_tsv, to_html, to_tsv
from planapp.ui.main_window import MainWindow


def _select(view: QTableView, top: int, left: int, bottom: int, right: int) -> None:
    model = view.model()
    view.setCurrentIndex(model.index(top, left))
    selection = QItemSelection(model.index(top, left), model.index(bottom, right))
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _type(qtbot, keys: list) -> None:
    """Each key to whatever has the focus at that moment, as a user's keyboard would."""
    for key in keys:
        for one in key if isinstance(key, str) else [key]:
            target = QApplication.focusWidget()
            assert target is not None, f"nothing has the focus before {one!r}"
            qtbot.keyClick(target, one)


def _focus(qtbot, window: MainWindow, view: QTableView) -> None:
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)


def test_tsv_round_trip_keeps_tabs_line_breaks_and_quotes() -> None:
    grid = [["a", 'say "hi"', "two\nlines"], ["tab\there", "", "<b>&</b>"]]
    text = to_tsv(grid)
    assert text.splitlines()[0].startswith('a\t"say ""hi"""\t"two')
    assert parse_tsv(text) == grid
    assert parse_tsv("x\ty\r\nz\tw\r\n") == [["x", "y"], ["z", "w"]]
    assert parse_tsv("solo") == [["solo"]]
    assert parse_tsv("") == []
    table = to_html(grid)
    assert "<table" in table and "&lt;b&gt;&amp;&lt;/b&gt;" in table and "<b>" not in table
    assert "two<br>lines" in table


def test_copy_cells_puts_tsv_and_html_on_the_clipboard(window: MainWindow) -> None:
    _select(window.table, 0, Column.REF, 1, Column.RECOMMENDATION)
    window.clipboard_actions["copy"].trigger()
    mime = QGuiApplication.clipboard().mimeData()
    recs = window.plan.recommendations
    assert parse_tsv(mime.text()) == [
        ["Rec. 1", recs[0].recommendation],
        ["Rec. 2", recs[1].recommendation],
    ]
    assert mime.hasHtml() and mime.html().count("<tr>") == 2 and "Rec. 2" in mime.html()


def test_copied_rows_paste_as_new_recommendations_in_one_undo_step(
    window: MainWindow, document: Document
) -> None:
    window.table.selectRow(0)
    window.table.selectionModel().select(
        window.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    window.clipboard_actions["copy"].trigger()
    rows = parse_tsv(QGuiApplication.clipboard().text())
    assert len(rows) == 2 and len(rows[0]) == len(Column)
    assert "<table" in QGuiApplication.clipboard().mimeData().html()
    window.select_row(2)
    steps = window.undo_stack.count()
    window.clipboard_actions["paste_rows"].trigger()
    assert window.undo_stack.count() == steps + 1
    plan = document.load_plan(window.plan.id)
    refs = [r.ref for r in plan.recommendations]
    assert refs == ["Rec. 1", "Rec. 2", "Rec. 3", "Rec. 1", "Rec. 2"]
    original, copy = plan.recommendations[0], plan.recommendations[3]
    assert copy.response == original.response
    assert copy.completion == original.completion
    assert [m.number for m in copy.milestones] == [m.number for m in original.milestones]
    assert [m.due for m in copy.milestones] == [m.due for m in original.milestones]
    assert [c.name for c in copy.contacts] == [c.name for c in original.contacts]
    assert window.model.rowCount() == 5
    window.menus.undo_action.trigger()
    assert [r.ref for r in document.load_plan(window.plan.id).recommendations] == refs[:3]


def test_a_tsv_block_pastes_into_several_cells_as_one_undo_step(
    window: MainWindow, document: Document
) -> None:
    before = document.load_plan(window.plan.id)
    QGuiApplication.clipboard().setText('New rec A\t"Response A\nsecond paragraph"\r\nB1\tB2\r\n')
    _select(window.table, 0, Column.RECOMMENDATION, 0, Column.RECOMMENDATION)
    steps = window.undo_stack.count()
    window.clipboard_actions["paste"].trigger()
    assert window.undo_stack.count() == steps + 1
    recs = document.load_plan(window.plan.id).recommendations
    assert (recs[0].recommendation, recs[0].response) == (
        "New rec A",
        "Response A\nsecond paragraph",
    )
    assert (recs[1].recommendation, recs[1].response) == ("B1", "B2")
    assert recs[2].recommendation == before.recommendations[2].recommendation
    assert recs[0].outcome == before.recommendations[0].outcome
    assert window.model.index(1, Column.RESPONSE).data() == "B2"
    window.menus.undo_action.trigger()
    assert document.load_plan(window.plan.id) == before


def test_one_value_fills_the_selection_and_rows_below_the_last_are_added(
    window: MainWindow, document: Document
) -> None:
    QGuiApplication.clipboard().setText("March 31, 2022")
    _select(window.table, 0, Column.COMPLETION, 2, Column.COMPLETION)
    window.clipboard_actions["paste"].trigger()
    recs = document.load_plan(window.plan.id).recommendations
    assert {r.completion.text for r in recs} == {"March 31, 2022"}
    QGuiApplication.clipboard().setText("Rec. 9\r\nRec. 10\r\n")
    _select(window.table, 2, Column.REF, 2, Column.REF)
    window.clipboard_actions["paste"].trigger()
    assert [r.ref for r in document.load_plan(window.plan.id).recommendations] == [
        "Rec. 1",
        "Rec. 2",
        "Rec. 9",
        "Rec. 10",
    ]


def test_a_block_too_wide_is_refused_with_a_message(
    window: MainWindow, document: Document, monkeypatch
) -> None:
    before = document.load_plan(window.plan.id)
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    QGuiApplication.clipboard().setText("a\tb\tc\r\n")
    _select(window.table, 0, Column.CONTACTS, 0, Column.CONTACTS)
    window.clipboard_actions["paste"].trigger()
    assert shown and "3 columns wide" in shown[0] and "only 2 columns remain" in shown[0]
    assert document.load_plan(window.plan.id) == before
    assert window.undo_stack.count() == 0


def test_delete_clears_the_selected_cells_and_cut_copies_them(
    qtbot, window: MainWindow, document: Document
) -> None:
    _focus(qtbot, window, window.table)
    _select(window.table, 0, Column.RESPONSE, 1, Column.OUTCOME)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    recs = document.load_plan(window.plan.id).recommendations
    assert [(r.response, r.outcome) for r in recs[:2]] == [("", ""), ("", "")]
    assert recs[2].response
    assert window.undo_stack.count() == 1
    window.menus.undo_action.trigger()
    _select(window.table, 2, Column.REF, 2, Column.REF)
    window.clipboard_actions["cut"].trigger()
    assert QGuiApplication.clipboard().text() == "Rec. 3\r\n"
    assert document.load_plan(window.plan.id).recommendations[2].ref == ""


def test_milestones_copy_paste_and_delete(qtbot, window: MainWindow, document: Document) -> None:
    view = window.details.milestones.view
    _focus(qtbot, window, view)
    before = window.plan.recommendations[0].milestones
    _select(view, 0, 0, 0, view.model().columnCount() - 1)
    window.clipboard_actions["copy"].trigger()
    row = parse_tsv(QGuiApplication.clipboard().text())[0]
    assert row[:3] == [before[0].number, before[0].description, before[0].due.text]
    view.setCurrentIndex(view.model().index(len(before) - 1, 0))
    window.clipboard_actions["paste_rows"].trigger()
    after = document.load_plan(window.plan.id).recommendations[0].milestones
    assert len(after) == len(before) + 1
    assert (after[-1].description, after[-1].due) == (before[0].description, before[0].due)
    _select(view, 0, 1, 1, 1)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    after = document.load_plan(window.plan.id).recommendations[0].milestones
    assert [m.description for m in after[:2]] == ["", ""]
    assert after[0].number == before[0].number


def test_contacts_paste_a_block_from_excel(qtbot, window: MainWindow, document: Document) -> None:
    view = window.details.contacts.view
    _focus(qtbot, window, view)
    QGuiApplication.clipboard().setText("ORG\tAnne Roy\tDirector\r\n")
    _select(view, 0, 0, 0, 0)
    window.clipboard_actions["paste"].trigger()
    contact = document.load_plan(window.plan.id).recommendations[0].contacts[0]
    assert (contact.organization, contact.name, contact.title) == ("ORG", "Anne Roy", "Director")


@pytest.mark.parametrize("column", [Column.REF, Column.RESPONSE, Column.COMPLETION])
def test_typing_on_a_cell_replaces_its_text(
    qtbot, window: MainWindow, document: Document, column: Column
) -> None:
    _focus(qtbot, window, window.table)
    window.table.setCurrentIndex(window.model.index(1, column))
    _type(qtbot, ["Zed"])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit | QPlainTextEdit)
    assert (editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()) == "Zed"
    _type(qtbot, [Qt.Key.Key_Tab])
    assert window.model.index(1, column).data() == "Zed"


def test_f2_opens_the_cell_with_the_cursor_at_the_end(qtbot, window: MainWindow) -> None:
    _focus(qtbot, window, window.table)
    window.table.setCurrentIndex(window.model.index(0, Column.REF))
    _type(qtbot, [Qt.Key.Key_F2])
    qtbot.wait(10)
    _type(qtbot, ["x"])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Rec. 1x"


def test_tab_moves_to_the_next_cell_in_the_plan_table(
    qtbot, window: MainWindow, document: Document
) -> None:
    _focus(qtbot, window, window.table)
    window.table.setCurrentIndex(window.model.index(0, Column.REF))
    _type(qtbot, ["R1", Qt.Key.Key_Tab, "Text", Qt.Key.Key_Tab])
    assert window.table.currentIndex().column() == Column.RESPONSE
    rec = document.load_plan(window.plan.id).recommendations[0]
    assert (rec.ref, rec.recommendation) == ("R1", "Text")


def test_tab_moves_to_the_next_cell_in_the_milestones(
    qtbot, window: MainWindow, document: Document
) -> None:
    view = window.details.milestones.view
    _focus(qtbot, window, view)
    view.setCurrentIndex(view.model().index(0, 0))
    _type(qtbot, ["9.9", Qt.Key.Key_Tab, "Described", Qt.Key.Key_Tab, "June 1, 2021"])
    _type(qtbot, [Qt.Key.Key_Return])
    milestone = document.load_plan(window.plan.id).recommendations[0].milestones[0]
    assert (milestone.number, milestone.description, milestone.due.text) == (
        "9.9",
        "Described",
        "June 1, 2021",
    )
    assert view.hasFocus() and view.currentIndex().column() == 2


def test_a_contact_typed_with_tab_lands_in_the_right_fields(
    qtbot, window: MainWindow, document: Document
) -> None:
    window.select_row(1)
    view = window.details.contacts.view
    _focus(qtbot, window, view)
    count = view.model().rowCount()
    window.details.contacts.add_action.trigger()
    assert view.model().rowCount() == count + 1
    assert view.currentIndex().row() == count and view.hasFocus()
    _type(qtbot, ["ORG-A", Qt.Key.Key_Tab, "NAME-B", Qt.Key.Key_Tab, "POSITION-C"])
    _type(qtbot, [Qt.Key.Key_Return])
    qtbot.waitUntil(lambda: view.state() != QTableView.State.EditingState)  # Enter is queued
    contact = document.load_plan(window.plan.id).recommendations[1].contacts[count]
    assert (contact.organization, contact.name, contact.title) == ("ORG-A", "NAME-B", "POSITION-C")
    assert view.hasFocus() and view.currentIndex() == view.model().index(count, 2)
