"""What happens on an unexpected exception in the window: logged, and said, never silent.

A windowed program (above all a frozen one on Windows, which has no console) would otherwise
print a traceback nobody sees, or vanish. The hook writes the traceback to the log file and shows
one dialog naming that file, with the traceback under "Show Details…" for whoever is asked to
help. Exceptions raised in Qt slots reach the hook too (PySide6 hands them to ``sys.excepthook``)
and the window keeps running: each edit is its own committed transaction, so nothing already
done is lost.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from planapp import logs

log = logging.getLogger("planapp.crash")

_showing = False
_previous_hook: Callable[..., object] | None = None


def crash_message(log_file: Path | None) -> str:
    """The dialog's text: what happened, that edits are kept, where the details are."""
    where = (
        QCoreApplication.translate("crash", "The details were written to:\n{path}").format(
            path=log_file
        )
        if log_file is not None
        else QCoreApplication.translate("crash", "The details could not be written to a log file.")
    )
    return QCoreApplication.translate(
        "crash",
        "planapp met an unexpected error. Edits made so far are saved.\n\n{where}\n\n"
        "Please send that file to whoever supports planapp.",
    ).format(where=where)


def show_crash_dialog(text: str, details: str) -> None:
    """Show the crash message modally (the seam tests patch; it returns nothing either way)."""
    box = QMessageBox(QMessageBox.Icon.Critical, "planapp", text)
    box.setDetailedText(details)
    box.exec()


def handle_exception(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> None:
    """Log the exception and, in the GUI thread of a running application, show the dialog."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log_file = None
    try:
        log_file = logs.setup_logging()  # normally done already at start-up; cheap if so
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        if sys.stderr is not None:
            sys.stderr.write(details)
    except Exception:  # the hook itself must never raise
        pass
    app = QApplication.instance()
    if _showing or app is None or QThread.currentThread() is not app.thread():
        return  # one dialog at a time; widgets only from the GUI thread
    _showing = True
    try:
        show_crash_dialog(crash_message(log_file), details)
    except Exception:
        log.exception("Could not show the crash dialog")
    finally:
        _showing = False


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    """Background threads: logged only (no widgets outside the GUI thread)."""
    if args.exc_type is SystemExit:
        return
    log.error(
        "Unexpected error in thread %s",
        getattr(args.thread, "name", "?"),
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )  # type: ignore[arg-type]


def install_excepthook() -> None:
    """Make :func:`handle_exception` the process's exception hook (once)."""
    global _previous_hook
    if sys.excepthook is handle_exception:
        return
    _previous_hook = sys.excepthook
    sys.excepthook = handle_exception
    threading.excepthook = _thread_hook


def uninstall_excepthook() -> None:
    """Put the previous hook back (tests)."""
    global _previous_hook
    if sys.excepthook is handle_exception:
        sys.excepthook = _previous_hook or sys.__excepthook__
        threading.excepthook = threading.__excepthook__
    _previous_hook = None
