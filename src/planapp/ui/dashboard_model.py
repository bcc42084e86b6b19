"""The dashboard's table model: one cached row per (bucket, milestone).

Rows are made from the domain's sections once per refresh; ``data()`` only indexes them. Texts
that need work (a description on one line, folded sort keys) are made on first use and kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from planapp.domain.dashboard import Bucket, DashboardItem, Section
from planapp.domain.status import MilestoneStatus
from planapp.ui.translation import on_language_change

COLUMNS = (
    QT_TRANSLATE_NOOP("DashboardModel", "Attention"),
    QT_TRANSLATE_NOOP("DashboardModel", "Group"),
    QT_TRANSLATE_NOOP("DashboardModel", "Plan"),
    QT_TRANSLATE_NOOP("DashboardModel", "Rec."),
    QT_TRANSLATE_NOOP("DashboardModel", "Milestone"),
    QT_TRANSLATE_NOOP("DashboardModel", "Commitment"),
    QT_TRANSLATE_NOOP("DashboardModel", "Responsible organization"),
    QT_TRANSLATE_NOOP("DashboardModel", "Original date"),
    QT_TRANSLATE_NOOP("DashboardModel", "Current date"),
    QT_TRANSLATE_NOOP("DashboardModel", "Status"),
    QT_TRANSLATE_NOOP("DashboardModel", "Last update"),
)
COLUMN_EMS = (14, 18, 16, 5, 6, 30, 14, 13, 13, 7, 8)
SORT_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


def _day_key(day: dt.date | None) -> int:
    return day.toordinal() if day else 10**7


class DashboardModel(QAbstractTableModel):
    """Rows of the dashboard: display texts and sort keys computed once per refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[DashboardItem] = []
        # (bucket order, bucket label, group order, group label, status label) per row
        self._rows: list[tuple[int, str, int, str, str]] = []
        self._lines: dict[int, str] = {}
        self._sort_keys: dict[int, list[Any]] = {}
        on_language_change(
            self,
            lambda: self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1),
        )

    def set_sections(self, sections: Sequence[Section], only: Bucket | None = None) -> None:
        """Cache the rows of ``sections`` (of one bucket with ``only``).

        Only what every row needs is made here; a row's folded description for sorting and
        its one-line description are made the first time they are asked for.
        """
        self.beginResetModel()
        items, rows = [], []
        labels = {status: status.label for status in MilestoneStatus}
        for order, section in enumerate(sections):
            if only is not None and section.bucket is not only:
                continue
            bucket = section.bucket.label
            for g_index, group in enumerate(section.groups):
                group_text = f"{group.label} ({group.count})"
                for i in group.items:
                    items.append(i)
                    rows.append((order, bucket, g_index, group_text, labels[i.status]))
        self._items, self._rows = items, rows
        self._lines.clear()
        self._sort_keys.clear()
        self.endResetModel()

    def _line(self, row: int) -> str:
        line = self._lines.get(row)
        if line is None:
            line = self._lines[row] = " ".join(self._items[row].description.split())
        return line

    def _text(self, row: int, column: int) -> str:
        i = self._items[row]
        if column == 0:
            return self._rows[row][1]
        if column == 1:
            return self._rows[row][3]
        if column == 5:
            return self._line(row)
        if column == 7:
            return i.original_due_text or i.due_text
        if column == 9:
            return self._rows[row][4]
        if column == 10:
            return i.latest_as_of.isoformat() if i.latest_as_of else ""
        return (i.plan_name, i.recommendation_ref, i.number, "", i.organization, "", i.due_text)[
            column - 2
        ]

    def _key(self, row: int, column: int) -> Any:
        i = self._items[row]
        if column == 0:
            return self._rows[row][0]
        if column == 1:
            return self._rows[row][0] * 100_000 + self._rows[row][2]
        if column == 8:
            return _day_key(i.due)
        if column == 10:
            return _day_key(i.latest_as_of)
        return self._text(row, column).casefold()

    def item(self, row: int) -> DashboardItem:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), index.column())
        if role == SORT_ROLE:
            keys = self._sort_keys.get(index.column())
            if keys is None:  # a sort asks n log n times: make the column's keys once
                column = index.column()
                keys = [self._key(row, column) for row in range(len(self._rows))]
                self._sort_keys[column] = keys
            return keys[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return self._items[index.row()].description
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None
