"""Shared fixtures: every test gets its own data folder, document and settings file."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The day the sample plan is looked at in window tests: some milestones are overdue then.
TODAY = dt.date(2020, 11, 1)


@pytest.fixture(scope="session", autouse=True)
def _clipboard_emptied_before_exit():
    """The test run's application lives until the interpreter exits, after Python has shut
    down; clipboard data a test copied (a QMimeData made in Python) would then be destroyed
    by Qt with no Python left to release its wrapper, and the process would crash on exit.
    The program itself destroys its application while Python still runs."""
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QApplication.clipboard().clear()


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


@pytest.fixture
def french(settings):
    """French chosen in the window's settings; English again afterwards."""
    from planapp.ui.preferences import InterfaceLanguage
    from planapp.ui.translation import install_language

    settings.setValue("interface/language", InterfaceLanguage.FRENCH.value)
    yield
    install_language("en")


@pytest.fixture
def french_window(french, window):
    """The sample plan's window, made with French chosen in its settings."""
    return window


# -- both engines ------------------------------------------------------------------------------

TEMPLATE = f"planapp_sample_{os.getpid()}"  # two test runs may share one cluster


@pytest.fixture(scope="session")
def pg_cluster():
    """The test PostgreSQL cluster (skips the test, saying why, when there is none)."""
    from tests import pg_cluster as pg

    cluster, reason = pg.start()
    if cluster is None:
        pytest.skip(f"no PostgreSQL server for the server tests: {reason}")
    try:
        from planapp.store.document import Document

        cluster.drop_database(TEMPLATE)
        cluster.sql(f"CREATE DATABASE {TEMPLATE}")
        Document.open(cluster.url(TEMPLATE), create=True, sample=True).close()
        yield cluster
    finally:
        cluster.drop_database(TEMPLATE)
        cluster.stop()


@pytest.fixture
def server_url(pg_cluster):
    """The URL of a fresh server database holding the sample plan (dropped after the test)."""
    name = pg_cluster.new_database(template=TEMPLATE)
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture
def empty_server_url(pg_cluster):
    """The URL of a fresh, empty server database (dropped after the test)."""
    name = pg_cluster.new_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request) -> str:
    """Which engine the test's document is on; ``@pytest.mark.sqlite_only`` tests run once."""
    if request.param == "postgresql" and request.node.get_closest_marker("sqlite_only"):
        pytest.skip("SQLite file behaviour")
    return request.param


@pytest.fixture
def any_document(request, engine: str, doc_path: Path):
    """The sample plan in a document on ``engine``: a test module that sets
    ``document = pytest.fixture(any_document_fixture)`` runs its tests on both engines."""
    from planapp.store.document import Document

    if engine == "sqlite":
        doc = Document.open(doc_path, create=True, sample=True)
    else:
        doc = Document.open(request.getfixturevalue("server_url"))
    yield doc
    doc.close()


@pytest.fixture
def two(request, engine: str, doc_path: Path):
    """Two Documents on one database holding the sample plan: two people's windows (on
    SQLite, two openings in one process without the lock, as the server case needs no lock)."""
    from planapp.store.document import Document

    if engine == "sqlite":
        Document.open(doc_path, create=True, sample=True).close()
        a, b = Document.open(doc_path, lock=False), Document.open(doc_path, lock=False)
    else:
        url = request.getfixturevalue("server_url")
        a, b = Document.open(url), Document.open(url)
    yield a, b
    a.close()
    b.close()
