"""Live refresh in the window: the server document's change feed brought into the Qt event
loop with a QSocketNotifier (no thread), and who else has the plan open, for the status bar.

Changes others commit reach the document's listeners as this window's own do, so the views
refresh just those rows; the selected recommendation stays selected, and an open editor
stays open. A change to a plan this window is not showing needs nothing now: that plan is
read fresh when it is selected.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal

from planapp.domain.plan import Plan, Recommendation
from planapp.store.changes import Changed
from planapp.store.document import Document

PRESENCE_EVERY_MS = 5000


@dataclass(frozen=True)
class ShownRows:
    """What live refresh needs of the window: the plan shown and its table's selection."""

    plan: Callable[[], Plan | None]
    current_recommendation: Callable[[], Recommendation | None]
    current_row: Callable[[], int]
    row_of: Callable[[int], int | None]
    row_count: Callable[[], int]
    select_row: Callable[[int], None]


class LiveRefresh(QObject):
    """Watches a server document's feed; emits ``othersChanged`` with who else is there."""

    othersChanged = Signal(list)
    feedLost = Signal(str)

    def __init__(self, doc: Document, shown: ShownRows, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.shown = shown
        self.others: list[str] = []
        self.notifier: QSocketNotifier | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(PRESENCE_EVERY_MS)
        self.timer.timeout.connect(self.update_presence)
        self.feed = doc.change_feed()
        if self.feed is None:
            return
        self.notifier = QSocketNotifier(self.feed.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._readable)
        self.timer.start()
        QTimer.singleShot(0, self.update_presence)

    def _readable(self) -> None:
        import psycopg

        try:
            changes = self.doc.receive()
        except psycopg.Error as exc:
            self._lost(exc)
            return
        self.deliver(changes)

    def deliver(self, changes: list[Any]) -> None:
        """Refresh the views for each change of the plan shown or of the list of plans,
        keeping the selected recommendation selected."""
        shown = self.shown
        plan = shown.plan()
        for change in changes:
            if Changed.PLANS not in change.what and (plan is None or change.plan_id != plan.id):
                continue  # another plan: read fresh when it is shown
            selected = shown.current_recommendation()
            row_before = shown.current_row()
            self.doc._notify_listeners(change)
            if selected is not None:
                row = shown.row_of(selected.id)
                if row is not None and row != shown.current_row():
                    shown.select_row(row)
                elif row is None and 0 <= row_before < shown.row_count():
                    shown.select_row(row_before)

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
        self.stop()
        self.feedLost.emit(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)

    def stop(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
        self.timer.stop()


def presence_text(others: list[str]) -> str:
    """The status bar's words for who else has the plan open."""
    if not others:
        return QCoreApplication.translate("live_refresh", "Only you have this plan open.")
    return QCoreApplication.translate("live_refresh", "Also open by: {names}").format(
        names=", ".join(sorted(set(others)))
    )
