"""A progress dialog with Cancel for long work done in the window's own thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

Report = Callable[[int, int], bool]


def progress_dialog(parent: QWidget, label: str) -> tuple[QProgressDialog, Report]:
    """The dialog (shown only if the work lasts) and the callback the work reports to.

    The callback returns False once the user has pressed Cancel, which is how the Excel and
    print engines learn to stop.
    """
    dialog = QProgressDialog(
        label, QCoreApplication.translate("progress", "Cancel"), 0, 100, parent
    )
    dialog.setWindowTitle("planapp")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)

    def report(done: int, total: int) -> bool:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        QApplication.processEvents()
        return not dialog.wasCanceled()

    return dialog, report
