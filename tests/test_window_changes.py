"""A saved edit and the views' refresh are separate: a view that fails is a bug, not a lost edit;
several rows change in one step that is all or nothing."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QItemSelectionModel

from planapp import logs
from planapp.domain.template import Column
from planapp.store.document import Document
from planapp.ui import crash, dialogs
from planapp.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.mounts import fill, tmpfs


def _refs(document: Document, plan_id: int) -> list[str]:
    return [r.ref for r in document.load_plan(plan_id).recommendations]


def _select_rows(window: MainWindow, rows: list[int]) -> None:
    selection = window.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        index = window.model.index(row, Column.REF)
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)


def test_a_failing_view_refresh_keeps_the_edit_and_reports_a_bug(
    window: MainWindow, document: Document, monkeypatch, data_dir
) -> None:
    errors: list[str] = []
    crashes: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(title))
    monkeypatch.setattr(crash, "show_crash_dialog", lambda text, details: crashes.append(details))
    logs.shutdown_logging()
    crash.install_excepthook()
    try:

        def broken(rec) -> None:
            raise RuntimeError("the table could not show the row")

        monkeypatch.setattr(window.model, "update_recommendation", broken)
        window.model.setData(window.model.index(0, Column.REF), "Para. 46")
    finally:
        crash.uninstall_excepthook()
        logs.shutdown_logging()
    assert _refs(document, window.plan.id)[0] == "Para. 46"  # saved
    assert window.undo_stack.count() == 1  # and undoable
    assert errors == []  # never "Edit Not Saved"
    assert len(crashes) == 1 and "the table could not show the row" in crashes[0]
    logged = (data_dir / "logs" / "planapp.log").read_text("utf-8")
    assert "RuntimeError: the table could not show the row" in logged
    monkeypatch.undo()
    window.menus.undo_action.trigger()
    assert _refs(document, window.plan.id)[0] == "Rec. 1"


def test_deleting_several_rows_is_one_step(window: MainWindow, document: Document) -> None:
    before = document.load_plan(window.plan.id)
    _select_rows(window, [0, 2])
    window.menus.delete_rec_action.trigger()
    assert _refs(document, window.plan.id) == ["Rec. 2"]
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Delete 2 Recommendations"
    window.menus.undo_action.trigger()
    assert document.load_plan(window.plan.id) == before
    assert [window.model.index(r, Column.REF).data() for r in range(3)] == [
        "Rec. 1",
        "Rec. 2",
        "Rec. 3",
    ]


def test_a_multi_delete_on_a_full_disk_leaves_no_half_step(
    qtbot, tmp_path, settings, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    with tmpfs(tmp_path / "disk", 512) as disk:
        document = Document.open(disk / "plans.planapp", create=True, sample=True)
        window = MainWindow(document, settings, today=TODAY)
        qtbot.addWidget(window)
        try:
            fill(disk)
            _select_rows(window, [0, 1, 2])
            window.menus.delete_rec_action.trigger()
            assert shown and "full" in shown[0]
            assert _refs(document, window.plan.id) == ["Rec. 1", "Rec. 2", "Rec. 3"]
            assert window.undo_stack.count() == 0
            assert window.model.rowCount() == 3
        finally:
            window.close()


def test_a_bug_midway_through_a_multi_delete_deletes_nothing(
    window: MainWindow, document: Document, monkeypatch
) -> None:
    crashes: list[str] = []
    monkeypatch.setattr(crash, "show_crash_dialog", lambda text, details: crashes.append(details))
    # The file refuses to lose its third row, as a rule no version of planapp knows would.
    with sqlite3.connect(document.path) as conn:
        conn.execute(
            "CREATE TRIGGER keep_rec3 BEFORE DELETE ON recommendation "
            "WHEN old.ref = 'Rec. 3' BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END"
        )
    _select_rows(window, [0, 1, 2])
    crash.install_excepthook()
    try:
        window.menus.delete_rec_action.trigger()
    finally:
        crash.uninstall_excepthook()
        logs.shutdown_logging()
    assert len(crashes) == 1 and "refused by a trigger" in crashes[0]
    assert _refs(document, window.plan.id) == ["Rec. 1", "Rec. 2", "Rec. 3"]
    assert window.undo_stack.count() == 0
    assert window.model.rowCount() == 3


def test_an_import_reloads_the_window_once(window: MainWindow, document: Document) -> None:
    loads: list[int] = []
    real = document.load_plan

    def counted(plan_id: int):
        loads.append(plan_id)
        return real(plan_id)

    document.load_plan = counted  # type: ignore[method-assign]
    merged = real(window.plan.id)
    merged.recommendations[0].ref = "Para. 1"
    document.apply_plans(replace=[merged])
    assert loads == [window.plan.id]
    assert window.model.index(0, Column.REF).data() == "Para. 1"
