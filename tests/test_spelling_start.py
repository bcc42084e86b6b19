"""The spelling dictionaries wait for the window: reading one holds the interpreter for up to
0.1 s at a time, which would otherwise delay the window's first paint."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from planapp.ui import spelling
from planapp.ui.main_window import MainWindow
from tests.conftest import TODAY


class _FirstPaint(QObject):
    """Notes which dictionaries had started loading when the table first painted."""

    def __init__(self) -> None:
        super().__init__()
        self.loading_then: set[str] | None = None

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.loading_then is None:
            self.loading_then = set(spelling._loading) | set(spelling._checkers)
        return False


def test_dictionaries_load_after_the_first_paint(qtbot, document, settings, monkeypatch) -> None:
    monkeypatch.setattr(spelling, "_checkers", {})  # as in a program just started
    monkeypatch.setattr(spelling, "_loading", {})
    window = MainWindow(document, settings, today=TODAY)
    qtbot.addWidget(window)
    assert not spelling._loading  # built, not shown: nothing read yet
    first_paint = _FirstPaint()
    window.table.viewport().installEventFilter(first_paint)
    window.resize(1400, 900)
    window.show()
    qtbot.waitUntil(lambda: first_paint.loading_then is not None)
    assert first_paint.loading_then == set()
    # Then, with nothing else done, the plan's dictionary loads and misspellings can be shown.
    qtbot.waitUntil(lambda: window.spelling.loaded, timeout=30_000)
    assert window.spelling.misspelled("recomendation")
    assert not window.spelling.misspelled("recommendation")
    window.close()


def test_a_window_never_shown_still_checks_when_asked(
    qtbot, document, settings, monkeypatch
) -> None:
    monkeypatch.setattr(spelling, "_checkers", {})
    monkeypatch.setattr(spelling, "_loading", {})
    window = MainWindow(document, settings, today=TODAY)
    qtbot.addWidget(window)
    assert window.spelling.suggestions("recomendation")[:1] == ["recommendation"]
