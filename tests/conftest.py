"""Shared fixtures: every test gets its own data folder, document and settings file."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The day the sample plan is looked at in window tests: some milestones are overdue then.
TODAY = dt.date(2020, 11, 1)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the default document and logs out of the real user's folders."""
    folder = tmp_path / "data"
    monkeypatch.setenv("PLANAPP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def doc_path(tmp_path: Path) -> Path:
    return tmp_path / "plans.planapp"


@pytest.fixture
def document(doc_path: Path):
    """A fresh document holding the sample plan; closed after the test."""
    from planapp.store.document import Document

    doc = Document.open(doc_path, create=True, sample=True)
    yield doc
    doc.close()


@pytest.fixture
def settings(tmp_path: Path, qapp):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, document, settings):
    """The main window on the sample plan, shown offscreen."""
    from planapp.ui.main_window import MainWindow

    win = MainWindow(document, settings, today=TODAY)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.isVisible():
        win.close()
