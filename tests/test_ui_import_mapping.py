"""The import preview shows where each column goes and lets the user change it (qtbot)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from planapp.ui import dialogs, excel_actions
from planapp.ui.import_mapping import SheetMapping
from planapp.ui.import_preview import NEW_PLAN, ImportPreview

MAP_HEADINGS = [
    "Recommendation",
    "Management Response",
    "Planned Action",
    "Responsibility",
    "Target Completion Date",
    "Comments",
    "Internal tracking code",
]


def _management_action_plan(path: Path) -> Path:
    """An internal-audit table: a title, then the management action plan family's headings."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "MAP"
    ws["A1"] = "Audit of Grants and Contributions — Management Response and Action Plan"
    for col, heading in enumerate(MAP_HEADINGS, start=1):
        ws.cell(3, col, heading)
    rows = [
        [
            "1. The ADM should define the roles of the program officers.",
            "Agreed.",
            "Publish a roles guide.",
            "Director General, Programs",
            "March 31, 2027",
            "Guide drafted in 2026",
            "TRK-001",
        ],
        [
            "2. The ADM should monitor the files.",
            "Agreed in part.",
            "Set up a monthly file review.",
            "Director, Operations",
            "June 30, 2027",
            "",
            "TRK-002",
        ],
    ]
    for r, values in enumerate(rows, start=4):
        for col, value in enumerate(values, start=1):
            ws.cell(r, col, value)
    wb.save(path)
    return path


def _panel(dialog: ImportPreview) -> SheetMapping:
    assert isinstance(dialog, ImportPreview)
    [panel] = dialog.mappings
    assert panel.sheet == "MAP"
    return panel


def _column(panel: SheetMapping, heading: str) -> int:
    return next(c.index for c in panel.layout_.columns if c.heading == heading)


def test_changing_a_column_mapping_rereads_and_imports_it(
    qtbot, window, document, tmp_path, monkeypatch
) -> None:
    source = _management_action_plan(tmp_path / "map.xlsx")
    before = source.read_bytes()
    seen: dict[str, object] = {}

    def choose(dialog) -> bool:
        panel = _panel(dialog)
        headings = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
        assert headings == MAP_HEADINGS  # every column of the heading row is listed
        seen["detected"] = {h: panel.field_of(_column(panel, h)) for h in MAP_HEADINGS}
        assert "Every column is kept" in panel.left_out.text()
        # The user sends the tracking code nowhere and the comments to the outcome column.
        panel.set_field(_column(panel, "Internal tracking code"), "ignore")
        assert "Internal tracking code" in panel.left_out.text()
        assert "ignored" in panel.left_out.text()
        panel.set_field(_column(panel, "Management Response"), "extra")
        assert dialog.result is not None and len(dialog.result.plans) == 1
        rec = dialog.result.plans[0].recommendations[0]
        assert "TRK-001" not in str(rec)  # re-read with the choice already
        dialog.choices[0].setCurrentIndex(dialog.choices[0].findData(NEW_PLAN))
        return True

    monkeypatch.setattr(dialogs, "run", choose)
    assert excel_actions.import_workbook(window.excel, str(source))
    detected = seen["detected"]
    assert detected["Recommendation"] == "recommendation"
    assert detected["Responsibility"] == "contacts"
    assert detected["Comments"] == "extra"
    plans = document.plans()
    assert len(plans) == 2
    plan = document.load_plan(plans[1].id)
    first, second = plan.recommendations
    assert first.recommendation.endswith("define the roles of the program officers.")
    assert first.response == ""  # sent to an extra column instead
    extra = {e.heading: e.text for e in first.extra}
    assert extra == {"Management Response": "Agreed.", "Comments": "Guide drafted in 2026"}
    assert {e.heading: e.text for e in second.extra}["Management Response"] == "Agreed in part."
    assert all("TRK" not in e.text for r in plan.recommendations for e in r.extra)
    assert "TRK" not in str(plan)  # ignored: the only way a column is left out
    assert source.read_bytes() == before  # the user's file is never modified


def test_the_choice_is_remembered_for_the_same_headings(
    qtbot, window, document, tmp_path, monkeypatch
) -> None:
    source = _management_action_plan(tmp_path / "map.xlsx")

    def ignore_code(dialog) -> bool:
        _panel(dialog).set_field(_column(_panel(dialog), "Internal tracking code"), "ignore")
        return True

    monkeypatch.setattr(dialogs, "run", ignore_code)
    assert excel_actions.import_workbook(window.excel, str(source))
    again = _management_action_plan(tmp_path / "next-quarter.xlsx")
    proposed: dict[str, str] = {}

    def look(dialog) -> bool:
        panel = _panel(dialog)
        proposed["code"] = panel.field_of(_column(panel, "Internal tracking code"))
        proposed["left out"] = panel.left_out.text()
        plan = dialog.result.plans[0]
        proposed["text"] = str(plan)
        return False  # cancel: nothing changes

    monkeypatch.setattr(dialogs, "run", look)
    assert not excel_actions.import_workbook(window.excel, str(again))
    assert proposed["code"] == "ignore"
    assert "Internal tracking code" in proposed["left out"]
    assert "TRK-001" not in proposed["text"]
    assert len(document.plans()) == 2


def test_a_sheet_with_too_few_known_headings_is_offered_for_mapping(
    qtbot, window, document, tmp_path, monkeypatch
) -> None:
    path = tmp_path / "odd.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Findings"
    for col, heading in enumerate(["Item", "Recommendation", "What we will do", "Who"], start=1):
        ws.cell(1, col, heading)
    ws.append(["A", "Files are incomplete.", "Check every file.", "Director, Files"])
    wb.save(path)
    states: list[bool] = []

    def map_columns(dialog) -> bool:
        assert isinstance(dialog, ImportPreview)
        [panel] = dialog.mappings
        states.append(dialog.import_button.isEnabled())
        index = {c.heading: c.index for c in panel.layout_.columns}
        panel.set_field(index["Item"], "ref")
        panel.set_field(index["What we will do"], "actions")
        panel.set_field(index["Who"], "contacts")
        states.append(dialog.import_button.isEnabled())
        return True

    monkeypatch.setattr(dialogs, "run", map_columns)
    assert excel_actions.import_workbook(window.excel, str(path))
    assert states == [False, True]
    plan = document.load_plan(document.plans()[1].id)
    [rec] = plan.recommendations
    assert (rec.ref, rec.recommendation) == ("A", "Files are incomplete.")
    assert [m.description for m in rec.milestones] == ["Check every file."]
    [contact] = rec.contacts
    assert "Director" in f"{contact.organization} {contact.name} {contact.title}"
