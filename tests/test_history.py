"""Who changed what: every store operation leaves history rows, on both engines."""

from __future__ import annotations

import getpass

import pytest

from planapp.domain.plan import Milestone


@pytest.fixture
def document(any_document):
    return any_document


def _user(document) -> str:
    if document.engine.dialect.name == "postgresql":
        return "planapp"  # the database role of the test cluster
    return getpass.getuser()


def test_a_field_edit_is_one_history_row_with_who_old_and_new(document) -> None:
    plan = document.load_plan(document.plans()[0].id)
    rec = plan.recommendations[0]
    document.set_recommendation(rec.id, response="New response", ref=rec.ref)
    rows = document.history(recommendation_id=rec.id)
    assert len(rows) == 1
    row = rows[0]
    assert (row.field, row.old, row.new) == ("response", rec.response, "New response")
    assert row.changed_by == _user(document)
    assert row.item == rec.ref and row.changed_at is not None
    assert document.history(plan_id=plan.id) == rows


def test_milestones_added_changed_and_removed_are_recorded(document) -> None:
    plan = document.load_plan(document.plans()[0].id)
    rec = plan.recommendations[0]
    first, second, *rest = rec.milestones
    original = first.description
    first.description = "Changed description"
    document.set_milestones(rec.id, [first, *rest, Milestone("1.9", "Added")])
    rows = document.history(recommendation_id=rec.id)
    got = {(r.item, r.field) for r in rows}
    assert ("Milestone 1.1", "description") in got
    assert (f"Milestone {second.number}", "removed") in got
    assert ("Milestone 1.9", "added") in got
    changed = document.history(milestone_id=first.id)
    assert [(r.old, r.new) for r in changed] == [(original, "Changed description")]


def test_rows_added_moved_removed_and_plan_fields(document) -> None:
    plan = document.load_plan(document.plans()[0].id)
    rec = plan.recommendations[0]
    document.move_recommendation(rec.id, 2)
    document.delete_recommendation(rec.id)
    document.update_plan(plan.id, acronym="ASFC")
    fields = [(r.field, r.old, r.new) for r in document.history(plan_id=plan.id)]
    assert fields[0] == ("moved", "row 1", "row 3")
    assert fields[1] == ("removed", rec.ref, "")
    assert fields[2] == ("acronym", "CBSA", "ASFC")
