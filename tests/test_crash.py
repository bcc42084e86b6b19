"""An unexpected exception is logged to the user's log folder and shown, never silent."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planapp import logs
from planapp.ui import crash


@pytest.fixture(autouse=True)
def fresh_logging() -> Iterator[None]:
    logs.shutdown_logging()
    yield
    logs.shutdown_logging()
    crash.uninstall_excepthook()


def _raise_and_catch() -> tuple[type[BaseException], BaseException, object]:
    try:
        {}["recommendations"]  # a real exception with a real traceback
    except KeyError:
        return sys.exc_info()  # type: ignore[return-value]
    raise AssertionError("unreachable")


def test_log_goes_to_the_users_log_folder(data_dir: Path) -> None:
    path = logs.setup_logging()
    logging.getLogger("planapp.test").info("hello")
    assert path == data_dir / "logs" / "planapp.log"
    assert "planapp.test: hello" in path.read_text("utf-8")


def test_the_dialog_names_the_log_file_and_the_log_holds_the_traceback(
    qapp, data_dir: Path
) -> None:
    seen: list[QMessageBox] = []
    texts: list[tuple[str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box)
        texts.append((box.text(), box.detailedText()))
        box.done(0)

    QTimer.singleShot(0, read_and_close)
    crash.handle_exception(*_raise_and_catch())  # type: ignore[arg-type]

    log_file = data_dir / "logs" / "planapp.log"
    assert len(seen) == 1
    text, details = texts[0]
    assert str(log_file) in text
    assert "Edits made so far are saved" in text
    assert "KeyError: 'recommendations'" in details
    logged = log_file.read_text("utf-8")
    assert "Unexpected error" in logged
    assert "Traceback (most recent call last)" in logged
    assert "KeyError: 'recommendations'" in logged


def test_installed_hook_handles_what_python_and_qt_hand_it(
    qapp, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(crash, "show_crash_dialog", lambda text, details: shown.append(text))
    crash.install_excepthook()
    assert sys.excepthook is crash.handle_exception
    sys.excepthook(*_raise_and_catch())
    assert len(shown) == 1
    assert str(data_dir / "logs" / "planapp.log") in shown[0]


def test_a_second_error_while_the_dialog_is_open_is_only_logged(
    qapp, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    shown: list[str] = []

    def dialog(text: str, details: str) -> None:
        shown.append(text)
        crash.handle_exception(*_raise_and_catch())  # type: ignore[arg-type]

    monkeypatch.setattr(crash, "show_crash_dialog", dialog)
    crash.handle_exception(*_raise_and_catch())  # type: ignore[arg-type]
    assert len(shown) == 1
    logged = (data_dir / "logs" / "planapp.log").read_text("utf-8")
    assert logged.count("Unexpected error") == 2


def test_the_message_says_so_when_there_is_no_log_file() -> None:
    assert "could not be written" in crash.crash_message(None)
