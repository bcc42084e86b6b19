"""View ▸ Language: the interface in English, in French or in the system's language.

The choice applies at once (every part retitles itself on Qt's language-change event) and is
remembered for the next run. Each language is named in itself, as language menus do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from planapp.ui.preferences import InterfaceLanguage, PreferenceStore
from planapp.ui.translation import install_choice

# A language's name in that language: the same whatever the interface shows.
NATIVE_NAMES = {InterfaceLanguage.ENGLISH: "English", InterfaceLanguage.FRENCH: "Français"}


class LanguageMenu(QMenu):
    """The interface-language choices, one checked; choosing one switches and remembers it."""

    def __init__(self, prefs: PreferenceStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        group = QActionGroup(self)
        group.setExclusive(True)
        self.choices: dict[InterfaceLanguage, QAction] = {}
        for choice in (InterfaceLanguage.ENGLISH, InterfaceLanguage.FRENCH):
            self.choices[choice] = self._choice_action(group, choice)
        self.addSeparator()
        self.choices[InterfaceLanguage.SYSTEM] = self._choice_action(
            group, InterfaceLanguage.SYSTEM
        )
        self.choices[prefs.values.interface_language].setChecked(True)
        self.retranslate()

    def _choice_action(self, group: QActionGroup, choice: InterfaceLanguage) -> QAction:
        action = QAction(NATIVE_NAMES.get(choice, ""), self)
        action.setCheckable(True)
        action.setData(choice.value)
        action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
        group.addAction(action)
        self.addAction(action)
        return action

    def choose(self, choice: InterfaceLanguage) -> str:
        """Show the interface in ``choice`` now and from the next start; the language shown."""
        self.choices[choice].setChecked(True)
        self.prefs.update(interface_language=choice)
        return install_choice(choice)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Language"))
        self.choices[InterfaceLanguage.SYSTEM].setText(self.tr("&System Language"))
        self.choices[InterfaceLanguage.SYSTEM].setToolTip(
            self.tr("The language your computer's settings ask for")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
