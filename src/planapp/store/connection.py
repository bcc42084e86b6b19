"""Opening a document's SQLite file: engine set-up, identification and migrations.

Three things every connection gets, whoever opens it:

* ``PRAGMA foreign_keys=ON`` (SQLite's default is off, which would orphan milestones);
* pysqlite's own transaction handling switched off and ``BEGIN`` emitted by SQLAlchemy, so a
  transaction really starts at ``begin()`` and SAVEPOINTs nest inside it (the recipe from
  SQLAlchemy's SQLite dialect documentation);
* a busy timeout, so a reader and the window do not fail on each other's short writes.

A document is identified by ``PRAGMA application_id``; Alembic's version table says which schema
it has. A newer schema than this release knows is refused before anything is written.
"""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Engine, create_engine, event

if TYPE_CHECKING:
    from alembic.config import Config

# The newest schema revision this release writes. Opening a document already at it needs no
# Alembic at all (importing Alembic costs ~0.1 s of every start); tests/test_migrations.py
# checks this constant against the migration scripts' head.
HEAD_REVISION = "0004"

APPLICATION_ID = 0x504C4150  # "PLAP"
SQLITE_MAGIC = b"SQLite format 3\x00"


class DocumentError(Exception):
    """A document cannot be opened; the message is one sentence for the user."""


class NotADocumentError(DocumentError):
    pass


class DocumentTooNewError(DocumentError):
    pass


def make_engine(path: Path) -> Engine:
    # URL.create, not an f-string URL: a name with "?" would lose the rest as a query string.
    engine = create_engine(URL.create("sqlite", database=str(path)))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy emit BEGIN itself
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("planapp.store") / "migrations"))
    return cfg


def head_revision() -> str:
    """The head of the migration scripts on disk (what HEAD_REVISION must equal)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def check_file(path: Path) -> None:
    """Refuse a file that is not SQLite or is another program's database, before opening it."""
    if not path.exists():
        return
    if path.is_dir():
        raise NotADocumentError(f"{path} is a folder, not a planapp document.")
    if path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        magic = fh.read(16)
    if magic != SQLITE_MAGIC:
        raise NotADocumentError(f"{path.name} is not a planapp document.")
    try:
        # as_uri() escapes "#", "?" and "%": unescaped, "Plan #2.planapp" would open (and
        # create) "Plan " instead, and another program's database would pass this check.
        con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise NotADocumentError(
            f"{path.name} is damaged or not a planapp document ({exc})."
        ) from exc
    if app_id != APPLICATION_ID and (app_id != 0 or tables):
        raise NotADocumentError(f"{path.name} is an SQLite database of another program.")


def migrate(engine: Engine, path: Path) -> None:
    """Bring the document to this release's schema, or refuse if it is newer."""
    with engine.connect() as conn:
        current = _current_revision(conn)
    if current == HEAD_REVISION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise DocumentTooNewError(
                f"{path.name} was made by a newer version of planapp (schema {current}); "
                "install the newer version to open it."
            ) from exc
    if current == script.get_current_head():
        return
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def _current_revision(conn) -> str | None:
    """The document's schema revision, read without Alembic (None for a new file)."""
    exists = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).first()
    if exists is None:
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row[0] if row else None
