"""The document's plans, in a list beside the table; choosing one shows it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from planapp.domain.plan import Plan
from planapp.ui.dialogs import plain_tooltip


class PlanList(QListWidget):
    planChosen = Signal(object)  # the plan id the user picked, or None
    renameRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Plans"))
        self.setWordWrap(True)
        self.currentItemChanged.connect(self._chosen)
        self.itemDoubleClicked.connect(lambda _item: self.renameRequested.emit())
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def show_plans(self, plans: Sequence[Plan], current: int | None) -> None:
        """Refill the list (without announcing a choice) and keep ``current`` selected."""
        self.blockSignals(True)
        self.clear()
        for plan in plans:
            item = QListWidgetItem(plan.short_name)
            item.setData(Qt.ItemDataRole.UserRole, plan.id)
            item.setToolTip(plain_tooltip(f"{plan.display_title}\n{plan.display_audit_title}"))
            self.addItem(item)
        self.blockSignals(False)
        if current is not None:
            self.mark(current)

    def mark(self, plan_id: int | None) -> bool:
        """Select ``plan_id``'s item without announcing it; False if it is not listed."""
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == plan_id:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F2 renames the current plan, as in a file manager (no action carries F2: in the
        tables it edits the current cell)."""
        if event.key() == Qt.Key.Key_F2 and not event.modifiers() and self.currentItem():
            self.renameRequested.emit()
            return
        super().keyPressEvent(event)

    def plan_ids(self) -> list[int]:
        return [self.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.count())]

    def _chosen(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        self.planChosen.emit(current.data(Qt.ItemDataRole.UserRole) if current else None)
