"""The plan table's column widths across View ▸ Content Language: leaving "both" gives back
the widths of a window that never showed it, and a hidden column never takes width."""

from __future__ import annotations

import pytest

from planapp.ui import translation
from planapp.ui.main_window import MainWindow
from planapp.ui.plan_table import PlanTableView
from planapp.ui.preferences import InterfaceLanguage, Language


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    translation.install_language("en")


def shown_widths(table: PlanTableView) -> dict[int, int]:
    return {
        s: table.columnWidth(s)
        for s in range(table.model().columnCount())
        if not table.isColumnHidden(s)
    }


def gaps(table: PlanTableView) -> list[tuple[int, int]]:
    """(section, pixels) wherever a shown column does not start where the one before it
    ended: the width a hidden column takes, drawn as a blank column."""
    header = table.horizontalHeader()
    found, end = [], 0
    for visual in range(header.count()):
        section = header.logicalIndex(visual)
        if header.isSectionHidden(section):
            continue
        start = header.sectionPosition(section)
        if start != end:
            found.append((section, start - end))
        end = start + header.sectionSize(section)
    if header.length() != end:
        found.append((-1, header.length() - end))
    return found


@pytest.mark.parametrize("back_to", [Language.PLAN, Language.ENGLISH])
def test_leaving_both_gives_back_the_widths_of_one_language(
    qtbot, window: MainWindow, back_to: Language
) -> None:
    table = window.table
    before = shown_widths(table)
    window.content_language.choose(Language.BILINGUAL)
    qtbot.wait(20)
    assert len(shown_widths(table)) == 12
    window.content_language.choose(back_to)
    qtbot.wait(20)
    assert table.auto_widths  # hiding the second copies is not the user setting a width
    assert shown_widths(table) == before
    assert gaps(table) == []
    # The columns fill the table: no space left empty at the right.
    assert table.viewport().width() - table.horizontalHeader().length() < 30


def test_no_blank_column_after_both_compact_rows_and_a_language_switch(
    qtbot, window: MainWindow
) -> None:
    table = window.table
    before = shown_widths(table)
    window.content_language.choose(Language.BILINGUAL)
    window.view_options.compact_action.trigger()
    window.language_menu.choices[InterfaceLanguage.FRENCH].trigger()
    qtbot.wait(20)
    assert gaps(table) == []
    window.content_language.choose(Language.PLAN)
    qtbot.wait(20)
    assert gaps(table) == []
    window.language_menu.choices[InterfaceLanguage.ENGLISH].trigger()
    window.view_options.compact_action.trigger()
    qtbot.wait(20)
    assert gaps(table) == []
    assert shown_widths(table) == before


def test_widths_set_by_hand_are_kept_and_hidden_columns_take_none(
    qtbot, window: MainWindow
) -> None:
    table = window.table
    table.horizontalHeader().resizeSection(1, 300)  # as a drag of the heading's edge does
    assert not table.auto_widths
    before = shown_widths(table)
    window.content_language.choose(Language.BILINGUAL)
    qtbot.wait(20)
    assert gaps(table) == []
    window.content_language.choose(Language.PLAN)
    qtbot.wait(20)
    assert not table.auto_widths
    assert shown_widths(table) == before
    assert gaps(table) == []
