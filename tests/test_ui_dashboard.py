"""The dashboard window on the sample plan at the window tests' day (2020-11-01)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from planapp.domain.history import ProgressEntry
from planapp.domain.status import MilestoneStatus
from planapp.ui.dashboard import COLUMNS, DashboardView

DUE_COLUMN = COLUMNS.index("Current date")


def _open(window, qtbot) -> DashboardView:
    action = window.menus.dashboard_action
    assert action.shortcut() == QKeySequence("Ctrl+D")
    assert action.text().replace("&", "") == "Dashboard"
    action.trigger()
    view = window._dashboard
    qtbot.waitExposed(view)
    return view


def _column(view: DashboardView, column: int) -> list[str]:
    return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]


def test_ctrl_d_opens_the_dashboard_with_counts(window, qtbot) -> None:
    view = _open(window, qtbot)
    assert view.isVisible()
    options = [view.show_only.itemText(i) for i in range(view.show_only.count())]
    assert options[:4] == [
        "All (7)",
        "Overdue (4)",
        "Due within 30 days (0)",
        "Due in 31 to 90 days (3)",
    ]
    assert "Overdue: 4" in view.summary.text()
    assert view.proxy.rowCount() == 7
    view.show_only.setCurrentIndex(1)
    assert set(_column(view, 0)) == {"Overdue"}
    assert _column(view, 1) == ["OAG Performance Audit of Immigration Removals (4)"] * 4
    assert _open(window, qtbot) is view  # one dashboard per window


def test_sorting_and_grouping(window, qtbot) -> None:
    view = _open(window, qtbot)
    view.show_only.setCurrentIndex(1)
    assert _column(view, DUE_COLUMN)[0] == "March 31, 2020"  # most overdue first
    view.table.sortByColumn(DUE_COLUMN, Qt.SortOrder.DescendingOrder)
    assert _column(view, DUE_COLUMN)[0] == "October 31, 2020"
    view.group_by.setCurrentIndex(view.group_by.findData("organization"))
    assert view.show_only.currentIndex() == 1  # the filter survives a regrouping
    assert set(_column(view, 1)) == {"CBSA (4)"}
    view.group_by.setCurrentIndex(view.group_by.findData("month"))
    assert sorted(set(_column(view, 1))) == [
        "March 2020 (1)",
        "October 2020 (1)",
        "September 2020 (2)",
    ]


def test_changing_the_day_moves_milestones_between_buckets(window, qtbot) -> None:
    view = _open(window, qtbot)
    view.as_of.setDate(view.as_of.date().addDays(-365))
    assert view.show_only.itemText(1) == "Overdue (0)"


def test_double_click_opens_the_milestone_in_its_plan(window, qtbot) -> None:
    view = _open(window, qtbot)
    view.show_only.setCurrentIndex(1)
    row = _column(view, 4).index("2.2")
    item = view.item_at(row)
    window.select_row(0)
    rect = view.table.visualRect(view.proxy.index(row, 2))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_recommendation().id == item.recommendation_id
    milestones = window.details.milestones.view
    assert milestones.currentIndex().row() == 1  # 2.2 is the second milestone of Rec. 2


def test_an_edit_elsewhere_refreshes_the_dashboard(window, qtbot) -> None:
    view = _open(window, qtbot)
    m = window.plan.recommendations[0].milestones[1]
    window.doc.add_progress(
        m.id, ProgressEntry(dt.date(2020, 10, 30), MilestoneStatus.AT_RISK), today=window.today
    )
    qtbot.waitUntil(lambda: view.show_only.itemText(4) == "At risk or delayed (1)")


def test_export_to_excel_and_print(window, qtbot, tmp_path: Path) -> None:
    view = _open(window, qtbot)
    path = view.export_excel(str(tmp_path / "dash.xlsx"))
    ws = openpyxl.load_workbook(path).active
    values = [c.value for c in ws["A"] if c.value]
    assert values[0] == "Follow-up dashboard as of 2020-11-01"
    assert "Overdue (4)" in values
    assert "OAG Performance Audit of Immigration Removals (4)" in values
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value]
    assert "Due in 31 to 90 days (3)" in texts and "1.4" in texts
    doc = view.print_document()
    plain = doc.toPlainText()
    assert "Overdue (4)" in plain and "Completed this period (0)" in plain

    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setOutputFileName(str(tmp_path / "dash.pdf"))
    doc.print_(printer)
    assert (tmp_path / "dash.pdf").read_bytes().startswith(b"%PDF")


def test_a_formula_like_description_exports_as_text(window, qtbot, tmp_path: Path) -> None:
    rec = window.plan.recommendations[0]
    import dataclasses

    ms = [
        dataclasses.replace(rec.milestones[0], description='=HYPERLINK("x")'),
        *rec.milestones[1:],
    ]
    window.doc.set_milestones(rec.id, ms)
    view = _open(window, qtbot)
    view.reload()
    path = view.export_excel(str(tmp_path / "dash.xlsx"))
    ws = openpyxl.load_workbook(path).active
    cells = [c for row in ws.iter_rows() for c in row if c.value == '=HYPERLINK("x")']
    assert cells and all(c.data_type == "s" for c in cells)


def test_periods_and_update_round_from_the_dashboard(window, qtbot, monkeypatch) -> None:
    from PySide6.QtCore import QDate

    from planapp.ui import dialogs
    from planapp.ui.periods_dialog import PeriodsDialog

    view = _open(window, qtbot)
    assert not view.round_button.isEnabled()  # no current period yet

    def run(dialog) -> bool:
        assert isinstance(dialog, PeriodsDialog)
        dialog.name.setText("Q3 2020-21")
        dialog.start.setDate(QDate(2020, 10, 1))
        dialog.end.setDate(QDate(2020, 9, 1))
        dialog.add_period()
        assert "ends before it starts" in dialog.message.text()
        dialog.end.setDate(QDate(2020, 12, 31))
        dialog.add_period()
        assert dialog.list.count() == 1
        return False

    monkeypatch.setattr(dialogs, "run", run)
    view.periods_button.click()
    qtbot.waitUntil(lambda: view.round_button.isEnabled())
    assert "Q3 2020-21" in view.round_button.text()
    view.round_button.click()
    qtbot.waitUntil(lambda: view.show_only.itemText(5).endswith("(11)"))
    assert view.show_only.itemText(5) == "Awaiting an update for the current period (11)"
    window.menus.undo_action.trigger()  # the round
    qtbot.waitUntil(lambda: view.show_only.itemText(5).endswith("(0)"))
    window.menus.undo_action.trigger()  # the period
    qtbot.waitUntil(lambda: not view.round_button.isEnabled())
    assert window.doc.periods() == []


def test_a_closed_dashboard_catches_up_when_opened_again(window, qtbot) -> None:
    view = _open(window, qtbot)
    view.close()
    m = window.plan.recommendations[0].milestones[1]
    window.doc.add_progress(
        m.id, ProgressEntry(dt.date(2020, 10, 30), MilestoneStatus.DELAYED), today=window.today
    )
    qtbot.wait(50)
    assert view.show_only.itemText(4) == "At risk or delayed (0)"  # no work while closed
    assert _open(window, qtbot) is view
    qtbot.waitUntil(lambda: view.show_only.itemText(4) == "At risk or delayed (1)")
