"""Ctrl+F: type to jump to matching recommendations; optionally show only the matches."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from planapp.ui.plan_table import PlanTableView


class FindBar(QWidget):
    """Searches the rows of ``table`` (its model's cached texts) and selects the matches."""

    def __init__(self, table: PlanTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._matches: list[int] = []
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("Find in plan…")
        self.edit.setAccessibleName("Find")
        self.edit.setClearButtonEnabled(True)
        self.only = QCheckBox("Show only &matching rows", self)
        self.result = QLabel(self)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip("Close (Esc)")
        close.setAccessibleName("Close find bar")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("Find:", self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.only)
        layout.addWidget(self.result)
        layout.addWidget(close)
        self.edit.textChanged.connect(self.refresh)
        self.edit.returnPressed.connect(self.find_next)
        self.only.toggled.connect(lambda _on: self.refresh())

    def start(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def stop(self) -> None:
        """Close the bar and show every row again."""
        self.hide()
        for row in range(self.table.model().rowCount()):
            self.table.setRowHidden(row, False)
        self.table.setFocus()

    def refresh(self, *_: Any) -> None:
        """Search again (the text or the rows changed)."""
        model = self.table.plan_model
        needle = self.edit.text().strip()
        count = model.rowCount()
        self._matches = [r for r in range(count) if needle and model.matches(r, needle)]
        only = self.only.isChecked() and bool(needle)
        matching = set(self._matches)
        for row in range(count):
            self.table.setRowHidden(row, only and row not in matching)
        if not needle:
            self.result.setText("")
        elif not self._matches:
            self.result.setText("No matches")
        else:
            self.result.setText(f"{len(self._matches)} matching row(s)")
            if self.table.current_row() not in matching:
                self.table.select_row(self._matches[0])

    def find_next(self, step: int = 1) -> None:
        if not self.isVisible():
            self.start()
            return
        if not self._matches:
            return
        row = self.table.current_row()
        later = [r for r in self._matches if (r > row if step > 0 else r < row)]
        target = (
            (later[0] if step > 0 else later[-1])
            if later
            else (self._matches[0] if step > 0 else self._matches[-1])
        )
        self.table.select_row(target)
        position = self._matches.index(target) + 1
        self.result.setText(f"{position} of {len(self._matches)} matching row(s)")
