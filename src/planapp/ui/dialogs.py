"""Thin seams around the dialogs that ask the user something.

Tests replace these functions where the window looks them up (``planapp.ui.dialogs.confirm``)
with ones of the same signature and return shape; everything else about the window is real.
"""

from __future__ import annotations

import html
import logging

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from planapp.ui import translation
from planapp.ui.dialog_keys import keyboard_ready

log = logging.getLogger("planapp.ui")


# Qt's file dialog names two of its fields with a mnemonic that Qt's own French (qtbase_fr.qm)
# does not translate yet: it has "Look in:" and "Files of type:" only. planapp's file gives them.
QT_FILE_DIALOG_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def file_dialog_options() -> QFileDialog.Option:
    """The system's file dialog speaks the system's language; when the interface is shown in
    another (French chosen on an English system), Qt's own dialog is used, in the interface's."""
    if translation.current_language() != translation.system_language():
        return QFileDialog.Option.DontUseNativeDialog
    return QFileDialog.Option(0)


def ask_open_path(parent: QWidget, caption: str, folder: str, filters: str) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent, caption, folder, filters, options=file_dialog_options()
    )
    return path or None


def ask_save_path(parent: QWidget, caption: str, start: str, filters: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, caption, start, filters, options=file_dialog_options()
    )
    return path or None


def confirm(parent: QWidget, title: str, text: str, ok_text: str = "") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the question quotes plan names
    ok_text = ok_text or QCoreApplication.translate("dialogs", "OK")
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_text(parent: QWidget, title: str, label: str, text: str) -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as written: Qt renders a tooltip that looks like markup
    as HTML (a plan title ``<img src=…>`` would load a file), so it is escaped and wrapped."""
    escaped = html.escape(text).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def show_error(parent: QWidget, title: str, text: str) -> QMessageBox:
    """Shown window-modal without blocking, and returned so tests can read and close it.

    Every message shown is also logged, so the log tells the story a user reports."""
    log.warning("%s: %s", title, text)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file names and user text
    box.setWindowModality(box.windowModality().WindowModal)
    box.open()
    return box


def run(dialog: QDialog) -> bool:
    """Show a dialog modally; True if the user accepted it. Tests replace this to answer.
    Its tables and text boxes let Tab go on to the buttons (:mod:`dialog_keys`)."""
    keyboard_ready(dialog)
    return dialog.exec() == QDialog.DialogCode.Accepted


def choose_printer(printer: QPrinter, parent: QWidget) -> bool:
    """Run the system's Print dialog for ``printer``; True when the user chose to print.

    The dialog is destroyed before returning: it keeps a pointer to ``printer``, which Python
    frees when the caller is done with it, and a dialog outliving its printer crashes the
    program when Qt later destroys the dialog (at the latest when the window closes).
    """
    dialog = QPrintDialog(printer, parent)
    try:
        return run(dialog)
    finally:
        shiboken6.delete(dialog)


def file_stem(name: str) -> str:
    """A file name suggested from a plan's name: no characters file systems refuse."""
    cleaned = "".join(ch if ch.isalnum() or ch in " -_." else " " for ch in name)
    return " ".join(cleaned.split())[:80] or QCoreApplication.translate("dialogs", "plan")
