"""The clipboard of the plan table and of the milestone and contact tables: how a pasted
cell's text becomes a field, and how a paste becomes one undo step.

In the plan table every column takes text, the milestone and contact cells included: they
are read back into lists the way an imported workbook's cells are (``cell_parsing``), so rows
copied from Excel, or from planapp, paste whole. A paste there replaces the plan's table in
one transaction; in the milestone and contact tables it is one edit of the list.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView

from planapp.domain.cell_parsing import parse_contacts, parse_milestones
from planapp.domain.cells import contacts_text, milestones_text
from planapp.domain.plan import Plan, Recommendation, WrittenDate
from planapp.domain.richtext import normalize
from planapp.domain.template import Column
from planapp.store.document import Document
from planapp.ui import commands
from planapp.ui.clipboard import Paste, TableClipboard


def set_cell(rec: Recommendation, column: int, text: str) -> None:
    """Put a pasted cell's text into the field its column shows."""
    column = Column(column)
    if column == Column.REF:
        rec.ref = " ".join(normalize(text).split())
    elif column == Column.COMPLETION:
        rec.completion = WrittenDate.of(normalize(text))
    elif column == Column.MILESTONES:
        rec.milestones = parse_milestones(normalize(text))
    elif column == Column.CONTACTS:
        rec.contacts = parse_contacts(normalize(text))
    else:
        name = {
            Column.RECOMMENDATION: "recommendation",
            Column.RESPONSE: "response",
            Column.OUTCOME: "outcome",
            Column.INDICATOR: "indicator",
        }[column]
        setattr(rec, name, normalize(text))


def cell_text(rec: Recommendation, column: int) -> str:
    """A cell as copied: the milestones without the on-screen overdue marks."""
    column = Column(column)
    if column == Column.MILESTONES:
        return milestones_text(rec.milestones)
    if column == Column.CONTACTS:
        return contacts_text(rec.contacts)
    if column == Column.COMPLETION:
        return rec.completion.text
    return {
        Column.REF: rec.ref,
        Column.RECOMMENDATION: rec.recommendation,
        Column.RESPONSE: rec.response,
        Column.OUTCOME: rec.outcome,
        Column.INDICATOR: rec.indicator,
    }[column]


def plan_table_clipboard(
    view: QTableView,
    doc: Callable[[], Document],
    plan: Callable[[], Plan | None],
    push: Callable[[commands.StoreCommand], bool],
    report: Callable[[str], None],
) -> TableClipboard:
    """The plan table's clipboard; ``doc`` and ``plan`` give the ones shown at the time."""

    def apply(paste: Paste, text: str) -> None:
        shown = plan()
        if shown is None:
            return
        old = shown.recommendations
        new = copy.deepcopy(old)
        for (row, column), value in paste.edits.items():
            set_cell(new[row], column, value)
        fresh = []
        for cells in paste.new_rows:
            rec = Recommendation()
            for column, value in cells.items():
                set_cell(rec, column, value)
            fresh.append(rec)
        new[paste.insert_at : paste.insert_at] = fresh
        push(commands.ReplaceRecommendations(doc(), shown.id, old, new, text))

    def text_of(row: int, column: int) -> str:
        shown = plan()
        return cell_text(shown.recommendations[row], column) if shown else ""

    return TableClipboard(
        view, apply, report, "recommendation", cell_text=text_of, can_set=lambda _c: True
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
