"""Live refresh on a server document: a change another window commits reaches this window's
table within a second, keeping the selection and an open editor; the status bar says who
else has the plan open."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView

from planapp.store.document import Document
from planapp.ui.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture
def server_window(qtbot, server_url, settings):
    doc = Document.open(server_url)
    win = MainWindow(doc, settings, today=TODAY)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.isVisible():
        win.close()


def test_a_change_committed_elsewhere_appears_within_a_second(
    qtbot, server_window: MainWindow, server_url: str
) -> None:
    win = server_window
    win.select_row(1)
    rec = win.model.recommendation(0)
    with Document.open(server_url) as other:
        other.load_recommendation(rec.id)
        other.set_recommendation(rec.id, indicator="Changed in another window")
        qtbot.waitUntil(
            lambda: win.model.recommendation(0).indicator == "Changed in another window",
            timeout=1000,
        )
    assert win.current_row() == 1  # the selection stayed


def test_an_open_editor_stays_open_while_another_row_refreshes(
    qtbot, server_window: MainWindow, server_url: str
) -> None:
    win = server_window
    index = win.model.index(1, 0)
    win.table.setCurrentIndex(index)
    win.table.edit(index)
    assert win.table.state() == QAbstractItemView.State.EditingState
    rec = win.model.recommendation(0)
    with Document.open(server_url) as other:
        other.load_recommendation(rec.id)
        other.set_recommendation(rec.id, outcome="Their outcome")
        qtbot.waitUntil(
            lambda: win.model.recommendation(0).outcome == "Their outcome", timeout=1000
        )
    assert win.table.state() == QAbstractItemView.State.EditingState


def test_rows_added_elsewhere_appear_and_own_changes_are_not_applied_twice(
    qtbot, server_window: MainWindow, server_url: str
) -> None:
    from planapp.domain.plan import Recommendation

    win = server_window
    count = win.model.rowCount()
    with Document.open(server_url) as other:
        other.insert_recommendation(win.plan.id, count, Recommendation(ref="Rec. 4"))
        qtbot.waitUntil(lambda: win.model.rowCount() == count + 1, timeout=1000)
    assert win.model.recommendation(count).ref == "Rec. 4"
    win.editing.edit_field(win.model.recommendation(0).id, "ref", "R1")
    qtbot.wait(200)
    assert win.model.rowCount() == count + 1 and win.undo_stack.count() == 1


def test_status_bar_shows_who_else_has_the_plan_open(
    qtbot, server_window: MainWindow, server_url: str
) -> None:
    win = server_window
    qtbot.waitUntil(lambda: "Only you" in win.server.presence_label.text(), timeout=2000)
    other = Document.open(server_url)
    other.change_feed()
    try:
        win.server.live.update_presence()
        assert "Also open by: planapp" in win.server.presence_label.text()
    finally:
        other.close()

    def alone() -> bool:
        win.server.live.update_presence()
        return "Only you" in win.server.presence_label.text()

    qtbot.waitUntil(alone, timeout=3000)
