"""The plan table's Qt model: one row per recommendation, the template's eight columns.

The model caches the rows of the loaded plan (the recommendations the window's
:class:`~planapp.ui.plan_session.PlanSession` holds) and the text each cell shows, computed once,
the first time the row is shown or searched; ``data()`` never queries the database. Edits do
not change the cache: ``setData`` asks for an edit (``editRequested``), the window turns it into
an undoable store operation, and the store's change notice updates the session and then the
affected rows here. The model never changes the plan itself.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from planapp.domain.cells import contacts_text, milestone_paragraph
from planapp.domain.fields import FIELDS, FieldKind
from planapp.domain.plan import Plan, Recommendation
from planapp.domain.template import DEFAULT_WIDTHS, HEADINGS, Column
from planapp.ui.translation import current_language, long_date, on_language_change

Index = QModelIndex | QPersistentModelIndex

RecIdRole = Qt.ItemDataRole.UserRole + 1
SearchTextRole = Qt.ItemDataRole.UserRole + 2

# Which recommendation field each editable column edits (from the one list of fields).
FIELD_OF: dict[Column, str] = {f.column: f.name for f in FIELDS if f.edited_in_cell}
LONG_TEXT_COLUMNS = tuple(f.column for f in FIELDS if f.kind is FieldKind.TEXT)

COMMITTEE_BRUSH = QBrush(QColor("#eeeeee"))
UNREADABLE_BRUSH = QBrush(QColor("#fde2e1"))


# Headings broken into lines once, in each interface language (the template's own French
# headings): header sections cannot wrap text themselves.
HEADER_LINES = {
    lang: [
        textwrap.fill(
            HEADINGS[c].text(lang), max(10, int(DEFAULT_WIDTHS[c] * 16)), break_long_words=False
        )
        for c in Column
    ]
    for lang in ("en", "fr")
}


OVERDUE_MARK = "⚠ "


def _milestones_cell(rec: Recommendation, today: dt.date) -> str:
    """The template's milestone text, each overdue milestone marked so it stands out."""
    return "\n".join(
        (OVERDUE_MARK if m.is_overdue(today) else "") + milestone_paragraph(m, " — ")
        for m in rec.milestones
    )


class _Row:
    """One recommendation and the text of its cells.

    The texts, and the folded text find searches, are made the first time a view or a search
    asks for them rather than when the plan loads: opening a 10,000-row plan costs what the
    rows on screen cost, and a row never shown is never formatted.
    """

    __slots__ = ("_search", "_texts", "_today", "overdue", "rec")

    def __init__(self, rec: Recommendation, today: dt.date) -> None:
        self.rec = rec
        self._today = today
        self._texts: list[str] | None = None
        self._search: str | None = None
        self.overdue = sum(1 for m in rec.milestones if m.is_overdue(today))

    @property
    def texts(self) -> list[str]:
        if self._texts is None:
            rec = self.rec
            self._texts = [
                rec.ref,
                rec.recommendation,
                rec.response,
                rec.outcome,
                rec.completion.text,
                _milestones_cell(rec, self._today),
                contacts_text(rec.contacts),
                rec.indicator,
            ]
        return self._texts

    @property
    def search(self) -> str:
        if self._search is None:
            self._search = "\n".join(self.texts).casefold()
        return self._search


class PlanTableModel(QAbstractTableModel):
    editRequested = Signal(int, str, object)  # recommendation id, field, new value
    planChanged = Signal()  # a plan was loaded: rows need fitting again

    def __init__(self, parent: Any = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._row_of: dict[int, int] = {}
        self._today = today or dt.date.today()
        on_language_change(self, self.retranslate)

    # -- loading -----------------------------------------------------------------------------

    def set_plan(self, plan: Plan | None) -> None:
        """Show another plan (or the same one reloaded).

        Rows are removed and inserted rather than the model reset: a reset makes the header
        forget the column widths the user set.
        """
        if self._rows:
            self.beginRemoveRows(QModelIndex(), 0, len(self._rows) - 1)
            self._rows, self._row_of = [], {}
            self.endRemoveRows()
        rows = [_Row(r, self._today) for r in plan.recommendations] if plan else []
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows = rows
            self._reindex()
            self.endInsertRows()
        self.planChanged.emit()

    def _reindex(self) -> None:
        self._row_of = {row.rec.id: i for i, row in enumerate(self._rows)}

    def insert_row(self, index: int, rec: Recommendation) -> None:
        """One recommendation added at ``index`` (the rest of the cache is kept)."""
        index = max(0, min(index, len(self._rows)))
        self.beginInsertRows(QModelIndex(), index, index)
        self._rows.insert(index, _Row(rec, self._today))
        self._reindex()
        self.endInsertRows()

    def remove_row(self, index: int) -> None:
        self.beginRemoveRows(QModelIndex(), index, index)
        del self._rows[index]
        self._reindex()
        self.endRemoveRows()

    def move_row(self, old: int, new: int) -> None:
        if old == new:
            return
        # Qt's destination is the row the item goes before, counted before the move.
        if not self.beginMoveRows(
            QModelIndex(), old, old, QModelIndex(), new + 1 if new > old else new
        ):
            return
        self._rows.insert(new, self._rows.pop(old))
        self._reindex()
        self.endMoveRows()

    def update_recommendation(self, rec: Recommendation) -> None:
        """Replace one cached row after the store changed it."""
        row = self._row_of.get(rec.id)
        if row is None:
            return
        self._rows[row] = _Row(rec, self._today)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    # -- lookups -----------------------------------------------------------------------------

    def recommendation(self, row: int) -> Recommendation:
        return self._rows[row].rec

    def row_of(self, rec_id: int) -> int | None:
        return self._row_of.get(rec_id)

    def matches(self, row: int, needle: str) -> bool:
        return needle.casefold() in self._rows[row].search

    def counts(self) -> tuple[int, int, int]:
        """Recommendations, milestones, overdue milestones."""
        return (
            len(self._rows),
            sum(len(r.rec.milestones) for r in self._rows),
            sum(r.overdue for r in self._rows),
        )

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            heading = HEADINGS[Column(section)]
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADER_LINES[current_language()][section]
            if role == Qt.ItemDataRole.ToolTipRole:
                # Both template headings, the interface language's first.
                pair = [heading.en, heading.fr]
                return "\n".join(pair[::-1] if current_language() == "fr" else pair)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.texts[column]
        if role == RecIdRole:
            return row.rec.id
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == Column.INDICATOR:
                return COMMITTEE_BRUSH
            if column == Column.COMPLETION and row.rec.completion.unreadable:
                return UNREADABLE_BRUSH
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None

    def _tooltip(self, row: _Row, column: Column) -> str | None:
        if column == Column.COMPLETION:
            completion = row.rec.completion
            if completion.date:
                day = long_date(completion.date)
                return self.tr("Means {date}").format(date=day) if completion.text else None
            if completion.unreadable:
                return self.tr("planapp cannot read this as a date; it is kept as written.")
        if column == Column.MILESTONES:
            tip = self.tr("Edit milestones in the panel below the table.")
            if row.overdue:
                overdue = self.tr("%n overdue milestones.", "", row.overdue)
                tip = f"{OVERDUE_MARK}{overdue} {tip}"
            return tip
        if column == Column.CONTACTS:
            return self.tr("Edit contacts in the panel below the table.")
        return None

    def retranslate(self) -> None:
        """The headings in the new interface language (tooltips are made when shown)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if Column(index.column()) in FIELD_OF:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = FIELD_OF.get(Column(index.column()))
        if field is None:
            return False
        if value == self._rows[index.row()].texts[index.column()]:
            return False  # nothing changed: no undo step
        self.editRequested.emit(self._rows[index.row()].rec.id, field, value)
        return True
