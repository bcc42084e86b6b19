"""Sort keys and filters of the plan table, on plain values."""

from __future__ import annotations

import datetime as dt

from planapp.domain.plan import Contact, Milestone, MilestoneStatus, Recommendation, WrittenDate
from planapp.domain.plan_view import RowFilter, natural_key, organizations, sorted_rows
from planapp.domain.template import Column

TODAY = dt.date(2021, 6, 1)


def _rec(ref: str, completion: str = "", org: str = "", milestones=()) -> Recommendation:
    return Recommendation(
        ref=ref,
        completion=WrittenDate.of(completion),
        contacts=[Contact(organization=org)] if org else [],
        milestones=list(milestones),
    )


def _m(due: str, status: MilestoneStatus = MilestoneStatus.NOT_STARTED) -> Milestone:
    return Milestone(number="1", due=WrittenDate.of(due), status=status)


RECS = [
    _rec("Rec. 10", "March 31, 2022", "CBSA", [_m("May 1, 2021")]),
    _rec("Rec. 2", "", "IRCC", [_m("July 1, 2021", MilestoneStatus.IN_PROGRESS)]),
    _rec("Rec. 9", "December 31, 2021", "cbsa", [_m("May 1, 2021", MilestoneStatus.COMPLETED)]),
    _rec("", "sometime"),
]


def test_refs_sort_as_numbers_and_empty_last() -> None:
    assert natural_key("Rec. 2") < natural_key("Rec. 10")
    assert sorted_rows(RECS, Column.REF) == [1, 2, 0, 3]
    assert sorted_rows(RECS, Column.REF, descending=True) == [0, 2, 1, 3]


def test_dates_sort_as_days_with_unreadable_and_empty_last() -> None:
    assert sorted_rows(RECS, Column.COMPLETION) == [2, 0, 3, 1]  # "sometime", then none


def test_milestones_sort_by_the_next_open_due_date() -> None:
    assert sorted_rows(RECS, Column.MILESTONES)[:2] == [0, 1]


def test_filters() -> None:
    def shown(f: RowFilter) -> list[int]:
        return [i for i, r in enumerate(RECS) if f.matches(r, TODAY)]

    assert shown(RowFilter()) == [0, 1, 2, 3] and not RowFilter().active
    assert shown(RowFilter(status=MilestoneStatus.IN_PROGRESS)) == [1]
    assert shown(RowFilter(organization="CBSA")) == [0, 2]
    assert shown(RowFilter(due_before=dt.date(2021, 6, 1))) == [0]
    assert shown(RowFilter(due_before=dt.date(2022, 1, 1))) == [0, 1, 2]
    assert shown(RowFilter(overdue_only=True)) == [0]
    assert shown(RowFilter(organization="cbsa", overdue_only=True)) == [0]
    assert organizations(RECS) == ["CBSA", "IRCC"]
