"""The History tab: who changed what in the selected recommendation (or one of its milestones),
when, and from what to what. Read when the tab is shown or the recommendation changes; the
model only shows what it was given."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.richtext import plain_preview
from planapp.store.document import Change, Document
from planapp.store.history import HistoryEntry, field_name
from planapp.ui.table_keys import release_tab
from planapp.ui.translation import on_language_change

Index = QModelIndex | QPersistentModelIndex
HEADINGS = (
    QT_TRANSLATE_NOOP("HistoryModel", "When (UTC)"),
    QT_TRANSLATE_NOOP("HistoryModel", "Who"),
    QT_TRANSLATE_NOOP("HistoryModel", "Item"),
    QT_TRANSLATE_NOOP("HistoryModel", "Field"),
    QT_TRANSLATE_NOOP("HistoryModel", "Before"),
    QT_TRANSLATE_NOOP("HistoryModel", "After"),
)


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []
        self._rows: list[tuple[str, ...]] = []
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADINGS) - 1)

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = list(reversed(entries))  # newest first
        self._rows = [
            (
                e.changed_at.strftime("%Y-%m-%d %H:%M:%S") if e.changed_at else "",
                e.changed_by,
                e.item,
                field_name(e.field),
                plain_preview(e.old, 300),
                plain_preview(e.new, 300),
            )
            for e in self.entries
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADINGS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("HistoryModel", HEADINGS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None


class HistoryPanel(QWidget):
    """History of the recommendation shown; optionally of its selected milestone only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: Document | None = None
        self.rec_id: int | None = None
        self.milestone_id: int | None = None
        self._stale = True
        self.title = QLabel("")
        self.milestone_only = QCheckBox(self.tr("Selected &milestone only"))
        self.milestone_only.toggled.connect(lambda _on: self._reload())
        self.model = HistoryModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("History of changes"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        release_tab(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.milestone_only)
        layout.addWidget(self.view, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.milestone_only.setText(self.tr("Selected &milestone only"))
            self.view.setAccessibleName(self.tr("History of changes"))
            self._stale = True
            self._reload_if_visible()
        super().changeEvent(event)

    def set_document(self, doc: Document) -> None:
        """Follow ``doc``'s changes (the window's document)."""
        if self.doc is not None:
            self.doc.unsubscribe(self.on_change)
        self.doc = doc
        doc.subscribe(self.on_change)
        self._stale = True
        self._reload_if_visible()

    def show_recommendation(self, rec_id: int | None, milestone_id: int | None = None) -> None:
        if (rec_id, milestone_id) != (self.rec_id, self.milestone_id):
            self.rec_id, self.milestone_id = rec_id, milestone_id
            self._stale = True
            self._reload_if_visible()

    def on_change(self, change: Change) -> None:
        """A committed change: reread if it may concern the recommendation shown."""
        if change.recommendation_id in (None, self.rec_id):
            self._stale = True
            self._reload_if_visible()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self._reload()

    def _reload_if_visible(self) -> None:
        if self.isVisible():
            self._reload()

    def _reload(self) -> None:
        self._stale = False
        if self.doc is None or self.rec_id is None:
            self.title.setText(self.tr("Select a recommendation to see its history."))
            self.model.set_entries([])
            return
        if self.milestone_only.isChecked() and self.milestone_id is not None:
            entries = self.doc.history(milestone_id=self.milestone_id)
        else:
            entries = self.doc.history(recommendation_id=self.rec_id)
        self.title.setText(self.tr("%n changes, newest first.", "", len(entries)))
        self.model.set_entries(entries)
