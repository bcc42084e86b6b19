"""Spell checking in English and French for every long-text editor.

pyspellchecker is pure Python and ships both dictionaries (word frequencies from OpenSubtitles
and Wikipedia), so the frozen program needs no system Hunspell and no download; its suggestions
are edit-distance ones, enough to catch typing slips in a plan. The language follows the plan's
(``plan.language``: "en", "fr" or "both", where a word is right if either dictionary knows it).
A dictionary loads in about a second, so it is loaded in a background thread the first time it
is needed and shared by every window; editors are underlined once it is there. Reading a
dictionary holds the interpreter for up to 0.1 s at a time (its JSON is decoded in one call), so
a window holds the loading back until it has painted (``hold`` and ``release``): otherwise the
window's own loading and layout wait behind it. Words the user adds are kept in ``words.txt`` in
the user's data folder.

Acronyms (CBSA, OAG), words with digits and words of one letter are never flagged.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from planapp.store import paths
from planapp.ui.cell_states import MISSPELLED_UNDERLINE

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
LANGUAGES = {"en": ("en",), "fr": ("fr",), "both": ("en", "fr")}
MAX_SUGGESTIONS = 6

_checkers: dict[str, object] = {}
_loading: dict[str, threading.Thread] = {}
_lock = threading.Lock()


def _load(language: str) -> None:
    from spellchecker import SpellChecker

    checker = SpellChecker(language=language)
    with _lock:
        _checkers[language] = checker


def _language_of(languages: tuple[str, ...]) -> str:
    return next(key for key, value in LANGUAGES.items() if value == languages)


def _ignored(word: str) -> bool:
    """Acronyms ("CBSA", and "CBSA's") and single letters are not checked."""
    base = re.split(r"['’]", word, maxsplit=1)[0]
    return len(word) < 2 or base.isupper()


class SpellService(QObject):
    """Which words are misspelled for the plan shown, and the user's own words."""

    ready = Signal()  # a dictionary finished loading: highlighters check again

    def __init__(self, words_file: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words_file = words_file or paths.data_dir() / "words.txt"
        self.languages: tuple[str, ...] = LANGUAGES["en"]
        self._personal = self._read_personal()
        self._known: dict[tuple[str, ...], dict[str, bool]] = {}
        self._held = False
        self._poll = QTimer(self)  # notices, in the GUI thread, when a dictionary is in
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._check_loaded)

    # -- dictionaries --------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """The plan's language ("en", "fr" or "both"); loads what it needs in the background."""
        languages = LANGUAGES.get(language, LANGUAGES["en"])
        changed = languages != self.languages
        self.languages = languages
        if self._held:
            if changed and self.loaded:
                self.ready.emit()
            return
        for lang in self.languages:
            self._start_loading(lang)
        if not self.loaded:
            self._poll.start()  # "ready" once they are in
        elif changed:
            self.ready.emit()  # check the shown texts again, in the new language

    def hold(self) -> None:
        """Load no dictionary until ``release`` (a window that has not painted yet)."""
        self._held = True

    def release(self) -> None:
        """Load what the shown plan's language needs, in the background."""
        if self._held:
            self._held = False
            languages, self.languages = self.languages, ()
            self.set_language(_language_of(languages))

    def _start_loading(self, language: str) -> None:
        with _lock:
            if language in _checkers or language in _loading:
                return

            # The thread only reads the word list: no Qt object is touched off the GUI
            # thread (nor at exit, if the program closes while it still reads).
            thread = threading.Thread(
                target=_load, args=(language,), name=f"spelling-{language}", daemon=True
            )
            _loading[language] = thread
        thread.start()

    def _check_loaded(self) -> None:
        if self.loaded:
            self._poll.stop()
            self.ready.emit()

    def wait_until_loaded(self, timeout: float = 30.0) -> bool:
        """Block until this plan's dictionaries are loaded (tests, and the first suggestion)."""
        self._held = False
        for lang in self.languages:
            self._start_loading(lang)
            thread = _loading.get(lang)
            if thread is not None:
                thread.join(timeout)
        if self.loaded and self._poll.isActive():
            self._check_loaded()
        return self.loaded

    @property
    def loaded(self) -> bool:
        return all(lang in _checkers for lang in self.languages)

    # -- checking ------------------------------------------------------------------------

    def misspelled(self, word: str) -> bool:
        """True when no dictionary of the plan's languages, nor the user, knows ``word``
        (False while the dictionaries are still loading: nothing is flagged yet)."""
        if _ignored(word) or word.casefold() in self._personal or not self.loaded:
            return False
        cache = self._known.setdefault(self.languages, {})
        key = word.casefold()
        if key not in cache:
            cache[key] = any(
                not _checkers[lang].unknown([key.replace("’", "'")])  # type: ignore[attr-defined]
                for lang in self.languages
            )
        return not cache[key]

    def suggestions(self, word: str) -> list[str]:
        """Likely corrections, most frequent first, in the word's own capitalisation."""
        if not self.wait_until_loaded():
            return []
        found: list[tuple[float, str]] = []
        for lang in self.languages:
            checker = _checkers[lang]
            for candidate in checker.candidates(word.casefold()) or ():  # type: ignore[attr-defined]
                if candidate != word.casefold():
                    found.append((checker.word_usage_frequency(candidate), candidate))  # type: ignore[attr-defined]
        ordered = [c for _f, c in sorted(found, key=lambda x: -x[0])]
        unique = list(dict.fromkeys(ordered))[:MAX_SUGGESTIONS]
        if word[:1].isupper():
            unique = [c[:1].upper() + c[1:] for c in unique]
        return unique

    # -- the personal word list ----------------------------------------------------------

    def _read_personal(self) -> set[str]:
        try:
            text = self.words_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return set()
        except OSError:
            return set()  # an unreadable list: checking goes on without it
        return {line.strip().casefold() for line in text.splitlines() if line.strip()}

    def add_word(self, word: str) -> None:
        """Never flag ``word`` again, in any plan; kept in the user's word list."""
        self._personal.add(word.casefold())
        self.words_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.words_file.with_suffix(".tmp")
        tmp.write_text("\n".join(sorted(self._personal)) + "\n", encoding="utf-8")
        tmp.replace(self.words_file)
        self.ready.emit()

    def personal_words(self) -> set[str]:
        return set(self._personal)


_active: SpellService | None = None


def set_active(service: SpellService | None) -> None:
    """The service editors created from now on use (the window sets its own)."""
    global _active
    _active = service


def active() -> SpellService | None:
    return _active


class SpellHighlighter(QSyntaxHighlighter):
    """Red wavy underline under each misspelled word of a document."""

    def __init__(self, document: QTextDocument, service: SpellService) -> None:
        super().__init__(document)
        self.service = service
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.format.setUnderlineColor(MISSPELLED_UNDERLINE)
        service.ready.connect(self.rehighlight)

    def highlightBlock(self, text: str) -> None:
        for match in WORD.finditer(text):
            if self.service.misspelled(match.group()):
                self.setFormat(match.start(), match.end() - match.start(), self.format)


def misspelled_words(text: str, service: SpellService) -> list[str]:
    """The words of ``text`` the service flags, in order (what the underline marks)."""
    return [m.group() for m in WORD.finditer(text) if service.misspelled(m.group())]


def _word_at(editor: QPlainTextEdit, cursor: QTextCursor) -> QTextCursor | None:
    block = cursor.block()
    offset = cursor.positionInBlock()
    for match in WORD.finditer(block.text()):
        if match.start() <= offset <= match.end():
            found = QTextCursor(block)
            found.setPosition(block.position() + match.start())
            found.setPosition(block.position() + match.end(), QTextCursor.MoveMode.KeepAnchor)
            return found
    return None


def spelling_menu(editor: QPlainTextEdit, service: SpellService, cursor: QTextCursor) -> QMenu:
    """The editor's usual context menu, with corrections and "Add to Dictionary" first when
    the word under ``cursor`` is misspelled."""
    menu = editor.createStandardContextMenu()
    word_cursor = _word_at(editor, cursor)
    if word_cursor is None or not service.misspelled(word_cursor.selectedText()):
        return menu
    word = word_cursor.selectedText()
    first = menu.actions()[0] if menu.actions() else None
    actions: list[QAction] = []
    suggestions = service.suggestions(word)
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(
            lambda _c=False, s=suggestion, wc=word_cursor: _replace(editor, wc, s)
        )
        actions.append(action)
    if not suggestions:
        none = QAction(QCoreApplication.translate("spelling", "(No suggestions)"), menu)
        none.setEnabled(False)
        actions.append(none)
    add = QAction(
        QCoreApplication.translate("spelling", "Add “{word}” to Dictionary").format(word=word), menu
    )
    add.triggered.connect(lambda _c=False: service.add_word(word))
    actions.append(add)
    menu.insertActions(first, actions)
    menu.insertSeparator(first)
    return menu


def _replace(editor: QPlainTextEdit, word_cursor: QTextCursor, text: str) -> None:
    word_cursor.beginEditBlock()
    word_cursor.insertText(text)
    word_cursor.endEditBlock()
    editor.setTextCursor(word_cursor)


class SpellingTextEdit(QPlainTextEdit):
    """A plain-text editor with misspelled words underlined and corrections on right-click."""

    def __init__(self, parent: QWidget | None = None, service: SpellService | None = None):
        super().__init__(parent)
        self.spelling = service or active()
        self.highlighter = (
            SpellHighlighter(self.document(), self.spelling) if self.spelling else None
        )

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.spelling is None:
            super().contextMenuEvent(event)
            return
        menu = spelling_menu(self, self.spelling, self.cursorForPosition(event.pos()))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
