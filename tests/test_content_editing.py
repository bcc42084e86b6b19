"""Editing a plan's texts in its other language: one undo step each, stored as the
recommendation's translations; the panels too; and File ▸ Import Translation pairing the
French workbook with the plan after a preview."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planapp.domain.bilingual import text_in
from planapp.domain.template import Column
from planapp.excel.writer import write_workbook
from planapp.store.document import Document
from planapp.ui import dialogs
from planapp.ui.content_columns import second_section
from planapp.ui.main_window import MainWindow
from planapp.ui.preferences import Language
from planapp.ui.translation_import import PairingPreview


def _stored(document: Document, window: MainWindow, row: int = 0):
    return document.load_plan(window.plan.id).recommendations[row]


def test_an_edit_in_french_is_one_undo_step_and_keeps_the_english(
    window: MainWindow, document: Document
) -> None:
    english = _stored(document, window).outcome
    window.content_language.choose(Language.FRENCH)
    cell = window.model.index(0, Column.OUTCOME)
    assert window.model.setData(cell, "Un résultat attendu clair.")
    rec = _stored(document, window)
    assert rec.translations["outcome"] == "Un résultat attendu clair."
    assert rec.outcome == english  # the plan's own language is left alone
    assert window.model.index(0, Column.OUTCOME).data() == "Un résultat attendu clair."
    assert window.undo_stack.undoText() == "Edit French Expected Outcome of Rec. 1"
    window.undo_stack.undo()
    assert "outcome" not in _stored(document, window).translations
    assert window.model.index(0, Column.OUTCOME).data().startswith("[French missing]")
    window.undo_stack.redo()
    assert _stored(document, window).translations["outcome"] == "Un résultat attendu clair."


def test_both_edits_each_language_in_its_own_column(window: MainWindow, document: Document) -> None:
    window.content_language.choose(Language.BILINGUAL)
    french = window.model.index(1, second_section(Column.RESPONSE))
    english = window.model.index(1, Column.RESPONSE)
    window.model.setData(french, "Réponse du ministère.")
    window.model.setData(english, "The department's response.")
    rec = _stored(document, window, 1)
    assert (rec.response, rec.translations["response"]) == (
        "The department's response.",
        "Réponse du ministère.",
    )
    assert window.undo_stack.count() == 2
    assert window.model.index(1, second_section(Column.RESPONSE)).data() == "Réponse du ministère."
    # The count of missing French texts went down by one.
    window.content_language.update_count()
    before = window.model.missing_total("fr")
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.model.missing_total("fr") == before + 1


def test_milestones_and_contacts_panels_edit_the_language_shown(
    window: MainWindow, document: Document
) -> None:
    window.content_language.choose(Language.FRENCH)
    window.select_row(0)
    milestones = window.details.milestones
    model = milestones.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Description"
    first = _stored(document, window).milestones[0]
    assert model.index(0, 1).data() == f"[French missing]\n{first.description}"
    assert model.index(0, 1).data(Qt.ItemDataRole.EditRole) == ""
    assert "French missing" in model.index(0, 1).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    model.setData(model.index(0, 1), "Publier le guide")
    stored = _stored(document, window).milestones[0]
    assert stored.translations == {"description": "Publier le guide"}
    assert stored.description == first.description
    assert window.undo_stack.undoText() == "Edit Milestone Description"
    contacts = window.details.contacts
    cmodel = contacts.model
    cmodel.setData(cmodel.index(0, 2), "Directeur général")
    contact = _stored(document, window).contacts[0]
    assert text_in(contact, "title", "fr", "en") == "Directeur général"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert not _stored(document, window).milestones[0].translations
    # In "both", each translated column has its French copy right after it.
    window.content_language.choose(Language.BILINGUAL)
    header = milestones.view.horizontalHeader()
    shown = [
        model.headerData(header.logicalIndex(v), Qt.Orientation.Horizontal)
        for v in range(header.count())
        if not milestones.view.isColumnHidden(header.logicalIndex(v))
    ]
    assert shown[1:3] == ["Description (EN)", "Description (FR)"]


def _french_version(plan, path: Path) -> Path:
    """The sample plan's French workbook: French texts, rows in another order, one row more."""
    french = copy.deepcopy(plan)
    french.language = "fr"
    for rec in french.recommendations:
        rec.ref = rec.ref.replace("Rec.", "Recommandation")
        for name in ("recommendation", "response", "outcome", "indicator"):
            if getattr(rec, name):
                setattr(rec, name, f"FR {rec.ref} {name}")
        for m in rec.milestones:
            m.description = f"FR jalon {m.number}"
    french.recommendations.reverse()
    extra = copy.deepcopy(french.recommendations[0])
    extra.ref = "Recommandation 9"
    french.recommendations.append(extra)
    write_workbook(french, path, lang="fr")
    return path


def test_import_translation_previews_the_pairing_applies_and_undoes(
    window: MainWindow, document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = document.load_plan(window.plan.id)
    ids = [r.id for r in plan.recommendations]
    source = _french_version(plan, tmp_path / "plan-fr.xlsx")
    seen: list[PairingPreview] = []

    def accept(dialog) -> bool:
        if isinstance(dialog, PairingPreview):
            seen.append(dialog)
        return True

    monkeypatch.setattr(dialogs, "run", accept)
    assert window.import_translation_action.isEnabled()
    from planapp.ui.translation_import import import_translation

    assert import_translation(window.excel, str(source))
    preview = seen[0]
    table = preview.pairs
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    texts = {table.item(r, 1).text(): table.item(r, 4).text() for r in range(table.rowCount())}
    assert texts["Recommandation 1"] == "FR Recommandation 1 recommendation"
    assert ["Rec. 1", "Recommandation 1", "Number in the ref"] in rows
    assert ["—", "Recommandation 9", "Not paired"] in rows
    assert "Recommandation 9" in preview.unpaired.item(0).text()
    after = document.load_plan(window.plan.id)
    # The plan's rows keep their ids; the French-only row is kept, its English missing.
    by_ref = {r.ref: r for r in after.recommendations}
    assert [by_ref[r.ref].id for r in plan.recommendations] == ids
    assert by_ref["Recommandation 9"].recommendation == ""
    first = by_ref["Rec. 1"]
    assert first.translations["outcome"] == "FR Recommandation 1 outcome"
    assert first.milestones[0].translations["description"].startswith("FR jalon")
    assert len(after.recommendations) == 4
    assert window.undo_stack.undoText() == "Import Translation plan-fr.xlsx"
    window.undo_stack.undo()
    back = document.load_plan(window.plan.id)
    assert [r.id for r in back.recommendations] == ids
    assert not back.recommendations[0].translations
