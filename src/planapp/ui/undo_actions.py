"""Edit ▸ Undo and Redo, named after the command they undo, in the interface language.

QUndoStack's own actions fix their "Undo" prefix when they are made, so they could not follow a
change of language; these say "Undo Edit Response" or "Annuler Modifier la réponse" and are
renamed at once when either the command or the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from planapp.ui.translation import on_language_change


class UndoActions(QObject):
    """The undo and redo actions of ``stack``, owned by ``window``."""

    def __init__(self, window: QWidget, stack: QUndoStack) -> None:
        super().__init__(window)
        std = QKeySequence.StandardKey
        self.undo_action = QAction(window)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(std.Undo))
        self.undo_action.triggered.connect(lambda _checked=False: stack.undo())
        self.redo_action = QAction(window)
        redo_keys = QKeySequence.keyBindings(std.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(lambda _checked=False: stack.redo())
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self._undo_text, self._redo_text = stack.undoText(), stack.redoText()
        stack.undoTextChanged.connect(self._undo_changed)
        stack.redoTextChanged.connect(self._redo_changed)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        on_language_change(window, self.retranslate)
        self.retranslate()

    def _undo_changed(self, text: str) -> None:
        self._undo_text = text
        self.retranslate()

    def _redo_changed(self, text: str) -> None:
        self._redo_text = text
        self.retranslate()

    def retranslate(self) -> None:
        undo, redo = self._undo_text, self._redo_text
        self.undo_action.setText(
            self.tr("&Undo {command}").format(command=undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {command}").format(command=redo) if redo else self.tr("&Redo")
        )
