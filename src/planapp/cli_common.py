"""What the ``planapp`` commands share: their one-line error, and opening the plan to work on."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.store.document import Document
from planapp.store.lock import DocumentLockedError


class CommandError(Exception):
    """A failure to report as one line, not a traceback."""


def print_warnings(warnings: Iterable[str]) -> None:
    """Each warning of an import or export on its own line of stderr."""
    for warning in warnings:
        print(QT_TRANSLATE_NOOP("Cli", "warning: {text}").format(text=warning), file=sys.stderr)


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
        raise CommandError(
            QT_TRANSLATE_NOOP("Cli", "{name} holds {count} plans; choose one with --plan.").format(
                name=doc.path.name, count=len(ids)
            )
        )
    if plan_id not in ids:
        raise CommandError(
            QT_TRANSLATE_NOOP("Cli", "{name} has no plan {plan} (plans: {plans}).").format(
                name=doc.path.name, plan=str(plan_id), plans=str(ids)
            )
        )
    return plan_id
