"""Extra columns of imported plans and each plan's language.

A recommendation keeps the columns of an imported workbook that map to no template field as
ordered (heading, text) rows; a plan records the language it is written in ("en", "fr" or
"both"). Older documents open with no extra columns and English.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite adds a NOT NULL column in place when it has a constant default.
    op.add_column("plan", sa.Column("language", sa.String(10), nullable=False, server_default="en"))
    op.create_table(
        "extra_column",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("recommendation_id", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("heading", sa.Text, nullable=False, server_default=""),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_extra_column"),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendation.id"],
            ondelete="CASCADE",
            name="fk_extra_column_recommendation_id_recommendation",
        ),
    )
    op.create_index("ix_extra_column_recommendation_id", "extra_column", ["recommendation_id"])
    op.create_index(
        "ix_extra_column_recommendation_id_position",
        "extra_column",
        ["recommendation_id", "position"],
    )


def downgrade() -> None:
    op.drop_table("extra_column")
    with op.batch_alter_table("plan") as batch:
        batch.drop_column("language")
