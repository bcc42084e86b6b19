"""Logging to a file in the user's log folder, so a crash on someone's laptop leaves a trace.

A windowed program has no console (on Windows a frozen one has no stdout/stderr at all), so the
log file is where a traceback ends up, and the crash dialog names it. The file rotates at 1 MB
and keeps three old copies; logging falls back to stderr, if there is one, when the folder
cannot be written.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from planapp.store.paths import log_dir

LOG_NAME = "planapp.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_handler: logging.Handler | None = None
_path: Path | None = None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the ``planapp`` loggers (and warnings) to the rotating log file; return its path.

    Safe to call more than once: the handler is installed once. Returns None when the log
    folder cannot be created, after logging to stderr instead where there is one.
    """
    global _handler, _path
    logger = logging.getLogger("planapp")
    logger.setLevel(level)
    if _handler is not None:
        return _path
    path = log_dir() / LOG_NAME
    handler: logging.Handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
        _path = path
    except OSError:
        # sys.stderr is None in a windowed Windows build: then there is nowhere to log.
        handler = logging.StreamHandler(sys.stderr) if sys.stderr else logging.NullHandler()
        _path = None
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    _handler = handler
    return _path


def shutdown_logging() -> None:
    """Close the log file (tests that point the log folder elsewhere call this between runs)."""
    global _handler, _path
    if _handler is not None:
        logging.getLogger("planapp").removeHandler(_handler)
        _handler.close()
    _handler = None
    _path = None
