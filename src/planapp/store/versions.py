"""No lost updates: each plan and recommendation row carries a version that every change raises.

A document remembers the version of each row it last read. An edit locks the row, and if
someone else has changed it since (the version moved on), or the field no longer holds what
the editor saw (``expect``, e.g. an undo of a change someone has since edited), the edit is
refused with a :class:`ConflictError` that holds both texts; an edit of a field nobody else
touched goes through, so two people editing different fields both keep their change. The
UPDATE itself names the version it read (``WHERE version = :seen``), so the database refuses
a change that slipped in between.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, update

from planapp.store.convert import translations_text
from planapp.store.errors import DocumentError


@dataclass(frozen=True)
class Conflict:
    """One field two people changed: the text I wrote, the one now stored, the one I saw."""

    kind: str  # "recommendation" or "plan" (or "milestones", "contacts", "extra")
    row_id: int
    plan_id: int | None
    field: str
    mine: str
    theirs: str
    base: str


class ConflictError(DocumentError):
    """An edit refused because someone else changed the same field first; nothing was written."""

    def __init__(self, conflict: Conflict) -> None:
        self.conflict = conflict
        super().__init__(
            f"Someone else changed this {conflict.field.replace('_', ' ')} after you last saw "
            "it. Nothing was overwritten: choose which text to keep."
        )


class SeenVersions:
    """The version of each row as this document last read or wrote it."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, int], int] = {}

    def remember(self, table: str, rows: Iterable[tuple[int, int]]) -> None:
        for row_id, version in rows:
            self._seen[(table, row_id)] = version

    def get(self, table: str, row_id: int) -> int | None:
        return self._seen.get((table, row_id))

    def read(self, conn: Connection, table: Any, where: Any) -> None:
        """Remember the versions of ``table``'s rows matching ``where`` (before reading them:
        a change in between then shows as stale, never as seen)."""
        self.remember(table.name, conn.execute(select(table.c.id, table.c.version).where(where)))


def lock_row(conn: Connection, table: Any, row_id: int) -> Mapping[str, Any]:
    """The row as stored now, locked until the transaction ends (KeyError if it is gone)."""
    row = (
        conn.execute(select(table).where(table.c.id == row_id).with_for_update())
        .mappings()
        .one_or_none()
    )
    if row is None:
        raise KeyError(f"no {table.name} {row_id}")
    return row


def check(
    kind: str,
    current: Mapping[str, Any],
    seen: int | None,
    new: Mapping[str, Any],
    expect: Mapping[str, Any] | None,
    plan_id: int | None,
) -> None:
    """Raise ConflictError if writing ``new`` would overwrite a change this editor never saw.

    A field is in conflict when it now holds neither what is being written nor what the
    editor expected it to hold (``expect``; without it, a row changed since ``seen`` has all
    its written fields in conflict unless they already hold the new text).
    """
    stale = seen is not None and current["version"] != seen
    for field, value in new.items():
        if field.endswith("_date"):
            continue  # derived from the text beside it
        now = current[field]
        if now == value:
            continue
        if expect is not None and field in expect:
            if now == expect[field]:
                continue
        elif not stale:
            continue
        raise ConflictError(
            Conflict(
                kind,
                current["id"],
                plan_id,
                field,
                _text(value),
                _text(now),
                _text((expect or {}).get(field, "")),
            )
        )


def rebase_translations(
    current: Mapping[str, Any], new: dict[str, Any], expect: dict[str, Any] | None
) -> None:
    """Let two people translate different fields of one row at once: when ``new`` and
    ``expect`` both hold ``translations`` and the texts this editor changed are still as it
    saw them, put its changes over the stored dict (in ``new``, and ``expect`` becomes the
    stored dict) so that only a field both changed is a conflict."""
    if "translations" not in new or expect is None or "translations" not in expect:
        return
    stored = current["translations"] or {}
    mine, base = new["translations"], expect["translations"]
    changed = {k for k in mine.keys() | base.keys() if mine.get(k, "") != base.get(k, "")}
    if any(stored.get(k, "") not in (base.get(k, ""), mine.get(k, "")) for k in changed):
        return  # someone else changed one of these too: check() reports it
    merged = {k: v for k, v in stored.items() if k not in changed}
    merged |= {k: mine[k] for k in changed if mine.get(k)}
    new["translations"], expect["translations"] = merged, dict(stored)


def write(
    conn: Connection, table: Any, row_id: int, version: int, values: Mapping[str, Any]
) -> int:
    """UPDATE the row if it is still at ``version``, raising it by one; returns the new one."""
    result = conn.execute(
        update(table)
        .where(table.c.id == row_id, table.c.version == version)
        .values(**values, version=table.c.version + 1)
    )
    if result.rowcount != 1:  # changed between our read and this write
        raise ConflictError(Conflict(table.name, row_id, None, "row", "", "", ""))
    return version + 1


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Mapping):  # translations: "field: text" lines
        return translations_text(value)
    return str(getattr(value, "value", value))


def check_children(
    kind: str,
    current: Mapping[str, Any],
    seen: int | None,
    stored: list[Mapping[str, Any]],
    new: list[Mapping[str, Any]],
    expect: list[Mapping[str, Any]] | None,
) -> None:
    """Raise ConflictError if replacing a recommendation's ``kind`` rows (milestones,
    contacts) with ``new`` would overwrite a change this editor never saw."""
    keys = [k for k in (new[0] if new else (expect[0] if expect else {})) if k != "id"]
    keys = [k for k in keys if not k.endswith("_date")]

    def shape(rows: list[Mapping[str, Any]] | None) -> list[tuple]:
        return [tuple(_text(r.get(k)) for k in ("id", *keys)) for r in rows or []]

    now = shape(stored)
    if now == shape(new):
        return
    if expect is not None:
        if now == shape(expect):
            return
    elif seen is None or current["version"] == seen:
        return
    raise ConflictError(
        Conflict(
            kind,
            current["id"],
            current["plan_id"],
            kind,
            _lines(new, keys),
            _lines(stored, keys),
            _lines(expect or [], keys),
        )
    )


def _lines(rows: list[Mapping[str, Any]], keys: list[str]) -> str:
    """A list of rows as text, one per line (what the conflict dialog compares)."""
    return "\n".join(" · ".join(_text(r.get(k)) for k in keys if _text(r.get(k))) for r in rows)
