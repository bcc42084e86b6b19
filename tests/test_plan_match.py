"""Which plan a re-imported workbook is a version of, and what merging it changes."""

from __future__ import annotations

import dataclasses

from planapp.domain.plan import ExtraColumn, Plan, Recommendation
from planapp.domain.plan_diff import diff_plans
from planapp.domain.plan_match import matching_plan
from planapp.domain.plan_merge import apply_changes
from planapp.domain.sample import sample_plan


def test_same_audit_title_and_department_match() -> None:
    seed = sample_plan()
    other = dataclasses.replace(seed, audit_title="Another audit", audit_title_fr="")
    copy = dataclasses.replace(seed, audit_title=seed.audit_title.upper() + "  ")
    assert matching_plan([other, seed], copy) is seed
    assert matching_plan([other], copy) is None


def test_a_plan_with_only_a_title_matches_on_its_title() -> None:
    a = Plan(title="Audit of Fleet Management — Management Response and Action Plan")
    b = Plan(title="Audit of Grants — Management Response and Action Plan")
    again = Plan(title="audit of fleet management — management response and action plan")
    assert matching_plan([b, a], again) is a
    assert matching_plan([a, b], Plan()) is None


def test_a_merge_takes_changed_extra_columns() -> None:
    old = Plan(recommendations=[Recommendation(ref="1", extra=[ExtraColumn("Status", "Open")])])
    new = Plan(recommendations=[Recommendation(ref="1", extra=[ExtraColumn("Status", "Closed")])])
    diff = diff_plans(old, new, hidden_fields=False)
    assert [c.field for r in diff.recommendations for c in r.fields] == ["extra Status"]
    merged = apply_changes(old, diff, diff.keys())
    assert merged.recommendations[0].extra == [ExtraColumn("Status", "Closed")]
    assert old.recommendations[0].extra == [ExtraColumn("Status", "Open")]
