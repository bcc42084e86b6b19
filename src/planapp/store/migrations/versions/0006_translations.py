"""Content in both languages: each text's version in the plan's other language.

Recommendations, milestones, contacts and extra columns gain ``translations``, a JSON object
from field name to the text in the plan's other language (``domain.bilingual``). Older
documents open with ``{}`` everywhere: nothing translated, every existing text unchanged.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TRANSLATED = ("recommendation", "milestone", "contact", "extra_column")


def upgrade() -> None:
    # A constant default lets SQLite add the NOT NULL column in place.
    for table in TRANSLATED:
        op.add_column(
            table, sa.Column("translations", sa.JSON, nullable=False, server_default="{}")
        )


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35 and later): a batch copy would drop and re-create each
    # table, and with foreign keys on, dropping one deletes every child row.
    for table in TRANSLATED:
        op.drop_column(table, "translations")
