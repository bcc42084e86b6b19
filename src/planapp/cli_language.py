"""The command line in the user's language: English or French, like the window.

The language is the one chosen in the window (View ▸ Language, remembered), else the
system's, from the environment as gettext reads it (``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``). In French the messages of the command line and of the layers
below the window (:mod:`planapp.domain.texts`) come from ``planapp_cli_fr.qm``, read with a
``QTranslator`` (no ``QCoreApplication`` is needed to translate), and argparse's own words
("usage:", "error:") through its gettext calls. In English nothing of Qt is loaded, so
``planapp dump`` starts as fast as before.
"""

from __future__ import annotations

import argparse
import configparser
import importlib.util
import os
import sys
import tempfile
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from planapp.domain import texts
from planapp.domain.texts import QT_TRANSLATE_NOOP

LANGUAGES = ("en", "fr")
SETTINGS_KEY = ("interface", "language")  # the window's View ▸ Language ("system", "en", "fr")
ORGANIZATION = APPLICATION = "planapp"  # where QSettings keeps the window's preferences

# argparse's own words, for lupdate (argparse asks gettext for them at run time).
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
)


def environment_language(environ: Mapping[str, str] = os.environ) -> str:
    """ "fr" when the first of gettext's variables that is set names French, else "en"."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").split(":")[0].strip()
        if value:
            code = value.replace("-", "_").split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def _settings_file(environ: Mapping[str, str]) -> Path:
    home = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(home) / ORGANIZATION / f"{APPLICATION}.conf"


def remembered_language(environ: Mapping[str, str] = os.environ) -> str | None:
    """The language chosen in the window's View ▸ Language, or None for the system's.

    On Linux QSettings keeps it in an INI file, read here without loading Qt; elsewhere
    (the registry, property lists) QSettings itself reads it."""
    if sys.platform.startswith("linux"):
        parser = configparser.RawConfigParser(strict=False, interpolation=None)
        try:
            parser.read(_settings_file(environ), encoding="utf-8")
        except (OSError, configparser.Error, UnicodeDecodeError):
            return None  # unreadable preferences: the system's language
        value = parser.get(*SETTINGS_KEY, fallback="")
    else:  # pragma: no cover (Windows and macOS)
        from PySide6.QtCore import QSettings

        settings = QSettings(ORGANIZATION, APPLICATION)
        value = str(settings.value("/".join(SETTINGS_KEY), "") or "")
    return value if value in LANGUAGES else None


def user_language(environ: Mapping[str, str] = os.environ) -> str:
    """The command line's language: the window's remembered choice, else the system's."""
    return remembered_language(environ) or environment_language(environ)


def translations_folder() -> Path:
    """Where the compiled translations are (in the package, built there by the build)."""
    return Path(str(resources.files("planapp") / "resources" / "translations"))


def _compiled(folder: Path, name: str) -> Path:
    """``name``'s .qm in ``folder``; in a source checkout, compiled again first when its .ts
    is newer (as the window does), into a temporary folder if the checkout is read-only."""
    qm = folder / f"{name}.qm"
    ts = qm.with_suffix(".ts")
    if not ts.is_file() or (qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    # The build's compiler: standard library only, loaded by path (as setup.py does).
    spec = importlib.util.spec_from_file_location(
        "_planapp_translation_files", Path(__file__).parent / "ui" / "translation_files.py"
    )
    assert spec is not None and spec.loader is not None
    files = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(files)
    try:
        files.compile_translations(folder, only_stale=True)
    except OSError:
        cache = Path(tempfile.gettempdir()) / "planapp-translations"
        files.compile_translations(folder, cache, only_stale=True)
        return cache / qm.name
    return qm


class QmTranslation:
    """``planapp_cli_<lang>.qm``, loaded at its first use (Qt is imported only then)."""

    def __init__(self, lang: str, folder: Path | None = None) -> None:
        self.lang = lang
        self.folder = folder
        self._translator: Any = None

    def _load(self) -> Any:
        from PySide6.QtCore import QTranslator

        translator = QTranslator()
        qm = _compiled(self.folder or translations_folder(), f"planapp_cli_{self.lang}")
        if not translator.load(str(qm)):
            print(f"planapp: the translation {qm} is missing; English is shown.", file=sys.stderr)
        return translator

    def __call__(self, context: str, source: str) -> str:
        if self._translator is None:
            self._translator = self._load()
        return self._translator.translate(context, source) or source


_ARGPARSE_GETTEXT = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]


def _argparse_text(source: str) -> str:
    """argparse's word, translated only when argparse shows it (it fills its texts with %
    or str()), so building the parsers loads no translation."""
    return texts.Text("argparse", (source,))


def _argparse_plural(singular: str, many: str, n: int) -> str:
    return texts.plural(n, _argparse_text(singular), _argparse_text(many))


def install(lang: str, folder: Path | None = None) -> None:
    """Show the command line's texts (and argparse's) in ``lang`` from now on."""
    if lang == "en":
        texts.install(None)
        argparse._, argparse.ngettext = _ARGPARSE_GETTEXT  # type: ignore[attr-defined]
        return
    texts.install(QmTranslation(lang, folder))
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]
