"""What the Excel and Word actions are given instead of the window, and the workbook file filter
their dialogs share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planapp.domain.plan import Plan
from planapp.store.document import Document
from planapp.ui import commands
from planapp.ui.preferences import PreferenceStore


def workbook_filter() -> str:
    return QCoreApplication.translate(
        "excel_actions", "Excel workbooks (*.xlsx *.xlsm);;All files (*)"
    )


@dataclass(frozen=True)
class ExcelContext:
    parent: QWidget  # for dialogs
    document: Callable[[], Document]
    plan: Callable[[], Plan | None]  # the plan shown
    push: Callable[[commands.StoreCommand], bool]  # do an undoable edit; False if it failed
    prefs: PreferenceStore
    status: Callable[[str, int], None]
