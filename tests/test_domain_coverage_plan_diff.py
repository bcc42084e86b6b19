"""A re-import that only reorders milestones or extra columns shows and applies the new order."""

import copy

from planapp.domain.plan import ExtraColumn, Milestone, Plan, Recommendation
from planapp.domain.plan_diff import diff_plans
from planapp.domain.plan_merge import apply_changes


def _plan() -> Plan:
    return Plan(
        recommendations=[
            Recommendation(
                ref="1",
                milestones=[Milestone("1.1", "Draft"), Milestone("1.2", "Publish")],
                extra=[ExtraColumn("Status", "Open"), ExtraColumn("Lead", "PPB")],
            )
        ]
    )


def _fields(diff):
    return [(c.field, c.kind) for rd in diff.recommendations for c in rd.fields]


def test_reordered_milestones_are_one_change_applied_as_the_new_order():
    old = _plan()
    new = copy.deepcopy(old)
    new.recommendations[0].milestones.reverse()
    diff = diff_plans(old, new, hidden_fields=False)
    assert _fields(diff) == [("milestone order", "changed")]
    keys = {c.key for rd in diff.recommendations for c in rd.fields}
    merged = apply_changes(old, diff, keys)
    assert [m.number for m in merged.recommendations[0].milestones] == ["1.2", "1.1"]
    kept = apply_changes(old, diff, set())
    assert [m.number for m in kept.recommendations[0].milestones] == ["1.1", "1.2"]


def test_reordered_extra_columns_are_one_change_applied_as_the_new_order():
    old = _plan()
    new = copy.deepcopy(old)
    new.recommendations[0].extra.reverse()
    diff = diff_plans(old, new, hidden_fields=False)
    assert _fields(diff) == [("extra column order", "changed")]
    keys = {c.key for rd in diff.recommendations for c in rd.fields}
    merged = apply_changes(old, diff, keys)
    assert [e.heading for e in merged.recommendations[0].extra] == ["Lead", "Status"]
    kept = apply_changes(old, diff, set())
    assert [e.heading for e in kept.recommendations[0].extra] == ["Status", "Lead"]
