"""Follow-up: revised dates, progress entries, reporting periods, assessments, submissions.

Milestones gain a responsible organization and their first due date; recommendations a
status and their first completion date. The milestone status "in progress" of earlier
releases becomes "on track".

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text, nullable=False, server_default="")


def _fk(column: str, table: str, source: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{table}.id"], ondelete="CASCADE", name=f"fk_{source}_{column}_{table}"
    )


def upgrade() -> None:
    op.add_column("milestone", _text("organization"))
    op.add_column("milestone", sa.Column("original_due_text", sa.Text, nullable=True))
    op.add_column("milestone", sa.Column("original_due_date", sa.Date, nullable=True))
    op.add_column(
        "recommendation", sa.Column("status", sa.String(40), nullable=False, server_default="")
    )
    op.add_column("recommendation", sa.Column("original_completion_text", sa.Text, nullable=True))
    op.add_column("recommendation", sa.Column("original_completion_date", sa.Date, nullable=True))
    op.execute("UPDATE milestone SET status = 'on track' WHERE status = 'in progress'")

    op.create_table(
        "date_revision",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("milestone_id", sa.Integer, nullable=True),
        sa.Column("recommendation_id", sa.Integer, nullable=True),
        sa.Column("position", sa.Integer, nullable=False),
        _text("old_text"),
        _text("new_text"),
        _text("reason"),
        _text("approved_by"),
        sa.Column("approved_on", sa.Date, nullable=True),
        _text("changed_by"),
        sa.Column("changed_at", sa.DateTime, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_date_revision"),
        _fk("milestone_id", "milestone", "date_revision"),
        _fk("recommendation_id", "recommendation", "date_revision"),
    )
    op.create_index("ix_date_revision_milestone_id", "date_revision", ["milestone_id"])
    op.create_index("ix_date_revision_recommendation_id", "date_revision", ["recommendation_id"])

    op.create_table(
        "progress_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("milestone_id", sa.Integer, nullable=False),
        sa.Column("as_of", sa.Date, nullable=False),
        sa.Column("status", sa.String(20), nullable=False, server_default="not started"),
        _text("text"),
        sa.Column("percent", sa.Integer, nullable=True),
        _text("delay_reason"),
        _text("recovery_plan"),
        _text("evidence"),
        _text("author"),
        sa.Column("recorded_at", sa.DateTime, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_progress_entry"),
        _fk("milestone_id", "milestone", "progress_entry"),
    )
    op.create_index("ix_progress_entry_milestone_id", "progress_entry", ["milestone_id"])

    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("recommendation_id", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("source", sa.String(20), nullable=False, server_default="OAG"),
        sa.Column("assessed_on", sa.Date, nullable=True),
        _text("rating"),
        _text("reference"),
        sa.PrimaryKeyConstraint("id", name="pk_assessment"),
        _fk("recommendation_id", "recommendation", "assessment"),
    )
    op.create_index("ix_assessment_recommendation_id", "assessment", ["recommendation_id"])

    op.create_table(
        "reporting_period",
        sa.Column("id", sa.Integer, primary_key=True),
        _text("name"),
        sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("ends_on", sa.Date, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reporting_period"),
    )

    op.create_table(
        "update_request",
        sa.Column("milestone_id", sa.Integer, nullable=False),
        sa.Column("period_id", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("milestone_id", "period_id", name="pk_update_request"),
        _fk("milestone_id", "milestone", "update_request"),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["reporting_period.id"],
            ondelete="CASCADE",
            name="fk_update_request_period_id_reporting_period",
        ),
    )
    op.create_index("ix_update_request_period_id", "update_request", ["period_id"])

    op.create_table(
        "submission",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("plan_id", sa.Integer, nullable=False),
        sa.Column("submitted_on", sa.Date, nullable=False),
        _text("recipient"),
        _text("note"),
        sa.PrimaryKeyConstraint("id", name="pk_submission"),
        _fk("plan_id", "plan", "submission"),
    )
    op.create_index("ix_submission_plan_id", "submission", ["plan_id"])


def downgrade() -> None:
    for table in (
        "submission",
        "update_request",
        "reporting_period",
        "assessment",
        "progress_entry",
        "date_revision",
    ):
        op.drop_table(table)
    op.execute(
        "UPDATE milestone SET status = 'in progress' WHERE status IN ('on track', 'at risk')"
    )
    with op.batch_alter_table("milestone") as batch:
        for column in ("organization", "original_due_text", "original_due_date"):
            batch.drop_column(column)
    with op.batch_alter_table("recommendation") as batch:
        for column in ("status", "original_completion_text", "original_completion_date"):
            batch.drop_column(column)
