"""The main window driven as a user would: real document, real widgets, offscreen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from planapp.domain.plan import Milestone, MilestoneStatus
from planapp.domain.template import Column
from planapp.store.document import Document
from planapp.ui import dialogs
from planapp.ui.date_editor import DateEditor
from planapp.ui.main_window import MainWindow
from tests.conftest import TODAY


def _edit_long_text(qtbot, win: MainWindow, row: int, column: Column, text: str) -> None:
    """Open the cell's editor, replace its text and commit with Ctrl+Enter."""
    index = win.model.index(row, column)
    win.table.setCurrentIndex(index)
    win.table.edit(index)
    editor = win.table.findChild(QPlainTextEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, text.split("\n")[0])
    for line in text.split("\n")[1:]:
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter starts a new paragraph
        qtbot.keyClicks(editor, line)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _cell(win: MainWindow, row: int, column: Column) -> str:
    return win.model.index(row, column).data()


def test_window_shows_the_sample_plan(window: MainWindow) -> None:
    assert window.title_label.text() == "CANADA BORDER SERVICES AGENCY (CBSA) DETAILED ACTION PLAN"
    assert "Immigration Removals" in window.audit_label.text()
    assert window.model.rowCount() == 3
    assert [_cell(window, r, Column.REF) for r in range(3)] == ["Rec. 1", "Rec. 2", "Rec. 3"]
    headings = [
        " ".join(window.model.headerData(c, Qt.Orientation.Horizontal).split()) for c in Column
    ]
    assert headings[0] == "Report Ref. No."
    assert headings[-1] == "Indicator of Achievement (For Committee Use Only)"
    milestones = _cell(window, 0, Column.MILESTONES)
    assert "1.2 The CBSA will develop performance objectives" in milestones
    assert "— December 7, 2020" in milestones
    assert _cell(window, 2, Column.CONTACTS).splitlines()[0] == "CBSA"
    # On Nov 1, 2020 five milestones of the sample are past due.
    assert window.status.count_label.text() == "3 recommendations · 11 milestones · 4 overdue"


def test_rows_grow_to_fit_their_text(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.table.rowHeight(0) > 100)
    assert window.table.rowHeight(0) > window.table.rowHeight(1) * 0.5


def test_edit_cell_undo_redo(qtbot, window: MainWindow, document: Document) -> None:
    _edit_long_text(qtbot, window, 1, Column.OUTCOME, "First paragraph\nSecond paragraph")
    plan_id = window.plan.id
    stored = document.load_plan(plan_id).recommendations[1].outcome
    assert stored == "First paragraph\nSecond paragraph"
    assert _cell(window, 1, Column.OUTCOME) == stored
    assert window.undo_stack.undoText().startswith("Edit Expected Outcome")

    window.menus.undo_action.trigger()
    original = "A dedicated immigration information help line"
    assert document.load_plan(plan_id).recommendations[1].outcome.startswith(original)
    assert _cell(window, 1, Column.OUTCOME).startswith(original)

    window.menus.redo_action.trigger()
    assert document.load_plan(plan_id).recommendations[1].outcome == stored


def test_escape_cancels_an_edit(qtbot, window: MainWindow, document: Document) -> None:
    index = window.model.index(0, Column.RECOMMENDATION)
    window.table.setCurrentIndex(index)
    window.table.edit(index)
    editor = window.table.findChild(QPlainTextEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "discard me")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert "discard me" not in document.load_plan(window.plan.id).recommendations[0].recommendation
    assert window.undo_stack.count() == 0


def test_date_editor_shows_and_stores_the_derived_date(
    qtbot, window: MainWindow, document: Document
) -> None:
    index = window.model.index(0, Column.COMPLETION)
    window.table.setCurrentIndex(index)
    window.table.edit(index)
    editor = window.table.findChild(DateEditor)
    assert editor is not None
    editor.line.selectAll()
    qtbot.keyClicks(editor.line, "Q2 2020-21")
    assert "September 30, 2020" in editor.meaning.text()
    qtbot.keyClick(editor.line, Qt.Key.Key_Return)
    completion = document.load_plan(window.plan.id).recommendations[0].completion
    assert completion.text == "Q2 2020-21"
    assert completion.date == dt.date(2020, 9, 30)


def test_unreadable_date_is_kept_and_flagged(qtbot, window: MainWindow, document: Document) -> None:
    window.model.setData(window.model.index(0, Column.COMPLETION), "when funding allows")
    completion = document.load_plan(window.plan.id).recommendations[0].completion
    assert completion.text == "when funding allows" and completion.date is None
    index = window.model.index(0, Column.COMPLETION)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "cannot read" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_reorder_and_undo(window: MainWindow, document: Document) -> None:
    window.select_row(0)
    window.menus.move_down_action.trigger()
    refs = [r.ref for r in document.load_plan(window.plan.id).recommendations]
    assert refs == ["Rec. 2", "Rec. 1", "Rec. 3"]
    assert window.current_row() == 1  # the moved row stays selected
    window.menus.undo_action.trigger()
    assert [_cell(window, r, Column.REF) for r in range(3)] == ["Rec. 1", "Rec. 2", "Rec. 3"]


def test_delete_and_undo_restores_everything(window: MainWindow, document: Document) -> None:
    before = document.load_plan(window.plan.id)
    window.select_row(2)
    window.menus.delete_rec_action.trigger()
    assert [r.ref for r in document.load_plan(window.plan.id).recommendations] == [
        "Rec. 1",
        "Rec. 2",
    ]
    assert window.status.count_label.text().startswith("2 recommendations · 6 milestones")
    window.menus.undo_action.trigger()
    after = document.load_plan(window.plan.id)
    assert after == before
    assert [m.id for m in after.recommendations[2].milestones] == [
        m.id for m in before.recommendations[2].milestones
    ]


def test_add_recommendation_after_current(window: MainWindow, document: Document) -> None:
    window.select_row(0)
    window.menus.add_rec_action.trigger()
    refs = [r.ref for r in document.load_plan(window.plan.id).recommendations]
    assert refs == ["Rec. 1", "Rec. 4", "Rec. 2", "Rec. 3"]
    assert window.current_row() == 1
    window.menus.undo_action.trigger()
    assert window.model.rowCount() == 3


def test_milestone_panel_edits_are_undoable(window: MainWindow, document: Document) -> None:
    window.select_row(1)
    panel = window.details.milestones
    assert panel.model.rowCount() == 2
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    panel.add_action.trigger()
    assert [m.number for m in document.load_plan(window.plan.id).recommendations[1].milestones] == [
        "2.1",
        "2.2",
        "2.3",  # the next number
    ]
    # Status through the model as the combo delegate would set it.
    status_col = 4
    panel.model.setData(panel.model.index(0, status_col), MilestoneStatus.COMPLETED.value)
    window.details.renumber_action.trigger()
    milestones = document.load_plan(window.plan.id).recommendations[1].milestones
    assert [m.number for m in milestones] == ["2.1", "2.2", "2.3"]
    assert milestones[0].status is MilestoneStatus.COMPLETED
    assert "2.3" in _cell(window, 1, Column.MILESTONES)
    for _ in range(3):
        window.menus.undo_action.trigger()
    assert [m.number for m in document.load_plan(window.plan.id).recommendations[1].milestones] == [
        "2.1",
        "2.2",
    ]


def test_contact_delete_and_move(window: MainWindow, document: Document) -> None:
    window.select_row(0)
    panel = window.details.contacts
    panel.view.setCurrentIndex(panel.model.index(2, 0))
    panel.up_action.trigger()
    names = [c.name for c in document.load_plan(window.plan.id).recommendations[0].contacts]
    assert names == ["Scott Harris", "Kathy Thompson", "Minh Doan"]
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.delete_action.trigger()
    names = [c.name for c in document.load_plan(window.plan.id).recommendations[0].contacts]
    assert names == ["Kathy Thompson", "Minh Doan"]
    assert "Scott Harris" not in _cell(window, 0, Column.CONTACTS)
    window.menus.undo_action.trigger()
    window.menus.undo_action.trigger()
    names = [c.name for c in document.load_plan(window.plan.id).recommendations[0].contacts]
    assert names == ["Scott Harris", "Minh Doan", "Kathy Thompson"]


def test_find_jumps_and_filters(qtbot, window: MainWindow) -> None:
    window.show_find()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "voluntary")
    assert window.current_row() == 1
    assert window.find_bar.result.text() == "1 matching row"
    window.find_bar.edit.clear()
    qtbot.keyClicks(window.find_bar.edit, "IRCC")
    assert window.current_row() == 2
    window.find_bar.only.setChecked(True)
    assert window.table.isRowHidden(0) and window.table.isRowHidden(1)
    assert not window.table.isRowHidden(2)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert not window.table.isRowHidden(0)


def test_edits_survive_closing_and_reopening(qtbot, doc_path, settings, window: MainWindow):
    _edit_long_text(qtbot, window, 0, Column.INDICATOR, "Reviewed by the Committee")
    window.select_row(0)
    window.menus.delete_rec_action.trigger()  # Rec. 1 goes; Rec. 2 is now the first row
    window.close()

    reopened = MainWindow(Document.open(doc_path), settings, today=TODAY)
    qtbot.addWidget(reopened)
    reopened.show()
    assert [_cell(reopened, r, Column.REF) for r in range(2)] == ["Rec. 2", "Rec. 3"]
    window_state = settings.value("window/geometry")
    assert window_state is not None
    reopened.close()


def test_plans_add_duplicate_delete(window: MainWindow, document: Document, monkeypatch) -> None:
    window.menus.duplicate_plan_action.trigger()
    assert len(document.plans()) == 2
    assert window.plan.audit_title.endswith("(copy)")
    assert window.model.rowCount() == 3
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: False)
    window.menus.delete_plan_action.trigger()
    assert len(document.plans()) == 2
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    window.menus.delete_plan_action.trigger()
    assert len(document.plans()) == 1
    window.menus.undo_action.trigger()
    assert len(document.plans()) == 2
    monkeypatch.setattr(dialogs, "run", lambda dialog: False)  # New Plan, cancelled
    window.menus.new_plan_action.trigger()
    assert window.plan_list.count() == 2

    def fill(dialog) -> bool:
        assert dialog.windowTitle() == "New Plan"
        dialog.edits["department"].setText("Health Canada")
        dialog.edits["audit_title"].setText("Audit of Food Safety")
        return True

    monkeypatch.setattr(dialogs, "run", fill)
    window.menus.new_plan_action.trigger()
    assert (window.plan.department, window.plan.audit_title) == (
        "Health Canada",
        "Audit of Food Safety",
    )
    assert window.plan_list.count() == 3


def test_rename_plan(window: MainWindow, document: Document, monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "Removals audit")
    window.menus.rename_plan_action.trigger()
    assert document.plans()[0].audit_title == "Removals audit"
    assert window.plan_list.item(0).text() == "Removals audit"
    window.menus.undo_action.trigger()
    assert window.plan_list.item(0).text() == "OAG Performance Audit of Immigration Removals"


def test_undo_switches_to_the_plan_it_changes(
    window: MainWindow, document: Document, monkeypatch
) -> None:
    monkeypatch.setattr(dialogs, "run", lambda dialog: True)  # New Plan's questions
    first = window.plan.id
    window.model.setData(window.model.index(0, Column.REF), "Para. 46")
    window.menus.new_plan_action.trigger()
    assert window.plan.id != first
    window.menus.undo_action.trigger()  # removes the new plan
    window.menus.undo_action.trigger()  # the ref edit, in the first plan
    assert window.plan.id == first
    assert _cell(window, 0, Column.REF) == "Rec. 1"


def test_save_as_switches_to_a_consistent_copy(
    window: MainWindow, tmp_path, monkeypatch, document: Document
) -> None:
    target = tmp_path / "copy.planapp"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(target))
    window.menus.save_as_action.trigger()
    assert window.doc.path == target
    assert window.model.rowCount() == 3
    window.model.setData(window.model.index(0, Column.REF), "Copy only")
    with Document.open(target.with_name("plans.planapp"), lock=False) as original:
        assert original.load_plan(original.plans()[0].id).recommendations[0].ref == "Rec. 1"
    assert str(target) in window.recent_documents()


def test_open_shows_a_clear_error_for_a_non_document(
    qtbot, window: MainWindow, tmp_path, monkeypatch
) -> None:
    bogus = tmp_path / "notes.planapp"
    bogus.write_text("not a database")
    shown = []
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: str(bogus))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    window.open_document()
    assert shown and "notes.planapp is not a planapp document" in shown[0]
    assert window.model.rowCount() == 3  # the open document is still shown
    assert bogus.read_text() == "not a database"


def test_column_widths_are_remembered(qtbot, document, settings, doc_path) -> None:
    win = MainWindow(document, settings, today=TODAY)
    qtbot.addWidget(win)
    win.show()
    win.table.horizontalHeader().resizeSection(Column.RESPONSE, 333)
    win.close()
    again = MainWindow(
        Document.open(doc_path),
        QSettings(settings.fileName(), QSettings.Format.IniFormat),
        today=TODAY,
    )
    qtbot.addWidget(again)
    again.show()
    assert again.table.horizontalHeader().sectionSize(Column.RESPONSE) == 333
    again.close()


@pytest.mark.parametrize("column", [Column.MILESTONES, Column.CONTACTS])
def test_list_columns_are_not_edited_inline(window: MainWindow, column: Column) -> None:
    assert not window.model.flags(window.model.index(0, column)) & Qt.ItemFlag.ItemIsEditable


def test_models_pass_qt_model_tester(qtmodeltester, window: MainWindow) -> None:
    qtmodeltester.check(window.model, force_py=True)
    window.select_row(0)
    window.menus.add_rec_action.trigger()  # rows inserted, moved and removed under the tester
    window.menus.move_down_action.trigger()
    window.menus.delete_rec_action.trigger()
    window.menus.undo_action.trigger()
    qtmodeltester.check(window.model, force_py=True)
    window.select_row(0)
    qtmodeltester.check(window.details.milestones.model)
    qtmodeltester.check(window.details.contacts.model)


def test_ref_editor_is_a_single_line(qtbot, window: MainWindow, document: Document) -> None:
    index = window.model.index(2, Column.REF)
    window.table.setCurrentIndex(index)
    window.table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "  3.45 ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits a line editor on its next turn
    qtbot.waitUntil(lambda: document.load_plan(window.plan.id).recommendations[2].ref == "3.45")


def test_overdue_milestones_are_marked(window: MainWindow) -> None:
    text = _cell(window, 0, Column.MILESTONES)
    lines = text.splitlines()
    assert lines[0].startswith("⚠ 1.1")  # September 30, 2020: past on Nov 1, 2020
    assert lines[1].startswith("1.2")  # December 7, 2020: not yet due
    window.select_row(0)
    m = window.details.milestones.model.items[0]
    assert isinstance(m, Milestone) and m.due.date == dt.date(2020, 9, 30)


def test_a_failed_edit_is_reported_and_leaves_no_undo_step(
    window: MainWindow, document: Document, monkeypatch
) -> None:
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(document, "set_recommendation", broken)
    window.model.setData(window.model.index(0, Column.REF), "Para. 46")
    assert shown and "No space left on device" in shown[0]
    assert window.undo_stack.count() == 0
    assert _cell(window, 0, Column.REF) == "Rec. 1"


def test_plan_properties_edit_is_undoable(window: MainWindow, document: Document, monkeypatch):
    def answer(dialog) -> bool:
        dialog.edits["department_fr"].setText("Agence des services frontaliers")
        dialog.edits["acronym"].setText("ASFC")
        return True

    monkeypatch.setattr(dialogs, "run", answer)
    window.edit_plan_properties()
    plan = document.plans()[0]
    assert (plan.acronym, plan.department_fr) == ("ASFC", "Agence des services frontaliers")
    window.menus.undo_action.trigger()
    assert document.plans()[0].acronym == "CBSA"


def _open_date_editor(window: MainWindow, row: int) -> DateEditor:
    index = window.model.index(row, Column.COMPLETION)
    window.table.setCurrentIndex(index)
    window.table.edit(index)
    editor = window.table.findChild(DateEditor)
    assert editor is not None
    editor.line.selectAll()
    return editor


def test_date_editor_commits_when_focus_leaves(qtbot, window: MainWindow, document) -> None:
    editor = _open_date_editor(window, 1)
    qtbot.keyClicks(editor.line, "March 2021")
    window.details.milestones.view.setFocus()
    qtbot.waitUntil(
        lambda: (
            document.load_plan(window.plan.id).recommendations[1].completion.text == "March 2021"
        )
    )
    assert document.load_plan(window.plan.id).recommendations[1].completion.date == dt.date(
        2021, 3, 31
    )
    assert window.undo_stack.count() == 1


def test_date_editor_escape_cancels(qtbot, window: MainWindow, document) -> None:
    editor = _open_date_editor(window, 1)
    qtbot.keyClicks(editor.line, "FY 2030-31")
    qtbot.keyClick(editor.line, Qt.Key.Key_Escape)
    qtbot.wait(10)
    assert document.load_plan(window.plan.id).recommendations[1].completion.text == (
        "October 31, 2020"
    )
    assert window.undo_stack.count() == 0


def test_ctrl_y_redoes(qtbot, window: MainWindow, document) -> None:
    window.model.setData(window.model.index(0, Column.REF), "Para. 46")
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _cell(window, 0, Column.REF) == "Rec. 1"
    qtbot.keyClick(window.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _cell(window, 0, Column.REF) == "Para. 46"


def test_selection_after_undo_is_one_row(window: MainWindow, document) -> None:
    window.select_row(0)
    window.menus.move_down_action.trigger()
    window.menus.undo_action.trigger()
    window.select_row(2)
    rows = {i.row() for i in window.table.selectionModel().selectedIndexes()}
    assert rows == {2}
    window.menus.delete_rec_action.trigger()
    assert [r.ref for r in document.load_plan(window.plan.id).recommendations] == [
        "Rec. 1",
        "Rec. 2",
    ]


def test_failed_undo_is_reported_and_history_cleared(
    qtbot, window: MainWindow, document, monkeypatch
) -> None:
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    window.model.setData(window.model.index(0, Column.REF), "R-1")

    def broken(*args, **kwargs):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(document, "set_recommendation", broken)
    window.menus.undo_action.trigger()
    assert shown and "Permission denied" in shown[0]
    qtbot.waitUntil(lambda: window.undo_stack.count() == 0)
    assert _cell(window, 0, Column.REF) == "R-1"  # the table shows what the document holds


def test_new_document_that_cannot_open_changes_nothing(
    window: MainWindow, document, tmp_path, monkeypatch
) -> None:
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(blocker / "new.planapp"))
    window.menus.new_document_action.trigger()
    assert shown
    assert len(document.plans()) == 1
    assert window.doc is document


def test_opening_the_shown_document_keeps_it(window: MainWindow, document, monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: str(document.path))
    window.open_document()
    assert window.doc is document
    assert str(document.path) in window.recent_documents()


def test_row_changes_update_the_table_in_place(window: MainWindow, document) -> None:
    """Add, delete and move change one row of the model; the others keep their cache."""
    inserted, removed, moved = [], [], []
    window.model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    window.model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    window.model.rowsMoved.connect(lambda *args: moved.append(args[1]))
    window.select_row(1)
    window.menus.add_rec_action.trigger()
    window.menus.move_up_action.trigger()
    window.menus.delete_rec_action.trigger()
    assert inserted == [(2, 2)] and moved == [2] and removed == [(1, 1)]
    refs = [r.ref for r in document.load_plan(window.plan.id).recommendations]
    assert (
        [_cell(window, r, Column.REF) for r in range(3)]
        == refs
        == [
            "Rec. 1",
            "Rec. 2",
            "Rec. 3",
        ]
    )
    assert window.plan.recommendations == document.load_plan(window.plan.id).recommendations


def test_columns_follow_the_window_until_the_user_sets_one(qtbot, window: MainWindow) -> None:
    header = window.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= window.table.viewport().width())
    window.resize(1000, 800)
    qtbot.waitUntil(lambda: header.length() <= window.table.viewport().width())
    narrow = header.sectionSize(Column.RESPONSE)
    header.resizeSection(Column.RESPONSE, narrow + 200)  # the user widens a column
    window.resize(1600, 900)
    qtbot.wait(20)
    assert header.sectionSize(Column.RESPONSE) == narrow + 200
