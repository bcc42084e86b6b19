"""The dashboard's table model: one cached row per (bucket, milestone).

Rows are made from the domain's sections once per refresh; ``data()`` only indexes them. Texts
that need work (a description on one line, folded sort keys) are made on first use and kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from planapp.domain.dashboard import Bucket, DashboardItem, Section
from planapp.domain.dashboard_columns import COLUMNS as COLUMN_DESCRIPTIONS
from planapp.domain.dashboard_columns import INDEX
from planapp.domain.status import MilestoneStatus
from planapp.ui.translation import on_language_change

# The window's headings (English; shown in the user's language) and widths in ems.
COLUMNS = tuple(c.heading for c in COLUMN_DESCRIPTIONS)
COLUMN_EMS = tuple(c.ems for c in COLUMN_DESCRIPTIONS)
SORT_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


_ATTENTION, _GROUP, _COMMITMENT = INDEX["attention"], INDEX["group"], INDEX["commitment"]
_CURRENT_DATE, _LAST_UPDATE = INDEX["current_date"], INDEX["last_update"]


def _day_key(day: dt.date | None) -> int:
    return day.toordinal() if day else 10**7


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


class DashboardModel(QAbstractTableModel):
    """Rows of the dashboard: display texts and sort keys computed once per refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[DashboardItem] = []
        # (bucket order, bucket label, group order, group label, status label) per row
        self._rows: list[tuple[int, str, int, str, str]] = []
        self._lines: dict[int, str] = {}
        self._sort_keys: dict[int, list[Any]] = {}
        self._texts = self._column_texts()
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
        return self._texts[column](row)

    def _column_texts(self) -> tuple[Callable[[int], str], ...]:
        """Per column, the text of a row (in the order of the domain's description)."""
        by_name: dict[str, Callable[[int], str]] = {
            "attention": lambda r: self._rows[r][1],
            "group": lambda r: self._rows[r][3],
            "plan": lambda r: self._items[r].plan_name,
            "ref": lambda r: self._items[r].recommendation_ref,
            "milestone": lambda r: self._items[r].number,
            "commitment": self._line,
            "organization": lambda r: self._items[r].organization,
            "original_date": lambda r: self._items[r].original_due_text or self._items[r].due_text,
            "current_date": lambda r: self._items[r].due_text,
            "status": lambda r: self._rows[r][4],
            "last_update": lambda r: _iso(self._items[r].latest_as_of),
        }
        return tuple(by_name[c.name] for c in COLUMN_DESCRIPTIONS)

    def _key(self, row: int, column: int) -> Any:
        i = self._items[row]
        if column == _ATTENTION:
            return self._rows[row][0]
        if column == _GROUP:
            return self._rows[row][0] * 100_000 + self._rows[row][2]
        if column == _CURRENT_DATE:
            return _day_key(i.due)
        if column == _LAST_UPDATE:
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
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == _COMMITMENT:
            return self._items[index.row()].description
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return str(COLUMNS[section])  # (context "DashboardModel")
        return None
