"""What the follow-up dashboard is given by the window that opens it, and nothing more."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from planapp.store.document import Document

if TYPE_CHECKING:
    from planapp.ui.dashboard import DashboardView


@dataclass(frozen=True)
class DashboardContext:
    parent: QWidget
    document: Callable[[], Document]  # the window's document now (it may open another one)
    today: dt.date
    push: Callable[[Any], bool]  # does an undoable edit, as the window's own edits are
    # Brings the window to a milestone: (plan id, recommendation id, milestone id).
    show_milestone: Callable[[int, int, int], None]
    current: Callable[[], DashboardView | None]  # the window's dashboard, if it has one
    keep: Callable[[DashboardView], None]  # the window keeps the dashboard it opened
