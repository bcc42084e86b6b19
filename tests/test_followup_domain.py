"""Follow-up rules: status words, revised dates, progress entries and periods."""

from __future__ import annotations

import datetime as dt

import pytest

from planapp.domain.followup import (
    FollowUpError,
    add_progress,
    current_period,
    governing_period,
    is_awaiting,
    is_frozen,
    newest_first,
    progress_summary,
    replace_progress,
    responsible_organization,
    revise_completion,
    revise_due,
    revision_note,
    revision_tooltip,
    start_update_round,
    suggested_status,
)
from planapp.domain.history import ProgressEntry, ReportingPeriod
from planapp.domain.plan import (
    Contact,
    Milestone,
    Plan,
    Recommendation,
    WrittenDate,
    without_ids,
)
from planapp.domain.status import AssessmentSource, MilestoneStatus, RecommendationStatus

D = dt.date
Q1 = ReportingPeriod("Q1 2026-27", D(2026, 4, 1), D(2026, 6, 30), id=1)
Q2 = ReportingPeriod("Q2 2026-27", D(2026, 7, 1), D(2026, 9, 30), id=2)


def test_milestone_statuses_in_the_words_people_use() -> None:
    assert [s.value for s in MilestoneStatus] == [
        "not started",
        "on track",
        "at risk",
        "delayed",
        "completed",
        "cancelled",
    ]
    assert MilestoneStatus.ON_TRACK.label == "On track"


@pytest.mark.parametrize("old", ["in progress", "In Progress", " in  progress ", "in_progress"])
def test_old_in_progress_reads_as_on_track(old: str) -> None:
    assert MilestoneStatus(old) is MilestoneStatus.ON_TRACK
    assert MilestoneStatus.IN_PROGRESS is MilestoneStatus.ON_TRACK


def test_unknown_status_is_still_refused() -> None:
    with pytest.raises(ValueError):
        MilestoneStatus("finished-ish")


def test_recommendation_statuses_and_sources() -> None:
    assert [s.value for s in RecommendationStatus] == [
        "in progress",
        "implemented, awaiting verification",
        "fully implemented",
        "substantially implemented",
        "partially implemented",
        "not implemented",
        "will not be implemented",
    ]
    assert RecommendationStatus.AWAITING_VERIFICATION.label == "Implemented, awaiting verification"
    assert [s.label for s in AssessmentSource] == ["OAG", "PACP", "Audit committee"]


def _milestone(due: str = "September 30, 2020", **kw) -> Milestone:
    return Milestone("1.1", "Draft the framework.", WrittenDate.of(due), **kw)


def test_revising_a_due_date_keeps_the_first_one_and_every_revision() -> None:
    m = _milestone()
    at = dt.datetime(2020, 9, 1, 10, 0)
    once = revise_due(
        m, "December 31, 2020", reason="Consultations took longer", changed_by="jdoe", changed_at=at
    )
    twice = revise_due(
        once,
        "March 31, 2021",
        reason="Pandemic",
        approved_by="ADM Corporate",
        approved_on=D(2020, 12, 15),
    )
    assert m.original_due is None and m.revisions == []  # the input is not changed
    assert twice.due == WrittenDate.of("March 31, 2021")
    assert twice.original_due == WrittenDate.of("September 30, 2020")
    assert [(r.old_text, r.new_text, r.reason) for r in twice.revisions] == [
        ("September 30, 2020", "December 31, 2020", "Consultations took longer"),
        ("December 31, 2020", "March 31, 2021", "Pandemic"),
    ]
    assert not twice.revisions[0].approved and twice.revisions[1].approved
    assert revision_note(twice.original_due, twice.revisions) == "Revised from September 30, 2020"
    tip = revision_tooltip(twice.revisions)
    assert "Consultations took longer" in tip and "(not approved)" in tip
    assert "approved by ADM Corporate on December 15, 2020" in tip
    assert "on September 1, 2020 by jdoe" in tip


def test_same_date_is_no_revision_and_unrevised_has_no_note() -> None:
    m = _milestone()
    assert revise_due(m, " September 30, 2020 ", reason="x") is m
    assert revision_note(m.original_due, m.revisions) == ""


def test_revising_a_completion_date() -> None:
    rec = Recommendation(ref="1", completion=WrittenDate.of("FY 2020-21"))
    new = revise_completion(rec, "FY 2021-22", reason="Scope grew")
    assert new.original_completion == WrittenDate.of("FY 2020-21")
    assert new.completion.text == "FY 2021-22"
    assert new.completion_revisions[0].reason == "Scope grew"


def _entry(day: dt.date, status=MilestoneStatus.ON_TRACK, text: str = "", **kw) -> ProgressEntry:
    return ProgressEntry(day, status, text or f"as of {day}", **kw)


def test_progress_entries_are_newest_first_and_set_the_status() -> None:
    m = _milestone()
    m = add_progress(m, _entry(D(2026, 5, 1)))
    m = add_progress(m, _entry(D(2026, 8, 1), MilestoneStatus.DELAYED, delay_reason="Staffing"))
    m = add_progress(m, _entry(D(2026, 6, 1), MilestoneStatus.AT_RISK))  # entered late
    assert [e.as_of for e in m.progress] == [D(2026, 8, 1), D(2026, 6, 1), D(2026, 5, 1)]
    assert m.status is MilestoneStatus.DELAYED  # the latest entry's, not the last typed
    done = add_progress(m, _entry(D(2026, 9, 2), MilestoneStatus.COMPLETED))
    assert done.completed_on == WrittenDate.of("2026-09-02")


def test_same_day_entries_order_by_when_recorded() -> None:
    a = _entry(D(2026, 5, 1), recorded_at=dt.datetime(2026, 5, 1, 9))
    b = _entry(D(2026, 5, 1), recorded_at=dt.datetime(2026, 5, 1, 15))
    assert newest_first([a, b]) == [b, a]


def test_percent_is_checked() -> None:
    with pytest.raises(ValueError):
        _entry(D(2026, 5, 1), percent=101)


def test_entries_freeze_when_their_period_closes() -> None:
    periods = [Q2, Q1]
    entry = _entry(D(2026, 5, 15))
    assert governing_period(entry.as_of, periods) == Q1
    assert not is_frozen(entry, periods, D(2026, 6, 30))  # the period's last day: still open
    assert is_frozen(entry, periods, D(2026, 7, 1))
    # between periods, an entry belongs to the next one to close
    assert governing_period(D(2026, 3, 1), periods) == Q1
    # after every period: never frozen until a period is defined for it
    assert not is_frozen(_entry(D(2026, 10, 5)), periods, D(2030, 1, 1))


def test_a_frozen_entry_cannot_be_edited() -> None:
    old = _entry(D(2026, 5, 15), text="first")
    m = add_progress(_milestone(), old)
    edited = replace_progress(m, old, _entry(D(2026, 5, 20), text="better"), [Q1], D(2026, 6, 1))
    assert [e.text for e in edited.progress] == ["better"]
    with pytest.raises(FollowUpError, match="closed reporting period"):
        replace_progress(m, old, _entry(D(2026, 5, 20)), [Q1], D(2026, 7, 1))
    with pytest.raises(FollowUpError):
        new_old = _entry(D(2026, 8, 1))
        replace_progress(
            add_progress(m, new_old), new_old, _entry(D(2026, 5, 2)), [Q1], D(2026, 8, 2)
        )


def test_current_period_and_update_round() -> None:
    assert current_period([Q1, Q2], D(2026, 7, 1)) == Q2
    assert current_period([Q1, Q2], D(2026, 10, 1)) is None
    m = start_update_round(_milestone(), Q2.id)
    assert m.awaiting == [2]
    assert start_update_round(m, Q2.id) is m
    assert is_awaiting(m, Q2)
    assert not is_awaiting(m, Q1)
    answered = add_progress(m, _entry(D(2026, 8, 1)))
    assert not is_awaiting(answered, Q2)
    closed = _milestone(status=MilestoneStatus.COMPLETED)
    assert start_update_round(closed, Q2.id).awaiting == []


def test_responsible_organization_defaults_to_first_contact() -> None:
    rec = Recommendation(
        contacts=[Contact(organization="Finance Branch"), Contact(organization="IT")],
        milestones=[_milestone(), _milestone(organization="Legal Services")],
    )
    assert responsible_organization(rec.milestones[0], rec) == "Finance Branch"
    assert responsible_organization(rec.milestones[1], rec) == "Legal Services"
    assert responsible_organization(_milestone(), Recommendation()) == ""


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([], None),
        ([MilestoneStatus.CANCELLED], RecommendationStatus.WILL_NOT_BE_IMPLEMENTED),
        (
            [MilestoneStatus.COMPLETED, MilestoneStatus.CANCELLED],
            RecommendationStatus.AWAITING_VERIFICATION,
        ),
        ([MilestoneStatus.COMPLETED, MilestoneStatus.DELAYED], RecommendationStatus.IN_PROGRESS),
        ([MilestoneStatus.NOT_STARTED], RecommendationStatus.IN_PROGRESS),
    ],
)
def test_suggested_recommendation_status(statuses, expected) -> None:
    rec = Recommendation(milestones=[_milestone(status=s) for s in statuses])
    assert suggested_status(rec) is expected
    assert rec.status is None  # a suggestion only: the user sets the status


def test_progress_summary_from_latest_entries() -> None:
    a = add_progress(_milestone(), _entry(D(2026, 5, 1), MilestoneStatus.COMPLETED, percent=100))
    b = add_progress(_milestone(), _entry(D(2026, 4, 1), percent=10))
    b = add_progress(b, _entry(D(2026, 6, 1), MilestoneStatus.DELAYED, percent=40))
    summary = progress_summary(Recommendation(milestones=[a, b, _milestone()]))
    assert summary.percent == 70
    assert summary.latest_as_of == D(2026, 6, 1)
    assert summary.text == "1 of 3 milestones completed; 1 delayed; last update 2026-06-01"


def test_period_must_end_after_it_starts() -> None:
    with pytest.raises(ValueError):
        ReportingPeriod("bad", D(2026, 5, 1), D(2026, 4, 1))


def test_duplicate_drops_history_ids() -> None:
    m = add_progress(_milestone(), _entry(D(2026, 5, 1), id=7))
    twin = without_ids(_plan_with(m))
    assert twin.recommendations[0].milestones[0].progress[0].id is None


def _plan_with(m: Milestone) -> Plan:
    return Plan(recommendations=[Recommendation(milestones=[m])])
