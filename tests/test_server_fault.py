"""The server stops while a window is open: a clear message, the edit in progress kept, and
when the server is back the window reconnects, refreshes and saves the edit."""

from __future__ import annotations

import pytest

from planapp.store.document import Document
from planapp.ui import dialogs
from planapp.ui.main_window import MainWindow
from tests import pg_cluster as pg
from tests.conftest import TODAY


@pytest.fixture
def own_cluster(pg_cluster):
    """A cluster of this test's own (the shared one must keep running)."""
    cluster, reason = pg.start(own=True, port=54397)
    if cluster is None:
        pytest.skip(reason)
    cluster.sql("CREATE DATABASE plans")
    Document.open(cluster.url("plans"), create=True, sample=True).close()
    yield cluster
    pg.pg_ctl(cluster, "start")  # running again whatever the test did, then removed
    cluster.stop()


def test_server_stopped_keeps_the_edit_and_saves_it_when_back(
    qtbot, own_cluster, settings, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: shown.append(text))
    doc = Document.open(own_cluster.url("plans"))
    win = MainWindow(doc, settings, today=TODAY)
    qtbot.addWidget(win)
    win.show()
    rec = win.model.recommendation(0)

    pg.pg_ctl(own_cluster, "stop")
    win.editing.edit_field(rec.id, "indicator", "Typed while the server was down")
    assert len(shown) == 1 and "cannot be reached" in shown[0] and "kept" in shown[0]
    assert len(win.server.reconnect.unsaved) == 1
    assert "not reachable" in win.server.presence_label.text()

    pg.pg_ctl(own_cluster, "start")
    qtbot.waitUntil(lambda: not win.server.reconnect.unsaved, timeout=10000)
    assert win.model.recommendation(0).indicator == "Typed while the server was down"
    with Document.open(own_cluster.url("plans")) as other:
        assert other.load_recommendation(rec.id).indicator == "Typed while the server was down"
    assert len(shown) == 1  # no further message
    win.close()
