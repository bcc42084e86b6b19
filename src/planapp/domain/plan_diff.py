"""What changed between a plan and a re-imported copy of it.

A workbook returned by the OAG, the Committee clerk or a branch is merged back into the plan
it came from: the user sees, recommendation by recommendation and field by field, what was
added, removed or changed, accepts some of it, and the rest stays as it was.

Recommendations are paired by Report Ref. No. (ignoring case, spaces and periods; the n-th
"Rec. 1" with the n-th), milestones within a recommendation by number the same way. Every
change has a stable ``key``; ``plan_merge.apply_changes`` takes the keys the user accepted and
returns a new plan, leaving the old one untouched.

A workbook that did not come from planapp cannot know milestone statuses, completion dates or
the French titles; ``diff_plans(..., hidden_fields=False)`` leaves those out rather than
proposing to clear them, and keeps them when a changed milestone is applied. Nor does a
workbook in one language clear the other language's texts: a milestone, contact or extra
column imported without translations keeps the document's (recommendations' own
translations are not part of a merge at all).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from planapp.domain.fields import FIELDS, FieldKind
from planapp.domain.plan import (
    PLAN_TEXT_FIELDS,
    Contact,
    ExtraColumn,
    Milestone,
    Plan,
    Recommendation,
)

__all__ = [
    "ChangeKind",
    "FieldChange",
    "PlanDiff",
    "RecommendationDiff",
    "diff_plans",
]

ChangeKind = Literal["added", "removed", "changed"]

PLAN_FIELDS = (*PLAN_TEXT_FIELDS, "status", "language")
# Plan fields a workbook shows (title rows, headings' language); the others only planapp's own
# workbooks carry.
_VISIBLE_PLAN_FIELDS = (
    "department",
    "acronym",
    "title",
    "audit_title",
    "audit_title_fr",
    "language",
)
# A recommendation's own fields, compared whole; its milestones are compared one by one.
REC_FIELDS = (
    *(f.name for f in FIELDS if f.kind is not FieldKind.LIST),
    *(f.name for f in FIELDS if f.kind is FieldKind.LIST and f.name != "milestones"),
)
_HIDDEN_MILESTONE_FIELDS = ("status", "completed_on")
# A milestone's follow-up history belongs to the document: a merge from a workbook (which may
# be older than the latest progress entry) neither shows it as a difference nor replaces it.
_HISTORY_MILESTONE_FIELDS = ("organization", "original_due", "revisions", "progress", "awaiting")


@dataclass(frozen=True)
class FieldChange:
    """One field of the plan, a recommendation or one milestone that differs."""

    key: str
    # "response", "contacts", "title", "milestone 1.2", "extra Status" (an extra column's
    # text, by heading); "order" (of the recommendations) and "milestone order" when the
    # imported copy lists the same items in another order.
    field: str
    kind: ChangeKind
    old: object
    new: object


@dataclass(frozen=True)
class RecommendationDiff:
    """A recommendation added, removed, or changed (then ``fields`` says how)."""

    key: str
    kind: ChangeKind
    ref: str
    old_index: int | None
    new_index: int | None
    old: Recommendation | None
    new: Recommendation | None
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class PlanDiff:
    plan_fields: tuple[FieldChange, ...]
    recommendations: tuple[RecommendationDiff, ...]
    hidden_fields: bool = True
    # Every (old index, new index) of recommendations paired by Report Ref. No., changed or not.
    matched: tuple[tuple[int, int], ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.plan_fields and not self.recommendations

    def keys(self) -> list[str]:
        """Every change's key: pass them all to ``apply_changes`` to take the new plan."""
        out = [c.key for c in self.plan_fields]
        for r in self.recommendations:
            if r.kind == "changed":
                out.extend(c.key for c in r.fields)
            else:
                out.append(r.key)
        return out

    def counts(self) -> dict[str, int]:
        """Recommendations added, removed and changed, for a one-line summary."""
        out = {"added": 0, "removed": 0, "changed": 0}
        for r in self.recommendations:
            out[r.kind] += 1
        return out


# --- Pairing ----------------------------------------------------------------------------------

_KEY_NOISE = re.compile(r"[\s.]+")
T = TypeVar("T")


def _norm(label: str) -> str:
    return _KEY_NOISE.sub("", label.casefold())


def _pair(
    old: Sequence[T], new: Sequence[T], label: Callable[[T], str]
) -> tuple[list[tuple[int, int]], list[int], list[int], dict[int, str], dict[int, str]]:
    """(matched (old, new) index pairs, unmatched old, unmatched new, keys of old, keys of new)."""
    pools: dict[str, list[int]] = {}
    old_keys: dict[int, str] = {}
    seen: dict[str, int] = {}
    for i, item in enumerate(old):
        k = _norm(label(item))
        seen[k] = seen.get(k, 0) + 1
        old_keys[i] = f"{k}#{seen[k]}"
        pools.setdefault(k, []).append(i)
    pairs: list[tuple[int, int]] = []
    new_keys: dict[int, str] = {}
    added: list[int] = []
    seen = {}
    for j, item in enumerate(new):
        k = _norm(label(item))
        seen[k] = seen.get(k, 0) + 1
        pool = pools.get(k)
        if pool:
            i = pool.pop(0)
            pairs.append((i, j))
            new_keys[j] = old_keys[i]
        else:
            added.append(j)
            new_keys[j] = f"{k}#{seen[k]}+"
    matched_old = {i for i, _ in pairs}
    removed = [i for i in range(len(old)) if i not in matched_old]
    return pairs, removed, added, old_keys, new_keys


# --- Diff -------------------------------------------------------------------------------------


def _milestone_view(m: Milestone, hidden_fields: bool) -> Milestone:
    view = dataclasses.replace(
        m, id=None, organization="", original_due=None, revisions=[], progress=[], awaiting=[]
    )
    if not hidden_fields:
        view = dataclasses.replace(
            view, status=Milestone().status, completed_on=Milestone().completed_on
        )
    return view


def _milestone_changes(
    rec_key: str, old: Recommendation, new: Recommendation, hidden_fields: bool
) -> list[FieldChange]:
    pairs, removed, added, old_keys, new_keys = _pair(
        old.milestones, new.milestones, lambda m: m.number
    )
    changes = []
    for i, j in pairs:
        a, b = old.milestones[i], _keeping_translations(new.milestones[j], old.milestones[i])
        if _milestone_view(a, hidden_fields) != _milestone_view(b, hidden_fields):
            changes.append(
                FieldChange(f"{rec_key}/m:{old_keys[i]}", f"milestone {b.number}", "changed", a, b)
            )
    for i in removed:
        a = old.milestones[i]
        changes.append(
            FieldChange(f"{rec_key}/m:{old_keys[i]}", f"milestone {a.number}", "removed", a, None)
        )
    for j in added:
        b = new.milestones[j]
        changes.append(
            FieldChange(f"{rec_key}/m:{new_keys[j]}", f"milestone {b.number}", "added", None, b)
        )
    if _reordered(pairs):
        changes.append(
            FieldChange(
                f"{rec_key}/order",
                "milestone order",
                "changed",
                [old.milestones[i].number for i, _ in sorted(pairs)],
                [new.milestones[j].number for _, j in sorted(pairs, key=lambda p: p[1])],
            )
        )
    return changes


def _extra_changes(rec_key: str, old: Recommendation, new: Recommendation) -> list[FieldChange]:
    """Extra columns paired by heading (the n-th "Comments" with the n-th): each text
    changed, added or removed; old and new are the texts."""
    pairs, removed, added, old_keys, new_keys = _pair(old.extra, new.extra, lambda e: e.heading)
    changes = []
    for i, j in pairs:
        a, b = old.extra[i], _keeping_translations(new.extra[j], old.extra[i])
        if a != b:
            key = f"{rec_key}/x:{old_keys[i]}"
            changes.append(FieldChange(key, f"extra {b.heading}", "changed", a.text, b.text))
    for i in removed:
        a = old.extra[i]
        key = f"{rec_key}/x:{old_keys[i]}"
        changes.append(FieldChange(key, f"extra {a.heading}", "removed", a.text, None))
    for j in added:
        b = new.extra[j]
        key = f"{rec_key}/x:{new_keys[j]}"
        changes.append(FieldChange(key, f"extra {b.heading}", "added", None, b.text))
    if _reordered(pairs):
        changes.append(
            FieldChange(
                f"{rec_key}/extra-order",
                "extra column order",
                "changed",
                [old.extra[i].heading for i, _ in sorted(pairs)],
                [new.extra[j].heading for _, j in sorted(pairs, key=lambda p: p[1])],
            )
        )
    return changes


Item = TypeVar("Item", Milestone, Contact, ExtraColumn)


def _keeping_translations(new: Item, old: Item) -> Item:
    """``new`` (an imported item) with ``old``'s translations when it carries none: a
    workbook in one language never clears the document's other-language texts."""
    if new.translations or not old.translations:
        return new
    return dataclasses.replace(new, translations=dict(old.translations))


def _reordered(pairs: Sequence[tuple[int, int]]) -> bool:
    news = [j for _, j in sorted(pairs)]
    return news != sorted(news)


def diff_plans(old: Plan, new: Plan, *, hidden_fields: bool = True) -> PlanDiff:
    """Every difference between ``old`` and ``new`` (an imported copy), field by field."""
    plan_changes = []
    for name in PLAN_FIELDS if hidden_fields else _VISIBLE_PLAN_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a != b and (hidden_fields or b):
            plan_changes.append(FieldChange(f"plan/{name}", name, "changed", a, b))
    pairs, removed, added, old_keys, new_keys = _pair(
        old.recommendations, new.recommendations, lambda r: r.ref
    )
    if _reordered(pairs):
        plan_changes.append(
            FieldChange(
                "plan/order",
                "order",
                "changed",
                [old.recommendations[i].ref for i, _ in sorted(pairs)],
                [new.recommendations[j].ref for _, j in sorted(pairs, key=lambda p: p[1])],
            )
        )
    recs: list[RecommendationDiff] = []
    for i, j in pairs:
        a, b = old.recommendations[i], new.recommendations[j]
        key = f"r:{old_keys[i]}"
        theirs = {name: getattr(b, name) for name in REC_FIELDS}
        theirs["contacts"] = [
            _keeping_translations(c, a.contacts[n]) if n < len(a.contacts) else c
            for n, c in enumerate(b.contacts)
        ]
        fields = [
            FieldChange(f"{key}/{name}", name, "changed", getattr(a, name), theirs[name])
            for name in REC_FIELDS
            if getattr(a, name) != theirs[name]
        ]
        fields.extend(_milestone_changes(key, a, b, hidden_fields))
        fields.extend(_extra_changes(key, a, b))
        if fields:
            recs.append(RecommendationDiff(key, "changed", b.ref, i, j, a, b, tuple(fields)))
    for i in removed:
        a = old.recommendations[i]
        recs.append(RecommendationDiff(f"r:{old_keys[i]}", "removed", a.ref, i, None, a, None))
    for j in added:
        b = new.recommendations[j]
        recs.append(RecommendationDiff(f"r:{new_keys[j]}", "added", b.ref, None, j, None, b))
    recs.sort(key=lambda r: r.new_index if r.new_index is not None else r.old_index or 0)
    return PlanDiff(tuple(plan_changes), tuple(recs), hidden_fields, tuple(pairs))
