"""Compact rows: a few lines per recommendation, the whole text on hover and in the pane."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from planapp.domain.template import Column
from planapp.ui.main_window import MainWindow


def test_compact_rows_are_short_and_show_the_whole_text_on_hover(
    qtbot, window: MainWindow, settings
) -> None:
    table = window.table
    qtbot.waitUntil(lambda: table.rowHeight(0) > table.compact_height())
    full = [table.rowHeight(r) for r in range(3)]
    window.view_options.compact_action.trigger()
    assert settings.value("view/compactRows") == "true"
    assert all(table.rowHeight(r) <= table.compact_height() for r in range(3))
    index = window.model.index(0, Column.RESPONSE)
    assert table.is_clipped(index)
    rect = table.visualRect(index)
    event = QHelpEvent(
        QEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(table.viewport(), event)
    response = window.plan.recommendations[0].response
    assert QToolTip.isVisible()
    assert response[-30:] in QToolTip.text()  # the end of the text, which the row cuts off
    table.setCurrentIndex(index)
    assert window.view.edit_pane.editor.toPlainText() == response
    window.view_options.compact_action.trigger()
    qtbot.waitUntil(lambda: [table.rowHeight(r) for r in range(3)] == full)
    assert not table.is_clipped(index)
