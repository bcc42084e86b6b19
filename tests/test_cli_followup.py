"""The follow-up commands (dashboard, progress) and fields of the dump, run as a user would."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from planapp.domain.history import ReportingPeriod
from planapp.domain.plan import Plan
from planapp.store.document import Document
from tests.test_cli import planapp


def _doc(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "plans.planapp"
    with Document.open(path, create=True, sample=True) as doc:
        plan_id = doc.plans()[0].id
    return path, plan_id


def test_progress_records_an_entry_that_dump_and_dashboard_show(
    tmp_path: Path, data_dir: Path
) -> None:
    path, plan_id = _doc(tmp_path)
    result = planapp(
        "progress", str(path), "--plan", str(plan_id), "--milestone", "1.2",
        "--as-of", "2020-11-01", "--status", "delayed", "--text", "Waiting on IT",
        "--percent", "40", "--delay-reason", "Vendor", "--recovery-plan", "Second vendor",
        "--evidence", "GCdocs 12345", "--evidence", "https://example.gc.ca/x",
        data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "milestone 1.2 of plan" in result.stdout and "Delayed" in result.stdout
    # an old word still works
    result = planapp(
        "progress", str(path), "--plan", str(plan_id), "--milestone", "1.1",
        "--as-of", "2020-10-15", "--status", "in progress", "--text", "Started",
        data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr

    dumped = json.loads(planapp("dump", str(path), data_dir=data_dir).stdout)
    rec1 = dumped["plans"][0]["recommendations"][0]
    m11, m12 = rec1["milestones"][:2]
    assert m11["status"] == "on track"
    assert m12["status"] == "delayed"
    (entry,) = m12["progress"]
    assert entry["as_of"] == "2020-11-01"
    assert (entry["text"], entry["percent"], entry["delay_reason"]) == (
        "Waiting on IT",
        40,
        "Vendor",
    )
    assert entry["evidence"] == ["GCdocs 12345", "https://example.gc.ca/x"]
    assert m12["original_due"] == m12["due"] and m12["revisions"] == []
    assert m12["organization"] == "CBSA"

    result = planapp("dashboard", str(path), "--as-of", "2020-11-01", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    board = json.loads(result.stdout)
    sections = {s["bucket"]: s for s in board["sections"]}
    risky = sections["at risk or delayed"]
    assert risky["count"] == 1
    assert risky["groups"][0]["items"][0]["number"] == "1.2"
    assert risky["groups"][0]["items"][0]["latest_update"] == "2020-11-01"


def test_dump_shows_original_due_and_revisions(tmp_path: Path, data_dir: Path) -> None:
    path, plan_id = _doc(tmp_path)
    with Document.open(path) as doc:
        m = doc.load_plan(plan_id).recommendations[0].milestones[0]
        doc.revise_due(
            m.id, "December 31, 2020", reason="Consultations", approved_by="ADM",
            approved_on=dt.date(2020, 9, 1), changed_by="jdoe",
            changed_at=dt.datetime(2020, 9, 2, 9, 30),
        )  # fmt: skip
    dumped = json.loads(planapp("dump", str(path), data_dir=data_dir).stdout)
    m11 = dumped["plans"][0]["recommendations"][0]["milestones"][0]
    assert m11["due"] == {"text": "December 31, 2020", "date": "2020-12-31"}
    assert m11["original_due"] == {"text": "September 30, 2020", "date": "2020-09-30"}
    assert m11["revisions"] == [
        {
            "old": "September 30, 2020",
            "new": "December 31, 2020",
            "reason": "Consultations",
            "approved_by": "ADM",
            "approved_on": "2020-09-01",
            "changed_by": "jdoe",
            "changed_at": "2020-09-02T09:30:00",
        }
    ]


def test_dashboard_text_groups_and_counts_at_a_fixed_day(tmp_path: Path, data_dir: Path) -> None:
    path, _plan_id = _doc(tmp_path)
    with Document.open(path) as doc:
        doc.add_plan(Plan(acronym="HC", audit_title="Second"))
        doc.add_period(ReportingPeriod("Q3 2020-21", dt.date(2020, 10, 1), dt.date(2020, 12, 31)))
    result = planapp("dashboard", str(path), "--as-of", "2020-11-01", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Dashboard as of November 1, 2020, period Q3 2020-21; grouped by plan"
    assert "Overdue (4)" in lines
    assert "  OAG Performance Audit of Immigration Removals (4)" in lines
    assert "Due in 31 to 90 days (3)" in lines
    by_month = planapp(
        "dashboard", str(path), "--as-of", "2020-11-01", "--group-by", "month", data_dir=data_dir
    )
    assert "  September 2020 (2)" in by_month.stdout.splitlines()


def test_progress_errors_are_one_line(tmp_path: Path, data_dir: Path) -> None:
    path, plan_id = _doc(tmp_path)
    base = ["progress", str(path), "--plan", str(plan_id), "--as-of", "2020-11-01"]
    cases = [
        (["--milestone", "9.9", "--status", "delayed", "--text", "x"], "no milestone numbered"),
        (["--milestone", "1.1", "--status", "done-ish", "--text", "x"], "is not a status"),
        (
            ["--milestone", "1.1", "--status", "delayed", "--text", "x", "--percent", "140"],
            "0 to 100",
        ),
    ]
    for extra, expected in cases:
        result = planapp(*base, *extra, data_dir=data_dir)
        assert result.returncode != 0
        assert expected in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    with Document.open(path) as doc:
        assert all(
            not m.progress for r in doc.load_plan(plan_id).recommendations for m in r.milestones
        )


def test_period_round_and_submission_from_the_command_line(tmp_path: Path, data_dir: Path) -> None:
    path, plan_id = _doc(tmp_path)
    result = planapp(
        "period", str(path), "--name", "Q3 2020-21", "--start", "2020-10-01",
        "--end", "2020-12-31", "--start-round", data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "11 open milestones await an update" in result.stdout
    board = json.loads(
        planapp("dashboard", str(path), "--as-of", "2020-11-01", "--json", data_dir=data_dir).stdout
    )
    assert board["period"]["name"] == "Q3 2020-21"
    awaiting = {s["bucket"]: s["count"] for s in board["sections"]}["awaiting an update"]
    assert awaiting == 11
    result = planapp(
        "submitted", str(path), "--plan", str(plan_id), "--on", "2020-06-01", "--to", "PACP",
        data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with Document.open(path) as doc:
        assert doc.submitted_on(plan_id) == dt.date(2020, 6, 1)
    bad = planapp(
        "period", str(path), "--name", "x", "--start", "2020-10-01", "--end", "2020-09-01",
        data_dir=data_dir,
    )  # fmt: skip
    assert bad.returncode != 0 and "ends before it starts" in bad.stderr
