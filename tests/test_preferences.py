"""Preferences are typed, defaulted in one place, checked once when read, and kept under the
keys earlier versions wrote."""

from __future__ import annotations

from pathlib import Path

from planapp.ui.preferences import DEFAULTS, Language, PaperSize, PreferenceStore


def test_defaults_when_nothing_was_stored(settings) -> None:
    prefs = PreferenceStore(settings)
    assert prefs.values == DEFAULTS
    assert prefs.values.print_language is DEFAULTS.print_language
    assert prefs.values.print_paper is PaperSize.LEGAL and prefs.values.print_landscape
    assert prefs.folder("pdf") == str(Path.home())


def test_stored_values_come_back_typed_and_bad_ones_as_the_default(settings) -> None:
    settings.setValue("print/lang", "fr")
    settings.setValue("print/pageSize", "tabloid")  # not a choice: the default
    settings.setValue("print/landscape", "false")
    settings.setValue("excel/template", "/forms/dept.xlsx")
    prefs = PreferenceStore(settings)
    assert prefs.values.print_language is Language.FRENCH
    assert prefs.values.print_paper is PaperSize.LEGAL
    assert prefs.values.print_landscape is False
    assert prefs.values.excel_template == "/forms/dept.xlsx"


def test_an_update_is_stored_at_once_under_its_key(settings, tmp_path) -> None:
    prefs = PreferenceStore(settings)
    prefs.update(excel_language=Language.BILINGUAL, print_landscape=False, pdf_folder="/out")
    assert settings.value("excel/lang") == "both"
    assert settings.value("print/landscape") == "false"
    assert prefs.folder("pdf") == "/out"
    again = PreferenceStore(settings)
    assert again.values.excel_language is Language.BILINGUAL
    assert {"English", "French", "Bilingual"} <= {lang.label for lang in Language}
    assert [paper.label for paper in PaperSize] == ["Legal", "Letter"]
