"""A recovered copy of a damaged document: every row that can still be read, in a new file.

The damaged file is only read. Its tables are read in blocks of row ids; a block that SQLite
cannot read is read row by row, and the rows it still cannot read are counted as lost. The
rows are written into a fresh document (this release's schema), dropping rows whose parent
was lost (a milestone of a lost recommendation), so the copy is a sound document. What was
saved and what was lost is reported; nothing is claimed beyond that.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from planapp.domain.texts import QT_TRANSLATE_NOOP, plural
from planapp.store.errors import DocumentError, from_sqlite

# Parents first, with the column tying each table to its parent.
TABLES = (("plan", None), ("recommendation", "plan_id"), ("milestone", "recommendation_id"))
TABLES += (("contact", "recommendation_id"),)
_PARENT = {"recommendation": "plan", "milestone": "recommendation", "contact": "recommendation"}
_BLOCK = 256


@dataclass
class Recovery:
    """Rows copied and rows lost, per table."""

    saved: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        """What was saved and lost, in the user's language ("Recovered 1 plan, 60 …")."""
        saved = ", ".join(str(plural(n, *ROW_WORDS[t])) for t, n in self.saved.items())
        lost = sum(self.lost.values())
        if not lost:
            return str(QT_TRANSLATE_NOOP("DocumentError", "Recovered {saved}.").format(saved=saved))
        return str(
            plural(
                lost,
                QT_TRANSLATE_NOOP(
                    "DocumentError", "Recovered {saved}; {n} row could not be read and is missing."
                ),
                QT_TRANSLATE_NOOP(
                    "DocumentError",
                    "Recovered {saved}; {n} rows could not be read and are missing.",
                ),
                saved=saved,
            )
        )


# How the summary counts the rows of each table.
ROW_WORDS = {
    "plan": (
        QT_TRANSLATE_NOOP("DocumentError", "{n} plan"),
        QT_TRANSLATE_NOOP("DocumentError", "{n} plans"),
    ),
    "recommendation": (
        QT_TRANSLATE_NOOP("DocumentError", "{n} recommendation"),
        QT_TRANSLATE_NOOP("DocumentError", "{n} recommendations"),
    ),
    "milestone": (
        QT_TRANSLATE_NOOP("DocumentError", "{n} milestone"),
        QT_TRANSLATE_NOOP("DocumentError", "{n} milestones"),
    ),
    "contact": (
        QT_TRANSLATE_NOOP("DocumentError", "{n} contact"),
        QT_TRANSLATE_NOOP("DocumentError", "{n} contacts"),
    ),
}


def _read_rows(con: sqlite3.Connection, table: str, recovery: Recovery) -> list[tuple]:
    """Every readable row of ``table`` (``id`` first), skipping what cannot be read."""
    try:
        return con.execute(f'SELECT * FROM "{table}" ORDER BY id').fetchall()
    except sqlite3.DatabaseError:
        pass  # damaged somewhere: read around the damage
    try:
        top = con.execute(f'SELECT max(id) FROM "{table}"').fetchone()[0] or 0
    except sqlite3.DatabaseError:
        top = 1 << 20  # not even the largest id can be read: try a generous range
    rows: list[tuple] = []
    lost = 0
    for start in range(1, top + 1, _BLOCK):
        query = f'SELECT * FROM "{table}" WHERE id BETWEEN ? AND ? ORDER BY id'
        try:
            rows.extend(con.execute(query, (start, start + _BLOCK - 1)).fetchall())
            continue
        except sqlite3.DatabaseError:
            pass
        for rid in range(start, start + _BLOCK):
            try:
                rows.extend(con.execute(f'SELECT * FROM "{table}" WHERE id = ?', (rid,)))
            except sqlite3.DatabaseError:
                lost += 1
    recovery.lost[table] = lost
    return rows


def recover_copy(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> Recovery:
    """Write what can be read of the damaged document ``source`` as a new document at
    ``target`` (written beside it and renamed into place only when complete)."""
    from planapp.store.connection import APPLICATION_ID, make_engine, migrate

    source, target = Path(source).absolute(), Path(target).absolute()
    recovery = Recovery()
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".planapp-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        engine = make_engine(tmp)
        try:
            migrate(engine, tmp)
        finally:
            engine.dispose()
        dst = sqlite3.connect(tmp)
        try:
            kept: dict[str, set[int]] = {}
            for table, parent_column in TABLES:
                columns = [r[1] for r in dst.execute(f'PRAGMA table_info("{table}")')]
                try:
                    src_columns = [r[1] for r in src.execute(f'PRAGMA table_info("{table}")')]
                except sqlite3.DatabaseError:
                    src_columns = []
                rows = _read_rows(src, table, recovery) if src_columns else []
                if src_columns and src_columns != columns:
                    raise DocumentError(
                        QT_TRANSLATE_NOOP(
                            "DocumentError",
                            "{name} has a schema this version of planapp cannot recover.",
                        ).format(name=source.name)
                    )
                if parent_column is not None:
                    at = columns.index(parent_column)
                    parents = kept[_PARENT[table]]
                    orphans = [r for r in rows if r[at] not in parents]
                    recovery.lost[table] = recovery.lost.get(table, 0) + len(orphans)
                    rows = [r for r in rows if r[at] in parents]
                marks = ", ".join("?" * len(columns))
                dst.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
                kept[table] = {r[0] for r in rows}
                recovery.saved[table] = len(rows)
            dst.execute(f"PRAGMA application_id={APPLICATION_ID}")
            dst.commit()
        except sqlite3.Error as exc:
            named = from_sqlite(exc, target)
            if named is None:
                raise
            raise named from exc
        finally:
            dst.close()
        os.replace(tmp, target)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    finally:
        src.close()
    return recovery
