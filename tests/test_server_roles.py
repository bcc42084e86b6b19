"""Permissions come from the database: a role that may only read opens the plan read-only
(the window says so, editing is off), and the server refuses its writes with a clear message;
a role that may record progress but not change the plan can do just that."""

from __future__ import annotations

import pytest

from planapp.store.document import Document
from planapp.store.errors import ReadOnlyDocumentError
from planapp.ui.main_window import MainWindow
from tests.conftest import TODAY

READER = "plan_reader"
PROGRESS = "plan_progress"


@pytest.fixture
def roles(pg_cluster, server_url: str):
    """The README's grants, run on the test database."""
    database = server_url.split("/")[3].split("?")[0]
    pg_cluster.sql(
        f"DROP ROLE IF EXISTS {READER}",
        f"DROP ROLE IF EXISTS {PROGRESS}",
        f"CREATE ROLE {READER} LOGIN",
        f"CREATE ROLE {PROGRESS} LOGIN",
    )
    pg_cluster.sql(
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER}, {PROGRESS}",
        f"GRANT INSERT, UPDATE, DELETE ON progress_entry TO {PROGRESS}",
        f"GRANT UPDATE (status) ON milestone TO {PROGRESS}",
        f"GRANT INSERT ON change_log TO {PROGRESS}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {PROGRESS}",
        database=database,
    )
    yield {
        "reader": pg_cluster.url(database, READER),
        "progress": pg_cluster.url(database, PROGRESS),
    }
    pg_cluster.drop_database(database)  # before the roles that own grants in it
    pg_cluster.sql(f"DROP ROLE IF EXISTS {READER}", f"DROP ROLE IF EXISTS {PROGRESS}")


def test_a_read_only_role_opens_the_plan_read_only(roles) -> None:
    with Document.open(roles["reader"]) as doc:
        assert doc.read_only
        plan = doc.load_plan(doc.plans()[0].id)
        with pytest.raises(ReadOnlyDocumentError, match=r"read-only|may not"):
            doc.set_recommendation(plan.recommendations[0].id, response="Not allowed")
    with Document.open(roles["reader"]) as doc:
        again = doc.load_plan(plan.id).recommendations[0]
        assert again.response == plan.recommendations[0].response


def test_the_window_says_read_only_and_disables_editing(qtbot, roles, settings) -> None:
    doc = Document.open(roles["reader"])
    win = MainWindow(doc, settings, today=TODAY)
    qtbot.addWidget(win)
    win.show()
    assert "(read-only)" in win.windowTitle()
    assert win.status.read_only_label.isVisible()
    assert "your database role may only read it" in win.statusBar().currentMessage()
    assert not win.menus.add_rec_action.isEnabled()
    assert not win.menus.import_action.isEnabled()
    win.close()


def test_a_progress_role_may_not_change_the_plan(roles) -> None:
    with Document.open(roles["progress"]) as doc:
        plan = doc.load_plan(doc.plans()[0].id)
        with pytest.raises(ReadOnlyDocumentError, match="may not make this change"):
            doc.set_recommendation(plan.recommendations[0].id, response="Not allowed")
