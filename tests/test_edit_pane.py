"""The edit pane under the table, and spell checking in English and French."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from planapp.domain.template import Column
from planapp.store.document import Document
from planapp.ui.main_window import MainWindow
from planapp.ui.spelling import SpellingTextEdit, SpellService, misspelled_words, spelling_menu


@pytest.fixture
def service(tmp_path: Path) -> SpellService:
    spell = SpellService(tmp_path / "words.txt")
    spell.set_language("en")
    assert spell.wait_until_loaded()
    return spell


def _underlined(editor: QPlainTextEdit) -> list[str]:
    """The words the editor shows with the spelling underline."""
    out = []
    block = editor.document().begin()
    while block.isValid():
        for fmt in block.layout().formats():
            style = fmt.format.underlineStyle()
            if style == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                out.append(block.text()[fmt.start : fmt.start + fmt.length])
        block = block.next()
    return out


def test_the_pane_shows_the_current_cell_whole_and_saves_as_one_undo_step(
    qtbot, window: MainWindow, document: Document
) -> None:
    pane = window.view.edit_pane
    assert pane.isVisible()
    window.table.setCurrentIndex(window.model.index(1, Column.RESPONSE))
    rec = document.load_plan(window.plan.id).recommendations[1]
    assert pane.editor.toPlainText() == rec.response
    assert "Response" in pane.label.text() and not pane.editor.isReadOnly()
    pane.editor.setFocus()
    pane.editor.selectAll()
    qtbot.keyClicks(pane.editor, "A new response")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return)
    pane.editor.insertPlainText("• with a bullet")  # (QTest types ASCII only)
    steps = window.undo_stack.count()
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_stack.count() == steps + 1
    stored = document.load_plan(window.plan.id).recommendations[1].response
    assert stored == "A new response\n• with a bullet"
    assert window.model.index(1, Column.RESPONSE).data() == stored
    window.menus.undo_action.trigger()
    assert pane.editor.toPlainText() == rec.response  # the pane follows the undo


def test_leaving_the_pane_saves_and_esc_puts_the_text_back(
    qtbot, window: MainWindow, document: Document
) -> None:
    pane = window.view.edit_pane
    window.table.setCurrentIndex(window.model.index(0, Column.OUTCOME))
    before = pane.editor.toPlainText()
    pane.editor.setFocus()
    qtbot.keyClicks(pane.editor, "typo")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Escape)
    assert pane.editor.toPlainText() == before
    qtbot.keyClicks(pane.editor, "Kept. ")
    window.table.setFocus()  # focus leaves the pane: saved
    assert document.load_plan(window.plan.id).recommendations[0].outcome.startswith("Kept. ")


def test_the_pane_edits_a_milestone_description_and_not_the_list_cells(
    qtbot, window: MainWindow, document: Document
) -> None:
    pane = window.view.edit_pane
    window.table.setCurrentIndex(window.model.index(0, Column.MILESTONES))
    assert pane.editor.isReadOnly()
    view = window.details.milestones.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 1))
    milestone = document.load_plan(window.plan.id).recommendations[0].milestones[1]
    assert pane.editor.toPlainText() == milestone.description
    assert pane.label.text().startswith("Milestone")
    pane.editor.setPlainText("Described in the pane")
    pane.editor.document().setModified(True)
    assert pane.commit()
    milestone = document.load_plan(window.plan.id).recommendations[0].milestones[1]
    assert milestone.description == "Described in the pane"


def test_the_edit_pane_can_be_hidden_and_stays_hidden(qtbot, window: MainWindow, settings) -> None:
    window.view_options.edit_pane_action.trigger()
    assert not window.view.edit_pane.isVisible()
    assert settings.value("view/editPane") == "false"


def test_misspelled_words_in_english_and_french(service: SpellService) -> None:
    text = "The departement will reveiw the CBSA's plan by 2021; l'Agence agrees."
    assert misspelled_words(text, service) == ["departement", "reveiw", "l'Agence"]
    service.set_language("fr")
    assert service.wait_until_loaded()
    assert misspelled_words("Le ministère va examiner la recomandation.", service) == [
        "recomandation"
    ]
    service.set_language("both")
    assert service.wait_until_loaded()
    assert misspelled_words("The ministère will review la recommandation", service) == []


def test_the_editor_underlines_and_the_menu_corrects_or_adds(
    qtbot, service: SpellService, tmp_path: Path
) -> None:
    editor = SpellingTextEdit(service=service)
    qtbot.addWidget(editor)
    editor.setPlainText("A recomendation for the department.\nSecond paragrph here.")
    qtbot.waitUntil(lambda: _underlined(editor) == ["recomendation", "paragrph"])
    cursor = QTextCursor(editor.document())
    cursor.setPosition(5)  # inside "recomendation"
    menu = spelling_menu(editor, service, cursor)
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "recommendation"
    assert "Add “recomendation” to Dictionary" in texts
    assert any("Copy" in t for t in texts)  # the usual editing entries stay
    menu.actions()[0].trigger()
    assert editor.toPlainText().startswith("A recommendation for")
    cursor = QTextCursor(editor.document().lastBlock())
    cursor.setPosition(editor.document().lastBlock().position() + 9)  # in "paragrph"
    menu = spelling_menu(editor, service, cursor)
    next(a for a in menu.actions() if a.text().startswith("Add ")).trigger()
    assert "paragrph" in (tmp_path / "words.txt").read_text(encoding="utf-8").split()
    qtbot.waitUntil(lambda: _underlined(editor) == [])
    again = SpellService(tmp_path / "words.txt")  # the word list is kept between runs
    again.set_language("en")
    assert again.wait_until_loaded() and not again.misspelled("paragrph")


def test_spelling_follows_the_plan_language(
    window: MainWindow, document: Document, monkeypatch
) -> None:
    assert window.spelling.languages == ("en",)
    real_load = document.load_plan

    def load_in(language: str):
        def load(plan_id: int):
            plan = real_load(plan_id)
            plan.language = language  # as a plan written in that language is stored
            return plan

        return load

    for language, expected in (("fr", ("fr",)), ("both", ("en", "fr")), ("en", ("en",))):
        monkeypatch.setattr(document, "load_plan", load_in(language))
        window.select_plan(window.plan.id)
        assert window.spelling.languages == expected


def test_cell_editors_check_spelling_too(qtbot, window: MainWindow) -> None:
    assert window.spelling.wait_until_loaded()
    index = window.model.index(0, Column.RESPONSE)
    window.table.setCurrentIndex(index)
    window.table.edit(index)
    editors = [e for e in window.table.findChildren(SpellingTextEdit) if e.isVisible()]
    assert editors
    editors[0].setPlainText("A mispeled word")
    qtbot.waitUntil(lambda: _underlined(editors[0]) == ["mispeled"])
