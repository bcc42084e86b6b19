"""Extra columns go out to Excel as columns of their own after the template's eight."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from planapp.domain.plan import ExtraColumn, Plan, Recommendation
from planapp.domain.sample import sample_plan
from planapp.excel.writer import ExportError, write_workbook


def plan_with_extra() -> Plan:
    plan = sample_plan()
    r1, r2, r3 = plan.recommendations
    r1.extra = [
        ExtraColumn("Planned Action", "Publish the guide.\nTrain the staff."),
        ExtraColumn("Status", "On track"),
    ]
    r2.extra = [ExtraColumn("Status", "=Delayed"), ExtraColumn("Comments", "See annex")]
    r3.extra = [ExtraColumn("Comments", "First"), ExtraColumn("Comments", "Second")]
    return plan


def test_each_heading_is_a_column_after_the_eight(tmp_path: Path) -> None:
    path = tmp_path / "extra.xlsx"
    write_workbook(plan_with_extra(), path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert [ws.cell(3, c).value for c in range(9, 14)] == [
        "Planned Action",
        "Status",
        "Comments",
        "Comments",
        None,
    ]
    first = [ws.cell(4, c).value for c in range(9, 13)]
    assert first == ["Publish the guide.\nTrain the staff.", "On track", None, None]
    row2 = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value == "Rec. 2")
    assert [ws.cell(row2, c).value for c in range(9, 13)] == [None, "=Delayed", "See annex", None]
    assert ws.cell(row2, 10).data_type == "s"  # text, never a formula
    row3 = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value == "Rec. 3")
    assert [ws.cell(row3, c).value for c in range(11, 13)] == ["First", "Second"]
    assert ws.cell(3, 9).font.b  # styled as the template's headings


def test_a_plan_without_extra_columns_has_eight(tmp_path: Path) -> None:
    path = tmp_path / "plain.xlsx"
    write_workbook(sample_plan(), path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws.cell(3, 8).value and ws.cell(3, 9).value is None


def test_an_extra_cell_over_the_excel_limit_is_refused_by_name(tmp_path: Path) -> None:
    plan = Plan(
        recommendations=[Recommendation(ref="R1", extra=[ExtraColumn("Notes", "x" * 40_000)])]
    )
    path = tmp_path / "long.xlsx"
    with pytest.raises(ExportError, match=r"R1.*Notes"):
        write_workbook(plan, path)
    assert not path.exists()


def test_a_department_template_gets_the_extra_columns_after_its_own(tmp_path: Path) -> None:
    from tests.test_excel_export import _department_template

    template = _department_template(tmp_path / "ministere.xlsx")
    out = tmp_path / "plan.xlsx"
    write_workbook(plan_with_extra(), out, template=template)
    ws = openpyxl.load_workbook(out)["PAD"]
    assert ws.cell(6, 9).value == "Indicateur de réalisation (à l'usage du Comité seulement)"
    assert [ws.cell(6, c).value for c in range(10, 14)] == [
        "Planned Action",
        "Status",
        "Comments",
        "Comments",
    ]
    assert ws.cell(6, 10).fill.fgColor.rgb.endswith("26374A")  # styled as its headings
    assert ws.cell(7, 10).value == "Publish the guide.\nTrain the staff."
