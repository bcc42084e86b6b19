"""The ``planapp`` command as a user or a script runs it: in a process of its own."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planapp.domain.plan import Plan
from planapp.store.document import Document

PLAN_KEYS = ["id", "department", "acronym", "title", "audit_title", "language", "recommendations"]
REC_KEYS = [
    "ref",
    "recommendation",
    "response",
    "outcome",
    "completion",
    "indicator",
    "milestones",
    "contacts",
    "extra",
    # follow-up
    "status",
    "suggested_status",
    "original_completion",
    "completion_revisions",
    "assessments",
]
MILESTONE_KEYS = ["number", "description", "due", "status"]
MILESTONE_KEYS += ["organization", "original_due", "revisions", "progress"]  # follow-up
CONTACT_KEYS = ["organization", "name", "title", "phone", "email"]


def planapp(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PLANAPP_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "planapp", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


def test_version(data_dir: Path) -> None:
    result = planapp("--version", data_dir=data_dir)
    assert (result.returncode, result.stdout, result.stderr) == (0, "planapp 0.1.0\n", "")


def test_dump_creates_the_default_document_then_selects_a_plan(data_dir: Path) -> None:
    assert not data_dir.exists()
    result = planapp("dump", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    default = data_dir / "plans.planapp"
    assert default.is_file()
    assert not default.with_name("plans.planapp.lock").exists()

    dumped = json.loads(result.stdout)
    assert list(dumped) == ["plans"]
    [plan] = dumped["plans"]
    assert list(plan) == PLAN_KEYS
    assert plan["acronym"] == "CBSA"
    assert plan["title"] == "CANADA BORDER SERVICES AGENCY (CBSA) DETAILED ACTION PLAN"
    assert plan["audit_title"]["en"] == "OAG Performance Audit of Immigration Removals"
    assert plan["audit_title"]["fr"].startswith("BVG sur le audit")
    assert plan["department"]["fr"] == "Agence des services frontaliers du Canada"
    assert [r["ref"] for r in plan["recommendations"]] == ["Rec. 1", "Rec. 2", "Rec. 3"]
    for rec in plan["recommendations"]:
        assert list(rec) == REC_KEYS
        assert list(rec["completion"]) == ["text", "date"]
        for m in rec["milestones"]:
            assert list(m) == MILESTONE_KEYS
            assert list(m["due"]) == ["text", "date"]
            assert m["status"] == "not started"
        for c in rec["contacts"]:
            assert list(c) == CONTACT_KEYS
    rec1, _rec2, rec3 = plan["recommendations"]
    assert rec1["completion"] == {"text": "January 30, 2021", "date": "2021-01-30"}
    assert rec1["milestones"][1]["number"] == "1.2"
    assert rec1["milestones"][1]["due"] == {"text": "December 7, 2020", "date": "2020-12-07"}
    assert rec1["contacts"][0] == {
        "organization": {"en": "CBSA", "fr": ""},
        "name": "Scott Harris",
        "title": {"en": "Vice-President Intelligence and Enforcement Branch", "fr": ""},
        "phone": "613-948-4111",
        "email": "",
    }
    assert rec1["indicator"] == {"en": "", "fr": ""}
    assert [m["number"] for m in rec3["milestones"]][-2:] == ["3.4 a)", "3.4 b)"]
    text = rec3["recommendation"]["en"]
    assert text.count("\n• ") == 4  # plain text, list items on their lines
    assert "<" not in text and rec3["recommendation"]["fr"] == ""

    # A second plan in the default document; --plan picks one by id.
    with Document.open(default) as doc:
        doc.add_plan(Plan(acronym="HC", audit_title="Second"))
        second = doc.plans()[1].id
    result = planapp("dump", str(default), "--plan", str(second), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    [only] = json.loads(result.stdout)["plans"]
    assert (only["id"], only["acronym"]) == (second, "HC")
    assert only["audit_title"] == {"en": "Second", "fr": ""}
    assert only["title"] == "HC DETAILED ACTION PLAN"
    assert only["recommendations"] == []


def _text_file(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "notes.txt"
    path.write_text("not a plan\n", encoding="utf-8")
    return path, "notes.txt is not a planapp document."


def _newer(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "future.planapp"
    Document.open(path, create=True, sample=True).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'zz99'")
    con.commit()
    con.close()
    return path, "future.planapp was made by a newer version of planapp (schema zz99)"


def _missing(tmp_path: Path) -> tuple[Path, str]:
    return tmp_path / "missing.planapp", "missing.planapp does not exist."


@pytest.mark.parametrize("make", [_missing, _text_file, _newer], ids=["missing", "text", "newer"])
def test_error_is_one_line_on_stderr(make, tmp_path: Path, data_dir: Path) -> None:
    path, expected = make(tmp_path)
    before = path.read_bytes() if path.exists() else None
    result = planapp("dump", str(path), data_dir=data_dir)
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("planapp: ")
    assert expected in lines[0]
    assert "Traceback" not in result.stderr
    assert (path.read_bytes() if path.exists() else None) == before


def test_unknown_plan_is_one_line_on_stderr(document: Document, data_dir: Path) -> None:
    result = planapp("dump", str(document.path), "--plan", "999", data_dir=data_dir)
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"planapp: {document.path.name} has no plan 999 (plans: [{document.plans()[0].id}])."
    ]
