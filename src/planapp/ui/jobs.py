"""Long work (export, PDF, import) in a worker thread, with progress and Cancel in the window.

:func:`run_job` runs ``work(report)`` in a thread of its own while the window keeps painting,
shows a window-modal progress dialog once the work lasts, and returns the work's result (or
raises its exception) in the GUI thread, so callers read like plain function calls.

Rules for the work, which runs outside the GUI thread:

- It touches no widget and no Qt object of the window; it reports progress only through
  ``report(done, total)``, which returns False once the user pressed Cancel (the Excel and
  print engines then stop, raising or returning as they document).
- It never uses the window's :class:`~planapp.store.document.Document`: a document's change
  notices refresh views, which must happen in the GUI thread. The work is given plain values
  (a loaded :class:`~planapp.domain.plan.Plan`, a path) and returns plain values; what must be
  stored is stored by the caller, in the GUI thread, as an undoable command, after the job.
- The plan handed to the work is not changed while it runs: the window takes no input until
  the job is done (input is held back until the progress dialog, which is modal, shows).

Python's cyclic garbage collector is paused for the job (see :mod:`planapp.gcpause`): a large
plan's objects would otherwise set off collection after collection.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from planapp.gcpause import paused_gc

T = TypeVar("T")
Report = Callable[[int, int], bool]

SHOW_AFTER_MS = 400  # quick jobs finish without a dialog flashing up
REPORT_EVERY_S = 0.05  # progress reaches the dialog at most this often
WATCH_MS = 20

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}


class _Bridge(QObject):
    """Lives in the GUI thread; the worker's signals to it arrive queued, in that thread."""

    progressed = Signal(int, int)
    finished = Signal()


class _HoldInput(QObject):
    """Drops keyboard and mouse input to everything but the progress dialog."""

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _INPUT:
            return False
        return not (
            isinstance(watched, QWidget)
            and (watched is self._dialog or self._dialog.isAncestorOf(watched))
        )


def run_job(
    parent: QWidget, label: str, work: Callable[[Report], T], *, cancellable: bool = True
) -> T:
    """Run ``work(report)`` in a worker thread; its result, or its exception, in this thread.

    ``cancellable`` False is for work that cannot stop midway (it never calls ``report``):
    the dialog then shows that it is busy, without a Cancel button.
    """
    dialog = QProgressDialog(
        label, QCoreApplication.translate("jobs", "Cancel"), 0, 100 if cancellable else 0, parent
    )
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowTitle("planapp")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    cancelled = threading.Event()
    dialog.canceled.connect(cancelled.set)
    bridge = _Bridge()
    bridge.progressed.connect(lambda done, total: _show_progress(dialog, done, total))
    loop = QEventLoop()
    bridge.finished.connect(loop.quit)
    done = threading.Event()
    # Also look every few milliseconds: the loop then ends even if the work ended before the
    # loop began to wait for it.
    watch = QTimer()
    watch.setInterval(WATCH_MS)
    watch.timeout.connect(lambda: loop.quit() if done.is_set() else None)
    outcome: dict[str, object] = {}
    last = [0.0]

    def report(done: int, total: int) -> bool:
        now = time.monotonic()
        if done >= total or now - last[0] >= REPORT_EVERY_S:
            last[0] = now
            bridge.progressed.emit(done, total)
        return not cancelled.is_set()

    def target() -> None:
        try:
            outcome["value"] = work(report)
        except BaseException as exc:  # handed to the GUI thread, raised there as it is
            outcome["error"] = exc
        finally:
            done.set()
            bridge.finished.emit()

    hold = _HoldInput(dialog)
    app = QApplication.instance()
    app.installEventFilter(hold)
    try:
        with paused_gc():
            # Widgets already scheduled for deletion go now, before the work starts: deleted
            # while the worker lays text out, one froze both threads (the GUI thread waiting
            # for the interpreter inside a Qt lock the worker was waiting for).
            QCoreApplication.sendPostedEvents(None, int(QEvent.Type.DeferredDelete))
            worker = threading.Thread(target=target, name=f"planapp job: {label}", daemon=True)
            worker.start()
            watch.start()
            while not done.is_set():
                loop.exec()
            worker.join()
    finally:
        watch.stop()
        app.removeEventFilter(hold)
        dialog.close()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def _show_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    dialog.setMaximum(max(total, 1))
    dialog.setValue(min(done, max(total, 1)))
