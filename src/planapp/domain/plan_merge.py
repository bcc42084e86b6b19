"""Applying the changes a user accepted from a :class:`~planapp.domain.plan_diff.PlanDiff`.

``apply_changes`` returns a new plan and leaves the old one untouched; objects that stay keep
their database ids, so the store can update rather than replace them. An added recommendation,
milestone or extra column goes after its predecessor in the imported order.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Collection, Sequence
from typing import TypeVar

from planapp.domain.plan import ExtraColumn, Milestone, Plan, Recommendation
from planapp.domain.plan_diff import (
    _HIDDEN_MILESTONE_FIELDS,
    _HISTORY_MILESTONE_FIELDS,
    FieldChange,
    PlanDiff,
    _keeping_translations,
    _pair,
)

T = TypeVar("T")

_EXTRA_ORDER = "extra-order"


def _apply_extra(
    target: Recommendation, old: Recommendation, new: Recommendation, keys: Collection[str]
) -> None:
    """The accepted extra-column changes (by key suffix) applied to ``target.extra``."""
    items = list(target.extra)  # copies of old's extra columns, in the same order
    pairs, _removed, added, old_keys, new_keys = _pair(old.extra, new.extra, lambda e: e.heading)
    by_key = {k: items[i] for i, k in old_keys.items()}
    placed = {j: items[i] for i, j in pairs}
    added_key = {new_keys[j]: j for j in added}
    dropped: set[int] = set()
    additions: list[tuple[int, ExtraColumn]] = []
    reorder = False
    for key in keys:
        if key == _EXTRA_ORDER:
            reorder = True
            continue
        if key in added_key:
            additions.append((added_key[key], copy.deepcopy(new.extra[added_key[key]])))
            continue
        mine = by_key[key]
        j = next((j for i, j in pairs if items[i] is mine), None)
        if j is None:
            dropped.add(id(mine))
        else:
            theirs = _keeping_translations(new.extra[j], mine)
            mine.heading, mine.text = theirs.heading, theirs.text
            mine.translations = dict(theirs.translations)
    kept = [e for e in items if id(e) not in dropped]
    target.extra = _merge_order(kept, placed, additions, reorder)


def _merge_order(
    kept: list[T],
    placed: dict[int, T],
    additions: Sequence[tuple[int, T]],
    reorder: bool = False,
) -> list[T]:
    """``kept`` (in their old order, or the imported order if ``reorder``) with each (new
    index, item) inserted right after the item placed at the nearest lower new index, or
    first if there is none."""
    out = list(kept)
    placed = {j: x for j, x in placed.items() if any(x is k for k in out)}
    if reorder:
        index_of = {id(x): j for j, x in placed.items()}
        rank: list[float] = []
        last = -1.0
        for x in out:  # unpaired items follow their old predecessor
            last = float(index_of[id(x)]) if id(x) in index_of else last + 1e-6
            rank.append(last)
        out = [x for _, _, x in sorted(zip(rank, range(len(out)), out, strict=True))]
    for j, item in sorted(additions, key=lambda x: x[0]):
        before = [k for k in placed if k < j]
        position = 0
        if before:
            anchor = placed[max(before)]
            position = next(n for n, x in enumerate(out) if x is anchor) + 1
        out.insert(position, item)
        placed[j] = item
    return out


def _apply_milestones(
    target: Recommendation,
    old: Recommendation,
    new: Recommendation,
    changes: Sequence[FieldChange],
    hidden_fields: bool,
) -> None:
    items = list(target.milestones)  # copies of old's milestones, in the same order
    pairs, _removed, _added, old_keys, new_keys = _pair(
        old.milestones, new.milestones, lambda m: m.number
    )
    by_key = {f"{k}": items[i] for i, k in old_keys.items()}
    placed = {j: items[i] for i, j in pairs}
    new_index = {k: j for j, k in new_keys.items()}
    dropped: set[int] = set()
    additions: list[tuple[int, Milestone]] = []
    reorder = False
    for change in changes:
        if change.field == "milestone order":
            reorder = True
            continue
        key = change.key.rsplit("/m:", 1)[1]
        if change.kind == "removed":
            dropped.add(id(by_key[key]))
        elif change.kind == "changed":
            mine, theirs = by_key[key], change.new
            assert isinstance(theirs, Milestone)
            for f in dataclasses.fields(Milestone):
                if f.name == "id" or f.name in _HISTORY_MILESTONE_FIELDS:
                    continue
                if not hidden_fields and f.name in _HIDDEN_MILESTONE_FIELDS:
                    continue
                setattr(mine, f.name, copy.deepcopy(getattr(theirs, f.name)))
        else:
            assert isinstance(change.new, Milestone)
            additions.append((new_index[key], copy.deepcopy(change.new)))
    kept = [m for m in items if id(m) not in dropped]
    target.milestones = _merge_order(kept, placed, additions, reorder)


def apply_changes(old: Plan, diff: PlanDiff, accepted: Collection[str]) -> Plan:
    """``old`` with the changes whose keys are in ``accepted`` applied; ``old`` is unchanged.

    Accepting a milestone or field change of a recommendation needs no other key; an added
    recommendation or milestone goes after its predecessor in the imported order.
    """
    accepted = set(accepted)
    plan = copy.deepcopy(old)
    reorder = False
    for change in diff.plan_fields:
        if change.key not in accepted:
            continue
        if change.field == "order":
            reorder = True
        else:
            setattr(plan, change.field, copy.deepcopy(change.new))
    recs = plan.recommendations
    placed = {j: recs[i] for i, j in diff.matched}
    dropped: set[int] = set()
    additions: list[tuple[int, Recommendation]] = []
    for rd in diff.recommendations:
        if rd.kind == "changed":
            assert rd.old is not None and rd.new is not None and rd.old_index is not None
            target = recs[rd.old_index]
            milestone_changes = []
            extra_keys = []
            for change in rd.fields:
                if change.key not in accepted:
                    continue
                if change.field.startswith("milestone"):
                    milestone_changes.append(change)
                elif "/x:" in change.key:
                    extra_keys.append(change.key.rsplit("/x:", 1)[1])
                elif change.field == "extra column order":
                    extra_keys.append(_EXTRA_ORDER)
                else:
                    setattr(target, change.field, copy.deepcopy(change.new))
            if milestone_changes:
                _apply_milestones(target, rd.old, rd.new, milestone_changes, diff.hidden_fields)
            if extra_keys:
                _apply_extra(target, rd.old, rd.new, extra_keys)
        elif rd.kind == "removed" and rd.key in accepted:
            assert rd.old_index is not None
            dropped.add(id(recs[rd.old_index]))
        elif rd.kind == "added" and rd.key in accepted:
            assert rd.new is not None and rd.new_index is not None
            additions.append((rd.new_index, copy.deepcopy(rd.new)))
    kept = [r for r in recs if id(r) not in dropped]
    plan.recommendations = _merge_order(kept, placed, additions, reorder)
    return plan
