"""The document's tables as SQLAlchemy Core ``Table`` objects, named once for every module
that writes or reads rows in bulk (rows, follow-up, loading, history, tracking)."""

from __future__ import annotations

from planapp.store.models import (
    AssessmentRow,
    ChangeLogRow,
    ContactRow,
    DateRevisionRow,
    ExtraColumnRow,
    MilestoneRow,
    PlanRow,
    ProgressEntryRow,
    RecommendationRow,
    ReportingPeriodRow,
    SubmissionRow,
    UpdateRequestRow,
)

PLAN = PlanRow.__table__
REC = RecommendationRow.__table__
MILESTONE = MilestoneRow.__table__
CONTACT = ContactRow.__table__
EXTRA = ExtraColumnRow.__table__
REVISION = DateRevisionRow.__table__
PROGRESS = ProgressEntryRow.__table__
ASSESSMENT = AssessmentRow.__table__
PERIOD = ReportingPeriodRow.__table__
REQUEST = UpdateRequestRow.__table__
SUBMISSION = SubmissionRow.__table__
LOG = ChangeLogRow.__table__
