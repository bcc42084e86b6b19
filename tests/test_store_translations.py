"""Content in both languages in a document: stored, edited, recorded and copied on both engines."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from planapp.domain import bilingual as bi
from planapp.domain.plan import Contact, ExtraColumn, Plan, without_ids
from planapp.domain.sample import sample_plan
from planapp.store.document import Document
from planapp.store.document_copy import copy_document
from planapp.store.history import field_name
from planapp.store.transfer import dump_tables
from planapp.store.versions import ConflictError

R0001 = Path(__file__).parent / "data" / "document-r0001.planapp"


@pytest.fixture
def document(any_document):
    return any_document


def _bilingual() -> Plan:
    plan = sample_plan()
    plan.language = "both"
    rec = plan.recommendations[0]
    rec.translations = {"recommendation": "L'ASFC devrait…", "response": "Acceptée."}
    rec.milestones[0].translations = {"description": "Première étape."}
    rec.contacts[0].translations = {"title": "Vice-président"}
    rec.extra = [ExtraColumn("Status", "Open", translations={"heading": "État", "text": "Ouvert"})]
    return plan


def _first(doc: Document):
    plan = doc.load_plan(doc.plans()[0].id)
    return plan, plan.recommendations[0]


def test_a_bilingual_plan_is_stored_and_read_back(document) -> None:
    added = document.add_plan(_bilingual())
    again = document.load_plan(added.id)
    assert again == _bilingual()
    rec = again.recommendations[0]
    assert rec.translations["response"] == "Acceptée."
    assert rec.milestones[0].translations == {"description": "Première étape."}
    assert document.load_recommendation(rec.id).translations == rec.translations
    assert bi.missing_count(again, "fr") == bi.missing_count(_bilingual(), "fr") > 0


def test_an_untranslated_plan_reads_back_with_empty_translations(document) -> None:
    plan, rec = _first(document)
    assert rec.translations == {} and rec.milestones[0].translations == {}
    assert plan == sample_plan()


def test_editing_the_other_language_is_an_edit_with_expect_and_history(document) -> None:
    _plan, rec = _first(document)
    edited = bi.with_text(rec, "outcome", "fr", "en", "Des renvois plus rapides.")
    document.set_recommendation(
        rec.id, expect={"translations": rec.translations}, translations=edited.translations
    )
    stored = document.load_recommendation(rec.id)
    assert bi.text_in(stored, "outcome", "fr", "en") == "Des renvois plus rapides."
    assert stored.outcome == rec.outcome
    (row,) = document.history(recommendation_id=rec.id)
    assert (row.field, row.old, row.new) == ("outcome (fr)", "", "Des renvois plus rapides.")
    assert field_name(row.field) == "Expected Outcome (French)"
    # The undo: the whole dict back, expecting what the edit wrote.
    document.set_recommendation(
        rec.id, expect={"translations": edited.translations}, translations=rec.translations
    )
    assert document.load_recommendation(rec.id).translations == {}
    assert [r.new for r in document.history(recommendation_id=rec.id)] == [
        "Des renvois plus rapides.",
        "",
    ]


def test_a_french_plans_translations_are_recorded_as_english(document) -> None:
    plan, rec = _first(document)
    document.update_plan(plan.id, language="fr")
    document.set_recommendation(rec.id, translations={"response": "Agreed, in English."})
    row = document.history(recommendation_id=rec.id)[-1]
    assert row.field == "response (en)"
    assert field_name(row.field) == "Departmental Response (English)"


def test_empty_translations_are_not_stored(document) -> None:
    _plan, rec = _first(document)
    document.set_recommendation(rec.id, translations={"outcome": "", "response": "Oui."})
    assert document.load_recommendation(rec.id).translations == {"response": "Oui."}


def test_an_undo_over_someone_elses_translation_is_a_conflict(two) -> None:
    a, b = two
    _plan, rec = _first(a)
    _first(b)
    a.set_recommendation(rec.id, translations={"outcome": "Alice"})
    b.set_recommendation(rec.id, force=True, translations={"outcome": "Bob"})
    with pytest.raises(ConflictError) as caught:
        a.set_recommendation(rec.id, expect={"translations": {"outcome": "Alice"}}, translations={})
    conflict = caught.value.conflict
    assert conflict.field == "translations"
    assert (conflict.theirs, conflict.base) == ("outcome: Bob", "outcome: Alice")
    assert a.load_recommendation(rec.id).translations == {"outcome": "Bob"}


def test_milestones_contacts_and_extra_columns_keep_their_translations(document) -> None:
    _plan, rec = _first(document)
    first = rec.milestones[0]
    translated = bi.with_text(first, "description", "fr", "en", "Étape traduite.")
    saved = document.set_milestones(
        rec.id, [translated, *rec.milestones[1:]], expect=rec.milestones
    )
    document.set_contacts(rec.id, [Contact("ASFC", "Jo", translations={"organization": "CBSA"})])
    document.set_extra(rec.id, [ExtraColumn("Comments", "None", translations={"text": "Aucun"})])
    stored = document.load_recommendation(rec.id)
    assert stored.milestones == saved
    assert stored.milestones[0].translations == {"description": "Étape traduite."}
    assert stored.contacts[0].translations == {"organization": "CBSA"}
    assert stored.extra[0].translations == {"text": "Aucun"}
    changed = document.history(milestone_id=first.id)
    assert [(r.field, r.old, r.new) for r in changed] == [
        ("description (fr)", "", "Étape traduite.")
    ]
    *_, extra_row, extra_translation = document.history(recommendation_id=rec.id)
    assert (extra_row.field, extra_row.new) == ("extra columns", "Comments: None")
    assert (extra_translation.field, extra_translation.new) == ("extra columns (fr)", ": Aucun")
    # A translation alone edited is recorded too.
    document.set_extra(rec.id, [ExtraColumn("Comments", "None", translations={"text": "Rien"})])
    last = document.history(recommendation_id=rec.id)[-1]
    assert (last.field, last.old, last.new) == ("extra columns (fr)", ": Aucun", ": Rien")
    # A translation alone changed is a change of the milestones, refused when unexpected.
    with pytest.raises(ConflictError):
        document.set_milestones(rec.id, rec.milestones, expect=[first, *rec.milestones[1:]])


def test_a_duplicate_keeps_the_translations(document) -> None:
    added = document.add_plan(_bilingual())
    twin = document.add_plan(without_ids(document.load_plan(added.id)))
    assert twin.id != added.id
    assert document.load_plan(twin.id) == _bilingual()


def test_save_copy_keeps_the_translations(document, tmp_path: Path) -> None:
    added = document.add_plan(_bilingual())
    target = document.save_copy(tmp_path / "copy.planapp")
    with Document.open(target) as copy:
        assert copy.load_plan(added.id) == _bilingual()


def test_copy_to_a_server_and_back_keeps_the_translations(
    tmp_path: Path, empty_server_url: str
) -> None:
    source = tmp_path / "bilingual.planapp"
    with Document.open(source, create=True) as doc:
        plan_id = doc.add_plan(_bilingual()).id
    copy_document(source, empty_server_url)
    back = tmp_path / "back.planapp"
    copy_document(empty_server_url, back)
    with Document.open(empty_server_url) as server, Document.open(back) as returned:
        assert server.load_plan(plan_id) == _bilingual()
        assert returned.load_plan(plan_id) == _bilingual()
        with Document.open(source) as original:
            assert dump_tables(returned) == dump_tables(original)


def test_a_first_revision_document_upgrades_untranslated(tmp_path: Path) -> None:
    path = tmp_path / "old.planapp"
    shutil.copyfile(R0001, path)
    with Document.open(path) as doc:
        plan = doc.load_plan(doc.plans()[0].id)
        assert plan == sample_plan()  # every field kept
        rec = plan.recommendations[0]
        assert rec.translations == {} and all(m.translations == {} for m in rec.milestones)
        doc.set_recommendation(rec.id, translations={"response": "Acceptée."})
    con = sqlite3.connect(path)
    try:
        stored = {
            table: con.execute(f"SELECT DISTINCT translations FROM {table}").fetchall()
            for table in ("milestone", "contact")
        }
    finally:
        con.close()
    assert stored == {"milestone": [("{}",)], "contact": [("{}",)]}
    with Document.open(path) as doc:
        assert doc.load_recommendation(rec.id).translations == {"response": "Acceptée."}


def test_two_people_translating_different_fields_both_keep_their_text(two) -> None:
    a, b = two
    _plan, rec = _first(a)
    _first(b)
    fr_outcome = bi.with_text(rec, "outcome", "fr", "en", "Résultat.")
    fr_response = bi.with_text(rec, "response", "fr", "en", "Acceptée.")
    a.set_recommendation(rec.id, expect={"translations": {}}, translations=fr_outcome.translations)
    b.set_recommendation(rec.id, expect={"translations": {}}, translations=fr_response.translations)
    assert a.load_recommendation(rec.id).translations == {
        "outcome": "Résultat.",
        "response": "Acceptée.",
    }
    # Bob's undo takes back his text only.
    b.set_recommendation(rec.id, expect={"translations": fr_response.translations}, translations={})
    assert a.load_recommendation(rec.id).translations == {"outcome": "Résultat."}
    # The same field changed by both is still a conflict.
    a.set_recommendation(rec.id, expect={"translations": {}}, translations={"response": "Oui."})
    with pytest.raises(ConflictError):
        b.set_recommendation(rec.id, expect={"translations": {}}, translations={"response": "Non."})


def test_setting_a_plan_to_french_keeps_each_text_in_its_language(document) -> None:
    added = document.add_plan(_bilingual())
    document.update_plan(added.id, language="fr")
    plan = document.load_plan(added.id)
    assert plan.language == "fr"
    # Every text reads the same in each language as before the change...
    assert bi.plan_in(plan, "fr") == bi.plan_in(_bilingual(), "fr")
    rec = plan.recommendations[0]
    assert (
        rec.response == "Acceptée."
        and rec.translations["response"] == _bilingual().recommendations[0].response
    )
    assert rec.extra[0].heading == "État" and rec.extra[0].translations == {
        "heading": "Status",
        "text": "Open",
    }
    assert rec.milestones[0].description == "Première étape."
    assert rec.contacts[0].title == "Vice-président"
    # ...and an untranslated text stays the only text there is.
    assert rec.outcome == _bilingual().recommendations[0].outcome
    # Back to bilingual (English primary): the plan as it was.
    document.update_plan(added.id, language="both")
    assert document.load_plan(added.id) == _bilingual()
    # A change between English and bilingual moves nothing.
    document.update_plan(added.id, language="en")
    assert document.load_plan(added.id).recommendations == _bilingual().recommendations


def test_the_undo_of_a_delete_puts_the_translations_back(document) -> None:
    added = document.add_plan(_bilingual())
    rec = document.load_plan(added.id).recommendations[0]
    index, content = document.delete_recommendation(rec.id)
    assert content.translations == rec.translations
    document.insert_recommendation(added.id, index, content)
    assert document.load_plan(added.id) == _bilingual()


def test_stored_translations_are_read_whatever_the_row_holds() -> None:
    from planapp.store.convert import translations_from

    assert translations_from(None) == {} and translations_from("{}") == {}
    assert translations_from('{"outcome": "Oui", "n": 3, "e": ""}') == {"outcome": "Oui"}
    assert translations_from({"outcome": "Oui"}) == {"outcome": "Oui"}  # the server's driver
    assert translations_from("not json") == {} and translations_from("[1]") == {}
