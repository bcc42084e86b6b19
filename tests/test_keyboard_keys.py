"""Keys that mean one thing each: F2 edits the current cell in every table (Rename Plan has
its own key), and every mnemonic of the main window (Alt+letter) is unique, in English and in
French."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QMenu,
    QTabWidget,
)

from planapp.ui import dialogs, translation
from planapp.ui.main_window import MainWindow
from planapp.ui.preferences import InterfaceLanguage
from planapp.ui.shortcuts import window_shortcuts
from tests.test_clipboard import _focus
from tests.test_keyboard import _press
from tests.test_ui_extra import with_extra  # noqa: F401 (a fixture)


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    translation.install_language("en")


def _tables(window: MainWindow) -> dict[str, QAbstractItemView]:
    details = window.details
    return {
        "plan": window.table,
        "milestones": details.milestones.view,
        "contacts": details.contacts.view,
        "extra columns": details.extra.view,
    }


@pytest.mark.usefixtures("with_extra")
def test_f2_edits_the_current_cell_in_every_table(qtbot, window: MainWindow, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_text", lambda _parent, title, *_: asked.append(title))
    window.select_row(1)  # the recommendation with extra columns
    for name, view in _tables(window).items():
        _focus(qtbot, window, view)
        assert view.model().rowCount(), name
        row = 1 if view is window.table else 0  # the plan table stays on that recommendation
        view.setCurrentIndex(view.model().index(row, 1))
        _press(qtbot, Qt.Key.Key_F2)
        assert view.state() == QAbstractItemView.State.EditingState, name
        assert view.isAncestorOf(QApplication.focusWidget()), name  # the cell's editor
        _press(qtbot, Qt.Key.Key_Escape)
        assert QApplication.focusWidget() is view, name
    assert asked == []  # no dialog opened instead


def test_no_action_takes_f2_from_the_tables(window: MainWindow) -> None:
    f2 = QKeySequence("F2")
    taken = [
        action.text()
        for action in window.findChildren(type(window.menus.rename_plan_action))
        if any(
            key.matches(f2) == QKeySequence.SequenceMatch.ExactMatch for key in action.shortcuts()
        )
    ]
    assert taken == []
    # Rename Plan has a key of its own, and the shortcut list says which.
    rename = window.menus.rename_plan_action
    assert rename.shortcut() == QKeySequence("Ctrl+Alt+R")
    assert rename.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    listed = {(s.command, s.keys) for s in window_shortcuts(window)}
    assert (
        "Rename Plan…",
        QKeySequence("Ctrl+Alt+R").toString(QKeySequence.SequenceFormat.NativeText),
    ) in listed


def test_rename_plan_from_the_table_and_f2_in_the_plan_list(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_text", lambda _parent, title, *_: asked.append(title))
    _focus(qtbot, window, window.table)
    _press(
        qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert asked == ["Rename Plan"]
    _focus(qtbot, window, window.plan_list)
    _press(qtbot, Qt.Key.Key_F2)  # as in a file manager
    assert asked == ["Rename Plan", "Rename Plan"]


_MNEMONIC = re.compile(r"&(?!&)(.)")


def _letters(texts: list[str]) -> list[tuple[str, str]]:
    found = []
    for text in texts:
        match = _MNEMONIC.search(text.replace("&&", ""))
        if match:
            found.append((match.group(1).casefold(), text))
    return found


def _repeated(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = {}
    for letter, text in found:
        letters.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in letters.items() if len(texts) > 1}


def mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter of the main window: the menu bar's titles, the
    tabs', and those of its buttons and labels (shown or not: the find bar, the filter bar
    and the history tab can be shown together)."""
    texts = [action.text() for action in window.menuBar().actions()]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    texts += [b.text() for b in window.findChildren(QAbstractButton)]
    texts += [label.text() for label in window.findChildren(QLabel) if label.buddy()]
    return _letters(texts)


def menu_repeats(menu: QMenu, path: str) -> dict[str, dict[str, list[str]]]:
    """The letters used twice among one open menu's items, for it and each submenu."""
    items = [a for a in menu.actions() if not a.isSeparator()]
    out = {path: repeated} if (repeated := _repeated(_letters([a.text() for a in items]))) else {}
    for action in items:
        if isinstance(sub := action.menu(), QMenu):
            out |= menu_repeats(sub, f"{path} ▸ {action.text()}")
    return out


@pytest.mark.parametrize("language", [InterfaceLanguage.ENGLISH, InterfaceLanguage.FRENCH])
def test_every_mnemonic_of_the_main_window_is_unique(
    window: MainWindow, language: InterfaceLanguage
) -> None:
    window.language_menu.choices[language].trigger()
    found = mnemonics(window)
    assert len(found) >= 7  # the five menus and the two tabs at least
    assert _repeated(found) == {}
    # And in each open menu, one item per letter.
    repeats: dict[str, dict[str, list[str]]] = {}
    for top in window.menuBar().actions():
        repeats |= menu_repeats(top.menu(), top.text())
    assert repeats == {}
