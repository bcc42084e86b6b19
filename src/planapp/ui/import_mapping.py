"""The import preview's column mapping: each sheet's headings and where each column goes.

Every column of the workbook's header row is listed with the field it was detected as; the
user can send any of them to another field, keep it as an extra column, or ignore it (the only
way a column is left out of the plan, and the preview says so). A choice is remembered for
that set of headings (settings ``import/mappings/<key>``) and proposed the next time a
workbook with the same headings is imported.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from openpyxl.utils import get_column_letter
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planapp.excel.mapping import FIELDS, SheetLayout, mapping_key

# What each field means to the user, in the combo of every column.
FIELD_LABELS: dict[str, str] = {
    "ref": QT_TRANSLATE_NOOP("SheetMapping", "Report Ref. No."),
    "recommendation": QT_TRANSLATE_NOOP("SheetMapping", "OAG Recommendation"),
    "response": QT_TRANSLATE_NOOP("SheetMapping", "Departmental Response"),
    "outcome": QT_TRANSLATE_NOOP("SheetMapping", "Final Expected Outcome/Result"),
    "completion": QT_TRANSLATE_NOOP("SheetMapping", "Expected Final Completion Date"),
    "milestones": QT_TRANSLATE_NOOP("SheetMapping", "Key Interim Milestones"),
    "contacts": QT_TRANSLATE_NOOP("SheetMapping", "Responsible Organization / Point of Contact"),
    "indicator": QT_TRANSLATE_NOOP("SheetMapping", "Indicator of Achievement"),
    "actions": QT_TRANSLATE_NOOP(
        "SheetMapping", "Milestones, one per paragraph or row (actions, deliverables)"
    ),
    "due": QT_TRANSLATE_NOOP("SheetMapping", "Dates (of milestones, or the completion date)"),
    "status": QT_TRANSLATE_NOOP("SheetMapping", "Milestone status"),
    "extra": QT_TRANSLATE_NOOP("SheetMapping", "Extra column (kept under its heading)"),
    "ignore": QT_TRANSLATE_NOOP("SheetMapping", "Ignore (left out of the plan)"),
}

Mapping = dict[str, dict[int, str]]  # sheet title -> {0-based column: field}

_SETTINGS_GROUP = "import/mappings"


def remembered(settings: QSettings, layout: SheetLayout) -> dict[int, str]:
    """The user's earlier choice for a sheet with these headings ({} if none or unusable)."""
    raw = settings.value(f"{_SETTINGS_GROUP}/{mapping_key(layout.headings())}", "")
    try:
        stored = json.loads(str(raw)) if raw else {}
    except ValueError:
        return {}
    if not isinstance(stored, dict):
        return {}
    columns = {c.index for c in layout.columns}
    out: dict[int, str] = {}
    for key, name in stored.items():
        if str(key).isdigit() and int(key) in columns and name in FIELDS:
            out[int(key)] = str(name)
    return out


def remember(settings: QSettings, layout: SheetLayout, chosen: dict[int, str]) -> None:
    """Keep ``chosen`` (column -> field) for sheets with ``layout``'s headings; an empty
    choice forgets an earlier one."""
    key = f"{_SETTINGS_GROUP}/{mapping_key(layout.headings())}"
    if chosen:
        settings.setValue(key, json.dumps({str(i): f for i, f in sorted(chosen.items())}))
    else:
        settings.remove(key)


class SheetMapping(QGroupBox):
    """One sheet's header row: a line per column with its heading and a combo of fields."""

    changed = Signal(str, int, str)  # sheet, column, field

    def __init__(
        self, layout: SheetLayout, chosen: dict[int, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(
            self.tr("Columns of “{sheet}” (header on row {row})").format(
                sheet=layout.sheet, row=layout.header_row
            )
        )
        self.layout_ = layout
        self.detected = {c.index: c.field for c in layout.columns if c.detected}
        self.combos: dict[int, QComboBox] = {}
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        if not layout.recognized:
            note = QLabel(
                self.tr(
                    "Too few headings of this sheet were recognized to import it as it is. "
                    "Choose where its columns go."
                ),
                self,
            )
            note.setWordWrap(True)
            box.addWidget(note)
        self.table = QTableWidget(len(layout.columns), 3, self)
        self.table.setAccessibleName(self.tr("Columns of {sheet}").format(sheet=layout.sheet))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Heading"), self.tr("Goes to")]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, column in enumerate(layout.columns):
            letter = QTableWidgetItem(get_column_letter(column.index + 1))
            heading = QTableWidgetItem(column.heading or "(no heading)")
            heading.setToolTip(column.heading)
            for item in (letter, heading):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, letter)
            self.table.setItem(row, 1, heading)
            combo = QComboBox(self.table)
            combo.setAccessibleName(
                self.tr("Where “{heading}” goes").format(heading=column.heading)
            )
            for name in FIELDS:
                combo.addItem(self.tr(FIELD_LABELS.get(name, name)), name)
            field = chosen.get(column.index, column.field)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            combo.currentIndexChanged.connect(
                lambda _i, index=column.index, c=combo: self._combo_changed(index, c)
            )
            self.table.setCellWidget(row, 2, combo)
            self.combos[column.index] = combo
        self.table.setMinimumHeight(min(320, 30 + 28 * max(1, len(layout.columns))))
        box.addWidget(self.table)
        self.left_out = QLabel(self)
        self.left_out.setWordWrap(True)
        self.left_out.setAccessibleName(
            self.tr("Columns of {sheet} left out").format(sheet=layout.sheet)
        )
        box.addWidget(self.left_out)
        self._show_left_out()

    @property
    def sheet(self) -> str:
        return self.layout_.sheet

    def field_of(self, index: int) -> str:
        return str(self.combos[index].currentData())

    def choices(self) -> dict[int, str]:
        """The columns whose field differs from what was detected (what to pass and keep)."""
        out = {}
        for column in self.layout_.columns:
            field = self.field_of(column.index)
            if not column.detected or field != column.field:
                out[column.index] = field
        return out

    def set_field(self, index: int, field: str) -> None:
        """Choose ``field`` for the column ``index`` as the user would with its combo."""
        combo = self.combos[index]
        combo.setCurrentIndex(combo.findData(field))

    def ignored(self) -> list[str]:
        return [
            c.heading or get_column_letter(c.index + 1)
            for c in self.layout_.columns
            if self.field_of(c.index) == "ignore"
        ]

    def _combo_changed(self, index: int, combo: QComboBox) -> None:
        self._show_left_out()
        self.changed.emit(self.sheet, index, str(combo.currentData()))

    def _show_left_out(self) -> None:
        ignored = self.ignored()
        if ignored:
            names = ", ".join(f"“{h}”" for h in ignored)
            self.left_out.setText(
                self.tr("Left out of the plan (ignored): {names}").format(names=names)
            )
        else:
            self.left_out.setText(self.tr("Every column is kept."))


def mapping_of(panels: Sequence[SheetMapping]) -> Mapping:
    """The user's choices of every sheet, as ``read_workbook(mapping=...)`` takes them."""
    return {p.sheet: p.choices() for p in panels if p.choices()}
