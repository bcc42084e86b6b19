"""Merging a returned workbook: what changed, recommendation by recommendation, and applying
only what the user accepts."""

from __future__ import annotations

import copy
import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from planapp.domain.plan import Milestone, MilestoneStatus, Plan, Recommendation, WrittenDate
from planapp.domain.plan_diff import diff_plans
from planapp.domain.plan_merge import apply_changes
from planapp.domain.sample import sample_plan


def _with_ids(plan: Plan) -> Plan:
    """The plan as the store hands it out: every object has an id."""
    n = 0
    for rec in plan.recommendations:
        n += 1
        rec.id = n
        for m in rec.milestones:
            n += 1
            m.id = n
        for c in rec.contacts:
            n += 1
            c.id = n
    return plan


def _returned() -> tuple[Plan, Plan]:
    """The sample, and a copy as the OAG returns it: one response edited, milestone 1.2
    re-dated, 2.2 dropped, 3.5 and a Rec. 4 added."""
    old = _with_ids(sample_plan())
    new = sample_plan()
    rec1, rec2, rec3 = new.recommendations
    rec1.response = "Agreed. A shorter response."
    rec1.milestones[1].due = WrittenDate.of("March 31, 2021")
    rec2.milestones.pop()
    rec3.milestones.append(
        Milestone("3.5", "Report to the Committee.", WrittenDate.of("June 2021"))
    )
    new.recommendations.append(Recommendation(ref="Rec. 4", recommendation="A new one."))
    return old, new


def test_identical_plans_have_no_changes() -> None:
    diff = diff_plans(_with_ids(sample_plan()), sample_plan())
    assert diff.is_empty
    assert diff.keys() == []


def test_changes_are_listed_field_by_field() -> None:
    old, new = _returned()
    diff = diff_plans(old, new)
    assert diff.counts() == {"added": 1, "removed": 0, "changed": 3}
    by_ref = {r.ref: r for r in diff.recommendations}
    assert [(c.field, c.kind) for c in by_ref["Rec. 1"].fields] == [
        ("response", "changed"),
        ("milestone 1.2", "changed"),
    ]
    assert [(c.field, c.kind) for c in by_ref["Rec. 2"].fields] == [("milestone 2.2", "removed")]
    assert [(c.field, c.kind) for c in by_ref["Rec. 3"].fields] == [("milestone 3.5", "added")]
    assert by_ref["Rec. 4"].kind == "added"
    response = by_ref["Rec. 1"].fields[0]
    assert response.old == old.recommendations[0].response
    assert response.new == "Agreed. A shorter response."


def test_accepting_everything_gives_the_imported_plan_with_ids_kept() -> None:
    old, new = _returned()
    diff = diff_plans(old, new)
    merged = apply_changes(old, diff, diff.keys())
    assert merged == new
    assert [r.id for r in merged.recommendations] == [
        *(r.id for r in old.recommendations),
        None,
    ]
    assert merged.recommendations[0].milestones[1].id == old.recommendations[0].milestones[1].id


def test_accepting_nothing_leaves_the_plan_as_it_was() -> None:
    old, new = _returned()
    before = copy.deepcopy(old)
    merged = apply_changes(old, diff_plans(old, new), [])
    assert merged == before
    assert old == before  # the original is never modified


def test_accepting_a_subset_applies_only_that() -> None:
    old, new = _returned()
    diff = diff_plans(old, new)
    by_ref = {r.ref: r for r in diff.recommendations}
    chosen = [by_ref["Rec. 1"].fields[1].key, by_ref["Rec. 3"].fields[0].key]
    merged = apply_changes(old, diff, chosen)
    rec1, rec2, rec3 = merged.recommendations
    assert rec1.response == old.recommendations[0].response  # not accepted
    assert rec1.milestones[1].due.text == "March 31, 2021"  # accepted
    assert [m.number for m in rec2.milestones] == ["2.1", "2.2"]  # removal not accepted
    assert [m.number for m in rec3.milestones][-1] == "3.5"
    assert len(merged.recommendations) == 3  # Rec. 4 not accepted


def test_removed_recommendation_and_added_one_in_the_imported_order() -> None:
    old = _with_ids(sample_plan())
    new = sample_plan()
    del new.recommendations[1]
    new.recommendations.insert(0, Recommendation(ref="Rec. 0", recommendation="First."))
    diff = diff_plans(old, new)
    kinds = {r.ref: r.kind for r in diff.recommendations}
    assert kinds == {"Rec. 0": "added", "Rec. 2": "removed"}
    merged = apply_changes(old, diff, diff.keys())
    assert [r.ref for r in merged.recommendations] == ["Rec. 0", "Rec. 1", "Rec. 3"]


def test_refs_pair_despite_spacing_and_case() -> None:
    old = sample_plan()
    new = sample_plan()
    new.recommendations[0].ref = "rec 1"
    diff = diff_plans(old, new)
    (only,) = diff.recommendations
    assert only.kind == "changed"
    assert [c.field for c in only.fields] == ["ref"]


def test_foreign_workbooks_do_not_reset_statuses() -> None:
    old = _with_ids(sample_plan())
    m = old.recommendations[0].milestones[0]
    m.status = MilestoneStatus.COMPLETED
    m.completed_on = WrittenDate.of("September 1, 2020")
    old.report_ref = "2020 Spring Reports, Report 2"
    new = sample_plan()  # as read from a workbook with no planapp record
    new.recommendations[0].milestones[0].description += " Updated."
    new.department_fr = ""
    diff = diff_plans(old, new, hidden_fields=False)
    assert [c.field for c in diff.plan_fields] == []
    (rd,) = diff.recommendations
    merged = apply_changes(old, diff, diff.keys())
    kept = merged.recommendations[0].milestones[0]
    assert kept.description.endswith(" Updated.")
    assert kept.status == MilestoneStatus.COMPLETED
    assert kept.completed_on.text == "September 1, 2020"
    assert merged.report_ref == "2020 Spring Reports, Report 2"
    assert rd.fields[0].field == "milestone 1.1"


def test_plan_fields_and_duplicate_refs() -> None:
    old = sample_plan()
    old.recommendations.append(dataclasses.replace(old.recommendations[0], response="Twin."))
    new = copy.deepcopy(old)
    new.recommendations[3].response = "Twin, edited."
    new.audit_title = "Another audit"
    diff = diff_plans(old, new)
    assert [c.field for c in diff.plan_fields] == ["audit_title"]
    (rd,) = diff.recommendations
    assert rd.old_index == 3 and rd.new_index == 3
    assert apply_changes(old, diff, diff.keys()) == new


_refs = st.sampled_from(["Rec. 1", "Rec. 2", "Rec. 3", "Rec. 4", "Para. 46", ""])
_numbers = st.sampled_from(["1.1", "1.2", "2.1", "3.4 a)", ""])
_text = st.text(alphabet="ab •\n", max_size=6)
_milestones = st.lists(
    st.builds(Milestone, number=_numbers, description=_text, due=st.builds(WrittenDate.of, _text)),
    max_size=4,
)
_recs = st.lists(
    st.builds(Recommendation, ref=_refs, response=_text, milestones=_milestones), max_size=5
)


@settings(max_examples=60, deadline=None)
@given(old_recs=_recs, new_recs=_recs)
def test_accepting_all_changes_always_gives_the_new_plan(
    old_recs: list[Recommendation], new_recs: list[Recommendation]
) -> None:
    old, new = Plan(recommendations=old_recs), Plan(recommendations=new_recs)
    diff = diff_plans(old, new)
    assert apply_changes(old, diff, diff.keys()) == new
    assert apply_changes(old, diff, []) == old


def test_a_merge_keeps_the_documents_follow_up_history() -> None:
    """A workbook exported before the latest progress entry must not erase it on a merge."""
    import datetime as dt

    from planapp.domain.followup import add_progress, revise_due
    from planapp.domain.history import ProgressEntry

    ours = sample_plan()
    m = revise_due(ours.recommendations[0].milestones[0], "December 31, 2020", reason="Late")
    m = add_progress(m, ProgressEntry(dt.date(2020, 10, 1), MilestoneStatus.DELAYED, "Slow"))
    ours.recommendations[0].milestones[0] = m
    theirs = sample_plan()
    theirs.recommendations[0].milestones[0].due = WrittenDate.of("December 31, 2020")
    theirs.recommendations[0].milestones[0].description = "Reworded by the branch."
    diff = diff_plans(ours, theirs, hidden_fields=False)
    merged = apply_changes(ours, diff, set(diff.keys()))
    kept = merged.recommendations[0].milestones[0]
    assert kept.description == "Reworded by the branch."
    assert kept.original_due == WrittenDate.of("September 30, 2020")
    assert [e.text for e in kept.progress] == ["Slow"]
    assert diff_plans(merged, merged).is_empty
