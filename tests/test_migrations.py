"""Schema migrations: old documents open in this release, and the ORM matches the schema.

``tests/data/document-r0001.planapp`` was made at the first revision by
:func:`make_document_at_r0001`; regenerate it (never needed unless it is lost) with
``.venv/bin/python tests/test_migrations.py``. When a later revision is added, keep this
fixture and add one made at the previous head, so every older schema stays tested.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from planapp.domain.plan import ExtraColumn, Plan
from planapp.domain.sample import sample_plan
from planapp.store import paths
from planapp.store.connection import (
    APPLICATION_ID,
    HEAD_REVISION,
    alembic_config,
    head_revision,
    make_engine,
)
from planapp.store.document import Document
from planapp.store.models import Base

DATA = Path(__file__).parent / "data"
R0001 = DATA / "document-r0001.planapp"


def make_document_at_r0001(path: Path, plan: Plan) -> None:
    """Write ``plan`` into a new document whose schema is revision 0001, as release 0.1 did.

    Rows are written with plain SQL naming the 0001 columns, not through today's store, so
    this keeps producing a genuine first-revision document whatever later revisions change.
    """
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            conn.exec_driver_sql(
                "INSERT INTO plan (id, position, department, department_fr, acronym, title,"
                " title_fr, audit_title, audit_title_fr, report_ref, status)"
                " VALUES (1, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    plan.department,
                    plan.department_fr,
                    plan.acronym,
                    plan.title,
                    plan.title_fr,
                    plan.audit_title,
                    plan.audit_title_fr,
                    plan.report_ref,
                    plan.status.value,
                ),
            )
            milestone_id = contact_id = 0
            for rec_id, rec in enumerate(plan.recommendations, start=1):
                conn.exec_driver_sql(
                    "INSERT INTO recommendation (id, plan_id, position, ref, recommendation,"
                    " response, outcome, completion_text, completion_date, indicator)"
                    " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        rec_id,
                        rec_id - 1,
                        rec.ref,
                        rec.recommendation,
                        rec.response,
                        rec.outcome,
                        rec.completion.text,
                        _iso(rec.completion.date),
                        rec.indicator,
                    ),
                )
                for pos, m in enumerate(rec.milestones):
                    milestone_id += 1
                    conn.exec_driver_sql(
                        "INSERT INTO milestone (id, recommendation_id, position, number,"
                        " description, due_text, due_date, status, completed_text,"
                        " completed_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            milestone_id,
                            rec_id,
                            pos,
                            m.number,
                            m.description,
                            m.due.text,
                            _iso(m.due.date),
                            m.status.value,
                            m.completed_on.text,
                            _iso(m.completed_on.date),
                        ),
                    )
                for pos, c in enumerate(rec.contacts):
                    contact_id += 1
                    conn.exec_driver_sql(
                        "INSERT INTO contact (id, recommendation_id, position, organization,"
                        " name, title, phone, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            contact_id,
                            rec_id,
                            pos,
                            c.organization,
                            c.name,
                            c.title,
                            c.phone,
                            c.email,
                        ),
                    )
    finally:
        engine.dispose()
    con = sqlite3.connect(path)
    con.execute("VACUUM")  # small and deterministic: no free pages
    con.close()


def _iso(d: Any) -> str | None:
    return d.isoformat() if d else None


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _revision(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def test_fixture_is_at_the_first_revision() -> None:
    assert _revision(R0001) == "0001"


def test_first_revision_document_opens_migrated(tmp_path: Path) -> None:
    before = _sha256(R0001)
    path = tmp_path / "old.planapp"
    shutil.copyfile(R0001, path)
    with Document.open(path) as doc:
        plans = doc.plans()
        assert len(plans) == 1
        plan = doc.load_plan(plans[0].id)
        doc.set_recommendation(plan.recommendations[0].id, indicator="edited after upgrade")
    assert plan == sample_plan()
    assert _revision(path) == head_revision()
    with Document.open(path) as doc:
        rec = doc.load_plan(plan.id).recommendations[0]
    assert rec.indicator == "edited after upgrade"
    assert _sha256(R0001) == before  # the fixture itself is never touched


def test_upgrade_from_first_revision_adds_the_position_indexes(tmp_path: Path) -> None:
    path = tmp_path / "old.planapp"
    shutil.copyfile(R0001, path)
    Document.open(path).close()
    con = sqlite3.connect(path)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        con.close()
    assert {
        "ix_recommendation_plan_id_position",
        "ix_milestone_recommendation_id_position",
        "ix_contact_recommendation_id_position",
    } <= names


def test_first_revision_document_opens_with_no_extra_columns_in_english(tmp_path: Path) -> None:
    path = tmp_path / "old.planapp"
    shutil.copyfile(R0001, path)
    with Document.open(path) as doc:
        plan = doc.load_plan(doc.plans()[0].id)
        assert plan.language == "en"
        assert all(rec.extra == [] for rec in plan.recommendations)
        rec_id = plan.recommendations[0].id
        doc.set_extra(rec_id, [ExtraColumn("Status", "On track")])
        doc.update_plan(plan.id, language="fr")
    with Document.open(path) as doc:
        again = doc.load_plan(plan.id)
    assert again.recommendations[0].extra == [ExtraColumn("Status", "On track")]
    assert again.language == "fr"


def test_fixture_generator_makes_what_is_committed(tmp_path: Path) -> None:
    """The helper still makes a document that reads as the committed fixture does."""
    path = tmp_path / "fresh-r0001.planapp"
    make_document_at_r0001(path, sample_plan())
    assert _revision(path) == "0001"
    with Document.open(path) as fresh:
        assert fresh.load_plan(1) == sample_plan()


def test_script_directory_has_one_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    heads = script.get_heads()
    assert len(heads) == 1, heads
    assert heads[0] == head_revision()
    # Documents at the head open without loading Alembic: the release's constant must agree.
    assert heads[0] == HEAD_REVISION
    # and every revision is reachable from it, down to the first
    assert [r.revision for r in script.walk_revisions()][-1] == "0001"


def _unquote(sql: str) -> str:
    while sql.startswith("(") and sql.endswith(")"):
        sql = sql[1:-1]
    if len(sql) >= 2 and sql[0] == sql[-1] == "'":
        sql = sql[1:-1]
    return sql


def _default_differs(
    context,
    inspected_column,
    metadata_column,
    inspected_default,
    metadata_default,
    rendered_metadata_default,
) -> bool | None:
    """Compare constant defaults by value.

    SQLite reflects ``DEFAULT ''`` as "('')" while the metadata renders "", and alembic's own
    SQLite comparison only unquotes non-empty strings, so it reports every empty default.
    """
    if inspected_default is None or rendered_metadata_default is None:
        return None  # one side has no default: alembic reports that itself
    return _unquote(inspected_default) != _unquote(rendered_metadata_default)


def test_orm_metadata_matches_the_migrated_schema(doc_path: Path) -> None:
    with Document.open(doc_path, create=True) as doc, doc.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": _default_differs}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_default_document_is_created_with_the_sample_on_first_use(data_dir: Path) -> None:
    default = paths.default_document()
    assert default.parent == data_dir
    assert not default.exists()
    with Document.open(default, create=True, sample=True) as doc:  # as the window and dump do
        plans = doc.plans()
        assert doc.load_plan(plans[0].id) == sample_plan()
    assert default.exists()
    with Document.open(default, create=True, sample=True) as doc:  # second start: no new copy
        assert len(doc.plans()) == 1


if __name__ == "__main__":
    DATA.mkdir(exist_ok=True)
    R0001.unlink(missing_ok=True)
    make_document_at_r0001(R0001, sample_plan())
    print(f"{R0001}: {R0001.stat().st_size} bytes, revision {_revision(R0001)}")
