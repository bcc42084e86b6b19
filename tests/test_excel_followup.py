"""A plan's follow-up history survives an Excel export and import through the hidden record."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from planapp.domain.followup import add_progress, revise_completion, revise_due
from planapp.domain.history import Assessment, ProgressEntry
from planapp.domain.plan import Plan
from planapp.domain.sample import sample_plan
from planapp.domain.status import AssessmentSource, MilestoneStatus, RecommendationStatus
from planapp.excel.reader import read_workbook
from planapp.excel.writer import write_workbook
from planapp.store.document import Document


def _followed_plan() -> Plan:
    plan = sample_plan()
    rec = plan.recommendations[0]
    rec.milestones[0] = revise_due(
        rec.milestones[0],
        "December 31, 2020",
        reason="Consultations took longer",
        approved_by="ADM",
        approved_on=dt.date(2020, 9, 1),
        changed_by="jdoe",
        changed_at=dt.datetime(2020, 9, 2, 9, 30),
    )
    rec.milestones[1] = add_progress(
        rec.milestones[1],
        ProgressEntry(
            dt.date(2020, 10, 1),
            MilestoneStatus.DELAYED,
            "Vendor late",
            40,
            "Procurement",
            "Second vendor",
            ("GCdocs 1", "https://example.gc.ca/e"),
            "jdoe",
            dt.datetime(2020, 10, 1, 8, 0),
        ),
    )
    rec.milestones[1].organization = "IT Branch"
    rec.status = RecommendationStatus.PARTIALLY_IMPLEMENTED
    rec.assessments = [Assessment(AssessmentSource.PACP, dt.date(2021, 3, 1), "Ongoing", "Rep. 12")]
    plan.recommendations[1] = revise_completion(
        plan.recommendations[1], "FY 2022-23", reason="Scope"
    )
    return plan


def test_revisions_and_progress_round_trip(tmp_path: Path) -> None:
    plan = _followed_plan()
    path = tmp_path / "plan.xlsx"
    write_workbook(plan, path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    cells = " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value)
    assert "December 31, 2020" in cells  # the sheet shows the current date
    (back,) = read_workbook(path).plans
    assert back == plan
    m = back.recommendations[0].milestones[0]
    assert m.original_due.text == "September 30, 2020"
    assert m.revisions[0].reason == "Consultations took longer"


def test_history_is_kept_when_someone_edits_the_milestone_cell(tmp_path: Path) -> None:
    plan = _followed_plan()
    path = tmp_path / "plan.xlsx"
    write_workbook(plan, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and "December 31, 2020" in cell.value:
                cell.value = cell.value.replace("refine", "keep refining")
    wb.save(path)
    (back,) = read_workbook(path).plans
    m = back.recommendations[0].milestones[0]
    assert "keep refining" in m.description
    assert m.original_due.text == "September 30, 2020"
    assert [r.reason for r in m.revisions] == ["Consultations took longer"]


def test_document_export_then_import_keeps_the_history(tmp_path: Path) -> None:
    with Document.open(tmp_path / "a.planapp", create=True) as doc:
        plan = doc.add_plan(_followed_plan())
        write_workbook(doc.load_plan(plan.id), tmp_path / "plan.xlsx")
    with Document.open(tmp_path / "b.planapp", create=True) as doc:
        (copy,) = doc.add_plans(read_workbook(tmp_path / "plan.xlsx").plans)
        assert doc.load_plan(copy.id) == _followed_plan()
