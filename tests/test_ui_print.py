"""Print preview and PDF export from the window."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtPrintSupport import QPrintPreviewDialog

from planapp.domain.template import Column
from planapp.ui import dialogs


def _text(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def test_export_pdf_from_the_window(window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "out" / "plan.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(target))
    window.menus.pdf_action.trigger()
    pages = _text(target)
    assert 2 <= len(pages) <= 4
    assert all("DETAILED ACTION PLAN" in page for page in pages)
    assert "Rec. 3" in "".join(pages)
    assert window.settings.value("folders/pdf") == str(target.parent)


def test_pdf_of_selected_recommendations_only(window, tmp_path) -> None:
    window.printing.selection_action.setChecked(True)
    selection = window.table.selectionModel()
    for row in (0, 2):
        index = window.model.index(row, Column.REF)
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)
    target = window.printing.export_pdf(str(tmp_path / "two.pdf"))
    text = "".join(_text(target))
    assert "Rec. 1" in text and "Rec. 3" in text
    assert "Rec. 2" not in text


def test_one_selected_recommendation_prints_alone(window, tmp_path) -> None:
    window.printing.selection_action.setChecked(True)
    window.select_row(1)
    text = "".join(_text(window.printing.export_pdf(str(tmp_path / "one.pdf"))))
    assert "Rec. 2" in text and "Rec. 1" not in text and "Rec. 3" not in text


def test_french_headings_from_the_menu(window, tmp_path) -> None:
    french = next(a for a in window.printing.headings_group.actions() if a.data() == "fr")
    french.trigger()
    assert window.settings.value("print/lang") == "fr"
    text = "".join(_text(window.printing.export_pdf(str(tmp_path / "fr.pdf"))))
    assert "Recommandation du BVG" in text


def test_page_size_setting_is_used(window, tmp_path) -> None:
    letter = next(a for a in window.printing.paper_group.actions() if a.data() == "letter")
    letter.trigger()
    target = window.printing.export_pdf(str(tmp_path / "letter.pdf"))
    box = PdfReader(str(target)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)


def test_print_preview_opens_and_paints(qtbot, window) -> None:
    dialog = window.printing.print_preview()
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.waitExposed(dialog)
    assert window.printing.preview_printer is not None
    dialog.close()
    assert window.settings.value("print/pageSize") == "legal"


def test_export_pdf_failure_is_reported_and_nothing_written(window, tmp_path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    missing = tmp_path / "no such folder" / "plan.pdf"
    assert window.printing.export_pdf(str(missing)) is None
    assert shown and "plan.pdf" in shown[0]
    assert not missing.exists()
