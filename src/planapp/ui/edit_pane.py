"""A roomy editor for the current cell, below the table, like Excel's expanded formula bar.

It shows the whole text of the cell that is current in the plan table, or in the milestone
or contact table, with its paragraphs and bullets, spell-checked. Typing there edits that
cell: the text is saved when the focus leaves the pane or on Ctrl+Enter, through the cell's
own model (``setData``), so it is the same undoable edit as typing in the cell. Esc puts the
cell's text back. Columns that cannot be edited in place (the milestone and contact lists of
the plan table) are shown read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout, QWidget

from planapp.domain.richtext import normalize
from planapp.ui.spelling import SpellingTextEdit, SpellService


class EditPane(QWidget):
    def __init__(self, service: SpellService | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.index = QPersistentModelIndex()
        self.where = ""
        self.label = QLabel(self)
        self.label.setObjectName("editPaneLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = SpellingTextEdit(self, service)
        self.editor.setObjectName("editPane")
        self.editor.setTabChangesFocus(True)
        self._retranslate_editor()
        self.editor.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.editor, 1)
        self._views: list[QAbstractItemView] = []
        self.show_index(QModelIndex())

    def _retranslate_editor(self) -> None:
        self.editor.setAccessibleName(self.tr("Current cell text"))
        self.editor.setPlaceholderText(
            self.tr("Select a cell to see and edit its whole text here.")
        )
        self.editor.setToolTip(
            self.tr("Ctrl+Enter or leaving the pane: save · Esc: put the text back")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_editor()
            self._reload()
        super().changeEvent(event)

    def follow(self, view: QAbstractItemView, label: str) -> None:
        """Show ``view``'s current cell whenever it becomes current (or the view gets focus).
        ``label`` names what its rows are, as a source text in the ``EditPane`` context
        (``QT_TRANSLATE_NOOP``): it is shown in the interface language."""
        self._views.append(view)
        view.setProperty("editPaneLabel", label)
        view.selectionModel().currentChanged.connect(
            lambda current, _previous, v=view: self._current_changed(v, current)
        )
        model = view.model()
        model.dataChanged.connect(self._data_changed)
        model.modelReset.connect(self._reload)
        model.rowsRemoved.connect(self._reload)
        view.installEventFilter(self)

    def _current_changed(self, view: QAbstractItemView, current: QModelIndex) -> None:
        if view.hasFocus() or not self.index.isValid() or self.index.model() is view.model():
            self.commit()
            self.show_index(current, view.property("editPaneLabel"))

    def show_index(self, index: QModelIndex, where: str = "") -> None:
        """Show the text of the cell at ``index`` (nothing for an invalid index)."""
        self.index = QPersistentModelIndex(index)
        self.where = where
        if not index.isValid():
            self.label.setText(self.tr("No cell selected"))
            self._set_text("", read_only=True)
            return
        model = index.model()
        heading = model.headerData(index.column(), Qt.Orientation.Horizontal)
        heading = " ".join(str(heading or "").split())
        row = model.headerData(index.row(), Qt.Orientation.Vertical)
        editable = bool(index.flags() & Qt.ItemFlag.ItemIsEditable)
        what = self.tr(where) if where else self.tr("Row")
        text = self.tr("{what} row {row} · {heading}").format(what=what, row=row, heading=heading)
        if not editable:
            text = self.tr("{cell} (edit it in its panel)").format(cell=text)
        self.label.setText(text)
        self._set_text(index.data(Qt.ItemDataRole.EditRole) or "", read_only=not editable)

    def _set_text(self, text: str, read_only: bool) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(str(text))
        self.editor.document().setModified(False)
        self.editor.setReadOnly(read_only)
        self.editor.blockSignals(False)

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, *_: object) -> None:
        index = self.index
        if (
            index.isValid()
            and index.model() is top.model()
            and top.row() <= index.row() <= bottom.row()
            and top.column() <= index.column() <= bottom.column()
            and not self.editor.document().isModified()
        ):
            self._reload()

    def _reload(self, *_: object) -> None:
        if self.editor.document().isModified():
            return
        self.show_index(
            QModelIndex(self.index) if self.index.isValid() else QModelIndex(), self.where
        )

    def commit(self) -> bool:
        """Save the pane's text into its cell (one undoable edit); False if nothing changed."""
        index = self.index
        if not index.isValid() or not self.editor.document().isModified():
            return False
        self.editor.document().setModified(False)
        text = normalize(self.editor.toPlainText())
        model = index.model()
        return bool(model.setData(model.index(index.row(), index.column()), text))

    def revert(self) -> None:
        self.editor.document().setModified(False)
        self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor:
            if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
                enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.commit()
                    return True
                if event.key() == Qt.Key.Key_Escape and self.editor.document().isModified():
                    self.revert()
                    return True
            elif event.type() == QEvent.Type.FocusOut:
                self.commit()
        elif event.type() == QEvent.Type.FocusIn and isinstance(watched, QAbstractItemView):
            current = watched.currentIndex()
            if current.isValid() and current != QModelIndex(self.index):
                self.commit()
                self.show_index(current, watched.property("editPaneLabel"))
        return super().eventFilter(watched, event)
