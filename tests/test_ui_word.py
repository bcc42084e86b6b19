"""File ▸ Export as Word… from the window: options, the job, the file, the status line."""

from __future__ import annotations

from pathlib import Path

import docx

from planapp.domain.template import headings
from planapp.ui import dialogs, word_actions
from planapp.ui.export_options import ExportOptions
from planapp.ui.preferences import Language


def test_export_as_word_from_the_menu(window, tmp_path: Path, monkeypatch) -> None:
    action = window.menus.word_action
    assert action.text().replace("&", "") == "Export as Word…"
    assert action.isEnabled()
    chosen: list[ExportOptions] = []

    def choose_french(dialog) -> bool:
        assert isinstance(dialog, ExportOptions)
        assert dialog.windowTitle() == "Export as Word"
        assert not dialog.template.isVisibleTo(dialog)  # Word has no template to fill
        dialog.lang.setCurrentIndex(dialog.lang.findData(Language.FRENCH.value))
        chosen.append(dialog)
        return True

    target = tmp_path / "plan"
    monkeypatch.setattr(dialogs, "run", choose_french)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(target))
    action.trigger()
    written = tmp_path / "plan.docx"  # the extension added
    assert chosen and written.is_file()
    [table] = docx.Document(str(written)).tables
    assert [c.text for c in table.rows[0].cells] == headings("fr")
    assert table.rows[1].cells[0].text == "Rec. 1"
    assert str(written) in window.statusBar().currentMessage()
    # Remembered for the next export.
    assert window.prefs.values.excel_language is Language.FRENCH
    assert window.settings.value("folders/excel") == str(tmp_path)


def test_a_refused_target_is_an_error_not_a_file(window, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    target = tmp_path / "missing" / "plan.docx"
    assert word_actions.export_word(window.excel, str(target)) is None
    assert shown and "does not exist" in shown[0]
    assert word_actions.export_word(window.excel, str(window.doc.path)) is None
    assert len(shown) == 2
