"""The window shows user text as written, and a read-only document as read-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import Qt, QTextDocument  # QtGui's Qt has mightBeRichText
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QWidget

from planapp.domain.plan import Contact, Plan, Recommendation
from planapp.excel.reader import ImportResult
from planapp.store.document import Document
from planapp.ui import dialogs
from planapp.ui.import_preview import ImportPreview
from planapp.ui.main_window import MainWindow
from planapp.ui.merge_dialog import MergeDialog
from tests.conftest import TODAY
from tests.mounts import remount_read_only, tmpfs

IMG = '<img src="x.png">'
LINK = '<a href="https://example.com/">click</a>'


def _hostile_plan() -> Plan:
    return Plan(
        department=f"Dept {LINK}",
        title=IMG,
        audit_title=LINK,
        recommendations=[
            Recommendation(
                ref=f"Rec. 1 {IMG}",
                recommendation=f"Do {LINK}",
                contacts=[Contact(name=f"<b>{IMG}</b>")],
            )
        ],
    )


def _shown(text: str, rich: bool) -> QTextDocument:
    doc = QTextDocument()
    if rich:
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    return doc


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text())
    )


def _markup_rendered(doc: QTextDocument) -> list[str]:
    """Images and links Qt would draw: none may come from user text."""
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() or fmt.isAnchor():
                found.append(fragment.text())
            it += 1
        block = block.next()
    return found


def _check_labels(widget: QWidget) -> list[str]:
    """Every label's text as shown; fails on any image or link rendered from markup."""
    shown = []
    for label in widget.findChildren(QLabel):
        doc = _shown(label.text(), _is_rich(label))
        assert not _markup_rendered(doc), (label.objectName(), label.text())
        shown.append(doc.toPlainText())
    return shown


def _check_tooltip(tip: str, expected: str) -> None:
    doc = _shown(tip, Qt.mightBeRichText(tip))  # how QToolTip decides
    assert not _markup_rendered(doc)
    assert doc.toPlainText() == expected


@pytest.fixture
def hostile_window(qtbot, doc_path: Path, settings):
    doc = Document.open(doc_path, create=True)
    doc.add_plan(_hostile_plan())
    win = MainWindow(doc, settings, today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_every_label_shows_user_text_as_written(qtbot, hostile_window: MainWindow) -> None:
    win = hostile_window
    shown = _check_labels(win)
    assert IMG in shown and LINK in shown  # the title and audit title, literally
    plan = win.plan
    assert plan is not None

    preview = ImportPreview(Path(f"{IMG}.xlsx"), ImportResult([plan], [IMG], ["s"]), [plan], win)
    qtbot.addWidget(preview)
    assert any(f"{IMG}.xlsx" in text for text in _check_labels(preview))
    assert any(LINK in text for text in _check_labels(preview))

    changed = _hostile_plan()
    changed.recommendations[0].recommendation = f"Now {IMG}"
    merge = MergeDialog(plan, changed, f"{LINK}.xlsx", win)
    qtbot.addWidget(merge)
    assert any(f"{LINK}.xlsx differs" in text for text in _check_labels(merge))

    box = dialogs.show_error(win, "Edit Not Saved", f"Could not save {IMG}")
    assert f"Could not save {IMG}" in _check_labels(box)
    assert isinstance(box, QMessageBox)
    box.close()


def test_tooltips_show_user_text_as_written(qtbot, hostile_window: MainWindow) -> None:
    win = hostile_window
    item = win.plan_list.item(0)
    _check_tooltip(item.toolTip(), f"{IMG}\n{LINK}")

    plan = win.plan
    changed = _hostile_plan()
    changed.recommendations[0].recommendation = f"Now {IMG}"
    merge = MergeDialog(plan, changed, "returned.xlsx", win)
    qtbot.addWidget(merge)
    leaf = merge._leaves()[0]
    _check_tooltip(leaf.toolTip(1), f"Do {LINK}")
    _check_tooltip(leaf.toolTip(2), f"Now {IMG}")


def _assert_read_only_window(qtbot, win: MainWindow, errors: list[str]) -> None:
    assert "read-only" in win.windowTitle()
    assert win.status.read_only_label.isVisible()
    for action in (
        win.menus.add_rec_action,
        win.menus.delete_rec_action,
        win.menus.move_down_action,
        win.menus.new_plan_action,
        win.menus.import_action,
        win.menus.rename_plan_action,
        win.menus.delete_plan_action,
        win.details.milestones.add_action,
        win.details.contacts.delete_action,
    ):
        assert not action.isEnabled(), action.text()
    assert (
        win.menus.export_action.isEnabled() and win.menus.pdf_action.isEnabled()
    )  # reading is fine
    no_edit = QAbstractItemView.EditTrigger.NoEditTriggers
    assert win.table.editTriggers() == no_edit
    assert win.details.milestones.view.editTriggers() == no_edit
    before = win.model.rowCount()
    win.editing.add_recommendation()  # e.g. from a shortcut that slipped through: refused, said so
    assert win.model.rowCount() == before
    assert errors and "open read-only" in errors[0]


def test_a_document_opened_read_only_cannot_be_edited_in_the_window(
    qtbot, document: Document, doc_path: Path, settings, monkeypatch
) -> None:
    """The explicit read-only open, the path a read-only folder takes too (next test)."""
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    document.close()
    doc = Document.open(doc_path, read_only=True)
    win = MainWindow(doc, settings, today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    _assert_read_only_window(qtbot, win, errors)
    win.close()


def test_a_document_on_a_read_only_disk_opens_read_only_in_the_window(
    qtbot, tmp_path: Path, settings, monkeypatch
) -> None:
    """A real read-only medium: a tmpfs remounted read-only, where root cannot write either."""
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    with tmpfs(tmp_path / "disk") as folder:
        path = folder / "plans.planapp"
        Document.open(path, create=True, sample=True).close()
        remount_read_only(folder)
        doc = Document.open(path)
        assert doc.read_only
        win = MainWindow(doc, settings, today=TODAY)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        assert win.model.rowCount() == 3
        _assert_read_only_window(qtbot, win, errors)
        win.close()


def test_opening_a_damaged_document_offers_a_recovered_copy(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from tests.test_document_errors import _big_document, _root_page, _spoil_page

    damaged = tmp_path / "damaged.planapp"
    _big_document(damaged)
    _spoil_page(damaged, _root_page(damaged, "ix_milestone_recommendation_id"))
    spoilt = damaged.read_bytes()
    asked: list[str] = []
    shown: list[str] = []

    def confirm(parent, title, text, ok_text="OK") -> bool:
        asked.append(text)
        return True

    copy = tmp_path / "copy.planapp"
    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(copy))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    assert window.files.open_path(damaged)
    assert asked and "damaged.planapp is damaged" in asked[0]
    assert window.doc.path == copy and not window.doc.read_only
    assert window.model.rowCount() == 60  # an index page lost nothing: every row is back
    assert shown and shown[0].startswith("copy.planapp: Recovered ")
    assert damaged.read_bytes() == spoilt
