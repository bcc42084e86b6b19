"""View ▸ Language switches the interface at once, and the choice is remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction

from planapp.domain.template import HEADINGS, Column
from planapp.ui import translation
from planapp.ui.main_window import MainWindow
from planapp.ui.preferences import InterfaceLanguage, PreferenceStore
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    translation.install_language("en")


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def heading(window: MainWindow, column: Column) -> str:
    text = window.model.headerData(column, Qt.Orientation.Horizontal)
    return " ".join(str(text).split())


def test_switching_retitles_menus_headings_and_panels(window: MainWindow) -> None:
    assert menu_titles(window) == ["&File", "&Edit", "&Plan", "&View", "&Help"]
    assert heading(window, Column.RECOMMENDATION) == "OAG Recommendation"
    window.language_menu.choices[InterfaceLanguage.FRENCH].trigger()
    assert translation.current_language() == "fr"
    assert menu_titles(window) == ["&Fichier", "É&dition", "&Plan", "&Affichage", "Aid&e"]
    assert heading(window, Column.RECOMMENDATION) == HEADINGS[Column.RECOMMENDATION].fr
    assert heading(window, Column.CONTACTS) == " ".join(HEADINGS[Column.CONTACTS].fr.split())
    assert window.language_menu.title() == "&Langue"
    assert window.view.detail_tabs.tabText(0) == "Dé&tails"
    view_items = [a.text() for a in window.menus.view_menu.actions()]
    assert "Volet &suivant" in view_items and "Trier selon la &colonne courante" in view_items
    assert window.menus.undo_action.text() == "&Annuler"
    assert "recommandations" in window.view.counts_text()
    window.language_menu.choices[InterfaceLanguage.ENGLISH].trigger()
    assert menu_titles(window) == ["&File", "&Edit", "&Plan", "&View", "&Help"]
    assert heading(window, Column.RECOMMENDATION) == "OAG Recommendation"
    assert window.view.detail_tabs.tabText(0) == "&Details"


def test_undo_names_its_command_in_the_language_shown(window: MainWindow) -> None:
    window.editing.add_recommendation()
    assert window.menus.undo_action.text() == "&Undo Add Recommendation"
    window.language_menu.choices[InterfaceLanguage.FRENCH].trigger()
    assert window.menus.undo_action.text().startswith("&Annuler ")
    window.menus.undo_action.trigger()
    assert window.menus.redo_action.text().startswith("&Rétablir ")


def test_the_choice_is_remembered(qtbot, window: MainWindow, document, settings) -> None:
    window.language_menu.choices[InterfaceLanguage.FRENCH].trigger()
    settings.sync()
    assert PreferenceStore(settings).values.interface_language is InterfaceLanguage.FRENCH
    translation.install_language("en")  # as a new run starts
    again = MainWindow(document, settings, today=TODAY)
    qtbot.addWidget(again)
    assert translation.current_language() == "fr"
    assert menu_titles(again)[0] == "&Fichier"
    assert again.language_menu.choices[InterfaceLanguage.FRENCH].isChecked()


def test_the_system_language_is_the_default(qtbot, document, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(translation, "system_language", lambda: "fr")
    settings = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    fresh = MainWindow(document, settings, today=TODAY)
    qtbot.addWidget(fresh)
    assert translation.current_language() == "fr"
    assert fresh.language_menu.choices[InterfaceLanguage.SYSTEM].isChecked()
    assert menu_titles(fresh)[0] == "&Fichier"


def test_qt_own_buttons_are_french_too(window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    window.language_menu.choices[InterfaceLanguage.FRENCH].trigger()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_file_import_translation_follows_the_language(window: MainWindow) -> None:
    action = window.findChild(QAction, "importTranslationAction")
    assert action.text() == "Import Trans&lation…"
    window.language_menu.choices[InterfaceLanguage.FRENCH].trigger()
    assert action.text() == "Importer la &traduction…"
    assert action.statusTip().startswith("Jumeler le plan affiché")
