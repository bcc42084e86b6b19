"""Follow-up rules a user meets: unchanged dates, closed periods, tracking after submission."""

import datetime as dt

import pytest

from planapp.domain.followup import (
    FollowUpError,
    check_new_entry,
    must_track_change,
    progress_summary,
    revise_completion,
)
from planapp.domain.history import ProgressEntry, ReportingPeriod
from planapp.domain.plan import MilestoneStatus, Recommendation, WrittenDate

Q1 = ReportingPeriod("Q1 2024-25", dt.date(2024, 4, 1), dt.date(2024, 6, 30))


def test_revising_to_the_same_date_records_no_revision():
    rec = Recommendation(completion=WrittenDate.of("March 31, 2025"))
    same = revise_completion(rec, "March 31, 2025", reason="no change")
    assert same.completion.text == "March 31, 2025"
    assert same.completion_revisions == []
    assert same.original_completion is None


def test_changes_after_submission_are_tracked():
    today = dt.date(2024, 5, 1)
    assert must_track_change(dt.date(2024, 4, 1), today)
    assert must_track_change(today, today)
    assert not must_track_change(None, today)
    assert not must_track_change(dt.date(2024, 6, 1), today)


def test_new_entry_in_a_closed_period_is_refused():
    entry = ProgressEntry(dt.date(2024, 6, 15), MilestoneStatus.ON_TRACK)
    check_new_entry(entry, [Q1], dt.date(2024, 6, 30))  # still open on its last day
    with pytest.raises(FollowUpError, match="June 15, 2024 falls in a closed reporting period"):
        check_new_entry(entry, [Q1], dt.date(2024, 7, 1))


def test_summary_of_a_recommendation_without_milestones():
    assert progress_summary(Recommendation()).text == "No milestones"
