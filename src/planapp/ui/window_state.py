"""How the window was left, for the next run: geometry, panels, columns, the last plan shown,
and the recently opened documents. Preferences (what the user chose) are in
:mod:`planapp.ui.preferences`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from planapp.ui.plan_table import PlanTableView
from planapp.ui.window_layout import fit_to_screen

MAX_RECENT = 8

GEOMETRY = "window/geometry"
STATE = "window/state"
SPLITTER = "window/splitter"
DETAIL_SPLITTER = "window/detailSplitter"
HEADER = "table/header"
AUTO_WIDTHS = "table/autoWidths"
RECENT = "recentDocuments"


def saved_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) else None


def auto_widths(settings: QSettings) -> bool:
    return str(settings.value(AUTO_WIDTHS, "true")).lower() != "false"


def set_auto_widths(settings: QSettings, auto: bool) -> None:
    settings.setValue(AUTO_WIDTHS, "true" if auto else "false")


def last_plan(settings: QSettings, document: Path) -> int | None:
    value = settings.value(f"lastPlan/{document}", None)
    return int(value) if value is not None else None


def set_last_plan(settings: QSettings, document: Path, plan_id: int) -> None:
    settings.setValue(f"lastPlan/{document}", plan_id)


def recent_documents(settings: QSettings) -> list[str]:
    value = settings.value(RECENT, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or [])]


def remember_recent(settings: QSettings, path: Path) -> None:
    recent = [p for p in recent_documents(settings) if p != str(path)]
    settings.setValue(RECENT, [str(path), *recent][:MAX_RECENT])


def forget_recent(settings: QSettings, path: Path) -> None:
    settings.setValue(RECENT, [p for p in recent_documents(settings) if p != str(path)])


def restore(
    settings: QSettings,
    window: QMainWindow,
    splitter: QSplitter,
    detail_splitter: QSplitter,
    table: PlanTableView,
) -> None:
    """Put the window, its panels and the table's columns back as they were left."""
    geometry = saved_bytes(settings, GEOMETRY)
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        fit_to_screen(window)  # the first window: within the screen, at most 90 % of it
    for key, widget in ((STATE, window), (SPLITTER, splitter), (DETAIL_SPLITTER, detail_splitter)):
        value = saved_bytes(settings, key)
        if value is not None:
            widget.restoreState(value)
    header = saved_bytes(settings, HEADER)
    if header is not None:
        table.restore_header(header, auto_widths(settings))


def save(
    settings: QSettings,
    window: QMainWindow,
    splitter: QSplitter,
    detail_splitter: QSplitter,
    table: PlanTableView,
) -> None:
    settings.setValue(GEOMETRY, window.saveGeometry())
    settings.setValue(STATE, window.saveState())
    settings.setValue(SPLITTER, splitter.saveState())
    settings.setValue(DETAIL_SPLITTER, detail_splitter.saveState())
    settings.setValue(HEADER, table.header_state())
    set_auto_widths(settings, table.auto_widths)
