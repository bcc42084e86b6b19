"""Typed change notices: one per operation, sent only after the commit, and batch operations
that change several rows in one transaction."""

from __future__ import annotations

import sys

import pytest

from planapp.domain.plan import Plan, Recommendation, without_ids
from planapp.store.document import Change, Changed, Document, RowChange, RowOp


@pytest.fixture
def plan(document: Document) -> Plan:
    return document.load_plan(document.plans()[0].id)


@pytest.fixture
def changes(document: Document) -> list[Change]:
    seen: list[Change] = []
    document.subscribe(seen.append)
    return seen


def _refs(document: Document, plan_id: int) -> list[str]:
    return [r.ref for r in document.load_plan(plan_id).recommendations]


def test_deleting_several_is_one_change_and_insert_puts_them_back(
    document: Document, plan: Plan, changes: list[Change]
) -> None:
    r1, _r2, r3 = (r.id for r in plan.recommendations)
    removed = document.delete_recommendations([r3, r1])
    assert [index for index, _rec in removed] == [0, 2]  # row order, counted before the delete
    assert _refs(document, plan.id) == ["Rec. 2"]
    assert changes == [
        Change(
            Changed.ROWS,
            plan.id,
            r1,
            (RowChange(RowOp.REMOVED, r1, 0), RowChange(RowOp.REMOVED, r3, 1)),
        )
    ]
    changes.clear()
    document.insert_recommendations(plan.id, removed)
    assert len(changes) == 1 and [s.op for s in changes[0].rows] == [RowOp.INSERTED] * 2
    assert document.load_plan(plan.id) == plan  # ids, milestones and contacts included


def test_a_failed_multi_delete_deletes_nothing(
    document: Document, plan: Plan, changes: list[Change]
) -> None:
    other = document.add_plan(without_ids(plan))
    changes.clear()
    mixed = [plan.recommendations[0].id, other.recommendations[0].id]
    with pytest.raises(ValueError, match="one plan"):
        document.delete_recommendations(mixed)
    with pytest.raises(KeyError):
        document.delete_recommendations([plan.recommendations[0].id, 999_999])
    assert _refs(document, plan.id) == ["Rec. 1", "Rec. 2", "Rec. 3"]
    assert changes == []


def test_moves_are_one_transaction_and_one_change(
    document: Document, plan: Plan, changes: list[Change]
) -> None:
    r1, r2, r3 = (r.id for r in plan.recommendations)
    change = document.move_recommendations([(r3, 0), (r1, 2)])
    assert _refs(document, plan.id) == ["Rec. 3", "Rec. 2", "Rec. 1"]
    assert change.rows == (RowChange(RowOp.MOVED, r3, 2, 0), RowChange(RowOp.MOVED, r1, 1, 2))
    assert changes == [change]
    assert document.load_plan(plan.id).recommendations[1].id == r2


def test_an_import_is_one_change_naming_every_plan(
    document: Document, plan: Plan, changes: list[Change]
) -> None:
    merged = document.load_plan(plan.id)
    merged.recommendations[0].ref = "Para. 1"
    added = document.apply_plans(add=[Plan(acronym="HC")], replace=[merged])
    assert len(changes) == 1
    change = changes[0]
    assert change.what == Changed.PLANS | Changed.ROWS
    assert change.plan_id == added[0].id  # the plan to show: the one added
    assert set(change.plan_ids) == {plan.id, added[0].id}
    changes.clear()
    document.apply_plans(replace=[plan], remove=[added[0].id])
    assert len(changes) == 1 and changes[0].plan_id == plan.id


def test_a_failing_listener_does_not_undo_or_fail_the_operation(
    document: Document, plan: Plan, changes: list[Change], monkeypatch
) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, exc, _tb: reported.append(exc))

    def broken(change: Change) -> None:
        raise RuntimeError("view could not refresh")

    document.unsubscribe(changes.append)
    document.subscribe(broken)
    document.subscribe(changes.append)  # a later listener still hears the change
    result = document.set_recommendation(plan.recommendations[0].id, ref="Kept")
    assert result.what == Changed.RECOMMENDATION
    assert document.load_recommendation(plan.recommendations[0].id).ref == "Kept"
    assert [str(e) for e in reported] == ["view could not refresh"]
    assert changes == [result]


def test_the_initiator_is_carried_but_not_compared(document: Document, plan: Plan) -> None:
    who = object()
    change = document.update_plan(plan.id, acronym="X", initiator=who)
    assert change.initiator is who
    assert change == Change(Changed.PLANS, plan.id)


def test_inserting_nothing_notifies_nothing(document: Document, changes: list[Change]) -> None:
    assert document.insert_recommendations(document.plans()[0].id, []) == []
    assert document.delete_recommendations([]) == []
    assert document.add_plans([]) == []
    assert document.apply_plans() == []
    assert changes == []


def test_a_recommendation_added_past_the_end_goes_last(document: Document, plan: Plan) -> None:
    rec = document.insert_recommendation(plan.id, 99, Recommendation(ref="Last"))
    assert _refs(document, plan.id)[-1] == "Last"
    assert document.load_plan(plan.id).recommendations[-1].id == rec.id
