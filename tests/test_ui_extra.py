"""The window shows extra columns and the plan's language, and their edits are undoable."""

from __future__ import annotations

import pytest

from planapp.domain.plan import ExtraColumn
from planapp.store.document import Document
from planapp.ui import dialogs
from planapp.ui.main_window import MainWindow
from tests.test_titles import HC_FR


@pytest.fixture
def with_extra(document: Document) -> Document:
    plan = document.load_plan(document.plans()[0].id)
    document.set_extra(
        plan.recommendations[1].id,
        [ExtraColumn("Planned Action", "Publish the guide."), ExtraColumn("Status", "On track")],
    )
    return document


def _extra(document: Document, window: MainWindow, row: int) -> list[ExtraColumn]:
    return document.load_plan(window.plan.id).recommendations[row].extra


def test_detail_panel_shows_and_edits_extra_columns_with_undo(
    window: MainWindow, with_extra: Document
) -> None:
    document = with_extra
    window.select_row(0)
    panel = window.details.extra
    assert panel.isHidden()  # the sample's first recommendation has none
    window.select_row(1)
    assert panel.isVisible()
    model = panel.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Planned Action",
        "Status",
    ]
    assert model.index(0, 1).data() == "Publish the guide."
    model.setData(model.index(1, 1), "Delayed: waiting for the legal review")
    assert _extra(document, window, 1)[1] == ExtraColumn(
        "Status", "Delayed: waiting for the legal review"
    )
    assert model.index(1, 1).data() == "Delayed: waiting for the legal review"  # refreshed
    panel.view.setCurrentIndex(model.index(0, 0))
    panel.delete_action.trigger()
    assert [e.heading for e in _extra(document, window, 1)] == ["Status"]
    window.menus.undo_action.trigger()
    window.menus.undo_action.trigger()
    assert _extra(document, window, 1) == [
        ExtraColumn("Planned Action", "Publish the guide."),
        ExtraColumn("Status", "On track"),
    ]
    assert model.index(1, 1).data() == "On track"
    window.menus.redo_action.trigger()
    assert _extra(document, window, 1)[1].text == "Delayed: waiting for the legal review"


def test_plan_language_in_properties_changes_the_title_row_with_undo(
    window: MainWindow, document: Document, monkeypatch
) -> None:
    def answer(dialog) -> bool:
        dialog.edits["department_fr"].setText("Santé Canada")
        dialog.edits["department"].setText("Health Canada")
        dialog.edits["acronym"].setText("SC")
        dialog.edits["title"].setText("")
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        return True

    monkeypatch.setattr(dialogs, "run", answer)
    window.edit_plan_properties()
    assert document.plans()[0].language == "fr"
    assert window.title_label.text() == HC_FR
    window.menus.undo_action.trigger()
    assert document.plans()[0].language == "en"
    assert window.title_label.text() == "CANADA BORDER SERVICES AGENCY (CBSA) DETAILED ACTION PLAN"


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return "".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


def test_print_includes_extra_columns_only_when_asked(
    window: MainWindow, with_extra: Document, tmp_path
) -> None:
    text = _pdf_text(window.printing.export_pdf(str(tmp_path / "plain.pdf")))
    assert "Planned Action" not in text and "Publish the guide." not in text
    assert not window.printing.extra_action.isChecked()
    window.printing.extra_action.trigger()
    assert window.settings.value("print/includeExtra") == "true"
    text = _pdf_text(window.printing.export_pdf(str(tmp_path / "extra.pdf")))
    assert "Planned Action" in text and "Publish the guide." in text
    assert "On track" in text


def test_print_follows_the_plans_language_unless_headings_are_chosen(
    window: MainWindow, document: Document, tmp_path
) -> None:
    document.update_plan(window.plan.id, language="fr", title="")
    text = _pdf_text(window.printing.export_pdf(str(tmp_path / "fr.pdf")))
    assert "Recommandation du BVG" in text
    assert "PLAN D'ACTION DÉTAILLÉ" in text or "PLAN D’ACTION DÉTAILLÉ" in text
    english = next(a for a in window.printing.headings_group.actions() if a.data() == "en")
    english.trigger()
    text = _pdf_text(window.printing.export_pdf(str(tmp_path / "en.pdf")))
    assert "OAG Recommendation" in text


def test_export_from_the_window_follows_the_plans_language(
    window: MainWindow, document: Document, tmp_path
) -> None:
    import openpyxl

    from planapp.ui import excel_export

    document.update_plan(window.plan.id, language="fr", title="")
    target = excel_export.export_workbook(window.excel, str(tmp_path / "fr.xlsx"))
    ws = openpyxl.load_workbook(target).worksheets[0]
    assert ws["A3"].value == "N° de référence du rapport"
    assert ws["A1"].value == window.title_label.text()  # the title row the window shows
    assert "PLAN D'ACTION DÉTAILLÉ" in ws["A1"].value
