"""The conflict dialog: both texts, the word diff, and the three choices, in a real window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planapp.store.document import Document
from planapp.store.versions import Conflict
from planapp.ui import conflict_dialog
from planapp.ui.conflict_dialog import KEEP_MINE, KEEP_THEIRS, MERGE, ConflictDialog, Resolution

CONFLICT = Conflict(
    "recommendation", 1, 1, "response", "We agree and will act now.", "We agree to act.", ""
)


def test_dialog_shows_both_texts_and_the_word_diff(qtbot) -> None:
    dialog = ConflictDialog(CONFLICT)
    qtbot.addWidget(dialog)
    assert dialog.mine.toPlainText() == CONFLICT.mine
    assert dialog.theirs.toPlainText() == CONFLICT.theirs
    shown = dialog.diff.toHtml()
    assert "line-through" in shown and "underline" in shown
    markup = conflict_dialog.diff_html(CONFLICT.theirs, CONFLICT.mine)
    assert '<s style="color:#a00000">to</s>' in markup  # their word I removed
    assert "will" in markup.split("<u")[1]  # my words added
    assert "Departmental Response" in dialog.windowTitle()


def test_each_button_is_a_choice(qtbot) -> None:
    for button, choice in (("keep_theirs", KEEP_THEIRS), ("keep_mine", KEEP_MINE)):
        dialog = ConflictDialog(CONFLICT)
        qtbot.addWidget(dialog)
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
        assert dialog.resolution is not None and dialog.resolution.choice == choice
    dialog = ConflictDialog(CONFLICT)
    qtbot.addWidget(dialog)
    dialog.merge.setPlainText("We agree and will act.")
    qtbot.mouseClick(dialog.use_merge, Qt.MouseButton.LeftButton)
    assert dialog.resolution == Resolution(MERGE, "We agree and will act.")


def _other_edit(document: Document, rec_id: int, **values) -> None:
    """Someone else's window on the same document changes it."""
    with Document.open(document.path, lock=False) as other:
        other.load_recommendation(rec_id)
        other.set_recommendation(rec_id, **values)


def test_window_edit_of_a_field_someone_changed_asks_and_loses_nothing(
    window, document: Document, monkeypatch
) -> None:
    rec = window.model.recommendation(0)
    _other_edit(document, rec.id, response="Their response")
    asked = []

    def choose(_parent, conflict):
        asked.append(conflict)
        return Resolution(MERGE, "Merged response")

    monkeypatch.setattr(conflict_dialog, "ask", choose)
    window.editing.edit_field(rec.id, "response", "My response")
    assert [(c.mine, c.theirs) for c in asked] == [("My response", "Their response")]
    assert document.load_recommendation(rec.id).response == "Merged response"
    assert window.model.recommendation(0).response == "Merged response"
    window.undo_stack.undo()  # the merge is one undo step, back to their text
    assert document.load_recommendation(rec.id).response == "Their response"


def test_keep_theirs_writes_nothing_and_shows_theirs(
    window, document: Document, monkeypatch
) -> None:
    rec = window.model.recommendation(0)
    _other_edit(document, rec.id, outcome="Their outcome")
    monkeypatch.setattr(conflict_dialog, "ask", lambda *_: Resolution(KEEP_THEIRS, ""))
    window.editing.edit_field(rec.id, "outcome", "My outcome")
    assert document.load_recommendation(rec.id).outcome == "Their outcome"
    assert window.model.recommendation(0).outcome == "Their outcome"
    assert window.undo_stack.count() == 0


def test_edit_of_another_field_goes_through_without_asking(
    window, document: Document, monkeypatch
) -> None:
    rec = window.model.recommendation(0)
    _other_edit(document, rec.id, outcome="Their outcome")
    monkeypatch.setattr(conflict_dialog, "ask", lambda *_: (_ for _ in ()).throw(AssertionError))
    window.editing.edit_field(rec.id, "indicator", "My indicator")
    got = document.load_recommendation(rec.id)
    assert (got.outcome, got.indicator) == ("Their outcome", "My indicator")


def test_undo_of_a_change_someone_has_since_edited_asks(
    qtbot, window, document: Document, monkeypatch
) -> None:
    rec = window.model.recommendation(0)
    window.editing.edit_field(rec.id, "indicator", "Mine")
    _other_edit(document, rec.id, indicator="Theirs")
    asked = []
    monkeypatch.setattr(
        conflict_dialog, "ask", lambda _p, c: asked.append(c) or Resolution(KEEP_THEIRS, "")
    )
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(asked))
    assert (asked[0].mine, asked[0].theirs) == (rec.indicator, "Theirs")
    assert document.load_recommendation(rec.id).indicator == "Theirs"
