"""The dashboard's columns are described once: the window, the workbook and the printout each
show every described column, with the item's value under its own heading."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from planapp.domain.dashboard import DashboardItem, GroupBy, build
from planapp.domain.dashboard_columns import COLUMNS, REPORT
from planapp.domain.status import MilestoneStatus
from planapp.excel.dashboard_export import write_dashboard
from planapp.printing.dashboard import dashboard_html
from planapp.ui import translation
from planapp.ui.dashboard_model import DashboardModel

TODAY = dt.date(2026, 5, 13)
ITEM = DashboardItem(
    plan_id=1,
    plan_name="Plan A",
    recommendation_id=2,
    recommendation_ref="Rec. 7",
    milestone_id=3,
    number="7.2",
    description="Train the\nstaff",
    due_text="June 30, 2026",
    due=dt.date(2026, 6, 30),
    status=MilestoneStatus.AT_RISK,
    organization="Finance",
    original_due_text="March 31, 2026",
    latest_as_of=dt.date(2026, 5, 1),
    plan_name_fr="Plan A en français",
    description_other="Former le personnel",
)
REPORT_EN = {
    "Plan": "Plan A",
    "Rec. no.": "Rec. 7",
    "Milestone": "7.2",
    "Commitment": "Train the\nstaff",
    "Responsible organization": "Finance",
    "Original date": "March 31, 2026",
    "Current date": "June 30, 2026",
    "Status": "At risk",
    "Last update": "2026-05-01",
}
REPORT_FR = {
    "Plan": "Plan A en français",
    "N° de rec.": "Rec. 7",
    "Jalon": "7.2",
    "Engagement": "Former le personnel",
    "Organisation responsable": "Finance",
    "Date initiale": "March 31, 2026",
    "Date actuelle": "June 30, 2026",
    "État": "À risque",
    "Dernière mise à jour": "2026-05-01",
}


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    translation.install_language("en")


def _sections():
    return build([ITEM], TODAY, (), GroupBy.PLAN)


@pytest.mark.parametrize(("lang", "expected"), [("en", REPORT_EN), ("fr", REPORT_FR)])
def test_the_workbook_has_each_value_under_its_heading(tmp_path: Path, lang, expected) -> None:
    path = write_dashboard(_sections(), tmp_path / "d.xlsx", TODAY, None, GroupBy.PLAN, lang)
    ws = openpyxl.load_workbook(path).active
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    headings, item_row = rows[0], next(r for r in rows if r[1] == "Rec. 7")
    assert dict(zip(headings, item_row, strict=True)) == expected
    widths = [ws.column_dimensions[chr(ord("A") + i)].width for i in range(len(REPORT))]
    assert widths == [34, 10, 10, 60, 26, 18, 18, 14, 12]  # the commitment widest


@pytest.mark.parametrize(("lang", "expected"), [("en", REPORT_EN), ("fr", REPORT_FR)])
def test_the_printout_has_each_value_under_its_heading(lang, expected) -> None:
    html = dashboard_html(_sections(), TODAY, None, GroupBy.PLAN, lang)
    headings = re.findall(r"<th>(.*?)</th>", html)
    rows = re.findall(r"<tr>(<td>.*?)</tr>", html, flags=re.S)
    values = re.findall(r"<td>(.*?)</td>", next(r for r in rows if "Rec. 7" in r), flags=re.S)
    shown = dict(zip(map(unescape, headings), map(unescape, values), strict=True))
    assert shown == expected


def test_the_window_shows_every_column_with_its_value(qapp) -> None:
    model = DashboardModel()
    model.set_sections(_sections())
    assert model.columnCount() == len(COLUMNS)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    shown = {h: model.index(0, c).data() for c, h in enumerate(headers)}
    assert shown == {
        "Attention": "Due in 31 to 90 days",
        "Group": "Plan A (1)",
        "Plan": "Plan A",
        "Rec.": "Rec. 7",
        "Milestone": "7.2",
        "Commitment": "Train the staff",  # on one line; the whole text is its tooltip
        "Responsible organization": "Finance",
        "Original date": "March 31, 2026",
        "Current date": "June 30, 2026",
        "Status": "At risk",
        "Last update": "2026-05-01",
    }
    commitment = headers.index("Commitment")
    assert model.index(0, commitment).data(Qt.ItemDataRole.ToolTipRole) == "Train the\nstaff"
    # Every column of the reports is a column of the window, in the same order.
    names = [c.name for c in COLUMNS]
    assert [names.index(c.name) for c in REPORT] == sorted(names.index(c.name) for c in REPORT)


def test_the_window_headings_follow_the_interface_language(qapp) -> None:
    model = DashboardModel()
    translation.install_language("fr")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers == [
        "Attention requise",
        "Groupe",
        "Plan",
        "Rec.",
        "Jalon",
        "Engagement",
        "Organisation responsable",
        "Date initiale",
        "Date actuelle",
        "État",
        "Dernière mise à jour",
    ]


def test_an_english_report_stays_english_under_a_french_interface(qapp, tmp_path: Path) -> None:
    translation.install_language("fr")
    path = write_dashboard(_sections(), tmp_path / "d.xlsx", TODAY, None, GroupBy.PLAN, "en")
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[3]] == list(REPORT_EN)
    html = dashboard_html(_sections(), TODAY, None, GroupBy.PLAN, "en")
    assert [unescape(h) for h in re.findall(r"<th>(.*?)</th>", html)] == list(REPORT_EN)
