"""The History tab shows each change of the selected recommendation, and an exported
workbook carries the plan's history on a sheet of its own (the plan still reads back)."""

from __future__ import annotations

import getpass

from openpyxl import load_workbook
from PySide6.QtWidgets import QTabWidget

from planapp.domain.plan import without_ids
from planapp.excel.reader import read_workbook
from planapp.excel.writer import write_workbook


def test_history_tab_lists_the_changes_of_the_selected_recommendation(qtbot, window) -> None:
    rec = window.model.recommendation(0)
    window.editing.edit_field(rec.id, "indicator", "First indicator")
    window.editing.edit_field(rec.id, "indicator", "Second indicator")
    tabs = window.findChild(QTabWidget, "detailTabs")
    tabs.setCurrentWidget(window.history_panel)
    model = window.history_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    cell = lambda r, c: model.data(model.index(r, c))  # noqa: E731
    assert (cell(0, 1), cell(0, 3), cell(0, 4), cell(0, 5)) == (
        getpass.getuser(),
        "Indicator of Achievement",
        "First indicator",
        "Second indicator",
    )
    window.select_row(1)  # another recommendation: its own (empty) history
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    window.select_row(0)
    window.editing.edit_field(rec.id, "outcome", "Live")  # a new change shows at once
    qtbot.waitUntil(lambda: model.rowCount() == 3)


def test_exported_workbook_has_a_history_sheet_and_reads_back(document, tmp_path) -> None:
    plan = document.load_plan(document.plans()[0].id)
    rec = plan.recommendations[1]
    document.set_recommendation(rec.id, response="=Changed response")  # formula-like text
    plan = document.load_plan(plan.id)
    target = tmp_path / "plan.xlsx"
    write_workbook(plan, target, history=document.history(plan_id=plan.id))
    wb = load_workbook(target)
    ws = wb["History"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:5] == ("When (UTC)", "Who", "Recommendation", "Item", "Field")
    assert rows[1][1:] == (
        getpass.getuser(),
        rec.ref,
        rec.ref,
        "Response",
        rec.response,
        "=Changed response",
    )
    assert ws.cell(2, 7).data_type == "s"  # text, never a formula
    back = read_workbook(target).plans
    assert without_ids(back[0]).recommendations == without_ids(plan).recommendations
