"""The merge dialog: what starts ticked, and the changed words it marks."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from planapp.domain.plan import WrittenDate
from planapp.domain.sample import sample_plan
from planapp.ui.merge_dialog import KeyRole, MergeDialog


def _marked(doc: QTextDocument) -> tuple[list[str], list[str]]:
    """The words drawn struck through, and those drawn underlined, in a rendered document."""
    struck, underlined = [], []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            words = fragment.text().split()
            if fmt.fontStrikeOut():
                struck.extend(words)
            if fmt.fontUnderline():
                underlined.extend(words)
            it += 1
        block = block.next()
    return struck, underlined


def _returned():
    current = sample_plan()
    for i, rec in enumerate(current.recommendations):
        rec.id = i + 1
    returned = copy.deepcopy(current)
    rec0, rec1 = returned.recommendations[0], returned.recommendations[1]
    long_text = rec0.response * 8  # a long text: the change is deep inside it
    current.recommendations[0].response = long_text
    rec0.response = long_text.replace("refine", "pipeline", 1) + " Reviewed <b>yearly</b>."
    rec0.indicator = ""  # cleared in the returned copy
    current.recommendations[0].indicator = "Reported to the Committee."
    del rec1.milestones[0]  # a milestone removed
    rec1.completion = WrittenDate.of("June 30, 2022")
    del returned.recommendations[2]  # a recommendation removed
    return current, returned


def test_removals_and_cleared_fields_start_unticked(qtbot) -> None:
    current, returned = _returned()
    dialog = MergeDialog(current, returned, "returned.xlsx")
    qtbot.addWidget(dialog)
    keys = dialog.accepted_keys()
    assert any(k.endswith("/response") for k in keys)
    assert any(k.endswith("/completion") for k in keys)
    assert not any(k.endswith("/indicator") for k in keys)
    assert not any("/m:" in k for k in keys)  # the removed milestone
    removed = [r.key for r in dialog.diff.recommendations if r.kind == "removed"]
    assert removed and not set(removed) & set(keys)
    merged = dialog.merged()
    assert merged.recommendations[0].indicator == "Reported to the Committee."
    assert len(merged.recommendations) == len(current.recommendations)
    assert len(merged.recommendations[1].milestones) == len(current.recommendations[1].milestones)


def test_the_changed_words_of_a_long_text_are_marked(qtbot) -> None:
    current, returned = _returned()
    dialog = MergeDialog(current, returned, "returned.xlsx")
    qtbot.addWidget(dialog)
    dialog.show()
    item = next(
        dialog.tree.topLevelItem(0).child(j)
        for j in range(dialog.tree.topLevelItem(0).childCount())
        if dialog.tree.topLevelItem(0).child(j).data(0, KeyRole).endswith("/response")
    )
    dialog.tree.setCurrentItem(item)
    struck, underlined = _marked(dialog.diff_view.inline.document())
    assert struck == ["refine"]
    assert underlined == ["pipeline", "Reviewed", "<b>yearly</b>."]  # user's tags stay text
    text = dialog.diff_view.inline.toPlainText()
    assert text.count("refine") == current.recommendations[0].response.count("refine")
    assert len(text) > len(current.recommendations[0].response)  # the whole text, not a preview
    # The list's columns show the text around the change, not the same first words.
    assert "pipeline" in item.text(2) and "pipeline" not in item.text(1)
    assert "refine" in item.text(1)
    dialog.diff_view.side_by_side.setChecked(True)
    assert _marked(dialog.diff_view.old.document()) == (["refine"], [])
    assert _marked(dialog.diff_view.new.document())[0] == []
    assert "pipeline" in _marked(dialog.diff_view.new.document())[1]


def test_select_all_still_takes_everything(qtbot) -> None:
    current, returned = _returned()
    dialog = MergeDialog(current, returned, "returned.xlsx")
    qtbot.addWidget(dialog)
    dialog.set_all(True)
    assert set(dialog.accepted_keys()) == set(dialog.diff.keys())
    assert dialog.tree.topLevelItem(0).checkState(0) == Qt.CheckState.Checked
