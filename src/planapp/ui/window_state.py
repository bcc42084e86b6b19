"""How the window was left, for the next run: geometry, panels, columns, the last plan shown,
and the recently opened documents. Preferences (what the user chose) are in
:mod:`planapp.ui.preferences`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

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
