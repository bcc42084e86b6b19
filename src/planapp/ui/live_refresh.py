"""Live refresh in the window: the server document's change feed brought into the Qt event
loop with a QSocketNotifier (no thread), and who else has the plan open, for the status bar.

Changes others commit reach the document's listeners as this window's own do, so the views
refresh the one row (the selection and an open editor stay). A change to a plan this window
is not showing needs nothing now: that plan is read fresh when it is selected.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from planapp.store.document import Document

PRESENCE_EVERY_MS = 5000


class LiveRefresh(QObject):
    """Watches a server document's feed; emits ``othersChanged`` with who else is there."""

    othersChanged = Signal(list)
    feedLost = Signal(str)

    def __init__(
        self, doc: Document, current_plan: Callable[[], int | None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.current_plan = current_plan
        self.feed = doc.change_feed()
        self.others: list[str] = []
        self.notifier: QSocketNotifier | None = None
        if self.feed is None:
            return
        self.notifier = QSocketNotifier(self.feed.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._readable)
        self.timer = QTimer(self)
        self.timer.setInterval(PRESENCE_EVERY_MS)
        self.timer.timeout.connect(self.update_presence)
        self.timer.start()
        QTimer.singleShot(0, self.update_presence)

    def _readable(self) -> None:
        import psycopg

        assert self.feed is not None
        try:
            changes = self.feed.poll()
        except psycopg.Error as exc:
            self._lost(exc)
            return
        self.deliver(changes)

    def deliver(self, changes: list[dict]) -> None:
        """Refresh the views for each change of the plan shown or of the list of plans."""
        from planapp.store.document import Change

        shown = self.current_plan()
        fields = set(Change.__dataclass_fields__)
        for raw in changes:
            change = Change(**{k: v for k, v in raw.items() if k in fields})
            if change.kind in ("plans", "document") or change.plan_id == shown:
                self.doc._notify_listeners(change)

    def update_presence(self) -> None:
        import psycopg

        if self.feed is None:
            return
        try:
            others = self.feed.others()
        except psycopg.Error as exc:
            self._lost(exc)
            return
        if others != self.others:
            self.others = others
            self.othersChanged.emit(others)

    def _lost(self, exc: Exception) -> None:
        """The feed's connection failed (server stopped): stop watching; say so once."""
        if self.notifier is not None:
            self.notifier.setEnabled(False)
        self.timer.stop()
        self.feedLost.emit(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)

    def stop(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
        if self.feed is not None:
            self.timer.stop()


def presence_text(others: list[str]) -> str:
    """The status bar's words for who else has the plan open."""
    if not others:
        return "Only you have this plan open."
    names = sorted(set(others))
    return "Also open by: " + ", ".join(names)
