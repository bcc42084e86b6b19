"""Long work runs in a worker thread; its result, its error and a Cancel reach the window."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from planapp.ui.jobs import run_job


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_work_runs_in_a_worker_with_the_collector_paused(parent: QWidget) -> None:
    seen = {}

    def work(report) -> str:
        seen["thread"] = threading.current_thread()
        seen["gc"] = gc.isenabled()
        for i in range(3):
            assert report(i + 1, 3)
        return "done"

    assert run_job(parent, "Working…", work) == "done"
    assert seen["thread"] is not threading.main_thread()
    assert seen["gc"] is False
    assert gc.isenabled()


def test_an_error_in_the_work_is_raised_in_the_gui_thread(parent: QWidget) -> None:
    def work(report) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        run_job(parent, "Working…", work)
    assert gc.isenabled()


def test_cancel_in_the_dialog_stops_the_work(parent: QWidget) -> None:
    started = threading.Event()

    def press_cancel() -> None:
        if not started.is_set():
            QTimer.singleShot(10, press_cancel)
            return
        dialog = parent.findChild(QProgressDialog)
        assert dialog is not None
        dialog.findChild(QPushButton).click()  # the dialog's Cancel button

    def work(report) -> bool:
        started.set()
        for step in range(10_000):  # at most ten seconds
            if not report(step, 10_000):
                return True
            threading.Event().wait(0.001)
        return False

    QTimer.singleShot(10, press_cancel)
    assert run_job(parent, "Working…", work)  # stopped by Cancel


def test_input_waits_while_the_job_runs(qtbot, parent: QWidget) -> None:
    """A key pressed during the job does not reach the window (it cannot change the plan
    the work is reading)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit(parent)
    edit.show()
    edit.setFocus()
    release = threading.Event()

    def type_then_release() -> None:
        qtbot.keyClicks(edit, "x")
        release.set()

    def work(report) -> None:
        release.wait(5)

    QTimer.singleShot(20, type_then_release)
    run_job(parent, "Working…", work, cancellable=False)
    assert edit.text() == ""
    qtbot.keyClick(edit, Qt.Key.Key_Y)
    QApplication.processEvents()
    assert edit.text() == "y"


def test_widgets_scheduled_for_deletion_are_gone_before_the_work_starts(parent: QWidget) -> None:
    """A widget deleted while the worker lays text out could freeze both threads: whatever
    was scheduled for deletion is deleted before the work begins."""
    doomed = QWidget(parent)
    gone = threading.Event()
    doomed.destroyed.connect(lambda *_: gone.set())
    doomed.deleteLater()
    assert not gone.is_set()  # no event loop has run yet

    assert run_job(parent, "Working…", lambda _report: gone.is_set()) is True
