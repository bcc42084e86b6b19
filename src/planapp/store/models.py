"""Tables of a planapp document (SQLAlchemy 2 typed ORM).

Each date field is stored twice: the text the department wrote (``*_text``) and the calendar day
derived from it (``*_date``, NULL when the text could not be read). Children are ordered by an
explicit ``position`` so that reordering is one UPDATE and the template order is never lost.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints so that later Alembic batch migrations can find them on SQLite.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _text(type_: Any = Text, default: str = "") -> Any:
    """A NOT NULL text column with the same default in Python and in the schema.

    The migrations give these columns a server default; declaring it here too keeps the ORM
    metadata equal to the migrated schema, so autogenerate proposes no spurious changes.
    """
    return mapped_column(type_, default=default, server_default=default)


def _translations() -> Any:
    """0006: field name -> the text in the plan's other language (domain.bilingual)."""
    return mapped_column(JSON, default=dict, server_default="{}")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class PlanRow(Base):
    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    department: Mapped[str] = _text()
    department_fr: Mapped[str] = _text()
    acronym: Mapped[str] = _text(String(40))
    title: Mapped[str] = _text()
    title_fr: Mapped[str] = _text()
    audit_title: Mapped[str] = _text()
    audit_title_fr: Mapped[str] = _text()
    report_ref: Mapped[str] = _text()
    status: Mapped[str] = _text(String(20), "draft")
    language: Mapped[str] = _text(String(10), "en")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # 0005


class RecommendationRow(Base):
    __tablename__ = "recommendation"
    __table_args__ = (Index("ix_recommendation_plan_id_position", "plan_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    ref: Mapped[str] = _text()
    recommendation: Mapped[str] = _text()
    response: Mapped[str] = _text()
    outcome: Mapped[str] = _text()
    completion_text: Mapped[str] = _text()
    completion_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    indicator: Mapped[str] = _text()
    # Follow-up (0004): the status the user set ("" until set) and the first completion date.
    status: Mapped[str] = _text(String(40))
    original_completion_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    original_completion_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # 0005: raised by every change of the row or its children (no lost updates).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    translations: Mapped[dict[str, str]] = _translations()


class MilestoneRow(Base):
    __tablename__ = "milestone"
    __table_args__ = (
        Index("ix_milestone_recommendation_id_position", "recommendation_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = _text()
    description: Mapped[str] = _text()
    due_text: Mapped[str] = _text()
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = _text(String(20), "not started")
    completed_text: Mapped[str] = _text()
    completed_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # Follow-up (0004): the responsible office ("" for the first contact's) and the first
    # due date (NULL until the date is revised).
    organization: Mapped[str] = _text()
    original_due_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    original_due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    translations: Mapped[dict[str, str]] = _translations()


class ContactRow(Base):
    __tablename__ = "contact"
    __table_args__ = (
        Index("ix_contact_recommendation_id_position", "recommendation_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    organization: Mapped[str] = _text()
    name: Mapped[str] = _text()
    title: Mapped[str] = _text()
    phone: Mapped[str] = _text()
    email: Mapped[str] = _text()
    translations: Mapped[dict[str, str]] = _translations()


class ExtraColumnRow(Base):
    """A column of an imported workbook that maps to no field, kept with its recommendation."""

    __tablename__ = "extra_column"
    __table_args__ = (
        Index("ix_extra_column_recommendation_id_position", "recommendation_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    heading: Mapped[str] = _text()
    text: Mapped[str] = _text()
    translations: Mapped[dict[str, str]] = _translations()


# -- follow-up (0004) --------------------------------------------------------------------------


class DateRevisionRow(Base):
    """One change of a milestone's due date or a recommendation's completion date."""

    __tablename__ = "date_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    milestone_id: Mapped[int | None] = mapped_column(
        ForeignKey("milestone.id", ondelete="CASCADE"), index=True, nullable=True
    )
    recommendation_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True, nullable=True
    )
    position: Mapped[int] = mapped_column(Integer)
    old_text: Mapped[str] = _text()
    new_text: Mapped[str] = _text()
    reason: Mapped[str] = _text()
    approved_by: Mapped[str] = _text()
    approved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    changed_by: Mapped[str] = _text()
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class ProgressEntryRow(Base):
    __tablename__ = "progress_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    milestone_id: Mapped[int] = mapped_column(
        ForeignKey("milestone.id", ondelete="CASCADE"), index=True
    )
    as_of: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = _text(String(20), "not started")
    text: Mapped[str] = _text()
    percent: Mapped[int | None] = mapped_column(Integer, nullable=True)
    delay_reason: Mapped[str] = _text()
    recovery_plan: Mapped[str] = _text()
    evidence: Mapped[str] = _text()  # one reference per line
    author: Mapped[str] = _text()
    recorded_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class AssessmentRow(Base):
    __tablename__ = "assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = _text(String(20), "OAG")
    assessed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    rating: Mapped[str] = _text()
    reference: Mapped[str] = _text()


class ReportingPeriodRow(Base):
    __tablename__ = "reporting_period"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = _text()
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)


class UpdateRequestRow(Base):
    """A milestone asked for an update in a period (by "start update round")."""

    __tablename__ = "update_request"
    __table_args__ = (PrimaryKeyConstraint("milestone_id", "period_id"),)

    milestone_id: Mapped[int] = mapped_column(ForeignKey("milestone.id", ondelete="CASCADE"))
    period_id: Mapped[int] = mapped_column(
        ForeignKey("reporting_period.id", ondelete="CASCADE"), index=True
    )


class SubmissionRow(Base):
    """A plan (or a progress report on it) sent: when and to whom."""

    __tablename__ = "submission"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    submitted_on: Mapped[dt.date] = mapped_column(Date)
    recipient: Mapped[str] = _text()
    note: Mapped[str] = _text()


# -- versions and history (0005) ---------------------------------------------------------------


class ChangeLogRow(Base):
    """One field changed (or one row added or removed): who, when, from what to what."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    changed_by: Mapped[str] = _text()
    plan_id: Mapped[int | None] = mapped_column(Integer, index=True, nullable=True)
    recommendation_id: Mapped[int | None] = mapped_column(Integer, index=True, nullable=True)
    milestone_id: Mapped[int | None] = mapped_column(Integer, index=True, nullable=True)
    item: Mapped[str] = _text()
    field: Mapped[str] = _text()
    old_text: Mapped[str] = _text()
    new_text: Mapped[str] = _text()
