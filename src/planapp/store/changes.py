"""What a store operation changed: the typed notice every view refreshes from.

A :class:`~planapp.store.document.Document` sends one :class:`Change` per operation, after its
transaction committed. Kept in a module of its own so that every part of the store (and every
view) can name the types without importing the document.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Changed(enum.Flag):
    """What kind of thing an operation changed; an import changes several at once."""

    PLANS = enum.auto()  # plans added, removed or reordered, or a plan's own fields
    ROWS = enum.auto()  # recommendations added, removed or reordered in a plan
    RECOMMENDATION = enum.auto()  # one recommendation's fields, milestones or contacts
    PERIODS = enum.auto()  # reporting periods and update rounds (the follow-up dashboard's)


class RowOp(enum.Enum):
    INSERTED = "inserted"
    REMOVED = "removed"
    MOVED = "moved"


@dataclass(frozen=True)
class RowChange:
    """One row inserted, removed or moved, with indexes counted as the rows are at that step
    (a view applies a change's rows one after the other)."""

    op: RowOp
    recommendation_id: int
    index: int
    to_index: int | None = None


@dataclass(frozen=True)
class Change:
    """What one operation changed, for views to refresh just that.

    ``plan_id`` is the plan a view should show for it (the one changed, or the first added);
    ``plan_ids`` every plan it touched. ``rows`` lists the rows inserted, removed or moved
    when they are known one by one, so a view of a large plan can update those rows instead
    of reloading the table; a ``ROWS`` change without them replaced the plan's whole table.
    ``initiator`` is whoever asked for the operation (an undo command, say), for views that
    want to know; it takes no part in comparing changes.
    """

    what: Changed
    plan_id: int | None = None
    recommendation_id: int | None = None
    rows: tuple[RowChange, ...] = ()
    plan_ids: tuple[int, ...] = ()
    initiator: object = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not self.plan_ids and self.plan_id is not None:
            object.__setattr__(self, "plan_ids", (self.plan_id,))
