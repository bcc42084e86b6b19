"""Indexes on each table's (parent, position): rows come back in order without a sort.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (index name, table, columns): the names follow the metadata's naming convention.
INDEXES = (
    ("ix_recommendation_plan_id_position", "recommendation", ["plan_id", "position"]),
    ("ix_milestone_recommendation_id_position", "milestone", ["recommendation_id", "position"]),
    ("ix_contact_recommendation_id_position", "contact", ["recommendation_id", "position"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
