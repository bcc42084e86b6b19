"""The server of a team document stopped answering: say so once, keep the edits that could
not be saved, and when the server is back, reconnect, refresh and save them (each still
checked against what others changed meanwhile)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from planapp.store.errors import DocumentError
from planapp.ui import commands, dialogs

if TYPE_CHECKING:
    from planapp.ui.main_window import MainWindow

RETRY_EVERY_MS = 2000


class Reconnect(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
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
        dialogs.show_error(self.window, self.tr("Server Not Reachable"), text)
        self._show_waiting()
        self.timer.start()

    def _show_waiting(self) -> None:
        count = len(self.unsaved)
        text = (
            self.tr("Server not reachable: %n edits not saved yet; reconnecting…", "", count)
            if count
            else self.tr("Server not reachable: reconnecting…")
        )
        self.window.presence_label.setText(text)
        self.window.presence_label.show()

    def try_again(self) -> None:
        """Reconnect if the server answers: refresh the plan, then save the kept edits."""
        window = self.window
        try:
            with window.doc.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except DocumentError:
            return  # not yet
        self.timer.stop()
        window.reconnected()
        pending, self.unsaved = self.unsaved, []
        for command in pending:
            if not window.push(command):
                break  # failed again (it is kept again) or a conflict the user decided
