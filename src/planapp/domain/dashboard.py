"""The follow-up dashboard: which milestones need attention on a given day, grouped.

Pure functions over flat :class:`DashboardItem` rows (the store reads them for every plan of a
document in a few queries), so the window, the command line and the export show the same
groups and the rules are tested at each boundary without a database.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from planapp.domain import texts
from planapp.domain.followup import current_period
from planapp.domain.history import ReportingPeriod
from planapp.domain.status import MilestoneStatus
from planapp.domain.texts import QT_TRANSLATE_NOOP, english

DUE_SOON_DAYS = 30
DUE_LATER_DAYS = 90
_CLOSED = frozenset((MilestoneStatus.COMPLETED, MilestoneStatus.CANCELLED))
_RISKY = frozenset((MilestoneStatus.AT_RISK, MilestoneStatus.DELAYED))


class Bucket(StrEnum):
    OVERDUE = "overdue"
    DUE_30 = "due in 30 days"
    DUE_90 = "due in 90 days"
    AT_RISK = "at risk or delayed"
    AWAITING = "awaiting an update"
    COMPLETED = "completed this period"

    @property
    def label(self) -> str:
        """The bucket's heading in the user's language."""
        return str(BUCKET_LABELS[self.value])

    @property
    def english_label(self) -> str:
        """The bucket's heading in English, for a report in English."""
        return english(BUCKET_LABELS[self.value])


class GroupBy(StrEnum):
    PLAN = "plan"
    ORGANIZATION = "organization"
    MONTH = "month"


class DashboardItem(NamedTuple):
    """One milestone as the dashboard needs it, already resolved (organization, latest entry).

    A named tuple: a document's tens of thousands of milestones are made in a fraction of
    a dataclass's time.
    """

    plan_id: int
    plan_name: str
    recommendation_id: int
    recommendation_ref: str
    milestone_id: int
    number: str
    description: str
    due_text: str
    due: _dt.date | None
    status: MilestoneStatus
    organization: str = ""
    original_due_text: str = ""
    completed_on: _dt.date | None = None
    latest_as_of: _dt.date | None = None
    awaiting: frozenset[int] = frozenset()
    # For reports in either language (domain.dashboard_language): the plan's primary content
    # language, the description in its other language ("" if not translated), the plan's
    # French name.
    language: str = "en"
    description_other: str = ""
    plan_name_fr: str = ""


BUCKET_LABELS = {
    "overdue": QT_TRANSLATE_NOOP("Dashboard", "Overdue"),
    "due in 30 days": QT_TRANSLATE_NOOP("Dashboard", "Due within 30 days"),
    "due in 90 days": QT_TRANSLATE_NOOP("Dashboard", "Due in 31 to 90 days"),
    "at risk or delayed": QT_TRANSLATE_NOOP("Dashboard", "At risk or delayed"),
    "awaiting an update": QT_TRANSLATE_NOOP(
        "Dashboard", "Awaiting an update for the current period"
    ),
    "completed this period": QT_TRANSLATE_NOOP("Dashboard", "Completed this period"),
}


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    items: tuple[DashboardItem, ...]

    @property
    def count(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class Section:
    bucket: Bucket
    groups: tuple[Group, ...]

    @property
    def count(self) -> int:
        return sum(g.count for g in self.groups)


def buckets_of(
    item: DashboardItem, today: _dt.date, period: ReportingPeriod | None
) -> list[Bucket]:
    """Every bucket the milestone falls in on ``today`` (one milestone can be in several).

    Due dates: overdue when due before today; "within 30 days" from today (due today
    included) to today + 30; "31 to 90 days" after that up to today + 90.
    """
    found: list[Bucket] = []
    open_ = item.status not in _CLOSED
    if open_ and item.due is not None:
        days = (item.due - today).days
        if days < 0:
            found.append(Bucket.OVERDUE)
        elif days <= DUE_SOON_DAYS:
            found.append(Bucket.DUE_30)
        elif days <= DUE_LATER_DAYS:
            found.append(Bucket.DUE_90)
    if item.status in _RISKY:
        found.append(Bucket.AT_RISK)
    if (
        open_
        and period is not None
        and period.id in item.awaiting
        and not (item.latest_as_of is not None and period.contains(item.latest_as_of))
    ):
        found.append(Bucket.AWAITING)
    if (
        item.status is MilestoneStatus.COMPLETED
        and period is not None
        and item.completed_on is not None
        and period.contains(item.completed_on)
    ):
        found.append(Bucket.COMPLETED)
    return found


def group_key(item: DashboardItem, by: GroupBy) -> tuple[str, str]:
    """(sort key, label) of the item's group."""
    if by is GroupBy.PLAN:
        untitled = QT_TRANSLATE_NOOP("Dashboard", "Untitled plan")
        return f"{item.plan_name}\x00{item.plan_id:012d}", item.plan_name or untitled
    if by is GroupBy.ORGANIZATION:
        name = item.organization or QT_TRANSLATE_NOOP("Dashboard", "No organization")
        return ("\x01" if not item.organization else item.organization.casefold()), name
    if item.due is None:
        return "9999-99", QT_TRANSLATE_NOOP("Dashboard", "No date")
    return item.due.strftime("%Y-%m"), texts.month(item.due)


def _item_order(item: DashboardItem) -> tuple:
    return (item.due or _dt.date.max, item.plan_name, item.recommendation_ref, item.number)


def build(
    items: Iterable[DashboardItem],
    today: _dt.date,
    periods: Sequence[ReportingPeriod] = (),
    by: GroupBy = GroupBy.PLAN,
) -> list[Section]:
    """Sections in bucket order, each with its groups sorted and its items by due date."""
    period = current_period(periods, today)
    per_bucket: dict[Bucket, dict[str, tuple[str, list[DashboardItem]]]] = {b: {} for b in Bucket}
    for item in items:
        for bucket in buckets_of(item, today, period):
            key, label = group_key(item, by)
            per_bucket[bucket].setdefault(key, (label, []))[1].append(item)
    sections = []
    for bucket in Bucket:
        groups = tuple(
            Group(key, label, tuple(sorted(found, key=_item_order)))
            for key, (label, found) in sorted(per_bucket[bucket].items())
        )
        sections.append(Section(bucket, groups))
    return sections


def counts(sections: Sequence[Section]) -> dict[Bucket, int]:
    return {s.bucket: s.count for s in sections}
