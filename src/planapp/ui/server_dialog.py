"""File ▸ Open Server Document…: host, database, user and TLS mode make a libpq address; the
password comes from libpq's own files (~/.pgpass, the service file) or is asked for and kept
in memory only. TLS is required for every host but a local socket or localhost unless the
user turns it off here, on purpose."""

from __future__ import annotations

import getpass
from urllib.parse import quote, urlencode

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planapp.store.connection import DocumentError
from planapp.store.document import Document
from planapp.store.server import LOCAL_HOSTS, PasswordNeededError
from planapp.ui import dialogs

TLS_MODES = (
    (QT_TRANSLATE_NOOP("ServerDialog", "Required"), "require"),
    (
        QT_TRANSLATE_NOOP("ServerDialog", "Required, and check the server's certificate"),
        "verify-full",
    ),
    (QT_TRANSLATE_NOOP("ServerDialog", "Off (only on a network you trust)"), "disable"),
)


def server_url(host: str, port: int, database: str, user: str, tls: str) -> str:
    """The libpq address for these fields (a socket folder goes in the query)."""
    host = host.strip()
    query: dict[str, str] = {}
    netloc = quote(user.strip(), safe="") + "@" if user.strip() else ""
    local = not host or host.startswith("/") or host in LOCAL_HOSTS
    if host.startswith("/"):
        query["host"] = host
    elif host:
        netloc += f"[{host}]" if ":" in host else host
    if port and port != 5432:
        if host.startswith("/") or not host:
            query["port"] = str(port)
        else:
            netloc += f":{port}"
    if not local or tls != "require":
        query["sslmode"] = tls
    tail = f"?{urlencode(query, safe='/')}" if query else ""
    return f"postgresql://{netloc}/{quote(database.strip(), safe='')}{tail}"


class ServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Server Document"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A plan shared by a team, on a PostgreSQL server. The password is taken from your "
                "PostgreSQL password file if it is there, or asked for; planapp never saves it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit()
        self.host.setPlaceholderText(
            self.tr("db.example.gc.ca, or a socket folder such as /run/postgresql")
        )
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.user = QLineEdit(getpass.getuser())
        self.tls = QComboBox()
        for label, mode in TLS_MODES:
            self.tls.addItem(self.tr(label), mode)
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&TLS:"), self.tls)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def url(self) -> str:
        return server_url(
            self.host.text(),
            self.port.value(),
            self.database.text(),
            self.user.text(),
            str(self.tls.currentData()),
        )


def ask_server_url(parent: QWidget) -> str | None:
    dialog = ServerDialog(parent)
    if not dialogs.run(dialog) or not dialog.database.text().strip():
        return None
    return dialog.url()


def ask_password(parent: QWidget, message: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("server_dialog", "Server Password"),
        message,
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def open_server_document(parent: QWidget, url: str) -> Document | None:
    """Open the server document at ``url``, asking for the password if libpq has none;
    None (after a message) if it cannot be opened."""
    password: str | None = None
    while True:
        try:
            return Document.open(url, password=password)
        except PasswordNeededError as exc:
            password = ask_password(parent, str(exc))
            if password is None:
                return None
        except DocumentError as exc:
            dialogs.show_error(
                parent,
                QCoreApplication.translate("server_dialog", "Cannot Open Server Document"),
                str(exc),
            )
            return None
