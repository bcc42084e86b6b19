"""A planapp document: one SQLite file holding one or more plans, and every edit made to it.

Each public method that changes data is one committed transaction (there is no unsaved state)
and, once it has committed, tells its listeners what changed with one :class:`Change`, so
every view refreshes from the same event whether the edit came from a cell, an undo or an
import. A listener that fails is a bug in that view, not a failed save: it goes to
``sys.excepthook`` (the crash handler in the window) and the operation still returns. Values
handed out are plain domain objects; values taken in keep their ids when they have them, so an
undo that re-inserts a deleted recommendation restores exactly the rows it removed.
"""

from __future__ import annotations

import contextlib
import copy
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, func, select, update

from planapp.domain.bilingual import content_language
from planapp.domain.plan import Plan, Recommendation
from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.store import convert, history, versions
from planapp.store.changes import Change, Changed
from planapp.store.connection import (
    NotADocumentError,
    check_file,
    make_engine,
    migrate,
)
from planapp.store.copies import CopyMethods
from planapp.store.errors import ReadOnlyDocumentError
from planapp.store.followup_document import FollowUpMethods
from planapp.store.language_switch import swap_plan_languages
from planapp.store.live import LiveMethods
from planapp.store.loading import _attach_children, _load_plan
from planapp.store.lock import DocumentLock, LockUnavailableError
from planapp.store.recommendation_edits import RecommendationMethods
from planapp.store.rows import _insert_plan, _insert_recommendations, _plan_ids, _set_positions
from planapp.store.server import ServerAddress, is_server_url, open_server
from planapp.store.tables import PLAN, REC

Listener = Callable[[Change], None]


class Document(RecommendationMethods, FollowUpMethods, LiveMethods, CopyMethods):
    """An open document. Use :meth:`open`; close it when done (it holds a lock file)."""

    def __init__(
        self,
        path: Path | ServerAddress,
        lock: DocumentLock | None,
        read_only: bool = False,
        engine: Engine | None = None,
    ) -> None:
        self.path = path
        self._lock = lock
        #: True when the document was opened read-only (a read-only folder or medium, or on
        #: request): every write is refused with ReadOnlyDocumentError.
        self.read_only = read_only
        self.engine = make_engine(path, read_only=read_only) if engine is None else engine
        self._listeners: list[Listener] = []
        #: The version of each plan and recommendation as last read or written here.
        self._versions = versions.SeenVersions()

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = False,
        lock: bool = True,
        sample: bool = False,
        read_only: bool = False,
        password: str | None = None,
    ) -> Document:
        """Open (or with ``create``, make) the document at ``path``, migrating it if it is older.

        ``sample`` fills a newly created document with the sample plan. A document whose
        folder cannot hold a lock file (a read-only folder or medium) opens read-only, as it
        does with ``read_only``; see :attr:`read_only`. Raises a
        :class:`~planapp.store.errors.DocumentError` subclass with a message for the user.
        A libpq URL opens a server document instead (see :mod:`planapp.store.server`).
        """
        if is_server_url(path):
            return open_server(
                cls, str(path), create=create, sample=sample, read_only=read_only, password=password
            )
        path = Path(path).expanduser().absolute()
        if not path.exists() and (not create or read_only):
            raise NotADocumentError(
                QT_TRANSLATE_NOOP("DocumentError", "{path} does not exist.").format(path=path)
            )
        if not create and path.is_file() and path.stat().st_size == 0:
            raise NotADocumentError(
                QT_TRANSLATE_NOOP(
                    "DocumentError", "{name} is empty, not a planapp document."
                ).format(name=path.name)
            )
        is_new = not path.exists() or path.stat().st_size == 0
        if is_new:
            path.parent.mkdir(parents=True, exist_ok=True)
        if not is_new and not read_only and not os.access(path, os.W_OK):
            read_only = True  # a read-only file (or medium): nothing to lock, nothing to write
        doc_lock = DocumentLock(path) if lock and not read_only else None
        if doc_lock:
            try:
                doc_lock.acquire()
            except LockUnavailableError as exc:
                if is_new:
                    raise ReadOnlyDocumentError(
                        QT_TRANSLATE_NOOP(
                            "DocumentError",
                            "{name} cannot be made: its folder cannot be written to.",
                        ).format(name=path.name)
                    ) from exc
                doc_lock, read_only = None, True
        try:
            # Under the lock: a change a crashed planapp left half-done is rolled back here.
            check_file(path, read_only=read_only)
            doc = cls(path, doc_lock, read_only=read_only)
        except BaseException:
            if doc_lock:
                doc_lock.release()
            raise
        try:
            migrate(doc.engine, path, read_only=read_only)
            if is_new and sample:
                from planapp.domain.sample import sample_plan

                doc.add_plan(sample_plan())
        except BaseException:
            doc.close()  # no connection left open on a file we refused
            raise
        return doc

    def close(self) -> None:
        self._close_feed()
        self.engine.dispose()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- listening ---------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _notify(self, change: Change) -> Change:
        """Tell every listener about a committed change.

        The change is in the file whatever a listener does, so a listener's exception must
        not reach the caller as if the operation had failed (an undo command would drop its
        step): it is handed to ``sys.excepthook``, which in the window logs it and shows the
        crash dialog, and the other listeners still hear the change.
        """
        self._announce(change)  # to other windows on a server document
        return self._notify_listeners(change)

    def _notify_listeners(self, change: Change) -> Change:
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:
                sys.excepthook(*sys.exc_info())
        return change

    # -- reading -----------------------------------------------------------------------------

    def plans(self) -> list[Plan]:
        """Every plan's own fields, in list order, without recommendations."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(PLAN).order_by(PLAN.c.position, PLAN.c.id)).mappings().all()
            self._versions.remember(PLAN.name, ((r["id"], r["version"]) for r in rows))
            return [convert.plan_from_row(r) for r in rows]

    def load_plan(self, plan_id: int) -> Plan:
        """A whole plan: four selects, whatever its size."""
        with self.engine.connect() as conn:
            self._versions.read(conn, PLAN, PLAN.c.id == plan_id)
            self._versions.read(conn, REC, REC.c.plan_id == plan_id)
            return _load_plan(conn, plan_id)

    def load_recommendation(self, rec_id: int) -> Recommendation:
        with self.engine.connect() as conn:
            self._versions.read(conn, REC, REC.c.id == rec_id)
            row = conn.execute(select(REC).where(REC.c.id == rec_id)).mappings().one()
            rec = convert.recommendation_from_row(row)
            _attach_children(conn, {rec.id: rec})
            return rec

    # -- plans -------------------------------------------------------------------------------

    def add_plan(self, plan: Plan, index: int | None = None, *, initiator: object = None) -> Plan:
        """Insert a whole plan (with ids kept where given); returns it with its ids."""
        return self.add_plans([plan], index, initiator=initiator)[0]

    def add_plans(
        self, plans: Sequence[Plan], index: int | None = None, *, initiator: object = None
    ) -> list[Plan]:
        """Insert several whole plans in one transaction: an import adds all of them or none."""
        plans = copy.deepcopy(list(plans))
        with self.engine.begin() as conn:
            count = conn.execute(select(func.count()).select_from(PLAN)).scalar_one()
            index = count if index is None else index
            conn.execute(
                update(PLAN)
                .where(PLAN.c.position >= index)
                .values(position=PLAN.c.position + len(plans))
            )
            for offset, plan in enumerate(plans):
                _insert_plan(conn, plan, index + offset)
        if plans:
            self._notify(_plans_change(plans[0].id, [p.id for p in plans], initiator))
        return plans

    def update_plan(
        self,
        plan_id: int,
        *,
        initiator: object = None,
        expect: dict[str, Any] | None = None,
        force: bool = False,
        **values: Any,
    ) -> Change:
        """Set a plan's own fields (department, titles, status…).

        Refused with :class:`~planapp.store.versions.ConflictError` if someone else changed
        one of them since this document read the plan (or it no longer holds ``expect``);
        ``force`` writes anyway (the user chose to keep their text).
        """
        unknown = set(values) - set(convert.PLAN_FIELDS) - {"status", "language"}
        if unknown:
            raise ValueError(f"not plan fields: {sorted(unknown)}")
        if "status" in values:
            values["status"] = str(getattr(values["status"], "value", values["status"]))
        if "language" in values:
            values["language"] = convert.check_language(values["language"])
        with self.engine.begin() as conn:
            current = versions.lock_row(conn, PLAN, plan_id)
            if not force:
                seen = self._versions.get(PLAN.name, plan_id)
                versions.check("plan", current, seen, values, expect, plan_id)
            version = versions.write(conn, PLAN, plan_id, current["version"], values)
            if "language" in values and content_language(values["language"]) != (
                content_language(current["language"])
            ):
                swap_plan_languages(conn, plan_id)  # each text keeps its language
            history.record(conn, history.field_changes(current, values, plan_id=plan_id))
        self._versions.remember(PLAN.name, [(plan_id, version)])
        return self._notify(Change(Changed.PLANS, plan_id, initiator=initiator))

    def delete_plan(self, plan_id: int, *, initiator: object = None) -> tuple[int, Plan]:
        """Remove a plan; returns its index and content so an undo can put it back."""
        with self.engine.begin() as conn:
            plan = _load_plan(conn, plan_id)
            ids = _plan_ids(conn)
            index = ids.index(plan_id)
            conn.execute(delete(PLAN).where(PLAN.c.id == plan_id))
            ids.remove(plan_id)
            _set_positions(conn, PLAN, ids)
        self._notify(Change(Changed.PLANS, plan_id, initiator=initiator))
        return index, plan

    def move_plan(self, plan_id: int, index: int, *, initiator: object = None) -> Change:
        with self.engine.begin() as conn:
            ids = _plan_ids(conn)
            ids.remove(plan_id)
            ids.insert(index, plan_id)
            _set_positions(conn, PLAN, ids)
        return self._notify(Change(Changed.PLANS, plan_id, initiator=initiator))

    def replace_recommendations(
        self, plan_id: int, recs: Sequence[Recommendation], *, initiator: object = None
    ) -> None:
        """Swap a plan's whole table for ``recs`` (ids kept where given)."""
        with self.engine.begin() as conn:
            conn.execute(delete(REC).where(REC.c.plan_id == plan_id))
            _insert_recommendations(conn, plan_id, 0, recs)
        self._notify(Change(Changed.ROWS, plan_id, initiator=initiator))

    def apply_plans(
        self,
        add: Sequence[Plan] = (),
        replace: Sequence[Plan] = (),
        remove: Sequence[int] = (),
        *,
        initiator: object = None,
    ) -> list[Plan]:
        """Add, overwrite and remove whole plans in one transaction: an import and its undo.

        ``replace`` plans keep their ids and take the given fields and table; ``add`` plans go
        after the existing ones. Returns the added plans with their ids. Listeners hear one
        change naming every plan touched; the plan to show is the first added, else the first
        replaced.
        """
        added = copy.deepcopy(list(add))
        with self.engine.begin() as conn:
            for plan_id in remove:
                conn.execute(delete(PLAN).where(PLAN.c.id == plan_id))
            for plan in replace:
                conn.execute(
                    update(PLAN).where(PLAN.c.id == plan.id).values(**convert.plan_values(plan))
                )
                conn.execute(delete(REC).where(REC.c.plan_id == plan.id))
                _insert_recommendations(conn, plan.id, 0, copy.deepcopy(plan.recommendations))
            position = conn.execute(select(func.count()).select_from(PLAN)).scalar_one()
            for offset, plan in enumerate(added):
                _insert_plan(conn, plan, position + offset)
            if remove:
                ids = _plan_ids(conn)
                if ids:
                    _set_positions(conn, PLAN, ids)
        touched = [*(p.id for p in replace), *remove, *(p.id for p in added)]
        if touched:
            shown = added[0].id if added else touched[0]
            what = Changed.PLANS | (Changed.ROWS if replace else Changed(0))
            self._notify(Change(what, shown, plan_ids=tuple(touched), initiator=initiator))
        return added

    # -- history -----------------------------------------------------------------------------

    def history(
        self,
        *,
        plan_id: int | None = None,
        recommendation_id: int | None = None,
        milestone_id: int | None = None,
    ) -> list[history.HistoryEntry]:
        """Who changed what in a plan, a recommendation or a milestone, oldest first."""
        with self.engine.connect() as conn:
            return history.entries(
                conn,
                plan_id=plan_id,
                recommendation_id=recommendation_id,
                milestone_id=milestone_id,
            )


# -- helpers working inside one transaction ---------------------------------------------------


def _plans_change(shown: int, plan_ids: Sequence[int], initiator: object) -> Change:
    return Change(Changed.PLANS, shown, plan_ids=tuple(plan_ids), initiator=initiator)
