"""Import and export of workbooks from the window, with previews and merges."""

from __future__ import annotations

import hashlib

import openpyxl
import pytest

from planapp.domain.template import Column, headings
from planapp.ui import dialogs, excel_actions, excel_export
from planapp.ui.import_preview import NEW_PLAN, ImportPreview
from planapp.ui.merge_dialog import MergeDialog


def _export(window, path) -> None:
    target = excel_export.export_workbook(window.excel, str(path))
    assert target == path


def _find_header_row(ws) -> int:
    for row in ws.iter_rows(min_row=1, max_row=15):
        if [c.value for c in row[:1]] == [headings("en")[0]]:
            return row[0].row
    raise AssertionError("no header row")


def test_export_from_the_window_writes_the_template(window, tmp_path) -> None:
    target = tmp_path / "plan.xlsx"
    _export(window, target)
    ws = openpyxl.load_workbook(target).worksheets[0]
    header = _find_header_row(ws)
    assert [c.value for c in ws[header][:8]] == headings("en")
    assert ws.cell(header + 1, 1).value == "Rec. 1"
    assert window.settings.value("folders/excel") == str(tmp_path)


def test_import_a_new_plan_is_one_undo_step(window, document, tmp_path, monkeypatch) -> None:
    target = tmp_path / "plan.xlsx"
    _export(window, target)

    def as_new_plan(dialog) -> bool:
        assert isinstance(dialog, ImportPreview)
        dialog.choices[0].setCurrentIndex(dialog.choices[0].findData(NEW_PLAN))
        return True

    monkeypatch.setattr(dialogs, "run", as_new_plan)
    assert excel_actions.import_workbook(window.excel, str(target))
    plans = document.plans()
    assert len(plans) == 2
    imported = document.load_plan(plans[1].id)
    assert [r.ref for r in imported.recommendations] == ["Rec. 1", "Rec. 2", "Rec. 3"]
    assert window.plan.id == plans[1].id
    window.menus.undo_action.trigger()
    assert len(document.plans()) == 1


def test_reimport_merges_only_accepted_changes(window, document, tmp_path, monkeypatch) -> None:
    target = tmp_path / "returned.xlsx"
    _export(window, target)
    wb = openpyxl.load_workbook(target)
    ws = wb.worksheets[0]
    header = _find_header_row(ws)
    ws.cell(header + 2, Column.RESPONSE + 1).value = "Agreed. Revised by the OAG."
    ws.cell(header + 3, Column.OUTCOME + 1).value = "A new outcome."
    wb.save(target)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    seen = {}

    def answer(dialog) -> bool:
        if isinstance(dialog, ImportPreview):
            seen["target"] = dialog.targets()
            return True
        assert isinstance(dialog, MergeDialog)
        keys = dialog.accepted_keys()
        seen["keys"] = keys
        outcome = next(k for k in keys if k.endswith("/outcome"))
        dialog.set_checked(outcome, False)  # refuse the outcome change
        return True

    monkeypatch.setattr(dialogs, "run", answer)
    assert excel_actions.import_workbook(window.excel, str(target))
    assert seen["target"] == [window.plan.id]  # recognised as the same plan
    assert len(seen["keys"]) == 2
    plan = document.load_plan(window.plan.id)
    assert plan.recommendations[1].response == "Agreed. Revised by the OAG."
    assert plan.recommendations[2].outcome.startswith("A formalized quality assurance")
    assert len(document.plans()) == 1
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before  # source untouched
    window.menus.undo_action.trigger()
    assert (
        document.load_plan(window.plan.id)
        .recommendations[1]
        .response.startswith("Agreed. While the immigration continuum")
    )


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("broken.xlsx", b"PK\x03\x04 not really a zip", "broken.xlsx"),
        ("legacy.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "legacy.xlsx"),
        ("table.xlsx", b"Report Ref. No.,OAG Recommendation\nRec. 1,x\n", "table.xlsx"),
    ],
)
def test_bad_workbook_gives_a_message_and_changes_nothing(
    window, document, tmp_path, monkeypatch, name, content, expected
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    assert not excel_actions.import_workbook(window.excel, str(path))
    assert shown and expected in shown[0]
    assert len(document.plans()) == 1
    assert window.undo_stack.count() == 0
    assert path.read_bytes() == content


def test_export_refuses_a_cell_over_excel_limit(window, tmp_path, monkeypatch) -> None:
    window.model.setData(window.model.index(0, Column.RESPONSE), "x" * 33_000)
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    target = tmp_path / "too-long.xlsx"
    assert excel_export.export_workbook(window.excel, str(target)) is None
    assert shown and "32,767" in shown[0]
    assert not target.exists()
