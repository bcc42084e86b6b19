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
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, select, update

from planapp.domain.bilingual import clean_translations
from planapp.domain.plan import (
    Contact,
    ExtraColumn,
    Milestone,
    MilestoneStatus,
    Plan,
    Recommendation,
    WrittenDate,
)
from planapp.store import convert, followup, history, server, versions
from planapp.store.changes import Change, Changed, RowChange, RowOp
from planapp.store.connection import (
    NotADocumentError,
    check_file,
    make_engine,
    migrate,
)
from planapp.store.errors import ReadOnlyDocumentError, from_sqlite
from planapp.store.followup_document import FollowUpMethods
from planapp.store.live import LiveMethods
from planapp.store.lock import DocumentLock, DocumentLockedError, LockUnavailableError
from planapp.store.models import (
    ContactRow,
    ExtraColumnRow,
    MilestoneRow,
    PlanRow,
    RecommendationRow,
)
from planapp.store.outputs import same_file
from planapp.store.server import ServerAddress, is_server_url, open_server

PLAN = PlanRow.__table__
REC = RecommendationRow.__table__
MILESTONE = MilestoneRow.__table__
CONTACT = ContactRow.__table__
EXTRA = ExtraColumnRow.__table__


Listener = Callable[[Change], None]


class Document(FollowUpMethods, LiveMethods):
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
            raise NotADocumentError(f"{path} does not exist.")
        if not create and path.is_file() and path.stat().st_size == 0:
            raise NotADocumentError(f"{path.name} is empty, not a planapp document.")
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
                        f"{path.name} cannot be made: its folder cannot be written to."
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

    # -- recommendations ---------------------------------------------------------------------

    def set_recommendation(
        self,
        rec_id: int,
        *,
        initiator: object = None,
        expect: dict[str, Any] | None = None,
        force: bool = False,
        **values: Any,
    ) -> Change:
        """Set text fields of one recommendation; ``completion`` takes a WrittenDate.

        ``expect`` gives what the editor saw in those fields (an undo: the text it set). The
        edit is refused with :class:`~planapp.store.versions.ConflictError`, nothing written,
        if someone else has since changed one of them; ``force`` writes anyway.
        """
        row = _recommendation_row(values)
        expected = None if expect is None else _recommendation_row(expect)
        with self.engine.begin() as conn:
            current = versions.lock_row(conn, REC, rec_id)
            plan_id = current["plan_id"]
            if not force:
                seen = self._versions.get(REC.name, rec_id)
                versions.check("recommendation", current, seen, row, expected, plan_id)
            version = versions.write(conn, REC, rec_id, current["version"], row)
            history.record(
                conn,
                history.field_changes(
                    current,
                    row,
                    translated_into=history.translated_into(conn, plan_id),
                    plan_id=plan_id,
                    recommendation_id=rec_id,
                    item=current["ref"],
                ),
            )
        self._versions.remember(REC.name, [(rec_id, version)])
        return self._notify(Change(Changed.RECOMMENDATION, plan_id, rec_id, initiator=initiator))

    def insert_recommendation(
        self, plan_id: int, index: int, rec: Recommendation, *, initiator: object = None
    ) -> Recommendation:
        """Put ``rec`` (with its milestones and contacts) at row ``index``; returns it with ids."""
        return self.insert_recommendations(plan_id, [(index, rec)], initiator=initiator)[0]

    def insert_recommendations(
        self,
        plan_id: int,
        rows: Iterable[tuple[int, Recommendation]],
        *,
        initiator: object = None,
    ) -> list[Recommendation]:
        """Put each ``(index, recommendation)`` at its row, in the order given, in one
        transaction (the undo of deleting several); returns them with their ids."""
        placed = [(index, copy.deepcopy(rec)) for index, rec in rows]
        done: list[RowChange] = []
        with self.engine.begin() as conn:
            count = conn.execute(
                select(func.count()).select_from(REC).where(REC.c.plan_id == plan_id)
            ).scalar_one()
            for index, rec in placed:
                conn.execute(
                    update(REC)
                    .where(REC.c.plan_id == plan_id, REC.c.position >= index)
                    .values(position=REC.c.position + 1)
                )
                _insert_recommendations(conn, plan_id, index, [rec])
                done.append(RowChange(RowOp.INSERTED, rec.id, min(index, count)))
                count += 1
            history.record(
                conn,
                [
                    history.row_event(
                        "added", rec.ref, plan_id=plan_id, recommendation_id=rec.id, item=rec.ref
                    )
                    for _index, rec in placed
                ],
            )
        recs = [rec for _index, rec in placed]
        self._versions.remember(REC.name, [(rec.id, 1) for rec in recs])
        if recs:
            self._notify(_rows_change(plan_id, done, initiator))
        return recs

    def delete_recommendation(
        self, rec_id: int, *, initiator: object = None
    ) -> tuple[int, Recommendation]:
        """Remove a recommendation; returns its row index and content for undo."""
        return self.delete_recommendations([rec_id], initiator=initiator)[0]

    def delete_recommendations(
        self, rec_ids: Sequence[int], *, initiator: object = None
    ) -> list[tuple[int, Recommendation]]:
        """Remove several recommendations of one plan in one transaction: all or none.

        Returns ``(row index, content)`` for each, in row order, the indexes counted before
        the delete: :meth:`insert_recommendations` with them puts every row back.
        """
        if not rec_ids:
            return []
        with self.engine.begin() as conn:
            plan_ids = set(
                conn.execute(select(REC.c.plan_id).where(REC.c.id.in_(list(rec_ids)))).scalars()
            )
            if len(plan_ids) != 1 or len(set(rec_ids)) != len(rec_ids):
                raise ValueError("recommendations to delete must be distinct and of one plan")
            (plan_id,) = plan_ids
            ids = _row_ids(conn, plan_id)
            wanted = set(rec_ids)
            if not wanted <= set(ids):
                raise KeyError(f"no recommendations {sorted(wanted - set(ids))}")
            found = conn.execute(select(REC).where(REC.c.id.in_(list(wanted)))).mappings()
            by_id = {row["id"]: convert.recommendation_from_row(row) for row in found}
            _attach_children(conn, by_id)
            conn.execute(delete(REC).where(REC.c.id.in_(list(wanted))))
            removed = [(index, by_id[rid]) for index, rid in enumerate(ids) if rid in wanted]
            for index, _rec in reversed(removed):  # one shift per row, not one per later row
                conn.execute(
                    update(REC)
                    .where(REC.c.plan_id == plan_id, REC.c.position > index)
                    .values(position=REC.c.position - 1)
                )
            history.record(
                conn,
                [
                    history.row_event(
                        "removed", rec.ref, plan_id=plan_id, recommendation_id=rec.id, item=rec.ref
                    )
                    for _index, rec in removed
                ],
            )
        steps = [
            RowChange(RowOp.REMOVED, rec.id, index - done)
            for done, (index, rec) in enumerate(removed)
        ]
        self._notify(_rows_change(plan_id, steps, initiator))
        return removed

    def move_recommendation(self, rec_id: int, index: int, *, initiator: object = None) -> Change:
        return self.move_recommendations([(rec_id, index)], initiator=initiator)

    def move_recommendations(
        self, moves: Sequence[tuple[int, int]], *, initiator: object = None
    ) -> Change:
        """Move each ``(recommendation id, new row)`` in turn, in one transaction."""
        with self.engine.begin() as conn:
            plan_id = conn.execute(
                select(REC.c.plan_id).where(REC.c.id == moves[0][0])
            ).scalar_one()
            ids = _row_ids(conn, plan_id)
            steps: list[RowChange] = []
            for rec_id, index in moves:
                old = ids.index(rec_id)
                ids.remove(rec_id)
                ids.insert(index, rec_id)
                steps.append(RowChange(RowOp.MOVED, rec_id, old, ids.index(rec_id)))
            _set_positions(conn, REC, ids)
            history.record(
                conn,
                [
                    {
                        "plan_id": plan_id,
                        "recommendation_id": step.recommendation_id,
                        "field": "moved",
                        "old_text": f"row {step.index + 1}",
                        "new_text": f"row {(step.to_index or 0) + 1}",
                    }
                    for step in steps
                ],
            )
        return self._notify(_rows_change(plan_id, steps, initiator))

    def set_milestones(
        self,
        rec_id: int,
        milestones: Sequence[Milestone],
        *,
        initiator: object = None,
        expect: Sequence[Milestone] | None = None,
        force: bool = False,
    ) -> list[Milestone]:
        """Replace a recommendation's milestones (ids kept where given); returns them with ids.

        Refused with a ConflictError if someone else changed them since this document read
        the recommendation and they are no longer ``expect`` (unless ``force``).
        """
        return self._replace_children(
            rec_id, MILESTONE, milestones, convert.milestone_values, initiator, expect, force
        )

    def set_contacts(
        self,
        rec_id: int,
        contacts: Sequence[Contact],
        *,
        initiator: object = None,
        expect: Sequence[Contact] | None = None,
        force: bool = False,
    ) -> list[Contact]:
        """Replace a recommendation's contacts (ids kept where given); returns them with ids."""
        return self._replace_children(
            rec_id, CONTACT, contacts, convert.contact_values, initiator, expect, force
        )

    def set_extra(
        self, rec_id: int, extra: Sequence[ExtraColumn], *, initiator: object = None
    ) -> Change:
        """Replace a recommendation's extra columns (heading and text, in order)."""
        with self.engine.begin() as conn:
            current = versions.lock_row(conn, REC, rec_id)
            plan_id = current["plan_id"]
            before = _children_rows(conn, EXTRA, rec_id)
            conn.execute(delete(EXTRA).where(EXTRA.c.recommendation_id == rec_id))
            _insert_extra(conn, [(rec_id, extra)])
            version = versions.write(conn, REC, rec_id, current["version"], {})
            lang = history.translated_into(conn, plan_id)
            after = [convert.extra_values(x) for x in extra]
            texts = (
                (
                    "extra columns",
                    lambda rows: "\n".join(f"{r['heading']}: {r['text']}" for r in rows),
                ),
                (f"extra columns ({lang})", history.extra_translation_text),
            )
            history.record(
                conn,
                [
                    {
                        "plan_id": plan_id,
                        "recommendation_id": rec_id,
                        "item": current["ref"],
                        "field": field,
                        "old_text": text(before),
                        "new_text": text(after),
                    }
                    for field, text in texts
                    if text(before) != text(after)
                ],
            )
        self._versions.remember(REC.name, [(rec_id, version)])
        return self._notify(Change(Changed.RECOMMENDATION, plan_id, rec_id, initiator=initiator))

    def _replace_children(
        self,
        rec_id: int,
        table: Any,
        items: Sequence[Any],
        to_values: Any,
        initiator: object,
        expect: Sequence[Any] | None = None,
        force: bool = False,
    ) -> list[Any]:
        items = copy.deepcopy(list(items))
        with self.engine.begin() as conn:
            current = versions.lock_row(conn, REC, rec_id)
            plan_id = current["plan_id"]
            before = _children_rows(conn, table, rec_id)
            if not force:
                versions.check_children(
                    table.name,
                    current,
                    self._versions.get(REC.name, rec_id),
                    before,
                    [to_values(i) | {"id": i.id} for i in items],
                    None if expect is None else [to_values(i) | {"id": i.id} for i in expect],
                )
            conn.execute(delete(table).where(table.c.recommendation_id == rec_id))
            _insert_children(conn, table, [(rec_id, items)], to_values)
            version = versions.write(conn, REC, rec_id, current["version"], {})
            label = "Milestone {number}" if table is MILESTONE else "Contact {name}"
            history.record(
                conn,
                history.children_changes(
                    table.name,
                    before,
                    [to_values(i) | {"id": i.id} for i in items],
                    label,
                    translated_into=history.translated_into(conn, plan_id),
                    plan_id=plan_id,
                    recommendation_id=rec_id,
                ),
            )
        self._versions.remember(REC.name, [(rec_id, version)])
        self._notify(Change(Changed.RECOMMENDATION, plan_id, rec_id, initiator=initiator))
        return items

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

    # -- copies ------------------------------------------------------------------------------

    def save_copy(self, target: str | Path) -> Path:
        """A consistent copy of the whole document at ``target``, written atomically.

        SQLite's backup API copies a snapshot even while this document stays open; the copy is
        made beside the target and renamed over it only when complete. Refuses this document's
        own file (ValueError) and a file another planapp has open (DocumentLockedError).
        """
        if isinstance(self.path, ServerAddress):
            from planapp.store.transfer import copy_to_file

            copy_to = Path(target).expanduser().absolute()
            copy_to_file(self, copy_to)
            return copy_to
        target = Path(target).expanduser().absolute()
        if same_file(target, self.path):
            raise ValueError("A document cannot be copied onto itself.")
        lock = DocumentLock(target)
        holder = lock.held_elsewhere()
        if holder is not None:
            # Replacing a file another planapp has open would lose that window's edits.
            raise DocumentLockedError(lock.describe(holder))
        fd, tmp = tempfile.mkstemp(prefix=".planapp-", suffix=".tmp", dir=target.parent)
        os.close(fd)
        try:
            src = sqlite3.connect(self.path)
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            except sqlite3.Error as exc:
                named = from_sqlite(exc, target)
                if named is None:
                    raise
                raise named from exc
            finally:
                dst.close()
                src.close()
            shutil.copymode(self.path, tmp)  # mkstemp makes it private (0600); keep the source's
            os.replace(tmp, target)
        except BaseException:
            for leftover in (tmp, f"{tmp}-journal"):  # a full disk leaves the copy's journal
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
            raise
        return target


# -- helpers working inside one transaction ---------------------------------------------------


def _recommendation_row(values: dict[str, Any]) -> dict[str, Any]:
    """Stored columns for recommendation fields (``completion`` is text and its date)."""
    row: dict[str, Any] = {}
    for name, value in values.items():
        if name == "completion":
            date = value if isinstance(value, WrittenDate) else WrittenDate.of(value)
            row["completion_text"], row["completion_date"] = date.text, date.date
        elif name == "translations":  # the whole dict, as stored: no empty entries
            row[name] = clean_translations(value)
        elif name in convert.recommendation_values(Recommendation()):
            row[name] = value
        else:
            raise ValueError(f"not a recommendation field: {name}")
    return row


def _children_rows(conn: Connection, table: Any, rec_id: int) -> list[dict[str, Any]]:
    """A recommendation's milestones, contacts or extra columns as stored, in order."""
    rows = conn.execute(
        select(table)
        .where(table.c.recommendation_id == rec_id)
        .order_by(table.c.position, table.c.id)
    ).mappings()
    return [dict(r) for r in rows]


def _plans_change(shown: int, plan_ids: Sequence[int], initiator: object) -> Change:
    return Change(Changed.PLANS, shown, plan_ids=tuple(plan_ids), initiator=initiator)


def _rows_change(plan_id: int, steps: Sequence[RowChange], initiator: object) -> Change:
    first = steps[0].recommendation_id if steps else None
    return Change(Changed.ROWS, plan_id, first, tuple(steps), initiator=initiator)


def _insert_plan(conn: Connection, plan: Plan, position: int) -> None:
    """Insert ``plan`` (its id kept when it has one) and its table at ``position``."""
    values = convert.plan_values(plan) | {"position": position}
    _assign_ids(conn, PLAN, [plan])  # on a server, from the sequence undo ids came from too
    values["id"] = plan.id
    plan.id = conn.execute(insert(PLAN).values(**values)).inserted_primary_key[0]
    _insert_recommendations(conn, plan.id, 0, plan.recommendations)


def _load_plan(conn: Connection, plan_id: int) -> Plan:
    return _load_plan_rows(conn, plan_id)


def _load_plan_rows(conn: Connection, plan_id: int) -> Plan:
    row = conn.execute(select(PLAN).where(PLAN.c.id == plan_id)).mappings().one_or_none()
    if row is None:
        raise KeyError(f"no plan {plan_id}")
    plan = convert.plan_from_row(row)
    r = REC.c
    rows = conn.execute(
        select(
            r.position,
            r.id,
            r.ref,
            r.recommendation,
            r.response,
            r.outcome,
            r.completion_text,
            r.completion_date,
            r.indicator,
            r.translations,
        )
        .where(r.plan_id == plan_id)
        .order_by(r.position, r.id)  # walks the (plan_id, position) index: no sort
    ).all()
    plan.recommendations = [
        Recommendation(
            id=rec_id,
            ref=ref,
            recommendation=text,
            response=response,
            outcome=outcome,
            completion=WrittenDate(done_text, done_date),
            indicator=indicator,
            translations=convert.translations_from(translations),
        )
        for (
            _position,
            rec_id,
            ref,
            text,
            response,
            outcome,
            done_text,
            done_date,
            indicator,
            translations,
        ) in rows
    ]
    _attach_children(conn, {rec.id: rec for rec in plan.recommendations}, plan_id=plan_id)
    return plan


# Stored status to member: a dict lookup costs a tenth of calling the enum.
_MILESTONE_STATUS = {status.value: status for status in MilestoneStatus}
_MILESTONE_STATUS["in progress"] = MilestoneStatus.ON_TRACK  # the word of release 0.1


def _attach_children(
    conn: Connection, by_id: dict[int, Recommendation], plan_id: int | None = None
) -> None:
    """Load the milestones, contacts and extra columns of the recommendations ``by_id`` (all
    those of ``plan_id`` when given) into them.

    A whole plan's children are tens of thousands of rows, so they are read as plain tuples
    of named columns and made into domain values here: SQLAlchemy's mapping rows and the
    per-row converters would cost more than the query itself.
    """

    def rows(table: Any, *columns: Any) -> list[Any]:
        """(recommendation id, position, id, *columns) of the children, in order."""
        query = select(table.c.recommendation_id, table.c.position, table.c.id, *columns)
        if plan_id is not None:
            # In the plan's row order: both (parent, position) indexes are walked, no sort.
            query = (
                query.join(REC, REC.c.id == table.c.recommendation_id)
                .where(REC.c.plan_id == plan_id)
                .order_by(REC.c.position, REC.c.id, table.c.position, table.c.id)
            )
        else:
            query = query.where(table.c.recommendation_id.in_(list(by_id))).order_by(
                table.c.recommendation_id, table.c.position, table.c.id
            )
        return conn.execute(query).all()

    m = MILESTONE.c
    not_started = MilestoneStatus.NOT_STARTED
    for (
        rec_id,
        _position,
        item_id,
        number,
        description,
        due_text,
        due_date,
        status,
        done_text,
        done_date,
        translations,
    ) in rows(
        MILESTONE,
        m.number,
        m.description,
        m.due_text,
        m.due_date,
        m.status,
        m.completed_text,
        m.completed_date,
        m.translations,
    ):
        by_id[rec_id].milestones.append(
            Milestone(
                id=item_id,
                number=number,
                description=description,
                due=WrittenDate(due_text, due_date),
                status=_MILESTONE_STATUS.get(status, not_started),
                completed_on=WrittenDate(done_text, done_date),
                translations=convert.translations_from(translations),
            )
        )
    c = CONTACT.c
    for rec_id, _position, item_id, organization, name, title, phone, email, translations in rows(
        CONTACT, c.organization, c.name, c.title, c.phone, c.email, c.translations
    ):
        by_id[rec_id].contacts.append(
            Contact(
                id=item_id,
                organization=organization,
                name=name,
                title=title,
                phone=phone,
                email=email,
                translations=convert.translations_from(translations),
            )
        )
    x = EXTRA.c
    for rec_id, _position, _item_id, heading, text, translations in rows(
        EXTRA, x.heading, x.text, x.translations
    ):
        by_id[rec_id].extra.append(
            ExtraColumn(heading, text, convert.translations_from(translations))
        )
    followup.attach_history(conn, by_id, plan_id)


def _next_id(conn: Connection, table: Any, items: Sequence[Any]) -> int:
    """First free id above both the table's rows and the ids the caller brings back."""
    taken = max((i.id for i in items if i.id is not None), default=0)
    return max(conn.execute(select(func.max(table.c.id))).scalar() or 0, taken) + 1


def _assign_ids(conn: Connection, table: Any, items: Sequence[Any]) -> None:
    missing = [item for item in items if item.id is None]
    if not missing:
        return
    if conn.dialect.name == "postgresql":
        # From the table's sequence: two editors adding rows at once get different ids.
        ids: Sequence[int] = server.next_ids(conn, table.name, len(missing))
    else:
        first = _next_id(conn, table, items)
        ids = range(first, first + len(missing))
    for item, new_id in zip(missing, ids, strict=True):
        item.id = new_id


def _insert_recommendations(
    conn: Connection, plan_id: int, start: int, recs: Sequence[Recommendation]
) -> None:
    """Bulk inserts: one executemany per table, however large the plan.

    Ids are assigned here rather than by SQLite so that children can be inserted in bulk too.
    """
    if not recs:
        return
    _assign_ids(conn, REC, recs)
    conn.execute(
        insert(REC),
        [
            convert.recommendation_values(rec)
            | {"id": rec.id, "plan_id": plan_id, "position": start + i}
            for i, rec in enumerate(recs)
        ],
    )
    for table, attr, to_values in (
        (MILESTONE, "milestones", convert.milestone_values),
        (CONTACT, "contacts", convert.contact_values),
    ):
        children = [(rec.id, getattr(rec, attr)) for rec in recs]
        _insert_children(conn, table, children, to_values)
    _insert_extra(conn, [(rec.id, rec.extra) for rec in recs])
    followup.insert_recommendation_history(conn, recs)


def _insert_extra(conn: Connection, children: Sequence[tuple[int, Sequence[ExtraColumn]]]) -> None:
    """Insert each recommendation's extra columns in order (they carry no id of their own)."""
    rows = [
        convert.extra_values(item) | {"recommendation_id": rec_id, "position": pos}
        for rec_id, items in children
        for pos, item in enumerate(items)
    ]
    if rows:
        conn.execute(insert(EXTRA), rows)


def _insert_children(
    conn: Connection,
    table: Any,
    children: Sequence[tuple[int, Sequence[Any]]],
    to_values: Callable[[Any], dict[str, Any]],
) -> None:
    """Insert each recommendation's list of milestones or contacts, in order, in one statement."""
    _assign_ids(conn, table, [item for _rec_id, items in children for item in items])
    rows = [
        to_values(item) | {"id": item.id, "recommendation_id": rec_id, "position": pos}
        for rec_id, items in children
        for pos, item in enumerate(items)
    ]
    if rows:
        conn.execute(insert(table), rows)
    if table is MILESTONE:
        followup.insert_milestone_history(conn, [m for _rec_id, items in children for m in items])


def _set_positions(conn: Connection, table: Any, ids: Sequence[int]) -> None:
    if not ids:
        return  # an executemany needs at least one row (deleting the last plan left none)
    conn.execute(
        update(table).where(table.c.id == bindparam("rid")).values(position=bindparam("pos")),
        [{"rid": rid, "pos": pos} for pos, rid in enumerate(ids)],
    )


def _row_ids(conn: Connection, plan_id: int) -> list[int]:
    return [
        r[0]
        for r in conn.execute(
            select(REC.c.id).where(REC.c.plan_id == plan_id).order_by(REC.c.position, REC.c.id)
        )
    ]


def _plan_ids(conn: Connection) -> list[int]:
    return [r[0] for r in conn.execute(select(PLAN.c.id).order_by(PLAN.c.position, PLAN.c.id))]
