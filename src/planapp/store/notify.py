"""Live refresh of server documents: each committed change is announced to every other window
on the same database (LISTEN/NOTIFY), and who else has the plan open is read from the
server's own list of sessions.

The feed is one dedicated autocommit connection: the window watches its socket
(:meth:`ChangeFeed.fileno`) in its event loop and calls :meth:`ChangeFeed.poll` when it is
readable, so no thread is needed. A notice carries the :class:`~planapp.store.document.Change`
the sender's views got, so every window refreshes through the same path as for its own edits.
"""

from __future__ import annotations

import getpass
import json
import uuid
from typing import Any

CHANNEL = "planapp_changes"
FEED_PREFIX = "planapp-feed"


class ChangeFeed:
    """LISTEN/NOTIFY on its own autocommit connection to a server document's database."""

    def __init__(self, conninfo: str, token: str) -> None:
        import psycopg
        from psycopg.conninfo import make_conninfo

        self.token = token
        user = _os_user()
        # application_name is how others see this window in pg_stat_activity.
        name = f"{FEED_PREFIX}:{self.token}:{user}"[:63]
        self.conn = psycopg.connect(make_conninfo(conninfo, application_name=name), autocommit=True)
        self.conn.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return self.conn.fileno()

    def poll(self) -> list[dict[str, Any]]:
        """The changes other windows announced since the last poll (never blocks)."""
        out = []
        for notice in self.conn.notifies(timeout=0):
            try:
                message = json.loads(notice.payload)
            except ValueError:
                continue  # not ours
            if isinstance(message, dict) and message.get("from") != self.token:
                change = message.get("change")
                if isinstance(change, dict):
                    out.append(change)
        return out

    def others(self) -> list[str]:
        """Who else has this document open: one name per other window (role, and the
        computer account when it differs)."""
        rows = self.conn.execute(
            "SELECT usename, application_name FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name LIKE %s "
            "AND application_name <> %s ORDER BY backend_start",
            (f"{FEED_PREFIX}:%", self.conn.info.parameter_status("application_name") or ""),
        ).fetchall()
        names = []
        for role, app in rows:
            account = app.split(":", 2)[2] if app.count(":") >= 2 else ""
            name = role if not account or account == role else f"{role} ({account})"
            names.append(name)
        return names

    def close(self) -> None:
        self.conn.close()


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def new_token() -> str:
    """Names one open document in its notices, so it can skip its own."""
    return uuid.uuid4().hex[:12]


def announce(conn: Any, token: str, change: dict[str, Any]) -> None:
    """Send ``change`` (plain values) to the other windows (delivered when ``conn`` commits)."""
    payload = json.dumps({"from": token, "change": change})
    conn.exec_driver_sql(
        "SELECT pg_notify(%(channel)s, %(payload)s)", {"channel": CHANNEL, "payload": payload}
    )
