"""Two editors on one document: the same field is one conflict and nothing is lost; different
fields are both kept; an undo of a change someone has since edited is the same conflict."""

from __future__ import annotations

import pytest

from planapp.domain.plan import Milestone
from planapp.store.document import Document
from planapp.store.versions import ConflictError


def _first(doc: Document):
    plan = doc.load_plan(doc.plans()[0].id)
    return plan, plan.recommendations[0]


def test_same_field_is_one_conflict_and_nothing_is_lost(two) -> None:
    a, b = two
    _plan, rec = _first(a)
    _first(b)
    a.set_recommendation(rec.id, expect={"response": rec.response}, response="Alice's text")
    with pytest.raises(ConflictError) as caught:
        b.set_recommendation(rec.id, expect={"response": rec.response}, response="Bob's text")
    conflict = caught.value.conflict
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "response",
        "Bob's text",
        "Alice's text",
    )
    assert conflict.base == rec.response
    assert b.load_recommendation(rec.id).response == "Alice's text"  # not overwritten
    # Bob keeps his text after seeing the dialog: written on purpose, over Alice's.
    b.set_recommendation(rec.id, force=True, response="Bob's text")
    assert a.load_recommendation(rec.id).response == "Bob's text"


def test_different_fields_are_both_kept(two) -> None:
    a, b = two
    _plan, rec = _first(a)
    _first(b)
    a.set_recommendation(rec.id, expect={"response": rec.response}, response="Alice's response")
    b.set_recommendation(rec.id, expect={"indicator": rec.indicator}, indicator="Bob's indicator")
    got = a.load_recommendation(rec.id)
    assert (got.response, got.indicator) == ("Alice's response", "Bob's indicator")


def test_stale_edit_without_what_was_seen_is_refused(two) -> None:
    a, b = two
    _plan, rec = _first(a)
    _first(b)
    a.set_recommendation(rec.id, outcome="first")
    with pytest.raises(ConflictError):
        b.set_recommendation(rec.id, outcome="second")
    assert b.load_recommendation(rec.id).outcome == "first"
    b.set_recommendation(rec.id, outcome="second")  # now seen: goes through
    assert a.load_recommendation(rec.id).outcome == "second"


def test_undo_of_a_change_someone_has_since_edited_is_a_conflict(two) -> None:
    a, b = two
    _plan, rec = _first(a)
    old = rec.indicator
    a.set_recommendation(rec.id, expect={"indicator": old}, indicator="mine")
    _first(b)
    b.set_recommendation(rec.id, expect={"indicator": "mine"}, indicator="theirs")
    a.load_recommendation(rec.id)  # a's window has refreshed: the version is current
    with pytest.raises(ConflictError) as caught:
        a.set_recommendation(rec.id, expect={"indicator": "mine"}, indicator=old)  # the undo
    assert (caught.value.conflict.mine, caught.value.conflict.theirs) == (old, "theirs")
    assert b.load_recommendation(rec.id).indicator == "theirs"


def test_plan_fields_conflict_too(two) -> None:
    a, b = two
    pid = a.plans()[0].id
    b.plans()
    a.update_plan(pid, expect={"acronym": "CBSA"}, acronym="ASFC")
    with pytest.raises(ConflictError):
        b.update_plan(pid, expect={"acronym": "CBSA"}, acronym="XX")
    b.update_plan(pid, expect={"title": b.plans()[0].title}, title="Other field: kept")
    assert (a.plans()[0].acronym, a.plans()[0].title) == ("ASFC", "Other field: kept")


def test_milestone_lists_edited_by_two_are_a_conflict(two) -> None:
    a, b = two
    _plan, rec = _first(a)
    _first(b)
    mine = [*rec.milestones, Milestone("1.9", "Alice's milestone")]
    a.set_milestones(rec.id, mine, expect=rec.milestones)
    theirs = [*rec.milestones, Milestone("1.9", "Bob's milestone")]
    with pytest.raises(ConflictError) as caught:
        b.set_milestones(rec.id, theirs, expect=rec.milestones)
    assert "Alice's milestone" in caught.value.conflict.theirs
    assert "Bob's milestone" in caught.value.conflict.mine
    assert [m.description for m in b.load_recommendation(rec.id).milestones][-1] == (
        "Alice's milestone"
    )
    # contacts nobody else touched: Bob's edit goes through
    b.set_contacts(rec.id, rec.contacts[:1], expect=rec.contacts)
    assert len(a.load_recommendation(rec.id).contacts) == 1
