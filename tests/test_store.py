"""The document store: the sample plan, edits that last, SQLite set up right, refusing files."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import os
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError

from planapp.domain.plan import (
    Contact,
    Milestone,
    MilestoneStatus,
    Plan,
    PlanStatus,
    Recommendation,
    WrittenDate,
    without_ids,
)
from planapp.domain.sample import sample_plan
from planapp.store.changes import Change, Changed, RowChange, RowOp
from planapp.store.connection import DocumentError, DocumentTooNewError, NotADocumentError
from planapp.store.document import Document
from planapp.store.lock import DocumentLockedError
from planapp.store.models import ContactRow, MilestoneRow, RecommendationRow


@pytest.fixture
def document(any_document):
    """These tests run on both engines (see conftest.any_document)."""
    return any_document


SEED_DIR = Path("/work/shared/seed")
SEED_FILES = sorted(SEED_DIR.glob("*.txt"))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _count(doc: Document, table: str) -> int:
    with doc.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


@pytest.fixture
def plan(document: Document) -> Plan:
    return document.load_plan(document.plans()[0].id)


@pytest.fixture
def changes(document: Document) -> list[Change]:
    seen: list[Change] = []
    document.subscribe(seen.append)
    return seen


def _reopen(doc: Document) -> Document:
    doc.close()
    return Document.open(doc.path)


# -- the sample plan equals the seed -----------------------------------------------------------

EXPECTED_MILESTONES = [
    ("Rec. 1", "1.1", "September 30, 2020", dt.date(2020, 9, 30)),
    ("Rec. 1", "1.2", "December 7, 2020", dt.date(2020, 12, 7)),
    ("Rec. 1", "1.3", "January 30, 2021", dt.date(2021, 1, 30)),
    ("Rec. 1", "1.4", "March 31, 2020", dt.date(2020, 3, 31)),
    ("Rec. 2", "2.1", "September 30, 2020", dt.date(2020, 9, 30)),
    ("Rec. 2", "2.2", "October 31, 2020", dt.date(2020, 10, 31)),
    ("Rec. 3", "3.1", "March 12, 2021", dt.date(2021, 3, 12)),
    ("Rec. 3", "3.2", "March 30, 2021", dt.date(2021, 3, 30)),
    ("Rec. 3", "3.3", "March 30, 2021", dt.date(2021, 3, 30)),
    ("Rec. 3", "3.4 a)", "December 31, 2020", dt.date(2020, 12, 31)),
    ("Rec. 3", "3.4 b)", "September 30, 2021", dt.date(2021, 9, 30)),
]

EXPECTED_CONTACTS = {
    "Rec. 1": [
        (
            "CBSA",
            "Scott Harris",
            "Vice-President Intelligence and Enforcement Branch",
            "613-948-4111",
        ),
        (
            "CBSA",
            "Minh Doan",
            "Vice-President Information, Science and Technology Branch",
            "613-948-9694",
        ),
        ("CBSA", "Kathy Thompson", "Vice-President Strategic Policy Branch", "613-941-4937"),
    ],
    "Rec. 2": [
        (
            "CBSA",
            "Scott Harris",
            "Vice-President Intelligence and Enforcement Branch",
            "613-948-4111",
        ),
    ],
    "Rec. 3": [
        (
            "CBSA",
            "Scott Harris",
            "Vice-President Intelligence and Enforcement Branch",
            "613-948-4111",
        ),
        (
            "IRCC",
            "Dr. Nicole Giles",
            "Associate Assistant Deputy Minister, Operations",
            "613-437-8211",
        ),
    ],
}

EXPECTED_COMPLETION = {
    "Rec. 1": ("January 30, 2021", dt.date(2021, 1, 30)),
    "Rec. 2": ("October 31, 2020", dt.date(2020, 10, 31)),
    "Rec. 3": ("March 30, 2021", dt.date(2021, 3, 30)),
}


def _flat(s: str) -> str:
    """Seed and plan text compared as words: HTML tags, bullets and line breaks are layout.

    (The bullets themselves are checked on their own: the printout lost one at a page break.)
    """
    return " ".join(re.sub(r"<[^>]+>", " ", s).replace("•", " ").split())


@pytest.fixture(scope="module")
def seed_text() -> str:
    assert SEED_FILES, f"no seed plan in {SEED_DIR}"
    return _flat("\n".join(p.read_text(encoding="utf-8") for p in SEED_FILES))


def _pieces(text_: str, seed: str) -> int:
    """How many runs of consecutive seed words ``text_`` is made of (greedy, longest first).

    A cell copied verbatim is one run, or two when the printout broke it across a page (the
    repeated page header sits in between). Anything not in the seed makes it fail outright.
    """
    words = _flat(text_).split()
    count = i = 0
    while i < len(words):
        j = i
        while j < len(words) and " ".join(words[i : j + 1]) in seed:
            j += 1
        if j == i:
            raise AssertionError(f"not in the seed: {' '.join(words[i : i + 12])!r}")
        count += 1
        i = j
    return count


def test_sample_plan_has_the_seed_title_rows(plan: Plan, seed_text: str) -> None:
    assert plan.display_title == "CANADA BORDER SERVICES AGENCY (CBSA) DETAILED ACTION PLAN"
    assert plan.display_title in seed_text
    assert plan.display_audit_title in seed_text
    assert plan.acronym == "CBSA"
    assert plan.department == "Canada Border Services Agency"


def test_sample_plan_has_three_recommendations_with_completion_dates(plan: Plan) -> None:
    assert [r.ref for r in plan.recommendations] == ["Rec. 1", "Rec. 2", "Rec. 3"]
    for rec in plan.recommendations:
        assert (rec.completion.text, rec.completion.date) == EXPECTED_COMPLETION[rec.ref]
        assert rec.indicator == ""  # the Committee's column: departments leave it empty


def test_sample_milestones_keep_due_text_and_derived_date(plan: Plan) -> None:
    got = [
        (rec.ref, m.number, m.due.text, m.due.date)
        for rec in plan.recommendations
        for m in rec.milestones
    ]
    assert got == EXPECTED_MILESTONES
    assert all(
        m.status is MilestoneStatus.NOT_STARTED
        for rec in plan.recommendations
        for m in rec.milestones
    )


def test_sample_contacts_have_names_titles_and_phones(plan: Plan) -> None:
    for rec in plan.recommendations:
        got = [(c.organization, c.name, c.title, c.phone) for c in rec.contacts]
        assert got == EXPECTED_CONTACTS[rec.ref]


def test_sample_recommendation_3_keeps_its_bullets(plan: Plan) -> None:
    lines = plan.recommendations[2].recommendation.split("\n")
    assert lines[0].endswith("Specifically, it should:")
    bullets = [line for line in lines if line.startswith("• ")]
    assert len(bullets) == 4 == len(lines) - 1
    assert bullets[0].startswith("• Further check the accuracy")
    assert bullets[3].startswith("• In conjunction with IRCC")


def test_sample_texts_are_transcribed_verbatim_from_the_seed(plan: Plan, seed_text: str) -> None:
    """Every long text is the seed's wording, at most split once by a page break."""
    for rec in plan.recommendations:
        for name in ("recommendation", "response", "outcome"):
            assert _pieces(getattr(rec, name), seed_text) <= 2, (rec.ref, name)
        for m in rec.milestones:
            assert _pieces(f"{m.description} {m.due.text}", seed_text) <= 2, m.number
        for c in rec.contacts:
            for value in (c.organization, c.name, c.title, c.phone):
                assert value in seed_text


# -- edits persist -------------------------------------------------------------------------------


def test_recommendation_edit_persists_after_reopen(document: Document, plan: Plan) -> None:
    rec = plan.recommendations[0]
    document.set_recommendation(
        rec.id, outcome="First paragraph.\n• one\n• two", completion="Q2 2021-22"
    )
    again = _reopen(document)
    try:
        got = again.load_plan(plan.id).recommendations[0]
    finally:
        again.close()
    assert got.outcome == "First paragraph.\n• one\n• two"
    assert got.completion == WrittenDate("Q2 2021-22", dt.date(2021, 9, 30))
    assert got.response == rec.response


def test_milestones_and_contacts_edit_persist(document: Document, plan: Plan) -> None:
    rec = plan.recommendations[1]
    milestones = [
        *rec.milestones,
        Milestone(
            "2.3",
            "New step",
            WrittenDate.of("FY 2024-25"),
            MilestoneStatus.DELAYED,
            WrittenDate.of("Fall 2021"),
        ),
    ]
    milestones[0].status = MilestoneStatus.COMPLETED
    contacts = [Contact("IRCC", "A. Person", "Director", "613-555-0100", "a.person@example.ca")]
    saved = document.set_milestones(rec.id, milestones)
    assert all(m.id is not None for m in saved)
    assert [m.id for m in saved[:2]] == [m.id for m in rec.milestones]  # ids kept
    document.set_contacts(rec.id, contacts)
    again = _reopen(document)
    try:
        got = again.load_recommendation(rec.id)
    finally:
        again.close()
    assert got.milestones == milestones
    assert got.milestones[2].due.date == dt.date(2025, 3, 31)
    assert got.milestones[2].completed_on.text == "Fall 2021"
    assert got.milestones[0].status is MilestoneStatus.COMPLETED
    assert got.contacts == contacts


def test_move_and_delete_recommendation_persist(document: Document, plan: Plan) -> None:
    r1, r2, r3 = (r.id for r in plan.recommendations)
    document.move_recommendation(r3, 0)
    document.delete_recommendation(r1)
    again = _reopen(document)
    try:
        got = again.load_plan(plan.id)
    finally:
        again.close()
    assert [r.ref for r in got.recommendations] == ["Rec. 3", "Rec. 2"]
    assert [r.id for r in got.recommendations] == [r3, r2]


def test_delete_then_insert_restores_exactly(document: Document, plan: Plan) -> None:
    """What an undo of a delete does: the same row, ids and children come back."""
    rec = plan.recommendations[1]
    index, removed = document.delete_recommendation(rec.id)
    assert index == 1
    assert _count(document, f"milestone WHERE recommendation_id = {rec.id}") == 0
    document.insert_recommendation(plan.id, index, removed)
    again = _reopen(document)
    try:
        got = again.load_plan(plan.id)
    finally:
        again.close()
    assert got == plan
    assert [r.id for r in got.recommendations] == [r.id for r in plan.recommendations]
    assert [m.id for m in got.recommendations[1].milestones] == [m.id for m in rec.milestones]
    assert [c.id for c in got.recommendations[1].contacts] == [c.id for c in rec.contacts]


def test_update_add_duplicate_delete_plan_persist(document: Document, plan: Plan) -> None:
    document.update_plan(plan.id, report_ref="2020 Report 7", status=PlanStatus.COMPLETED)
    extra = document.add_plan(Plan(department="Health Canada", acronym="HC"))
    twin = document.add_plan(without_ids(document.load_plan(plan.id)), index=1)
    again = _reopen(document)
    try:
        plans = again.plans()
        assert [p.id for p in plans] == [plan.id, twin.id, extra.id]
        first = again.load_plan(plan.id)
        copied = again.load_plan(twin.id)
        assert first.report_ref == "2020 Report 7"
        assert first.status is PlanStatus.COMPLETED
        assert copied == first  # same content ...
        first_ids = {r.id for r in first.recommendations}
        assert first_ids.isdisjoint(r.id for r in copied.recommendations)  # ... its own rows
        again.delete_plan(twin.id)
        again.delete_plan(extra.id)
    finally:
        again.close()
    with Document.open(document.path) as third:
        assert [p.id for p in third.plans()] == [plan.id]
        assert third.load_plan(plan.id) == first


def test_deleted_plan_comes_back_with_its_ids(document: Document, plan: Plan) -> None:
    index, removed = document.delete_plan(plan.id)
    assert (index, document.plans()) == (0, [])
    document.add_plan(removed, index)
    got = document.load_plan(plan.id)
    assert got == plan
    assert [r.id for r in got.recommendations] == [r.id for r in plan.recommendations]


@pytest.mark.sqlite_only
def test_edit_is_committed_at_once(document: Document, plan: Plan) -> None:
    """No unsaved state: another connection sees the edit before the document is closed."""
    document.set_recommendation(plan.recommendations[0].id, indicator="Seen elsewhere")
    con = sqlite3.connect(document.path)
    try:
        row = con.execute(
            "SELECT indicator FROM recommendation WHERE id = ?", (plan.recommendations[0].id,)
        ).fetchone()
    finally:
        con.close()
    assert row == ("Seen elsewhere",)


def test_unknown_fields_are_refused(document: Document, plan: Plan) -> None:
    with pytest.raises(ValueError, match="colour"):
        document.set_recommendation(plan.recommendations[0].id, colour="red")
    with pytest.raises(ValueError, match="colour"):
        document.update_plan(plan.id, colour="red")


# -- listeners -------------------------------------------------------------------------------


def test_each_operation_notifies_its_change(
    document: Document, plan: Plan, changes: list[Change]
) -> None:
    pid = plan.id
    r1, r2, _r3 = (r.id for r in plan.recommendations)

    def last(_result: object) -> Change:
        """The one Change the call just made."""
        assert len(changes) == 1, changes
        return changes.pop()

    assert last(document.set_recommendation(r1, ref="R1")) == Change(
        Changed.RECOMMENDATION, pid, r1
    )
    assert last(document.set_milestones(r1, [])) == Change(Changed.RECOMMENDATION, pid, r1)
    assert last(document.set_contacts(r2, [])) == Change(Changed.RECOMMENDATION, pid, r2)
    assert last(document.move_recommendation(r2, 0)) == Change(
        Changed.ROWS, pid, r2, (RowChange(RowOp.MOVED, r2, 1, 0),)
    )
    _index, removed = document.delete_recommendation(r1)
    assert last(None) == Change(Changed.ROWS, pid, r1, (RowChange(RowOp.REMOVED, r1, 1),))
    document.insert_recommendation(pid, 0, removed)
    assert last(None) == Change(Changed.ROWS, pid, r1, (RowChange(RowOp.INSERTED, r1, 0),))
    document.replace_recommendations(pid, [Recommendation(ref="only")])
    assert last(None) == Change(Changed.ROWS, pid)
    assert last(document.update_plan(pid, acronym="ASFC")) == Change(Changed.PLANS, pid)
    new = document.add_plan(Plan(acronym="HC"))
    assert last(None) == Change(Changed.PLANS, new.id)
    assert last(document.move_plan(new.id, 0)) == Change(Changed.PLANS, new.id)
    document.delete_plan(new.id)
    assert last(None) == Change(Changed.PLANS, new.id)


def test_unsubscribed_listener_hears_nothing(document: Document, plan: Plan) -> None:
    seen: list[Change] = []
    document.subscribe(seen.append)
    document.unsubscribe(seen.append)
    document.update_plan(plan.id, acronym="X")
    assert seen == []


def test_a_failed_edit_changes_nothing_and_notifies_nothing(
    document: Document, plan: Plan, changes: list[Change]
) -> None:
    rec = plan.recommendations[0]
    bad = [Milestone("9.9", "orphan")] * 2  # the same object twice: the second id collides
    bad[0].id = rec.milestones[0].id
    with pytest.raises(IntegrityError):
        document.set_milestones(rec.id, bad)
    assert changes == []
    assert document.load_recommendation(rec.id).milestones == rec.milestones


# -- SQLite set up right ------------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_foreign_keys_are_on_for_every_connection(document: Document) -> None:
    with document.engine.connect() as a, document.engine.connect() as b:
        assert a.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert b.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_deleting_a_plan_cascades_to_its_rows(document: Document, plan: Plan) -> None:
    assert _count(document, "milestone") == 11
    document.delete_plan(plan.id)
    for table in ("recommendation", "milestone", "contact"):
        assert _count(document, table) == 0, table


def test_milestone_for_a_missing_recommendation_is_refused(document: Document) -> None:
    with pytest.raises(IntegrityError), document.engine.begin() as conn:
        conn.execute(
            insert(MilestoneRow.__table__).values(recommendation_id=9999, position=0, number="x")
        )
    assert _count(document, "milestone") == 11


def test_savepoint_rolls_back_inside_a_real_transaction(document: Document, plan: Plan) -> None:
    """The pysqlite quirk fixed: SAVEPOINT nests in the transaction begun by ``begin()``."""
    rec = RecommendationRow.__table__
    r1, r2, _ = (r.id for r in plan.recommendations)
    with document.engine.begin() as conn:
        conn.execute(rec.update().where(rec.c.id == r1).values(indicator="kept"))
        savepoint = conn.begin_nested()
        conn.execute(rec.update().where(rec.c.id == r2).values(indicator="rolled back"))
        conn.execute(insert(ContactRow.__table__).values(recommendation_id=r2, position=9))
        savepoint.rollback()
        assert conn.execute(select(rec.c.indicator).where(rec.c.id == r1)).scalar() == "kept"
    got = document.load_plan(plan.id).recommendations
    assert (got[0].indicator, got[1].indicator) == ("kept", "")
    assert len(got[1].contacts) == 1


def test_rolled_back_transaction_leaves_no_trace(document: Document, plan: Plan) -> None:
    rec = RecommendationRow.__table__
    with pytest.raises(RuntimeError), document.engine.begin() as conn:
        conn.execute(rec.update().values(indicator="never"))
        raise RuntimeError("stop")
    assert all(r.indicator == "" for r in document.load_plan(plan.id).recommendations)


# -- save a copy -------------------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_save_copy_writes_a_complete_document(
    document: Document, plan: Plan, tmp_path: Path
) -> None:
    document.set_recommendation(plan.recommendations[0].id, indicator="before the copy")
    target = document.save_copy(tmp_path / "copy.planapp")
    assert target == tmp_path / "copy.planapp"
    with Document.open(target) as copy_doc:  # the source stays open meanwhile
        copied = copy_doc.load_plan(plan.id)
    assert copied.recommendations[0].indicator == "before the copy"
    assert copied.recommendations[1:] == plan.recommendations[1:]
    document.set_recommendation(plan.recommendations[0].id, indicator="after")  # still usable
    assert not list(tmp_path.glob(".planapp-*"))  # no temporary file left behind
    assert target.stat().st_mode == document.path.stat().st_mode  # not private to its maker


@pytest.mark.sqlite_only
def test_save_copy_replaces_an_existing_file(document: Document, tmp_path: Path) -> None:
    target = tmp_path / "old.planapp"
    with Document.open(target, create=True) as old:
        old.add_plan(Plan(acronym="OLD"))
    document.save_copy(target)
    with Document.open(target) as copy_doc:
        assert [p.acronym for p in copy_doc.plans()] == ["CBSA"]


@pytest.mark.sqlite_only
def test_save_copy_refuses_its_own_file(document: Document, doc_path: Path) -> None:
    before = _sha256(doc_path)
    with pytest.raises(ValueError, match="itself"):
        document.save_copy(doc_path)
    spelled_otherwise = doc_path.parent / "sub" / ".." / doc_path.name
    (doc_path.parent / "sub").mkdir()
    with pytest.raises(ValueError, match="itself"):
        document.save_copy(spelled_otherwise)
    assert _sha256(doc_path) == before


@pytest.mark.sqlite_only
def test_save_copy_refuses_a_document_open_elsewhere(document: Document, tmp_path: Path) -> None:
    other = Document.open(tmp_path / "other.planapp", create=True)
    try:
        with pytest.raises(DocumentLockedError, match=r"other\.planapp"):
            document.save_copy(other.path)
        assert other.plans() == []
    finally:
        other.close()


# -- refusing what is not a document ---------------------------------------------------------


def _text_file(path: Path) -> Path:
    path.write_text("Rec. 1\tSomething\n", encoding="utf-8")
    return path


def _zip_file(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    return path


def _other_sqlite(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE bookmarks (url TEXT)")
    con.execute("INSERT INTO bookmarks VALUES ('https://example.org')")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("make", [_text_file, _zip_file, _other_sqlite])
@pytest.mark.parametrize("create", [False, True])
def test_non_document_is_refused_untouched(make, create: bool, tmp_path: Path) -> None:
    path = make(tmp_path / "not-a-plan.planapp")
    before = _sha256(path)
    with pytest.raises(NotADocumentError, match=r"not-a-plan\.planapp"):
        Document.open(path, create=create, sample=True)
    assert _sha256(path) == before
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == [path.name]  # no lock


def test_newer_document_is_refused_untouched(doc_path: Path) -> None:
    Document.open(doc_path, create=True, sample=True).close()
    con = sqlite3.connect(doc_path)
    con.execute("UPDATE alembic_version SET version_num = '9f3e_from_the_future'")
    con.commit()
    con.close()
    before = _sha256(doc_path)
    with pytest.raises(DocumentTooNewError, match="9f3e_from_the_future") as err:
        Document.open(doc_path)
    assert "newer version of planapp" in str(err.value)
    assert _sha256(doc_path) == before
    assert not doc_path.with_name(doc_path.name + ".lock").exists()


def test_missing_path_without_create_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "plans.planapp"
    with pytest.raises(DocumentError, match="does not exist"):
        Document.open(missing)
    assert not missing.parent.exists()


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotADocumentError, match="folder"):
        Document.open(tmp_path)


def test_create_makes_an_empty_document_without_sample(tmp_path: Path) -> None:
    with Document.open(tmp_path / "new" / "empty.planapp", create=True) as doc:
        assert doc.plans() == []
    with Document.open(tmp_path / "new" / "empty.planapp", create=True, sample=True) as doc:
        assert doc.plans() == []  # an existing document never gets the sample added


def test_close_releases_the_lock(doc_path: Path) -> None:
    doc = Document.open(doc_path, create=True)
    with pytest.raises(DocumentLockedError):
        Document.open(doc_path)
    doc.close()
    with Document.open(doc_path) as again:
        assert again.plans() == []


def test_large_plan_round_trips(document: Document) -> None:
    """Bulk paths keep order and children for a plan far bigger than any real one."""
    recs = [
        Recommendation(
            ref=f"Rec. {i}",
            milestones=[Milestone(f"{i}.{j}", due=WrittenDate.of("Q4 2024-25")) for j in (1, 2)],
            contacts=[Contact("CBSA", f"Person {i}")],
        )
        for i in range(1, 501)
    ]
    new = document.add_plan(Plan(acronym="BIG", recommendations=recs))
    got = document.load_plan(new.id)
    assert got.recommendations == recs
    with document.engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(MilestoneRow.__table__)).scalar()
    assert n == 11 + 1000


ODD_NAMES = ["Plan #2.planapp", "100%41 done.planapp"] + (
    ["what?.planapp"] if os.name != "nt" else []
)


@pytest.mark.parametrize("name", ODD_NAMES)
def test_names_with_url_characters_are_the_files_opened(name: str, tmp_path: Path) -> None:
    """A file name may hold "#", "?" or "%xx": they are not parts of a URL."""
    folder = tmp_path / "docs"
    folder.mkdir()
    with Document.open(folder / name, create=True, sample=True) as doc:
        doc.save_copy(folder / f"copy {name}")
    with Document.open(folder / f"copy {name}") as doc:
        assert len(doc.plans()) == 1
    assert sorted(p.name for p in folder.iterdir()) == sorted([name, f"copy {name}"])


@pytest.mark.parametrize("name", ODD_NAMES)
def test_other_database_with_url_characters_is_still_refused(name: str, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    path = _other_sqlite(folder / name)
    before = _sha256(path)
    with pytest.raises(NotADocumentError, match="another program"):
        Document.open(path)
    assert _sha256(path) == before
    assert [p.name for p in folder.iterdir()] == [name]  # no stray file made by the check


def test_add_plans_is_all_or_nothing(document: Document) -> None:
    good = sample_plan()
    bad = sample_plan()
    bad.recommendations[0].milestones[0].id = 10**6
    bad.recommendations[1].milestones[0].id = 10**6  # the same id twice: the insert fails
    with pytest.raises(Exception):  # noqa: B017 - any database error
        document.add_plans([good, bad])
    assert len(document.plans()) == 1
    added = document.add_plans([good, sample_plan()])
    assert [p.id for p in added] == [p.id for p in document.plans()[1:]]


def test_an_empty_file_is_not_silently_made_a_document(tmp_path) -> None:
    empty = tmp_path / "empty.planapp"
    empty.write_bytes(b"")
    with pytest.raises(NotADocumentError, match="empty"):
        Document.open(empty)
    assert empty.read_bytes() == b""


def test_apply_plans_adds_replaces_and_removes_in_one_step(document: Document) -> None:
    current = document.load_plan(document.plans()[0].id)
    changed = copy.deepcopy(current)
    changed.acronym = "ASFC"
    del changed.recommendations[2]
    added = document.apply_plans(add=[sample_plan()], replace=[changed])
    assert len(document.plans()) == 2
    assert document.load_plan(current.id).acronym == "ASFC"
    assert len(document.load_plan(current.id).recommendations) == 2
    document.apply_plans(replace=[current], remove=[added[0].id])
    assert document.load_plan(current.id) == current
    assert len(document.plans()) == 1
