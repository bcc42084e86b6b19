"""The interface language: planapp's and Qt's translators, installed and switched at run time.

The language comes from the user's choice (View ▸ Language, remembered) or, by default, from
the system. Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to
every widget; the parts that set their texts once set them again on it
(:func:`on_language_change`). Dates and numbers shown in the window follow the same language
through ``QLocale()``, which is made the default here.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)

from planapp.domain import texts
from planapp.ui import translation_files
from planapp.ui.preferences import InterfaceLanguage

LANGUAGES = ("en", "fr")  # the interface's languages; English is the source text
LOCALES = {"en": "en_CA", "fr": "fr_CA"}

_installed: list[QTranslator] = []
_current: dict[str, object] = {"language": "en"}
log = logging.getLogger(__name__)


def system_language() -> str:
    """French when the system's first interface language is French, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(choice: InterfaceLanguage) -> str:
    """The language ("en" or "fr") that ``choice`` means on this system."""
    if choice is InterfaceLanguage.SYSTEM:
        return system_language()
    return choice.value


def current_language() -> str:
    """The language the interface is shown in now."""
    return str(_current["language"])


def current_locale() -> QLocale:
    """The locale of dates and numbers shown in the window."""
    return QLocale(LOCALES[current_language()])


def translations_folder() -> Path:
    """Where planapp's .qm files are: in the package, compiled there by the build. In a source
    checkout a .qm older than its .ts is compiled again first (into a temporary folder if the
    checkout is read-only), so the program never shows stale translations."""
    folder = Path(str(resources.files("planapp") / "resources" / "translations"))
    if any(translation_files.stale(ts, folder) for ts in folder.glob("*.ts")):
        try:
            translation_files.compile_translations(folder, only_stale=True)
        except OSError:
            cache = Path(tempfile.gettempdir()) / "planapp-translations"
            translation_files.compile_translations(folder, cache, only_stale=True)
            return cache
    return folder


def qt_translations_folder() -> Path:
    """Qt's own translations (standard dialogs and buttons)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if folder.is_dir():
        return folder
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "translations"


def translation_files_for(language: str) -> list[Path]:
    """The .qm files that translate the interface into ``language``: planapp's own (the
    window's and the messages' of the layers below; in English, only plural forms) and, in
    French, Qt's ``qtbase`` for the standard dialogs and buttons."""
    ours = sorted(translations_folder().glob(f"planapp*_{language}.qm"))
    qt = qt_translations_folder() / f"qtbase_{language}.qm"
    return [*ours, qt] if language != "en" and qt.is_file() else ours


def install_language(language: str) -> str:
    """Show the interface in ``language`` ("en" or "fr") from now on; returns it."""
    app = QCoreApplication.instance()
    texts.install(QCoreApplication.translate)  # messages from below ui/ follow the same language
    if language not in LANGUAGES:
        language = "en"
    _current["language"] = language
    QLocale.setDefault(QLocale(LOCALES[language]))
    if app is None or _current.get("installed") == (id(app), language):
        return language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for path in translation_files_for(language):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load the translation %s", path)
    _current["installed"] = (id(app), language)
    # Qt posts the language change to every widget; deliver it now, so that the window is
    # retitled by the time this returns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return language


def install_choice(choice: InterfaceLanguage) -> str:
    """Install the language the user's choice means; returns it."""
    return install_language(resolve(choice))


class _LanguageWatcher(QObject):
    def __init__(self, watched: QObject, callback: Callable[[], None]) -> None:
        super().__init__(watched)
        self._callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._callback()
        return False


def on_language_change(widget: QObject, callback: Callable[[], None]) -> None:
    """Call ``callback`` whenever ``widget`` is told the interface language changed (for the
    parts that are not widgets themselves: menus' actions, models' headings)."""
    _LanguageWatcher(widget, callback)


class Texts:
    """Texts a part that is not a widget sets once (menu titles, actions' texts), set again in
    the current language whenever ``widget`` is told the language changed. Give each source
    text inside ``QT_TRANSLATE_NOOP(context, …)`` so that lupdate finds it."""

    def __init__(self, context: str, widget: QObject) -> None:
        self.context = context
        self._bound: list[tuple[Callable[[str], object], str, str]] = []
        on_language_change(widget, self.retranslate)

    def bind(self, setter: Callable[[str], object], source: str, context: str = "") -> str:
        """Set ``setter``'s text to ``source`` translated (in ``context``, else this part's),
        now and after every change."""
        self._bound.append((setter, source, context or self.context))
        text = QCoreApplication.translate(context or self.context, source)
        setter(text)
        return text

    def retranslate(self) -> None:
        for setter, source, context in self._bound:
            setter(QCoreApplication.translate(context, source))


DATE_FORMATS = {"en": "MMMM d, yyyy", "fr": "d MMMM yyyy"}
WEEKDAY_DATE_FORMATS = {"en": "dddd, MMMM d, yyyy", "fr": "dddd d MMMM yyyy"}


def long_date(day: dt.date, weekday: bool = False) -> str:
    """A calendar date written out in the interface language ("September 30, 2020", "30
    septembre 2020"), with its day of the week if ``weekday``."""
    formats = WEEKDAY_DATE_FORMATS if weekday else DATE_FORMATS
    return current_locale().toString(
        QDate(day.year, day.month, day.day), formats[current_language()]
    )


def number(value: int | float) -> str:
    """A number in the interface language's form (1,234 or 1 234)."""
    return current_locale().toString(value)


class Translatable:
    """``self.tr`` for classes that are not QObjects (undo commands, controllers): the
    context is the class's name, as pyside6-lupdate reads it. Plural forms (``%n``) need
    ``self.tr``: lupdate does not read them from ``QCoreApplication.translate``."""

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate(type(self).__name__, text, disambiguation or None, n)
