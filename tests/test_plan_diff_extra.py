"""A re-import merge shows and applies changes to extra columns and the plan's language."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from planapp.domain.plan import ExtraColumn, Plan, Recommendation
from planapp.domain.plan_diff import diff_plans
from planapp.domain.plan_merge import apply_changes


def _plan() -> Plan:
    return Plan(
        recommendations=[
            Recommendation(
                ref="1",
                extra=[ExtraColumn("Planned Action", "Publish."), ExtraColumn("Status", "Open")],
            ),
            Recommendation(ref="2", extra=[ExtraColumn("Comments", "None yet")]),
        ]
    )


def test_extra_column_changes_are_listed_by_heading_and_applied_one_by_one() -> None:
    old = _plan()
    new = copy.deepcopy(old)
    new.language = "fr"
    new.recommendations[0].extra[1].text = "Closed"
    new.recommendations[0].extra.append(ExtraColumn("Lead", "PPB"))
    new.recommendations[1].extra = []
    diff = diff_plans(old, new, hidden_fields=False)
    assert [(c.field, c.new) for c in diff.plan_fields] == [("language", "fr")]
    by_rec = {
        rd.ref: [(c.field, c.kind, c.old, c.new) for c in rd.fields] for rd in diff.recommendations
    }
    assert by_rec == {
        "1": [
            ("extra Status", "changed", "Open", "Closed"),
            ("extra Lead", "added", None, "PPB"),
        ],
        "2": [("extra Comments", "removed", "None yet", None)],
    }
    status_key = diff.recommendations[0].fields[0].key
    merged = apply_changes(old, diff, [status_key])
    assert merged.recommendations[0].extra == [
        ExtraColumn("Planned Action", "Publish."),
        ExtraColumn("Status", "Closed"),
    ]
    assert merged.recommendations[1].extra == old.recommendations[1].extra
    assert merged.language == "en"
    assert apply_changes(old, diff, diff.keys()) == new


_headings = st.sampled_from(["Status", "Comments", "Lead", "Planned Action"])
_extra = st.lists(
    st.builds(ExtraColumn, _headings, st.text(alphabet="ab\n", max_size=4)), max_size=4
)
_recs = st.lists(
    st.builds(Recommendation, ref=st.sampled_from(["1", "2", "3"]), extra=_extra), max_size=4
)


@settings(max_examples=80, deadline=None)
@given(old_recs=_recs, new_recs=_recs)
def test_accepting_all_extra_changes_gives_the_new_plan(old_recs, new_recs) -> None:
    old, new = Plan(recommendations=old_recs), Plan(recommendations=new_recs)
    diff = diff_plans(old, new)
    assert apply_changes(old, diff, diff.keys()) == new
    assert apply_changes(old, diff, []) == old
