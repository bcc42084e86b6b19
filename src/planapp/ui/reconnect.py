"""The server of a team document stopped answering: say so once, keep the edits that could
not be saved, and when the server is back, reconnect, refresh and save them (each still
checked against what others changed meanwhile)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from planapp.store.document import Document
from planapp.store.errors import DocumentError
from planapp.ui import commands, dialogs

RETRY_EVERY_MS = 2000


@dataclass(frozen=True)
class ReconnectContext:
    """What reconnecting needs of the window: where to say so, the document to try, what
    to do once it answers, and how to save the kept edits."""

    parent: QWidget
    presence_label: QLabel
    doc: Callable[[], Document]
    reconnected: Callable[[], None]
    push: Callable[[commands.StoreCommand], bool]


class Reconnect(QObject):
    def __init__(self, context: ReconnectContext) -> None:
        super().__init__(context.parent)
        self.context = context
        #: Edits made while the server could not be reached, saved when it is back.
        self.unsaved: list[commands.StoreCommand] = []
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_EVERY_MS)
        self.timer.timeout.connect(self.try_again)

    def lost(self, command: commands.StoreCommand, error: Exception) -> None:
        """``command`` failed because the server is gone: keep it, tell the user, retry."""
        again = command.again()
        if again is not None:
            self.unsaved.append(again)
        text = str(error)
        if again:
            text = self.tr("{error} Your edit is kept and will be saved when it is back.").format(
                error=error
            )
        dialogs.show_error(self.context.parent, self.tr("Server Not Reachable"), text)
        self._show_waiting()
        self.timer.start()

    def _show_waiting(self) -> None:
        count = len(self.unsaved)
        text = (
            self.tr("Server not reachable: %n edits not saved yet; reconnecting…", "", count)
            if count
            else self.tr("Server not reachable: reconnecting…")
        )
        self.context.presence_label.setText(text)
        self.context.presence_label.show()

    def try_again(self) -> None:
        """Reconnect if the server answers: refresh the plan, then save the kept edits."""
        context = self.context
        try:
            with context.doc().engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except DocumentError:
            return  # not yet
        self.timer.stop()
        context.reconnected()
        pending, self.unsaved = self.unsaved, []
        for command in pending:
            if not context.push(command):
                break  # failed again (it is kept again) or a conflict the user decided
