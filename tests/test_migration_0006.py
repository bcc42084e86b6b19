"""Documents of the release before content in both languages (revision 0005) open migrated.

``tests/data/document-r0005.planapp`` holds the sample plan, one edit in its history and a
progress entry, at revision 0005; it was made by :func:`make_document_at_r0005` (regenerate it,
never needed unless it is lost, with ``.venv/bin/python tests/test_migration_0006.py``).
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from alembic import command

from planapp.domain.history import ProgressEntry
from planapp.domain.plan import MilestoneStatus
from planapp.domain.sample import sample_plan
from planapp.store.connection import alembic_config, head_revision, make_engine
from planapp.store.document import Document
from tests.test_migrations import _revision

DATA = Path(__file__).parent / "data"
R0005 = DATA / "document-r0005.planapp"


def make_document_at_r0005(path: Path) -> None:
    """The sample plan with some history, written by this release and taken down to 0005
    by the migration's own downgrade (the schema the previous release made)."""
    with Document.open(path, create=True, sample=True) as doc:
        plan = doc.load_plan(doc.plans()[0].id)
        rec = plan.recommendations[0]
        doc.set_recommendation(rec.id, indicator="Removals within 30 days")
        doc.add_progress(
            rec.milestones[0].id,
            ProgressEntry(dt.date(2020, 10, 1), MilestoneStatus.ON_TRACK, text="On track"),
            today=dt.date(2020, 10, 2),
        )
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
    finally:
        engine.dispose()
    con = sqlite3.connect(path)
    con.execute("VACUUM")
    con.close()


def _columns(path: Path, table: str) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
    finally:
        con.close()


def test_fixture_is_at_revision_0005_without_translations() -> None:
    assert _revision(R0005) == "0005"
    assert "translations" not in _columns(R0005, "recommendation")


def test_a_0005_document_opens_with_everything_and_nothing_translated(tmp_path: Path) -> None:
    path = tmp_path / "old.planapp"
    shutil.copyfile(R0005, path)
    with Document.open(path) as doc:
        plan = doc.load_plan(doc.plans()[0].id)
        rec = plan.recommendations[0]
        assert rec.indicator == "Removals within 30 days"
        assert rec.milestones[0].progress[0].text == "On track"
        assert [h.field for h in doc.history(recommendation_id=rec.id)] == ["indicator"]
        assert all(
            item.translations == {}
            for r in plan.recommendations
            for item in (r, *r.milestones, *r.contacts, *r.extra)
        )
        expected = sample_plan()
        expected.recommendations[0].indicator = "Removals within 30 days"
        assert [r.ref for r in plan.recommendations] == [r.ref for r in expected.recommendations]
        assert plan.recommendations[1:] == expected.recommendations[1:]
        doc.set_recommendation(rec.id, translations={"indicator": "Renvois en 30 jours"})
    assert _revision(path) == head_revision()
    for table in ("recommendation", "milestone", "contact", "extra_column"):
        assert "translations" in _columns(path, table)
    with Document.open(path) as doc:
        assert doc.load_recommendation(rec.id).translations == {"indicator": "Renvois en 30 jours"}


def test_the_generator_makes_what_is_committed(tmp_path: Path) -> None:
    path = tmp_path / "fresh-r0005.planapp"
    make_document_at_r0005(path)
    assert _revision(path) == "0005"
    assert _columns(path, "milestone") == _columns(R0005, "milestone")


if __name__ == "__main__":
    DATA.mkdir(exist_ok=True)
    R0005.unlink(missing_ok=True)
    make_document_at_r0005(R0005)
    print(f"{R0005}: {R0005.stat().st_size} bytes, revision {_revision(R0005)}")
