"""Dashboard buckets and groups at a fixed day, on milestones built for each boundary."""

from __future__ import annotations

import datetime as dt

from planapp.domain.dashboard import (
    Bucket,
    DashboardItem,
    GroupBy,
    buckets_of,
    build,
    counts,
)
from planapp.domain.history import ReportingPeriod
from planapp.domain.status import MilestoneStatus as S

TODAY = dt.date(2026, 5, 13)
PERIOD = ReportingPeriod("Q1 2026-27", dt.date(2026, 4, 1), dt.date(2026, 6, 30), id=5)
_ids = iter(range(1, 1000))


def item(
    due: dt.date | None,
    status: S = S.ON_TRACK,
    plan: str = "Plan A",
    org: str = "Finance",
    **kw,
) -> DashboardItem:
    n = next(_ids)
    return DashboardItem(
        plan_id=1 if plan == "Plan A" else 2,
        plan_name=plan,
        recommendation_id=n,
        recommendation_ref=str(n),
        milestone_id=n,
        number=f"{n}.1",
        description=f"Milestone {n}",
        due_text=due.isoformat() if due else "",
        due=due,
        status=status,
        organization=org,
        **kw,
    )


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def test_due_date_boundaries() -> None:
    def where(n: int) -> list[Bucket]:
        return buckets_of(item(days(n)), TODAY, None)

    assert where(-1) == [Bucket.OVERDUE]  # overdue by one day
    assert where(0) == [Bucket.DUE_30]  # due today is not overdue yet
    assert where(30) == [Bucket.DUE_30]  # due in exactly 30 days
    assert where(31) == [Bucket.DUE_90]
    assert where(90) == [Bucket.DUE_90]
    assert where(91) == []
    assert buckets_of(item(None), TODAY, None) == []


def test_closed_milestones_are_never_due() -> None:
    assert buckets_of(item(days(-10), S.COMPLETED), TODAY, None) == []
    assert buckets_of(item(days(-10), S.CANCELLED), TODAY, None) == []


def test_at_risk_and_delayed_also_show_their_due_bucket() -> None:
    assert buckets_of(item(days(-3), S.DELAYED), TODAY, None) == [Bucket.OVERDUE, Bucket.AT_RISK]
    assert buckets_of(item(None, S.AT_RISK), TODAY, None) == [Bucket.AT_RISK]


def test_awaiting_an_update_for_the_current_period() -> None:
    asked = frozenset({5})
    assert Bucket.AWAITING in buckets_of(item(None, awaiting=asked), TODAY, PERIOD)
    answered = item(None, awaiting=asked, latest_as_of=dt.date(2026, 4, 1))  # first day counts
    assert Bucket.AWAITING not in buckets_of(answered, TODAY, PERIOD)
    stale = item(None, awaiting=asked, latest_as_of=dt.date(2026, 3, 31))
    assert Bucket.AWAITING in buckets_of(stale, TODAY, PERIOD)
    assert Bucket.AWAITING not in buckets_of(item(None, awaiting=frozenset({4})), TODAY, PERIOD)
    assert buckets_of(item(None, awaiting=asked), TODAY, None) == []


def test_completed_this_period() -> None:
    inside = item(days(-20), S.COMPLETED, completed_on=dt.date(2026, 4, 1))
    before = item(days(-20), S.COMPLETED, completed_on=dt.date(2026, 3, 31))
    assert buckets_of(inside, TODAY, PERIOD) == [Bucket.COMPLETED]
    assert buckets_of(before, TODAY, PERIOD) == []


def _fixture() -> list[DashboardItem]:
    return [
        item(days(-1), plan="Plan B", org="IT"),
        item(days(-40), plan="Plan A", org="Finance"),
        item(days(-2), plan="Plan A", org=""),
        item(days(0), plan="Plan A", org="Finance"),
        item(days(30), S.AT_RISK, plan="Plan B", org="IT"),
        item(days(45), plan="Plan A", org="finance"),
        item(days(200), S.DELAYED, plan="Plan B", org="IT", awaiting=frozenset({5})),
        item(days(-5), S.COMPLETED, completed_on=days(-5)),
    ]


def test_groups_by_plan_with_counts() -> None:
    sections = build(_fixture(), TODAY, [PERIOD], GroupBy.PLAN)
    assert [s.bucket for s in sections] == list(Bucket)
    assert counts(sections) == {
        Bucket.OVERDUE: 3,
        Bucket.DUE_30: 2,
        Bucket.DUE_90: 1,
        Bucket.AT_RISK: 2,
        Bucket.AWAITING: 1,
        Bucket.COMPLETED: 1,
    }
    overdue = sections[0]
    assert [(g.label, g.count) for g in overdue.groups] == [("Plan A", 2), ("Plan B", 1)]
    # items by due date within a group: most overdue first
    assert [i.due for i in overdue.groups[0].items] == [days(-40), days(-2)]


def test_groups_by_organization_and_month() -> None:
    by_org = build(_fixture(), TODAY, [PERIOD], GroupBy.ORGANIZATION)
    overdue = by_org[0]
    assert [(g.label, g.count) for g in overdue.groups] == [
        ("No organization", 1),
        ("Finance", 1),
        ("IT", 1),
    ]
    due_soon = build(_fixture(), TODAY, [PERIOD], GroupBy.MONTH)[1]
    assert [(g.label, g.count) for g in due_soon.groups] == [("May 2026", 1), ("June 2026", 1)]
    undated = build([item(None, S.AT_RISK)], TODAY, [], GroupBy.MONTH)[3]
    assert [g.label for g in undated.groups] == ["No date"]


def test_organization_groups_ignore_case() -> None:
    due_90 = build(_fixture(), TODAY, [PERIOD], GroupBy.ORGANIZATION)[2]
    assert [g.label for g in due_90.groups] == ["finance"]
    both = build(
        [item(days(-1), org="Finance"), item(days(-2), org="FINANCE")],
        TODAY,
        [],
        GroupBy.ORGANIZATION,
    )
    assert [g.count for g in both[0].groups] == [2]
