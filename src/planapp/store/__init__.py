"""The plan document on disk: SQLite through SQLAlchemy, with Alembic migrations."""
