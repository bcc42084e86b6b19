"""The clipboard of the plan table and of the milestone and contact tables: how a pasted
cell's text becomes a field, and how a paste becomes one undo step.

In the plan table every column takes text, the milestone and contact cells included: they
are read back into lists the way an imported workbook's cells are (``cell_parsing``), so rows
copied from Excel, or from planapp, paste whole. A paste there replaces the plan's table in
one transaction; in the milestone and contact tables it is one edit of the list. Cells are
copied and pasted in the content language shown, translations kept (``clipboard_texts``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView

from planapp.domain.plan import Plan, Recommendation
from planapp.store.document import Document
from planapp.ui import commands
from planapp.ui.clipboard import Paste, TableClipboard
from planapp.ui.clipboard_texts import (
    add_other_texts,
    cell_text,
    other_texts,
    read_other_texts,
    restore_other_texts,
    set_cell,
)
from planapp.ui.content_columns import ContentView


def plan_table_clipboard(
    view: QTableView,
    doc: Callable[[], Document],
    plan: Callable[[], Plan | None],
    push: Callable[[commands.StoreCommand], bool],
    report: Callable[[str], None],
) -> TableClipboard:
    """The plan table's clipboard; ``doc`` and ``plan`` give the ones shown at the time."""

    def content_view() -> ContentView:
        return getattr(view.model(), "view", None) or ContentView()

    def add_formats(mime: QMimeData, cells: list[tuple[int, int]]) -> None:
        shown, v = plan(), content_view()
        if shown is None:
            return
        recs = shown.recommendations
        add_other_texts(
            mime, [(cell_text(recs[r], c, v), other_texts(recs[r], c, v)) for r, c in cells]
        )

    def fill(rec: Recommendation, column: int, value: str, carried: list[Any]) -> None:
        set_cell(rec, column, value, content_view())
        if value:
            restore_other_texts(rec, column, value, carried, content_view())

    def apply(paste: Paste, text: str) -> None:
        shown = plan()
        if shown is None:
            return
        carried = read_other_texts(QGuiApplication.clipboard().mimeData())
        old = shown.recommendations
        new = copy.deepcopy(old)
        for (row, column), value in paste.edits.items():
            fill(new[row], column, value, carried)
        fresh = []
        for cells in paste.new_rows:
            rec = Recommendation()
            for column, value in cells.items():
                fill(rec, column, value, carried)
            fresh.append(rec)
        new[paste.insert_at : paste.insert_at] = fresh
        push(commands.ReplaceRecommendations(doc(), shown.id, old, new, text))

    def text_of(row: int, column: int) -> str:
        shown = plan()
        return cell_text(shown.recommendations[row], column, content_view()) if shown else ""

    return TableClipboard(
        view,
        apply,
        report,
        "recommendation",
        cell_text=text_of,
        can_set=lambda _c: True,
        add_formats=add_formats,
    )


def list_clipboard(
    view: QTableView,
    items: Callable[[], list[Any]],
    fields: list[Any],
    make: Callable[[], Any],
    emit: Callable[[list[Any], str], None],
    report: Callable[[str], None],
) -> TableClipboard:
    """A milestone or contact table's clipboard: a paste is one edit of the whole list."""

    def apply(paste: Paste, text: str) -> None:
        new = copy.deepcopy(items())
        try:
            for (row, column), value in paste.edits.items():
                new[row] = fields[column].set(new[row], value)
            fresh = []
            for cells in paste.new_rows:
                item = make()
                for column, value in cells.items():
                    item = fields[column].set(item, value)
                fresh.append(item)
        except ValueError as exc:
            report(
                QCoreApplication.translate("plan_clipboard", "Nothing was pasted: {reason}").format(
                    reason=exc
                )
            )
            return
        new[paste.insert_at : paste.insert_at] = fresh
        emit(new, text)

    return TableClipboard(
        view, apply, report, can_set=lambda column: fields[column].set is not None
    )
