"""The first schema: plans, recommendations, milestones, contacts.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("department", sa.Text, nullable=False, server_default=""),
        sa.Column("department_fr", sa.Text, nullable=False, server_default=""),
        sa.Column("acronym", sa.String(40), nullable=False, server_default=""),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("title_fr", sa.Text, nullable=False, server_default=""),
        sa.Column("audit_title", sa.Text, nullable=False, server_default=""),
        sa.Column("audit_title_fr", sa.Text, nullable=False, server_default=""),
        sa.Column("report_ref", sa.Text, nullable=False, server_default=""),
        sa.Column("status", sa.String(20), nullable=False, server_default="draft"),
        sa.PrimaryKeyConstraint("id", name="pk_plan"),
    )
    op.create_table(
        "recommendation",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("plan_id", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("ref", sa.Text, nullable=False, server_default=""),
        sa.Column("recommendation", sa.Text, nullable=False, server_default=""),
        sa.Column("response", sa.Text, nullable=False, server_default=""),
        sa.Column("outcome", sa.Text, nullable=False, server_default=""),
        sa.Column("completion_text", sa.Text, nullable=False, server_default=""),
        sa.Column("completion_date", sa.Date, nullable=True),
        sa.Column("indicator", sa.Text, nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_recommendation"),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plan.id"],
            ondelete="CASCADE",
            name="fk_recommendation_plan_id_plan",
        ),
    )
    op.create_index("ix_recommendation_plan_id", "recommendation", ["plan_id"])
    for table, columns in (
        (
            "milestone",
            [
                sa.Column("number", sa.Text, nullable=False, server_default=""),
                sa.Column("description", sa.Text, nullable=False, server_default=""),
                sa.Column("due_text", sa.Text, nullable=False, server_default=""),
                sa.Column("due_date", sa.Date, nullable=True),
                sa.Column("status", sa.String(20), nullable=False, server_default="not started"),
                sa.Column("completed_text", sa.Text, nullable=False, server_default=""),
                sa.Column("completed_date", sa.Date, nullable=True),
            ],
        ),
        (
            "contact",
            [
                sa.Column("organization", sa.Text, nullable=False, server_default=""),
                sa.Column("name", sa.Text, nullable=False, server_default=""),
                sa.Column("title", sa.Text, nullable=False, server_default=""),
                sa.Column("phone", sa.Text, nullable=False, server_default=""),
                sa.Column("email", sa.Text, nullable=False, server_default=""),
            ],
        ),
    ):
        op.create_table(
            table,
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("recommendation_id", sa.Integer, nullable=False),
            sa.Column("position", sa.Integer, nullable=False),
            *columns,
            sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
            sa.ForeignKeyConstraint(
                ["recommendation_id"],
                ["recommendation.id"],
                ondelete="CASCADE",
                name=f"fk_{table}_recommendation_id_recommendation",
            ),
        )
        op.create_index(f"ix_{table}_recommendation_id", table, ["recommendation_id"])


def downgrade() -> None:
    for table in ("contact", "milestone", "recommendation", "plan"):
        op.drop_table(table)
