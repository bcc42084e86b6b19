"""The user's preferences: typed, with their defaults in one place, stored in QSettings.

What the user chose (heading language, paper, template, last folders) is kept here; how the
window was left (geometry, splitters, column widths, recent documents, last plan) is window
state, in :mod:`planapp.ui.window_state`. Values read back are checked once, here: a stored
value that is not one of the choices gives the default.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings

LANGUAGE_LABELS = {
    "plan": QT_TRANSLATE_NOOP("Language", "Plan's Language"),
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "fr": QT_TRANSLATE_NOOP("Language", "French"),
    "both": QT_TRANSLATE_NOOP("Language", "Bilingual"),
}
PAPER_LABELS = {
    "legal": QT_TRANSLATE_NOOP("PaperSize", "Legal"),
    "letter": QT_TRANSLATE_NOOP("PaperSize", "Letter"),
}


class Language(enum.StrEnum):
    """Languages of headings and titles (the values the Excel and print engines take), or
    the plan's own (set in Plan Properties): see :meth:`for_plan`."""

    PLAN = "plan"
    ENGLISH = "en"
    FRENCH = "fr"
    BILINGUAL = "both"

    @property
    def source_label(self) -> str:
        """The label's English source text (context ``Language``)."""
        return LANGUAGE_LABELS[self.value]

    @property
    def label(self) -> str:
        """The label in the interface language."""
        return QCoreApplication.translate("Language", LANGUAGE_LABELS[self.value])

    def for_plan(self, plan_language: str) -> str:
        """The engines' language ("en", "fr", "both") for a plan written in ``plan_language``."""
        if self is Language.PLAN:
            return plan_language if plan_language in ("en", "fr", "both") else "en"
        return self.value


class InterfaceLanguage(enum.StrEnum):
    """The language of the window's menus, dialogs and messages (View ▸ Language): not the
    language of a plan's headings (:class:`Language`)."""

    SYSTEM = "system"
    ENGLISH = "en"
    FRENCH = "fr"


class PaperSize(enum.StrEnum):
    LEGAL = "legal"
    LETTER = "letter"

    @property
    def source_label(self) -> str:
        """The label's English source text (context ``PaperSize``)."""
        return PAPER_LABELS[self.value]

    @property
    def label(self) -> str:
        """The label in the interface language."""
        return QCoreApplication.translate("PaperSize", PAPER_LABELS[self.value])


@dataclass(frozen=True)
class Preferences:
    print_language: Language = Language.PLAN
    print_paper: PaperSize = PaperSize.LEGAL
    print_landscape: bool = True
    print_extra: bool = False  # print an imported plan's extra columns after the eight
    excel_language: Language = Language.PLAN
    excel_paper: PaperSize = PaperSize.LEGAL
    excel_template: str = ""  # "" for the built-in template
    documents_folder: str = ""  # "" for the home folder
    excel_folder: str = ""
    pdf_folder: str = ""
    content_language: Language = Language.PLAN  # the language the window shows texts in
    interface_language: InterfaceLanguage = InterfaceLanguage.SYSTEM


# Where each preference is stored (the keys earlier versions wrote, so nothing is forgotten).
KEYS = {
    "print_language": "print/lang",
    "print_paper": "print/pageSize",
    "print_landscape": "print/landscape",
    "print_extra": "print/includeExtra",
    "excel_language": "excel/lang",
    "excel_paper": "excel/paper",
    "excel_template": "excel/template",
    "documents_folder": "folders/documents",
    "excel_folder": "folders/excel",
    "pdf_folder": "folders/pdf",
    "content_language": "view/contentLanguage",
    "interface_language": "interface/language",
}
DEFAULTS = Preferences()


def _read(raw: Any, default: Any) -> Any:
    if raw is None:
        return default
    if isinstance(default, bool):
        return str(raw).lower() != "false"
    if isinstance(default, enum.Enum):
        try:
            return type(default)(str(raw))
        except ValueError:
            return default
    return str(raw)


def _stored(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class PreferenceStore:
    """The preferences of one settings file: ``values`` to read, :meth:`update` to change."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        self.values = Preferences(
            **{
                name: _read(settings.value(key), getattr(DEFAULTS, name))
                for name, key in KEYS.items()
            }
        )

    def update(self, **changes: Any) -> None:
        """Change some preferences and store them at once."""
        self.values = dataclasses.replace(self.values, **changes)
        for name in changes:
            self.settings.setValue(KEYS[name], _stored(getattr(self.values, name)))

    def folder(self, kind: str) -> str:
        """The last folder used for ``kind`` ("documents", "excel", "pdf"), else home."""
        return getattr(self.values, f"{kind}_folder") or str(Path.home())
