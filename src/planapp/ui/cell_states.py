"""States a cell shows by colour or symbol, said also as text, in colours that can be seen.

An unreadable date, an overdue milestone, a missing translation or a conflict is marked in a
cell by a coloured bar at its left edge (and, where it helps, a tint or a symbol). Colour alone
tells nothing to a screen reader or to someone who cannot tell the colours apart, so every
state is also text: the models give it as the cell's accessible description (WCAG 1.1.1,
1.3.1, 1.4.1). The colours are chosen for the palette the system gives, light or dark, so that
text keeps 4.5:1 and the bars 3:1 against what they are drawn on (WCAG 1.4.3, 1.4.11); the
tests compute those ratios.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from planapp.domain.plan import Milestone, WrittenDate
from planapp.ui.translation import Translatable

# The cell's states, a tuple of CellState (empty: nothing to say).
StatesRole = Qt.ItemDataRole.UserRole + 20
# The colour of the bar drawn at the cell's left edge (None: no bar).
IndicatorRole = Qt.ItemDataRole.UserRole + 21
STATE_ROLES = frozenset({StatesRole, IndicatorRole, Qt.ItemDataRole.AccessibleDescriptionRole})


class CellState(Enum):
    UNREADABLE_DATE = "unreadable-date"
    OVERDUE = "overdue"
    MISSING_TRANSLATION = "missing-translation"
    CONFLICT = "conflict"


class CellStates(Translatable):
    """The states' texts, in the interface language (context CellStates)."""

    def state_text(self, state: CellState, count: int = 1) -> str:
        if state is CellState.UNREADABLE_DATE:
            return self.tr("Not a date planapp can read; kept as written.")
        if state is CellState.OVERDUE:
            if count > 1:
                return self.tr("%n overdue milestones.", "", count)
            return self.tr("Overdue.")
        if state is CellState.MISSING_TRANSLATION:
            return self.tr("Translation missing.")
        return self.tr("Changed by someone else since you opened it.")


_TEXTS = CellStates()


def state_text(state: CellState, count: int = 1) -> str:
    """A state as a screen reader says it (the text also stands beside a tooltip)."""
    return _TEXTS.state_text(state, count)


def describe(states: Iterable[CellState], overdue: int = 1) -> str:
    """The states of a cell as one description ("" when there are none)."""
    return " ".join(
        state_text(s, overdue if s is CellState.OVERDUE else 1) for s in dict.fromkeys(states)
    )


# -- colours --------------------------------------------------------------------------------


def luminance(color: QColor) -> float:
    """Relative luminance as WCAG 2.1 defines it (sRGB, 0 black to 1 white)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    rgb = color.toRgb()
    return (
        0.2126 * channel(rgb.redF())
        + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The contrast ratio of two colours, 1:1 to 21:1."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(QPalette.ColorRole.Base)) < 0.2


@dataclass(frozen=True)
class StateColors:
    """Every colour the tables and their editors draw besides the palette's own."""

    indicators: dict[CellState, QColor]  # bars at the cell's left edge: ≥ 3:1 on the base
    unreadable_tint: QColor  # behind an unreadable date's text: text ≥ 4.5:1 on it
    committee_tint: QColor  # behind the committee's column
    match: QColor  # behind text find marks
    match_text: QColor  # marked text drawn in this colour (≥ 4.5:1 on ``match``)
    warning_text: QColor  # "Not a date planapp can read" under the date editor
    deleted_text: QColor  # words removed, struck through, in a conflict's diff
    added_text: QColor  # words added, underlined

    def indicator(self, states: Iterable[CellState]) -> QColor | None:
        for state in states:
            return self.indicators[state]
        return None


LIGHT = StateColors(
    indicators={
        CellState.UNREADABLE_DATE: QColor("#b3261e"),
        CellState.OVERDUE: QColor("#a35200"),
        CellState.MISSING_TRANSLATION: QColor("#5e35b1"),
        CellState.CONFLICT: QColor("#ad1457"),
    },
    unreadable_tint=QColor("#fde2e1"),
    committee_tint=QColor("#eeeeee"),
    match=QColor("#ffd54f"),
    match_text=QColor("#000000"),
    warning_text=QColor("#b3261e"),
    deleted_text=QColor("#a00000"),
    added_text=QColor("#006000"),
)
DARK = StateColors(
    indicators={
        CellState.UNREADABLE_DATE: QColor("#ff8a80"),
        CellState.OVERDUE: QColor("#ffb74d"),
        CellState.MISSING_TRANSLATION: QColor("#b39ddb"),
        CellState.CONFLICT: QColor("#f48fb1"),
    },
    unreadable_tint=QColor("#4a1c1a"),
    committee_tint=QColor("#333333"),
    match=QColor("#ffd54f"),
    match_text=QColor("#000000"),
    warning_text=QColor("#ff8a80"),
    deleted_text=QColor("#ff8a80"),
    added_text=QColor("#81c784"),
)


# Misspelled words' wavy underline: ≥ 3:1 on a light and on a dark base alike.
MISSPELLED_UNDERLINE = QColor("#d32f2f")


def colors_for(palette: QPalette) -> StateColors:
    """The light or the dark set, after the palette's base colour."""
    return DARK if is_dark(palette) else LIGHT


def state_data(
    states: tuple[CellState, ...], role: int, colors: StateColors, overdue: int = 1
) -> Any:
    """What a model answers for the state roles of a cell with ``states`` (None otherwise):
    the states themselves, the indicator colour, and the accessible description."""
    if role == StatesRole:
        return states
    if not states:
        return None
    if role == IndicatorRole:
        return colors.indicator(states)
    if role == Qt.ItemDataRole.AccessibleDescriptionRole:
        return describe(states, overdue)
    return None


def date_states(written: WrittenDate) -> tuple[CellState, ...]:
    return (CellState.UNREADABLE_DATE,) if written.unreadable else ()


def due_states(milestone: Milestone, today: dt.date) -> tuple[CellState, ...]:
    """A milestone's due date: unreadable, or past and the work not done."""
    if milestone.due.unreadable:
        return (CellState.UNREADABLE_DATE,)
    return (CellState.OVERDUE,) if milestone.is_overdue(today) else ()


def placeholder_color(palette: QPalette, ratio: float = 4.6) -> QColor:
    """Placeholder text ("Find in plan…", "Built-in template") as light as it can be and
    still 4.5:1 on the base: Qt's default, half-transparent text, is 4.0:1 on white."""
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    for percent in range(50, 101, 2):
        f = percent / 100
        mixed = QColor.fromRgbF(
            base.redF() + (text.redF() - base.redF()) * f,
            base.greenF() + (text.greenF() - base.greenF()) * f,
            base.blueF() + (text.blueF() - base.blueF()) * f,
        )
        if contrast(mixed, base) >= ratio:
            return mixed
    return QColor(text)
