"""Sorting and filtering the plan table on screen, and Find marking what it found."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor

from planapp.domain.plan import MilestoneStatus
from planapp.domain.template import Column
from planapp.store.document import Document
from planapp.ui.delegates import MATCH_COLOR
from planapp.ui.main_window import MainWindow


def _shown(window: MainWindow) -> list[str]:
    """The refs in the order the table shows them, hidden rows left out."""
    header = window.table.verticalHeader()
    rows = [header.logicalIndex(v) for v in range(header.count())]
    return [window.model.recommendation(r).ref for r in rows if not window.table.isRowHidden(r)]


def _click_heading(qtbot, window: MainWindow, column: Column) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_heading_clicks_sort_reverse_and_return_to_plan_order(
    qtbot, window: MainWindow, document: Document
) -> None:
    _click_heading(qtbot, window, Column.COMPLETION)
    assert _shown(window) == ["Rec. 2", "Rec. 1", "Rec. 3"]  # Oct 2020, Jan 2021, Mar 2021
    assert window.table.horizontalHeader().isSortIndicatorShown()
    _click_heading(qtbot, window, Column.COMPLETION)
    assert _shown(window) == ["Rec. 3", "Rec. 1", "Rec. 2"]
    # The plan itself keeps its order; the row numbers at the left stay the plan's.
    assert [r.ref for r in document.load_plan(window.plan.id).recommendations] == [
        "Rec. 1",
        "Rec. 2",
        "Rec. 3",
    ]
    assert window.model.headerData(0, Qt.Orientation.Vertical) == "1"
    _click_heading(qtbot, window, Column.COMPLETION)
    assert _shown(window) == ["Rec. 1", "Rec. 2", "Rec. 3"]
    assert not window.table.horizontalHeader().isSortIndicatorShown()


def test_plan_order_resets_a_sort_and_a_sort_survives_a_reload(
    window: MainWindow, document: Document
) -> None:
    window.row_view.sort_by(Column.REF, descending=True)
    assert _shown(window) == ["Rec. 3", "Rec. 2", "Rec. 1"]
    # An edit in the sorted view goes to the recommendation shown in that row.
    top = window.table.verticalHeader().logicalIndex(0)
    window.model.setData(window.model.index(top, Column.OUTCOME), "Edited while sorted")
    assert document.load_plan(window.plan.id).recommendations[2].outcome == "Edited while sorted"
    window.menus.add_rec_action.trigger()  # rows reloaded: the sort holds
    assert _shown(window)[0] == "Rec. 4"
    window.view_options.plan_order_action.trigger()
    assert _shown(window)[0] == "Rec. 1"
    assert window.row_view.describe() == "Plan order"


def test_filter_by_milestone_status(window: MainWindow, document: Document) -> None:
    rec = document.load_plan(window.plan.id).recommendations[1]
    done = [dataclasses.replace(rec.milestones[0], status=MilestoneStatus.COMPLETED)]
    document.set_milestones(rec.id, done + rec.milestones[1:])
    window.view_options.filter_action.trigger()
    assert window.filter_bar.isVisible()
    bar = window.filter_bar
    bar.status.setCurrentIndex(bar.status.findData(MilestoneStatus.COMPLETED.value))
    assert _shown(window) == ["Rec. 2"]
    assert bar.result.text() == "1 of 3 shown"
    assert window.current_row() == 1  # the current row follows to a shown one
    bar.clear()
    assert _shown(window) == ["Rec. 1", "Rec. 2", "Rec. 3"]


def test_filter_by_organization(window: MainWindow) -> None:
    window.view_options.show_filters(True)
    combo = window.filter_bar.organization
    assert [combo.itemText(i) for i in range(combo.count())] == ["Any organization", "CBSA", "IRCC"]
    combo.setCurrentIndex(combo.findData("IRCC"))
    assert _shown(window) == ["Rec. 3"]


def test_filter_due_before_a_date(window: MainWindow) -> None:
    window.view_options.show_filters(True)
    bar = window.filter_bar
    bar.due_date.setDate(QDate(2020, 12, 1))
    bar.due.setChecked(True)
    assert _shown(window) == ["Rec. 1", "Rec. 2"]  # Rec. 3's first open milestone: Dec 31
    bar.due_date.setDate(QDate(2020, 9, 1))
    assert _shown(window) == ["Rec. 1"]  # milestone 1.4, March 31, 2020


def test_filter_overdue_only_with_find(qtbot, window: MainWindow) -> None:
    window.view_options.show_filters(True)
    window.filter_bar.overdue.setChecked(True)
    assert _shown(window) == ["Rec. 1", "Rec. 2"]  # on Nov 1, 2020
    window.show_find()
    window.find_bar.only.setChecked(True)
    qtbot.keyClicks(window.find_bar.edit, "inventor")  # in Rec. 1 and Rec. 3
    assert _shown(window) == ["Rec. 1"]  # both: overdue and matching
    window.hide_find()
    assert _shown(window) == ["Rec. 1", "Rec. 2"]  # the filter stays when Find closes
    window.view_options.show_filters(False)
    assert _shown(window) == ["Rec. 1", "Rec. 2", "Rec. 3"]


def test_find_marks_the_matched_words_and_scrolls_to_them(qtbot, window: MainWindow) -> None:
    window.resize(1200, 700)
    needle = "national coordination"
    window.show_find()
    qtbot.keyClicks(window.find_bar.edit, needle)
    window.find_bar.find_next()
    index = window.table.currentIndex()
    assert needle in window.model.index(index.row(), index.column()).data().casefold()
    assert index.column() != Column.REF  # the cell where the words are, not the first one
    qtbot.wait(50)
    image = window.table.viewport().grab().toImage()
    rect = window.table.visualRect(index).intersected(window.table.viewport().rect())
    assert not rect.isEmpty()  # the match is on screen
    marked = {
        image.pixelColor(x, y).name()
        for x in range(rect.left(), rect.right(), 2)
        for y in range(rect.top(), rect.bottom(), 2)
    }
    assert QColor(MATCH_COLOR).name() in marked
    window.hide_find()
    qtbot.wait(50)
    image = window.table.viewport().grab().toImage()
    assert QColor(MATCH_COLOR).name() not in {
        image.pixelColor(x, y).name()
        for x in range(rect.left(), rect.right(), 3)
        for y in range(rect.top(), rect.bottom(), 3)
    }
