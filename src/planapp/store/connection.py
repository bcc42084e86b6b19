"""Opening a document's SQLite file: engine set-up, identification and migrations.

Three things every connection gets, whoever opens it:

* ``PRAGMA foreign_keys=ON`` (SQLite's default is off, which would orphan milestones);
* pysqlite's own transaction handling switched off and ``BEGIN`` emitted by SQLAlchemy, so a
  transaction really starts at ``begin()`` and SAVEPOINTs nest inside it (the recipe from
  SQLAlchemy's SQLite dialect documentation);
* a busy timeout, so a reader and the window do not fail on each other's short writes.

A document is identified by ``PRAGMA application_id``; Alembic's version table says which schema
it has. A newer schema than this release knows is refused before anything is written. Opening
also rolls back a change a crash left half-done and reads every page (``quick_check``): a
damaged document is refused before anything is written into it. SQLite errors we can name come
out of every engine as :mod:`planapp.store.errors` classes.
"""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Engine, create_engine, event

from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.store.errors import (
    DamagedDocumentError,
    DocumentError,
    DocumentTooNewError,
    NotADocumentError,
    ReadOnlyDocumentError,
    damaged,
    from_sqlite,
)

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import ExceptionContext

__all__ = [
    "DocumentError",
    "DocumentTooNewError",
    "NotADocumentError",
    "check_file",
    "make_engine",
    "migrate",
]

# The newest schema revision this release writes. Opening a document already at it needs no
# Alembic at all (importing Alembic costs ~0.1 s of every start); tests/test_migrations.py
# checks this constant against the migration scripts' head.
HEAD_REVISION = "0006"

APPLICATION_ID = 0x504C4150  # "PLAP"
SQLITE_MAGIC = b"SQLite format 3\x00"


def make_engine(path: Path, read_only: bool = False) -> Engine:
    """The engine of the document at ``path``; with ``read_only``, SQLite refuses every write.

    SQLite errors we can name (read-only, disk full, damaged…) come out of every statement
    and commit as the :mod:`planapp.store.errors` classes, with a sentence for the user.
    """
    if read_only:
        # as_uri() escapes "#", "?" and "%", which a URI filename would otherwise cut at.
        url = URL.create(
            "sqlite", database=f"{path.absolute().as_uri()}?mode=ro", query={"uri": "true"}
        )
    else:
        # URL.create, not an f-string URL: a name with "?" would lose the rest as a query.
        url = URL.create("sqlite", database=str(path))
    engine = create_engine(url)

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

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> DocumentError | None:
        original = context.original_exception
        if isinstance(original, sqlite3.Error):
            return from_sqlite(original, path)  # None: not one we can name, raised as it is
        return None

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


def check_file(path: Path, read_only: bool = False) -> None:
    """Refuse a file that is not SQLite, is another program's database or is damaged.

    Called under the document's lock: the file is opened read-write (unless ``read_only``) so
    that SQLite rolls back a change a crash left half-done (a "hot" journal) before anything
    reads it; a read-only connection could not, and would call an intact document damaged.
    ``PRAGMA quick_check`` then reads every page, so damage that normal queries do not reach
    is found before planapp writes anything into the file.
    """
    if not path.exists():
        return
    if path.is_dir():
        raise NotADocumentError(
            QT_TRANSLATE_NOOP(
                "DocumentError", "{path} is a folder, not a planapp document."
            ).format(path=str(path))
        )
    if path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        magic = fh.read(16)
    if magic != SQLITE_MAGIC:
        raise NotADocumentError(
            QT_TRANSLATE_NOOP("DocumentError", "{name} is not a planapp document.").format(
                name=path.name
            )
        )
    mode = "ro" if read_only else "rw"
    try:
        # as_uri() escapes "#", "?" and "%": unescaped, "Plan #2.planapp" would open (and
        # create) "Plan " instead, and another program's database would pass this check.
        con = sqlite3.connect(f"{path.absolute().as_uri()}?mode={mode}", uri=True)
        try:
            con.execute("PRAGMA busy_timeout=5000")
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if app_id != APPLICATION_ID and (app_id != 0 or tables):
                raise NotADocumentError(
                    QT_TRANSLATE_NOOP(
                        "DocumentError", "{name} is an SQLite database of another program."
                    ).format(name=path.name)
                )
            problems = [row[0] for row in con.execute("PRAGMA quick_check(3)")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        named = from_sqlite(exc, path)
        if named is None:
            raise
        raise named from exc
    if problems != ["ok"]:
        raise DamagedDocumentError(damaged(path.name, "; ".join(problems)), path)


def migrate(engine: Engine, path: Path, read_only: bool = False) -> None:
    """Bring the document to this release's schema, or refuse if it is newer (or if it is
    older and ``read_only``: it cannot be brought up to date where it is)."""
    with engine.connect() as conn:
        current = _current_revision(conn, path)
    if current == HEAD_REVISION:
        return
    if read_only:
        raise ReadOnlyDocumentError(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "{name} was made by another version of planapp (schema {schema}) and cannot "
                "be updated where it is, because it is read-only. Copy it to a folder you can "
                "write to and open it there.",
            ).format(name=path.name, schema=str(current))
        )
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise DocumentTooNewError(
                QT_TRANSLATE_NOOP(
                    "DocumentError",
                    "{name} was made by a newer version of planapp (schema {schema}); "
                    "install the newer version to open it.",
                ).format(name=path.name, schema=str(current))
            ) from exc
    if current == script.get_current_head():
        return
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def _current_revision(conn, path: Path) -> str | None:
    """The document's schema revision, read without Alembic (None for a new file)."""
    if conn.dialect.name != "sqlite":
        return _server_revision(conn)
    exists = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).first()
    row = None
    if exists is not None:
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    if (
        row is None
        and conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='plan'"
        ).first()
    ):
        # Plans but no schema version: upgrading would try to create the tables again.
        raise DamagedDocumentError(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "{name} is damaged: its record of which planapp version made it is missing. "
                "planapp will not write into it; save a recovered copy of what can still be read.",
            ).format(name=path.name),
            path,
        )
    return row[0] if row else None


def _server_revision(conn) -> str | None:
    """The schema revision of a server document (its tables were checked before)."""
    from sqlalchemy import inspect

    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row[0] if row else None
