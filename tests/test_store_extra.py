"""Extra columns and a plan's language are stored, reloaded, replaced and undone exactly."""

from __future__ import annotations

import copy

import pytest

from planapp.domain.plan import ExtraColumn, Plan, Recommendation
from planapp.domain.sample import sample_plan
from planapp.store.changes import Changed
from planapp.store.document import Document


@pytest.fixture
def document(any_document):
    """These tests run on both engines (see conftest.any_document)."""
    return any_document


def _plan_with_extra() -> Plan:
    plan = sample_plan()
    plan.language = "both"
    plan.recommendations[0].extra = [
        ExtraColumn("Planned Action", "Publish the guide.\nTrain the staff."),
        ExtraColumn("Status", "On track"),
    ]
    plan.recommendations[1].extra = [ExtraColumn("Commentaires", "Révisé en mars")]
    return plan


def test_extra_columns_and_language_survive_reopening(doc_path) -> None:
    plan = _plan_with_extra()
    with Document.open(doc_path, create=True) as doc:
        plan_id = doc.add_plan(plan).id
    with Document.open(doc_path) as doc:
        loaded = doc.load_plan(plan_id)
        assert loaded == plan
        assert [e.heading for e in loaded.recommendations[0].extra] == ["Planned Action", "Status"]
        assert loaded.language == "both"
        assert doc.plans()[0].language == "both"
        rec = doc.load_recommendation(loaded.recommendations[1].id)
        assert rec.extra == [ExtraColumn("Commentaires", "Révisé en mars")]


def test_set_extra_replaces_in_order_and_notifies(document: Document) -> None:
    plan = document.load_plan(document.plans()[0].id)
    rec = plan.recommendations[2]
    seen = []
    document.subscribe(seen.append)
    change = document.set_extra(rec.id, [ExtraColumn("B", "2"), ExtraColumn("A", "1")])
    assert Changed.RECOMMENDATION in change.what and change.recommendation_id == rec.id
    assert seen == [change]
    assert document.load_recommendation(rec.id).extra == [
        ExtraColumn("B", "2"),
        ExtraColumn("A", "1"),
    ]
    document.set_extra(rec.id, [])
    assert document.load_recommendation(rec.id).extra == []


def test_deleting_and_reinserting_a_recommendation_keeps_its_extra(doc_path) -> None:
    with Document.open(doc_path, create=True) as doc:
        plan = doc.add_plan(_plan_with_extra())
        rec_id = plan.recommendations[0].id
        index, removed = doc.delete_recommendation(rec_id)
        assert removed.extra == plan.recommendations[0].extra
        doc.insert_recommendation(plan.id, index, removed)
        assert doc.load_plan(plan.id) == plan


def test_replacing_and_applying_plans_keep_extra(document: Document) -> None:
    plan = document.load_plan(document.plans()[0].id)
    recs = copy.deepcopy(plan.recommendations)
    recs[0].extra = [ExtraColumn("Lead", "PPB")]
    document.replace_recommendations(plan.id, recs)
    assert document.load_plan(plan.id).recommendations[0].extra == [ExtraColumn("Lead", "PPB")]
    twin = copy.deepcopy(document.load_plan(plan.id))
    twin.language = "fr"
    twin.recommendations[0].extra.append(ExtraColumn("Échéance", "2027"))
    document.apply_plans(replace=[twin])
    again = document.load_plan(plan.id)
    assert again == twin and again.language == "fr"


def test_language_is_a_plan_field_with_known_values(document: Document) -> None:
    plan_id = document.plans()[0].id
    document.update_plan(plan_id, language="fr")
    assert document.load_plan(plan_id).language == "fr"
    with pytest.raises(ValueError):
        document.update_plan(plan_id, language="de")
    assert document.load_plan(plan_id).language == "fr"


def test_new_recommendation_has_no_extra(document: Document) -> None:
    plan_id = document.plans()[0].id
    rec = document.insert_recommendation(plan_id, 0, Recommendation(ref="9"))
    assert document.load_recommendation(rec.id).extra == []


def test_extra_columns_and_language_on_both_engines(any_document: Document) -> None:
    """The same store operations on SQLite and on a PostgreSQL team document."""
    doc = any_document
    plan = doc.load_plan(doc.plans()[0].id)
    rec_id = plan.recommendations[0].id
    doc.set_extra(rec_id, [ExtraColumn("Planned Action", "Publier"), ExtraColumn("Status", "")])
    doc.update_plan(plan.id, language="both")
    again = doc.load_plan(plan.id)
    assert again.language == "both"
    assert again.recommendations[0].extra == [
        ExtraColumn("Planned Action", "Publier"),
        ExtraColumn("Status", ""),
    ]
    index, removed = doc.delete_recommendation(rec_id)
    doc.insert_recommendation(plan.id, index, removed)
    assert doc.load_plan(plan.id) == again
