"""The French window's milestone statuses and Qt's file dialog, as a French user sees them.

The status a milestone holds is stored as its own English word ("not started"); the panel
shows, offers and takes it in the interface language. Qt's file dialog is Qt's own (not the
system's, which speaks the system's language) and every label of it is French.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QFileDialog, QLabel

from planapp.domain.plan import MilestoneStatus
from planapp.store.document import Document
from planapp.ui.main_window import MainWindow
from planapp.ui.translation import current_language, install_language, system_language

STATUS = 4  # the milestones panel's Status column


def _milestones(window: MainWindow, row: int = 0):
    window.select_row(row)
    return window.details.milestones


def _stored(document: Document, window: MainWindow, row: int = 0) -> list[str]:
    plan = document.load_plan(window.plan.id)
    return [str.__str__(m.status.value) for m in plan.recommendations[row].milestones]


def test_the_status_cell_shows_the_french_label(french_window: MainWindow, document) -> None:
    assert current_language() == "fr"
    panel = _milestones(french_window)
    stored = _stored(document, french_window)
    shown = [panel.model.index(r, STATUS).data() for r in range(panel.model.rowCount())]
    assert stored and "not started" in stored
    assert "Non commencé" in shown
    assert not set(shown) & {s.value for s in MilestoneStatus}, shown
    labels = {
        "not started": "Non commencé", "on track": "En bonne voie", "at risk": "À risque",
        "delayed": "Retardé", "completed": "Terminé", "cancelled": "Annulé",
    }  # fmt: skip
    assert shown == [labels[s] for s in stored]


def test_the_status_is_chosen_in_french_and_stored_as_before(
    qtbot, french_window: MainWindow, document
) -> None:
    panel = _milestones(french_window)
    index = panel.model.index(0, STATUS)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    combo = panel.view.viewport().findChild(QComboBox)
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Non commencé", "En bonne voie", "À risque", "Retardé", "Terminé", "Annulé",
    ]  # fmt: skip
    assert combo.currentText() == panel.model.index(0, STATUS).data()
    combo.setCurrentIndex(combo.findText("Terminé"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(document, french_window)[0] == "completed")
    assert panel.model.index(0, STATUS).data() == "Terminé"
    french_window.undo_stack.undo()
    assert _stored(document, french_window)[0] == "not started"
    assert panel.model.index(0, STATUS).data() == "Non commencé"


def test_choosing_the_status_already_there_changes_nothing(
    qtbot, french_window: MainWindow, document
) -> None:
    panel = _milestones(french_window)
    steps = french_window.undo_stack.count()
    index = panel.model.index(0, STATUS)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    combo = panel.view.viewport().findChild(QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.view.state() == panel.view.State.NoState)
    qtbot.wait(50)
    assert french_window.undo_stack.count() == steps


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("retardé", "delayed"), ("  En bonne   voie ", "on track"), ("Completed", "completed")],
)
def test_a_status_typed_or_pasted_in_either_language_is_read(
    french_window: MainWindow, document, typed: str, stored: str
) -> None:
    panel = _milestones(french_window)
    panel.model.setData(panel.model.index(0, STATUS), typed)
    assert _stored(document, french_window)[0] == stored


def test_an_unknown_status_is_refused_with_the_french_names(french_window: MainWindow) -> None:
    panel = _milestones(french_window)
    with pytest.raises(ValueError, match="Non commencé, En bonne voie"):
        panel.model.fields[STATUS].set(panel.model.items[0], "presque")


def _open_action(window: MainWindow) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.text() == "&Ouvrir…")


def test_the_file_dialog_is_qts_own_and_french(qtbot, french_window: MainWindow) -> None:
    """File ▸ Open in the French window: the dialog's labels and buttons come from Qt's
    French (qtbase_fr.qm), with the two labels it lacks from planapp's file."""
    read: dict[str, object] = {}

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, read_and_close)
            return
        read["qt's own"] = dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        read["labels"] = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        read["buttons"] = [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
        read["tips"] = [b.toolTip() for b in dialog.findChildren(QAbstractButton) if b.toolTip()]
        dialog.reject()

    QTimer.singleShot(20, read_and_close)
    _open_action(french_window).trigger()
    assert read, "no file dialog opened"
    # Qt's own, not the system's (which speaks the system's language), unless that is French.
    assert read["qt's own"] is (system_language() != "fr")
    labels = read["labels"]
    assert labels["lookInLabel"] == "&Voir dans\xa0:"
    assert labels["fileNameLabel"] == "&Nom de fichier\xa0:"
    assert labels["fileTypeLabel"] == "Fichiers de &type\xa0:"
    assert {"&Ouvrir", "Annuler"} <= set(read["buttons"]), read["buttons"]
    assert "Dossier parent" in read["tips"], read["tips"]


def test_the_pairing_preview_lists_what_did_not_pair_in_french(
    french_window: MainWindow, document: Document, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planapp.ui import dialogs
    from planapp.ui.translation_import import PairingPreview, import_translation
    from tests.test_content_editing import _french_version

    source = _french_version(document.load_plan(french_window.plan.id), tmp_path / "fr.xlsx")
    seen: list[PairingPreview] = []

    def cancel(dialog) -> bool:
        if isinstance(dialog, PairingPreview):
            seen.append(dialog)
        return False

    monkeypatch.setattr(dialogs, "run", cancel)
    import_translation(french_window.excel, str(source))
    (preview,) = seen
    assert preview.unpaired.item(0).text() == (
        "Recommandation 9 n'existe que dans la version française"
    )


def test_switching_language_repaints_the_statuses(qtbot, french_window: MainWindow) -> None:
    panel = _milestones(french_window)
    with qtbot.waitSignal(panel.model.dataChanged, timeout=1000):
        install_language("en")
    assert panel.model.index(0, STATUS).data() == "Not started"
    with qtbot.waitSignal(panel.model.dataChanged, timeout=1000):
        install_language("fr")
    assert panel.model.index(0, STATUS).data() == "Non commencé"
