"""Copy, paste and duplicate keep a plan's texts in its other language."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QGuiApplication

from planapp.domain.template import Column
from planapp.store.document import Document
from planapp.ui.clipboard import parse_tsv
from planapp.ui.content_columns import second_section
from planapp.ui.main_window import MainWindow
from planapp.ui.preferences import Language


@pytest.fixture
def translated(window: MainWindow, document: Document) -> Document:
    """The sample's first recommendation with French texts, a milestone's included."""
    rec = document.load_plan(window.plan.id).recommendations[0]
    document.set_recommendation(
        rec.id,
        translations={"recommendation": "Le BVG recommande.", "outcome": "Un résultat."},
    )
    milestones = [dataclasses.replace(m) for m in rec.milestones]
    milestones[0].translations = {"description": "Premier jalon."}
    document.set_milestones(rec.id, milestones)
    return document


def _rec(document: Document, window: MainWindow, row: int):
    return document.load_plan(window.plan.id).recommendations[row]


def test_rows_copied_in_english_paste_as_new_rows_with_their_french(
    window: MainWindow, translated: Document
) -> None:
    document = translated
    window.table.selectRow(0)
    window.clipboard_actions["copy"].trigger()
    assert len(parse_tsv(QGuiApplication.clipboard().text())[0]) == len(Column)
    window.select_row(2)
    window.clipboard_actions["paste_rows"].trigger()
    original, pasted = _rec(document, window, 0), _rec(document, window, 3)
    assert pasted.recommendation == original.recommendation
    assert pasted.translations == {
        "recommendation": "Le BVG recommande.",
        "outcome": "Un résultat.",
    }
    assert pasted.milestones[0].translations == {"description": "Premier jalon."}
    window.undo_stack.undo()
    assert len(document.load_plan(window.plan.id).recommendations) == 3


def test_a_french_cell_pastes_into_the_french_of_another_row(
    window: MainWindow, translated: Document
) -> None:
    document = translated
    english = _rec(document, window, 1).recommendation
    window.content_language.choose(Language.FRENCH)
    window.select_row(0, Column.RECOMMENDATION)
    window.clipboard_actions["copy"].trigger()
    assert QGuiApplication.clipboard().text().strip() == "Le BVG recommande."
    window.select_row(1, Column.RECOMMENDATION)
    window.clipboard_actions["paste"].trigger()
    rec = _rec(document, window, 1)
    assert rec.translations["recommendation"] == "Le BVG recommande."
    assert rec.recommendation == english  # the English stays


def test_pasting_milestones_in_french_keeps_their_english(
    window: MainWindow, translated: Document
) -> None:
    document = translated
    window.content_language.choose(Language.FRENCH)
    before = _rec(document, window, 0).milestones
    window.select_row(0, Column.MILESTONES)
    window.clipboard_actions["copy"].trigger()
    text = QGuiApplication.clipboard().text()
    assert "Premier jalon." in text and "[French missing]" not in text
    QGuiApplication.clipboard().setText(text.replace("Premier jalon.", "Jalon revu."))
    window.select_row(0, Column.MILESTONES)
    window.clipboard_actions["paste"].trigger()
    after = _rec(document, window, 0).milestones
    assert [m.description for m in after] == [m.description for m in before]
    assert after[0].translations == {"description": "Jalon revu."}


def test_both_copies_each_language_and_a_whole_row_pastes_back(
    window: MainWindow, translated: Document
) -> None:
    document = translated
    window.content_language.choose(Language.BILINGUAL)
    window.table.selectRow(0)
    window.clipboard_actions["copy"].trigger()
    row = parse_tsv(QGuiApplication.clipboard().text())[0]
    assert len(row) == 12
    assert row[1:3] == [_rec(document, window, 0).recommendation, "Le BVG recommande."]
    window.select_row(2)
    window.clipboard_actions["paste_rows"].trigger()
    pasted = _rec(document, window, 3)
    assert pasted.translations["recommendation"] == "Le BVG recommande."
    # A cell of the French copy edits only the French.
    index = window.model.index(3, second_section(Column.INDICATOR))
    window.table.setCurrentIndex(index)
    window.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QGuiApplication.clipboard().setText("Indicateur")
    window.clipboard_actions["paste"].trigger()
    assert _rec(document, window, 3).translations["indicator"] == "Indicateur"


def test_duplicate_plan_keeps_the_translations(window: MainWindow, translated: Document) -> None:
    document = translated
    original = window.plan.id
    window.menus.duplicate_plan_action.trigger()
    copies = [p for p in document.plans() if p.audit_title.endswith("(copy)")]
    twin = document.load_plan(copies[0].id)
    assert twin.id != original
    assert twin.recommendations[0].translations["outcome"] == "Un résultat."
    assert twin.recommendations[0].milestones[0].translations == {"description": "Premier jalon."}
