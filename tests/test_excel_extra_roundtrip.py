"""Extra columns exported to Excel come back exactly: real files written and read on disk."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from planapp.domain.plan import ExtraColumn
from planapp.excel.writer import write_workbook
from tests.test_excel_extra import plan_with_extra


def test_extra_columns_round_trip_exactly(tmp_path: Path) -> None:
    from planapp.excel.reader import read_workbook

    plan = plan_with_extra()
    plan.language = "both"
    path = tmp_path / "extra.xlsx"
    write_workbook(plan, path)
    [back] = read_workbook(path).plans
    assert back == plan
    assert back.recommendations[2].extra == [
        ExtraColumn("Comments", "First"),
        ExtraColumn("Comments", "Second"),
    ]
    assert back.recommendations[0].extra[1] == ExtraColumn("Status", "On track")


def test_extra_columns_round_trip_through_documents(tmp_path: Path) -> None:
    from planapp.excel.reader import read_workbook
    from planapp.store.document import Document

    with Document.open(tmp_path / "a.planapp", create=True) as doc:
        stored = doc.load_plan(doc.add_plan(plan_with_extra()).id)
    path = tmp_path / "out.xlsx"
    write_workbook(stored, path)
    with Document.open(tmp_path / "b.planapp", create=True) as doc:
        [added] = doc.add_plans(read_workbook(path).plans)
        again = doc.load_plan(added.id)
    assert again == stored


def test_an_extra_cell_edited_in_excel_comes_back_edited(tmp_path: Path) -> None:
    from planapp.excel.reader import read_workbook

    path = tmp_path / "extra.xlsx"
    write_workbook(plan_with_extra(), path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    assert ws.cell(4, 10).value == "On track"
    ws.cell(4, 10).value = "Delayed"
    wb.save(path)
    [back] = read_workbook(path).plans
    extra = {e.heading: e.text for e in back.recommendations[0].extra}
    assert extra["Status"] == "Delayed"
    assert extra["Planned Action"] == "Publish the guide.\nTrain the staff."


def test_many_extra_columns_with_field_like_headings_come_back_as_extra(tmp_path: Path) -> None:
    """Headings that would detect as fields ("Responsibility", "Target Date") and more extra
    columns than a foreign table would be taken to have: planapp's record keeps them all."""
    from planapp.domain.plan import Plan, Recommendation
    from planapp.excel.reader import read_workbook

    headings = [
        "Responsibility",
        "Target Date",
        "Status",
        "Planned Action",
        "Comments",
        "Lead",
        "Notes 7",
    ]
    rec = Recommendation(
        ref="1",
        recommendation="Do it.",
        extra=[ExtraColumn(h, f"text {i}") for i, h in enumerate(headings)],
    )
    plan = Plan(department="Health Canada", recommendations=[rec])
    path = tmp_path / "wide.xlsx"
    write_workbook(plan, path)
    [back] = read_workbook(path).plans
    assert back.recommendations[0].extra == rec.extra
    assert back.recommendations[0].contacts == []
    assert back == plan
