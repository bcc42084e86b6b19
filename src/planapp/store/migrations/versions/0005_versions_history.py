"""Row versions (no lost updates between editors) and the history of every change.

A plan and a recommendation carry a version that each change raises; an edit made from an
older version is refused instead of overwriting someone else's change (the recommendation's
version covers its milestones, contacts and extra columns). ``change_log`` keeps who changed
which field, when, from what to what; it names rows by id without foreign keys, so the history
of a removed recommendation stays.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

VERSIONED = ("plan", "recommendation")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("changed_at", sa.DateTime, nullable=False),
        sa.Column("changed_by", sa.Text, nullable=False, server_default=""),
        sa.Column("plan_id", sa.Integer, nullable=True),
        sa.Column("recommendation_id", sa.Integer, nullable=True),
        sa.Column("milestone_id", sa.Integer, nullable=True),
        sa.Column("item", sa.Text, nullable=False, server_default=""),
        sa.Column("field", sa.Text, nullable=False, server_default=""),
        sa.Column("old_text", sa.Text, nullable=False, server_default=""),
        sa.Column("new_text", sa.Text, nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_change_log"),
    )
    op.create_index("ix_change_log_plan_id", "change_log", ["plan_id"])
    op.create_index("ix_change_log_recommendation_id", "change_log", ["recommendation_id"])
    op.create_index("ix_change_log_milestone_id", "change_log", ["milestone_id"])


def downgrade() -> None:
    op.drop_table("change_log")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
