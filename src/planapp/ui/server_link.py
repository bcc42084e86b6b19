"""A server document's link to the window: others' changes refreshed live, who else has the
plan open (in the status bar), and reconnecting when the server stops answering."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from planapp.store.document import Document
from planapp.store.server import is_server_url
from planapp.ui import commands
from planapp.ui.live_refresh import LiveRefresh, ShownRows, presence_text
from planapp.ui.reconnect import Reconnect, ReconnectContext


class ServerLink:
    """``reshow`` reads the shown plan afresh; ``push`` saves an edit kept while the server
    was away. The presence label is the window's to place (its status bar)."""

    def __init__(
        self,
        parent: QWidget,
        shown: ShownRows,
        doc: Callable[[], Document],
        reshow: Callable[[], None],
        push: Callable[[commands.StoreCommand], bool],
    ) -> None:
        self.parent = parent
        self.shown = shown
        self._doc = doc
        self._reshow = reshow
        self.presence_label = QLabel("", parent)
        self.presence_label.setObjectName("presenceLabel")
        self.presence_label.hide()
        self.live: LiveRefresh | None = None
        self.reconnect = Reconnect(
            ReconnectContext(parent, self.presence_label, doc, self.reconnected, push)
        )

    def start(self, document: Document) -> None:
        """On a server document: others' changes refresh this window; the status bar says
        who else has the plan open."""
        self.live = None
        if not is_server_url(document.path):
            self.presence_label.hide()
            return
        self.live = LiveRefresh(document, self.shown, self.parent)
        self.live.othersChanged.connect(
            lambda others: self.presence_label.setText(presence_text(others))
        )
        self.live.feedLost.connect(
            lambda why: self.presence_label.setText(
                QCoreApplication.translate("ServerLink", "Live refresh stopped: {why}").format(
                    why=why
                )
            )
        )
        self.live.feedLost.connect(lambda _why: self.reconnect.timer.start())
        self.presence_label.setText(presence_text([]))
        self.presence_label.show()

    def stop(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live.deleteLater()
            self.live = None

    def reconnected(self) -> None:
        """The server answers again: live refresh restarts and the plan is read afresh."""
        self.stop()
        doc = self._doc()
        doc._close_feed()
        self.start(doc)
        self._reshow()
