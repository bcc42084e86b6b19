"""File ▸ Open Server Document…: the fields make a libpq address with TLS required for other
hosts; the document opens and is remembered without its password."""

from __future__ import annotations

from planapp.store.server import ServerAddress
from planapp.ui import server_dialog
from planapp.ui.server_dialog import ServerDialog, server_url


def test_addresses_require_tls_for_other_hosts_unless_turned_off() -> None:
    assert server_url("db.example.gc.ca", 5432, "plans", "alice", "require") == (
        "postgresql://alice@db.example.gc.ca/plans?sslmode=require"
    )
    assert server_url("db", 6543, "plans", "bob", "disable").endswith(
        "db:6543/plans?sslmode=disable"
    )
    assert server_url("/run/postgresql", 5433, "plans", "", "require") == (
        "postgresql:///plans?host=/run/postgresql&port=5433"
    )
    assert (
        ServerAddress("postgresql://alice@db.example.gc.ca/plans")
        .conninfo()
        .count("sslmode=require")
    )
    assert "sslmode" not in ServerAddress("postgresql://alice@localhost/plans").conninfo()


def test_a_password_is_never_in_the_remembered_address() -> None:
    address = ServerAddress("postgresql://alice:s3cret@db.example.gc.ca/plans?sslmode=require")
    assert "s3cret" not in str(address) and "s3cret" not in address.name
    assert "s3cret" in address.conninfo()  # handed to libpq only


def test_dialog_fields_make_the_address(qtbot) -> None:
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("db.example.gc.ca")
    dialog.database.setText("plans")
    dialog.user.setText("alice")
    assert dialog.url() == "postgresql://alice@db.example.gc.ca/plans?sslmode=require"


def test_open_server_document_from_the_menu_and_recent_list(
    window, server_url: str, monkeypatch
) -> None:
    monkeypatch.setattr(server_dialog, "ask_server_url", lambda _parent: server_url)
    assert window.files.open_server()
    assert str(window.doc.path) == server_url
    assert window.server.presence_label.isVisible()
    assert window.recent_documents()[0] == server_url
    assert window.model.rowCount() == 3


def test_a_missing_database_is_a_message_and_no_password_asked(
    qtbot, monkeypatch, pg_cluster
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(server_dialog, "ask_password", lambda _p, m: asked.append(m) or None)
    shown: list[str] = []
    monkeypatch.setattr(server_dialog.dialogs, "show_error", lambda *a: shown.append(a[2]))
    # A database that does not exist: a clear message, no password asked.
    assert server_dialog.open_server_document(None, pg_cluster.url("no_such_db")) is None
    assert asked == [] and "no_such_db" in shown[0]
