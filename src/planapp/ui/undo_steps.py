"""Every edit of the window as one undo step, and what the user sees when a step fails.

A step the store refused is not kept ("Edit Not Saved"); a conflict with someone else's edit
asks whose text to keep; an edit the server could not take waits for it to come back; an undo
or redo that could not be saved clears the history, which no longer matches the document.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from planapp.store.document import Document
from planapp.store.server import ServerUnavailableError
from planapp.store.versions import ConflictError
from planapp.ui import commands, conflict_dialog, dialogs
from planapp.ui.translation import Translatable


class UndoSteps(Translatable):
    """``doc`` gives the open document, ``reshow`` reads the shown plan afresh and
    ``server_lost`` keeps an edit the server did not answer (see ``reconnect``)."""

    def __init__(
        self,
        parent: QWidget,
        undo_stack: QUndoStack,
        doc: Callable[[], Document],
        reshow: Callable[[], None],
        server_lost: Callable[[commands.StoreCommand, Exception], None],
    ) -> None:
        self.parent = parent
        self.undo_stack = undo_stack
        self._doc = doc
        self._reshow = reshow
        self._server_lost = server_lost

    def deleted_notice(self, before: int, undo_keys: str) -> str | None:
        """After a deletion that was one new step (the stack was at ``before``): what it
        deleted and how to get it back, for the status bar (no question is asked first)."""
        stack = self.undo_stack
        if stack.index() != before + 1:
            return None
        step = stack.command(stack.index() - 1)
        what = getattr(step, "what", "") or stack.undoText()
        return QCoreApplication.translate(
            "MainWindow", "Deleted {what}. Edit ▸ Undo ({keys}) brings it back."
        ).format(what=what, keys=undo_keys)

    def push(self, command: commands.StoreCommand) -> bool:
        """Do an edit as one undo step; a failed edit is reported, not kept as a step."""
        doc = self._doc()
        if doc.read_only:
            dialogs.show_error(
                self.parent,
                self.tr("Read-Only Document"),
                self.tr(
                    "{name} is open read-only; nothing can be changed. "
                    "Use File ▸ Save As to keep an editable copy."
                ).format(name=doc.path.name),
            )
            return False
        command.on_failure = lambda exc, c=command: self._step_failed(c, exc)
        command.on_bug = self._history_lost
        self.undo_stack.push(command)
        if isinstance(command.error, ConflictError):
            self._resolve_conflict(command, command.error)
            return False
        if isinstance(command.error, ServerUnavailableError):
            self._server_lost(command, command.error)
            return False
        if command.error is not None:
            dialogs.show_error(
                self.parent,
                self.tr("Edit Not Saved"),
                self.tr("The change could not be saved: {reason}").format(reason=command.error),
            )
            self._reshow()
            return False
        return not command.crashed

    def _step_failed(self, command: commands.StoreCommand, error: Exception) -> None:
        if isinstance(error, ConflictError):
            self._undo_conflict(command, error)
        else:
            self._history_failed(error)

    def _undo_conflict(self, command: commands.StoreCommand, error: ConflictError) -> None:
        """An undo of a change someone has since edited: the same choice as any conflict;
        the history, which no longer matches the document, is cleared."""
        QTimer.singleShot(0, self.undo_stack.clear)
        QTimer.singleShot(0, lambda: self._resolve_conflict(command, error))

    def _resolve_conflict(self, command: commands.StoreCommand, error: ConflictError) -> None:
        """Ask whose text to keep; write mine or the merge only on that choice."""
        resolution = conflict_dialog.ask(self.parent, error.conflict)
        if resolution is not None and resolution.choice != conflict_dialog.KEEP_THEIRS:
            forced = command.forced(resolution.text)
            if forced is not None:
                forced.on_failure = lambda exc, c=forced: self._step_failed(c, exc)
                forced.on_bug = self._history_lost
                self.undo_stack.push(forced)
                if forced.error is not None:
                    dialogs.show_error(
                        self.parent,
                        self.tr("Edit Not Saved"),
                        self.tr("The change could not be saved: {reason}").format(
                            reason=forced.error
                        ),
                    )
        self._reshow()

    def _history_failed(self, error: Exception) -> None:
        """An undo or redo could not be saved: the document is as it was before that step,
        but the history no longer matches it, so it is cleared (after the stack is done)."""
        dialogs.show_error(
            self.parent,
            self.tr("Undo Not Saved"),
            self.tr(
                "The document could not be changed: {reason}\n"
                "It is as it was before this step; the undo history was cleared."
            ).format(reason=error),
        )
        self._history_lost()

    def _history_lost(self) -> None:
        """The history no longer matches the document (the crash dialog says why): clear it."""
        QTimer.singleShot(0, self.undo_stack.clear)
        QTimer.singleShot(0, self._reshow)
