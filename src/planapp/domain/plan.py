"""The plan's entities as plain values.

Every layer exchanges these: the store loads and saves them, the Excel and print code read and
write them, the UI caches them. They carry no session and no Qt, so they can cross any boundary.
Database ids ride along (``compare=False``) so that two plans with the same content are equal
whatever their ids, which is what a round trip through a workbook must preserve.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as _dt
from dataclasses import dataclass, field
from enum import StrEnum

from planapp.domain.dates import parse_date
from planapp.domain.history import Assessment, DateRevision, ProgressEntry
from planapp.domain.status import MilestoneStatus, RecommendationStatus


class PlanStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    IN_PROGRESS = "in progress"
    COMPLETED = "completed"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True)
class WrittenDate:
    """A date as the department wrote it, plus the calendar day it means (None if unreadable)."""

    text: str = ""
    date: _dt.date | None = None

    @classmethod
    def of(cls, text: str | None) -> WrittenDate:
        """Keep ``text`` verbatim and derive its date with the domain parser."""
        text = (text or "").strip()
        return cls(text, parse_date(text) if text else None)

    @property
    def unreadable(self) -> bool:
        """True when there is text but no date could be derived: the UI flags these."""
        return bool(self.text) and self.date is None

    def __str__(self) -> str:
        return self.text


@dataclass
class Milestone:
    number: str = ""
    description: str = ""
    due: WrittenDate = field(default_factory=WrittenDate)
    status: MilestoneStatus = MilestoneStatus.NOT_STARTED
    completed_on: WrittenDate = field(default_factory=WrittenDate)
    id: int | None = field(default=None, compare=False)
    # Follow-up: the office that owns the action ("" means the recommendation's first
    # contact's), the date first promised (None until the due date is revised), every
    # revision and progress entry (newest first), and the periods an update is awaited for.
    organization: str = ""
    original_due: WrittenDate | None = None
    revisions: list[DateRevision] = field(default_factory=list)
    progress: list[ProgressEntry] = field(default_factory=list)
    awaiting: list[int] = field(default_factory=list)
    # The description in the plan's other language (domain.bilingual).
    translations: dict[str, str] = field(default_factory=dict)

    def is_overdue(self, today: _dt.date) -> bool:
        """Past its due date and neither completed nor cancelled."""
        if self.status in (MilestoneStatus.COMPLETED, MilestoneStatus.CANCELLED):
            return False
        return self.due.date is not None and self.due.date < today


@dataclass
class Contact:
    organization: str = ""
    name: str = ""
    title: str = ""
    phone: str = ""
    email: str = ""
    id: int | None = field(default=None, compare=False)
    # Organization and title in the plan's other language (domain.bilingual).
    translations: dict[str, str] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not any((self.organization, self.name, self.title, self.phone, self.email))


@dataclass
class ExtraColumn:
    """A column of an imported plan that maps to no template field, kept with its row.

    Departments add columns ("Planned Action", "Status", "Comments"); an import never drops
    one, so each is kept as its heading and this recommendation's text under it.
    """

    heading: str = ""
    text: str = ""
    # Heading and text in the plan's other language (domain.bilingual).
    translations: dict[str, str] = field(default_factory=dict)


@dataclass
class Recommendation:
    ref: str = ""
    recommendation: str = ""
    response: str = ""
    outcome: str = ""
    completion: WrittenDate = field(default_factory=WrittenDate)
    indicator: str = ""
    milestones: list[Milestone] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    extra: list[ExtraColumn] = field(default_factory=list)
    id: int | None = field(default=None, compare=False)
    # Follow-up: the status the user set (None until set), outside assessments, and the
    # completion date first promised with its revisions.
    status: RecommendationStatus | None = None
    assessments: list[Assessment] = field(default_factory=list)
    original_completion: WrittenDate | None = None
    completion_revisions: list[DateRevision] = field(default_factory=list)
    # Field name -> its text in the plan's other language ("" or absent: not translated);
    # domain.bilingual is the one place that reads and writes it.
    translations: dict[str, str] = field(default_factory=dict)


# The plan's own text fields (its status aside), as every layer stores and compares them.
PLAN_TEXT_FIELDS = (
    "department",
    "department_fr",
    "acronym",
    "title",
    "title_fr",
    "audit_title",
    "audit_title_fr",
    "report_ref",
)


@dataclass
class Plan:
    department: str = ""
    department_fr: str = ""
    acronym: str = ""
    title: str = ""
    title_fr: str = ""
    audit_title: str = ""
    audit_title_fr: str = ""
    report_ref: str = ""
    status: PlanStatus = PlanStatus.DRAFT
    # The language the plan is written in: "en", "fr" or "both" (template.Language). Titles,
    # dates and headings are shown, printed and exported in it.
    language: str = "en"
    recommendations: list[Recommendation] = field(default_factory=list)
    id: int | None = field(default=None, compare=False)

    @property
    def display_title(self) -> str:
        """The title row as the template prints it: stored text, else derived from the name."""
        if self.title:
            return self.title
        name = self.department.upper()
        if self.acronym:
            name = f"{name} ({self.acronym})" if name else self.acronym
        return f"{name} DETAILED ACTION PLAN".strip()

    @property
    def display_audit_title(self) -> str:
        """The audit title row, bilingual when both languages are filled in (as in the seed)."""
        if self.audit_title and self.audit_title_fr:
            return f"{self.audit_title}/ {self.audit_title_fr}"
        return self.audit_title or self.audit_title_fr

    @property
    def short_name(self) -> str:
        """What the plan list shows."""
        return self.audit_title or self.audit_title_fr or self.display_title or "Untitled plan"

    def milestone_count(self) -> int:
        return sum(len(r.milestones) for r in self.recommendations)


def without_ids(plan: Plan) -> Plan:
    """A deep copy that the store will insert as new rows (a duplicate, not a restore)."""
    twin = copy.deepcopy(plan)
    twin.id = None
    for rec in twin.recommendations:
        rec.id = None
        for item in (*rec.milestones, *rec.contacts):
            item.id = None
        _drop_history_ids(rec)
    return twin


def _drop_history_ids(rec: Recommendation) -> None:
    """A duplicate's follow-up history is new rows too."""
    rec.assessments = [dataclasses.replace(a, id=None) for a in rec.assessments]
    rec.completion_revisions = [dataclasses.replace(r, id=None) for r in rec.completion_revisions]
    for m in rec.milestones:
        m.revisions = [dataclasses.replace(r, id=None) for r in m.revisions]
        m.progress = [dataclasses.replace(e, id=None) for e in m.progress]
