"""What the ``planapp`` commands share: their one-line error, and opening the plan to work on."""

from __future__ import annotations

from planapp.store.document import Document
from planapp.store.lock import DocumentLockedError


class CommandError(Exception):
    """A failure to report as one line, not a traceback."""


def _open_existing(path: str) -> Document:
    """A document to read from: a file held by a window is opened read-only beside it."""
    try:
        return Document.open(path, lock=True)
    except DocumentLockedError:
        return Document.open(path, lock=False, read_only=True)


def _plan_id(doc: Document, plan_id: int | None) -> int:
    ids = [p.id for p in doc.plans()]
    if plan_id is None:
        if len(ids) == 1:
            return ids[0]
        raise CommandError(f"{doc.path.name} holds {len(ids)} plans; choose one with --plan.")
    if plan_id not in ids:
        raise CommandError(f"{doc.path.name} has no plan {plan_id} (plans: {ids}).")
    return plan_id
