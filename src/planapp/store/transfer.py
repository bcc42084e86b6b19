"""Moving a document between engines: every table, row for row, ids kept (``planapp copy``).

The copy is made at this release's schema on both sides, so the rows go across as they are:
plans, recommendations and their children, the follow-up (revisions, progress, periods,
submissions) and the history of changes. A file target is written beside its final name and
renamed over it only when complete; a server target must be an empty database (nothing there
is ever replaced), and the whole copy is one transaction there.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import insert, inspect, select

from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.store.errors import DocumentError
from planapp.store.models import Base

BATCH = 2000


class CopyTargetError(DocumentError):
    """The copy's target already holds a document (or is the source)."""


def tables() -> list[Any]:
    """Every table of a document, parents before children."""
    return list(Base.metadata.sorted_tables)


def copy_to_file(src: Any, target: Path) -> Any:
    """Copy the open document ``src`` to the new file ``target``; returns the row count."""
    if target.exists():
        raise CopyTargetError(
            QT_TRANSLATE_NOOP(
                "DocumentError", "{name} already exists; choose a new file name."
            ).format(name=target.name)
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".planapp-copy-", suffix=".planapp", dir=target.parent)
    os.close(fd)
    os.unlink(tmp)  # Document.open makes it
    try:
        with (
            type(src).open(tmp, create=True, lock=False) as dest,
            src.engine.connect() as read,
            dest.engine.begin() as write,
        ):
            count = copy_rows(read, write)
        os.replace(tmp, target)
    except BaseException:
        for leftover in (tmp, f"{tmp}-journal", f"{tmp}.lock"):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        raise
    return count


def copy_rows(read: Any, write: Any) -> int:
    """Every row of every table from ``read`` into ``write`` (both at this schema)."""
    present = set(inspect(read).get_table_names())
    count = 0
    for table in tables():
        if table.name not in present:
            continue
        order = [c for c in table.primary_key.columns]
        result = read.execute(select(table).order_by(*order))
        while rows := result.mappings().fetchmany(BATCH):
            write.execute(insert(table), [dict(r) for r in rows])
            count += len(rows)
    return count


def dump_tables(doc: Any) -> dict[str, list[tuple]]:
    """Every row of every table (ids included), for comparing two documents."""
    out: dict[str, list[tuple]] = {}
    with doc.engine.connect() as conn:
        for table in tables():
            order = list(table.primary_key.columns)
            out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*order))]
    return out
