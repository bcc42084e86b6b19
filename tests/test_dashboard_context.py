"""The dashboard works from the narrow context it is given: no window needed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from planapp.store.document import Document
from planapp.ui.dashboard import DashboardView, open_dashboard
from planapp.ui.dashboard_context import DashboardContext
from tests.conftest import TODAY


class Host:
    """A parent widget with a document, keeping the dashboard it is given."""

    def __init__(self, document: Document, qtbot) -> None:
        self.parent = QWidget()
        qtbot.addWidget(self.parent)
        self.doc = document
        self.view: DashboardView | None = None
        self.shown: list[tuple[int, int, int]] = []
        self.pushed: list[object] = []

    def context(self) -> DashboardContext:
        def keep(view: DashboardView) -> None:
            self.view = view

        return DashboardContext(
            parent=self.parent,
            document=lambda: self.doc,
            today=TODAY,
            push=lambda command: self.pushed.append(command) or True,
            show_milestone=lambda *ids: self.shown.append(ids),
            current=lambda: self.view,
            keep=keep,
        )


def test_a_row_asks_the_context_to_show_its_milestone(document: Document, qtbot) -> None:
    host = Host(document, qtbot)
    view = open_dashboard(host.context())
    qtbot.waitExposed(view)
    assert host.view is view and view.parent() is host.parent
    assert open_dashboard(host.context()) is view  # one dashboard per window
    item = view.item_at(0)
    rect = view.table.visualRect(view.proxy.index(0, 2))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # (a double-click also activates the row: the window is brought to it once more)
    assert set(host.shown) == {(item.plan_id, item.recommendation_id, item.milestone_id)}
    assert view.periods_button.isVisibleTo(view)  # given a way to edit: periods are editable


def test_another_document_gets_a_new_dashboard(document: Document, qtbot, tmp_path: Path) -> None:
    host = Host(document, qtbot)
    first = open_dashboard(host.context())
    other = Document.open(tmp_path / "other.planapp", create=True, sample=True)
    try:
        host.doc = other
        second = open_dashboard(host.context())
        assert second is not first and second.doc is other and host.view is second
        assert not first.isVisible()  # the old one stopped following its document
        second.detach()
    finally:
        other.close()
