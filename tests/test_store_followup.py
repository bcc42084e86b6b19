"""Follow-up in a real document: revisions, progress, periods, rounds, statuses, upgrades."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from planapp.domain.followup import FollowUpError
from planapp.domain.history import Assessment, ProgressEntry, ReportingPeriod, Submission
from planapp.domain.plan import Plan, WrittenDate, without_ids
from planapp.domain.sample import sample_plan
from planapp.domain.status import AssessmentSource, MilestoneStatus, RecommendationStatus
from planapp.store.connection import HEAD_REVISION
from planapp.store.document import Change, Changed, Document
from planapp.store.tracking import MilestoneNotFound
from tests.test_migrations import R0001, make_document_at_r0001


@pytest.fixture
def document(any_document):
    """These tests run on both engines (see conftest.any_document)."""
    return any_document


D = dt.date
Q1 = ReportingPeriod("Q1 2026-27", D(2026, 4, 1), D(2026, 6, 30))


@pytest.fixture
def plan(document: Document) -> Plan:
    return document.load_plan(document.plans()[0].id)


def _first(plan: Plan):
    return plan.recommendations[0].milestones[0]


def _revise(document: Document, plan: Plan):
    m = _first(plan)
    return document.revise_due(
        m.id,
        "December 31, 2020",
        reason="Consultations took longer",
        approved_by="ADM Corporate",
        approved_on=D(2020, 9, 15),
        changed_by="jdoe",
        changed_at=dt.datetime(2020, 9, 20, 14, 30),
    )


def test_revised_date_keeps_the_original_and_reason_after_reopen(
    document: Document, plan: Plan
) -> None:
    original = _first(plan).due
    changes: list[Change] = []
    document.subscribe(changes.append)
    before, after = _revise(document, plan)
    assert before == _first(plan)
    assert changes == [Change(Changed.RECOMMENDATION, plan.id, plan.recommendations[0].id)]
    reopened = Document.open(document.path, lock=False)
    with reopened:
        m = _first(reopened.load_plan(plan.id))
    assert m == after
    assert m.due == WrittenDate.of("December 31, 2020")
    assert m.original_due == original
    (revision,) = m.revisions
    assert (revision.old_text, revision.reason, revision.approved_by) == (
        original.text,
        "Consultations took longer",
        "ADM Corporate",
    )
    assert revision.changed_at == dt.datetime(2020, 9, 20, 14, 30)


def test_undo_of_a_revision_restores_the_date_and_no_history(
    document: Document, plan: Plan
) -> None:
    before, _after = _revise(document, plan)
    document.restore_milestone(before)
    assert _first(document.load_plan(plan.id)) == _first(plan)
    assert _first(document.load_plan(plan.id)).revisions == []


def test_editing_milestones_keeps_their_history(document: Document, plan: Plan) -> None:
    """The milestones panel saves a recommendation's whole list: history must come along."""
    _revise(document, plan)
    document.add_progress(
        _first(plan).id,
        ProgressEntry(D(2020, 10, 1), MilestoneStatus.AT_RISK, "Late"),
        today=D(2020, 10, 2),
    )
    rec = document.load_plan(plan.id).recommendations[0]
    edited = [dataclasses.replace(rec.milestones[0], description="Reworded."), *rec.milestones[1:]]
    document.set_milestones(rec.id, edited)
    again = _first(document.load_plan(plan.id))
    assert again.description == "Reworded."
    assert again.original_due == _first(plan).due
    assert [e.text for e in again.progress] == ["Late"]
    assert again.status is MilestoneStatus.AT_RISK


def test_deleted_recommendation_comes_back_with_its_history(document: Document, plan: Plan) -> None:
    _revise(document, plan)
    rec_id = plan.recommendations[0].id
    document.set_recommendation_status(rec_id, RecommendationStatus.PARTIALLY_IMPLEMENTED)
    document.set_assessments(
        rec_id, [Assessment(AssessmentSource.OAG, D(2022, 5, 1), "Unsatisfactory")]
    )
    full = document.load_plan(plan.id).recommendations[0]
    index, removed = document.delete_recommendation(rec_id)
    assert removed == full
    document.insert_recommendation(plan.id, index, removed)
    assert document.load_plan(plan.id).recommendations[0] == full
    assert full.status is RecommendationStatus.PARTIALLY_IMPLEMENTED
    assert full.assessments[0].rating == "Unsatisfactory"


def test_duplicated_plan_copies_history_as_new_rows(document: Document, plan: Plan) -> None:
    _revise(document, plan)
    full = document.load_plan(plan.id)
    twin = document.add_plan(without_ids(full))
    assert document.load_plan(twin.id) == full
    document.restore_milestone(_first(plan))  # undoing on the original leaves the copy
    assert _first(document.load_plan(twin.id)).revisions == _first(full).revisions


def test_progress_entries_newest_first_and_status_follows(document: Document, plan: Plan) -> None:
    mid = _first(plan).id
    today = D(2026, 5, 20)
    document.add_progress(
        mid, ProgressEntry(D(2026, 5, 1), MilestoneStatus.ON_TRACK, "a", 20), today=today
    )
    document.add_progress(
        mid,
        ProgressEntry(
            D(2026, 5, 15),
            MilestoneStatus.DELAYED,
            "b",
            30,
            delay_reason="Staff",
            recovery_plan="Hire",
            evidence=("GCdocs 123", "https://example.gc.ca/r"),
        ),
        today=today,
    )
    document.add_progress(
        mid, ProgressEntry(D(2026, 4, 10), MilestoneStatus.ON_TRACK, "c", 10), today=today
    )
    m = document.load_milestone(mid)
    assert [e.text for e in m.progress] == ["b", "a", "c"]
    assert m.status is MilestoneStatus.DELAYED
    assert m.progress[0].evidence == ("GCdocs 123", "https://example.gc.ca/r")
    assert (m.progress[0].delay_reason, m.progress[0].recovery_plan) == ("Staff", "Hire")
    assert _first(document.load_plan(plan.id)).progress == m.progress


def test_entries_freeze_when_their_period_closes(document: Document, plan: Plan) -> None:
    document.add_period(Q1)
    mid = _first(plan).id
    entry = ProgressEntry(D(2026, 5, 1), MilestoneStatus.ON_TRACK, "first")
    _before, after = document.add_progress(mid, entry, today=D(2026, 5, 2))
    stored = after.progress[0]
    better = dataclasses.replace(stored, text="better")
    _b, edited = document.edit_progress(mid, stored, better, today=D(2026, 6, 30))
    assert [e.text for e in edited.progress] == ["better"]
    with pytest.raises(FollowUpError):
        document.edit_progress(mid, edited.progress[0], stored, today=D(2026, 7, 1))
    with pytest.raises(FollowUpError):  # nor a new one dated into the closed period
        document.add_progress(mid, entry, today=D(2026, 7, 1))
    assert [e.text for e in document.load_milestone(mid).progress] == ["better"]


def test_update_round_marks_open_milestones_and_undoes(document: Document, plan: Plan) -> None:
    period = document.add_period(Q1)
    done = plan.recommendations[1].milestones[0]
    document.restore_milestone(dataclasses.replace(done, status=MilestoneStatus.COMPLETED))
    marked = document.start_update_round(period.id)
    assert done.id not in marked
    assert len(marked) == plan.milestone_count() - 1
    assert document.start_update_round(period.id) == []  # a second start marks nothing new
    assert period.id in _first(document.load_plan(plan.id)).awaiting
    items = {i.milestone_id: i for i in document.dashboard_items()}
    assert items[_first(plan).id].awaiting == {period.id}
    document.end_update_round(period.id, marked)
    assert all(not i.awaiting for i in document.dashboard_items())


def test_deleting_a_period_drops_its_requests_and_comes_back(
    document: Document, plan: Plan
) -> None:
    period = document.add_period(Q1)
    marked = document.start_update_round(period.id)
    removed, awaiting = document.delete_period(period.id)
    assert document.periods() == [] and awaiting == marked
    document.restore_period(removed, awaiting)
    assert document.periods() == [removed]
    assert _first(document.load_plan(plan.id)).awaiting == [period.id]


def test_dashboard_items_resolve_organization_and_latest_entry(
    document: Document, plan: Plan
) -> None:
    rec = plan.recommendations[0]
    m0, m1 = rec.milestones[0], rec.milestones[1]
    document.set_responsible_organization(m1.id, "Legal Services")
    document.add_progress(
        m0.id, ProgressEntry(D(2026, 5, 1), MilestoneStatus.AT_RISK), today=D(2026, 5, 1)
    )
    items = {i.milestone_id: i for i in document.dashboard_items()}
    assert len(items) == sum(p.milestone_count() for p in [plan])
    assert items[m0.id].organization == rec.contacts[0].organization
    assert items[m1.id].organization == "Legal Services"
    assert items[m0.id].latest_as_of == D(2026, 5, 1)
    assert items[m0.id].status is MilestoneStatus.AT_RISK
    assert items[m0.id].plan_name == plan.short_name
    assert items[m0.id].due == m0.due.date


def test_recommendation_status_completion_revision_and_submission(
    document: Document, plan: Plan
) -> None:
    rec = plan.recommendations[0]
    assert document.set_recommendation_status(rec.id, RecommendationStatus.IN_PROGRESS) is None
    assert document.set_recommendation_status(rec.id, None) is RecommendationStatus.IN_PROGRESS
    assert document.load_recommendation(rec.id).status is None
    before = document.revise_completion(rec.id, "FY 2022-23", reason="Scope")
    now = document.load_recommendation(rec.id)
    assert now.completion.text == "FY 2022-23"
    assert now.original_completion == rec.completion
    assert now.completion_revisions[0].reason == "Scope"
    document.restore_completion(before)
    assert document.load_recommendation(rec.id) == rec
    assert document.submitted_on(plan.id) is None
    sent = document.add_submission(plan.id, Submission(D(2020, 6, 1), "PACP"))
    assert document.submissions(plan.id) == [sent]
    assert document.submitted_on(plan.id) == D(2020, 6, 1)


def test_find_milestone_by_number(document: Document, plan: Plan) -> None:
    assert document.find_milestone(plan.id, _first(plan).number) == _first(plan).id
    with pytest.raises(MilestoneNotFound):
        document.find_milestone(plan.id, "99.9")


def test_first_revision_document_upgrades_with_in_progress_as_on_track(tmp_path: Path) -> None:
    path = tmp_path / "old.planapp"
    make_document_at_r0001(path, sample_plan())
    con = sqlite3.connect(path)
    con.execute("UPDATE milestone SET status = 'in progress' WHERE id = 1")
    con.commit()
    con.close()
    with Document.open(path) as doc:
        plan = doc.load_plan(1)
    assert _first(plan).status is MilestoneStatus.ON_TRACK
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT status FROM milestone WHERE id = 1").fetchone() == ("on track",)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    finally:
        con.close()
    expected = sample_plan()
    expected.recommendations[0].milestones[0].status = MilestoneStatus.ON_TRACK
    assert plan == expected


def test_committed_first_revision_fixture_upgrades_and_takes_follow_up(tmp_path: Path) -> None:
    path = tmp_path / "old.planapp"
    shutil.copyfile(R0001, path)
    with Document.open(path) as doc:
        plan = doc.load_plan(doc.plans()[0].id)
        assert plan == sample_plan()
        _before, after = doc.revise_due(_first(plan).id, "2030-01-01", reason="Later")
        assert after.original_due == _first(plan).due
