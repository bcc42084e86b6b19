"""The columns of the milestones, contacts and extra-columns sub-tables: heading, how a cell
reads from its item and how an edited text makes a changed copy of it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from planapp.domain.followup import revision_note, revision_tooltip
from planapp.domain.plan import ExtraColumn, Milestone, MilestoneStatus, WrittenDate
from planapp.domain.richtext import normalize
from planapp.ui.cell_states import CellState, date_states, due_states
from planapp.ui.dialogs import plain_tooltip


@dataclass(frozen=True)
class Field:
    heading: str
    get: Callable[[Any], str]
    set: Callable[[Any, str], Any] | None  # returns a changed copy; None: read-only
    stretch: bool = False
    width: int = 110  # starting width in pixels of a column that does not stretch
    tip: Callable[[Any], str] | None = None  # the cell's tooltip, if any
    extra: Callable[[Any, int], Any] | None = None  # other roles of a cell (None: the usual)
    # What the cell shows by colour (an unreadable or overdue date), said also as text.
    states: Callable[[Any, dt.date], tuple[CellState, ...]] | None = None


def _text_field(name: str, heading: str, stretch: bool = False, width: int = 110) -> Field:
    return Field(
        heading,
        lambda item: getattr(item, name),
        lambda item, value: dataclasses.replace(item, **{name: normalize(value)}),
        stretch,
        width,
    )


def _date_field(name: str, heading: str, states: Any = None) -> Field:
    return Field(
        heading,
        lambda item: getattr(item, name).text,
        lambda item, value: dataclasses.replace(item, **{name: WrittenDate.of(value)}),
        width=120,
        states=states or (lambda item, _today: date_states(getattr(item, name))),
    )


def _status_set(item: Milestone, value: str) -> Milestone:
    """A status from its value or its label, as typed or pasted ("Completed"); empty is
    "not started"; anything else is refused with the statuses that exist."""
    text = " ".join(str(value).split()).casefold() or MilestoneStatus.NOT_STARTED.value
    try:
        status = MilestoneStatus(text)
    except ValueError:
        names = ", ".join(s.label for s in MilestoneStatus)
        raise ValueError(f"“{value}” is not a milestone status ({names}).") from None
    if status == MilestoneStatus.COMPLETED and not item.completed_on.text:
        # Done today, most likely: filled in, and editable like any date.
        today = dt.date.today()
        done = WrittenDate.of(f"{today:%B} {today.day}, {today.year}")
        return dataclasses.replace(item, status=status, completed_on=done)
    return dataclasses.replace(item, status=status)


MILESTONE_FIELDS = [
    _text_field("number", "No.", width=56),
    _text_field("description", "Description", stretch=True),
    _date_field("due", "Due", due_states),  # as written; the next column shows the day it means
    Field(
        "Reads as",
        lambda m: m.due.date.isoformat() if m.due.date else ("?" if m.due.unreadable else ""),
        None,
        width=86,
        states=lambda m, _today: date_states(m.due),  # "?" said in words
    ),
    Field("Status", lambda m: m.status.value, _status_set, width=96),
    _date_field("completed_on", "Completed on"),
    # Follow-up: the first date when revised (the reasons on hover).
    Field(
        "Revised",
        lambda m: revision_note(m.original_due, m.revisions),
        None,
        width=170,
        tip=lambda m: plain_tooltip(revision_tooltip(m.revisions)) if m.revisions else "",
    ),
]
CONTACT_FIELDS = [
    _text_field("organization", "Organization", width=70),
    _text_field("name", "Name", stretch=True),  # names and positions share the room
    _text_field("title", "Position", stretch=True),
    _text_field("phone", "Tel #", width=95),
    _text_field("email", "Email", width=110),
]


def _set_heading(item: ExtraColumn, value: str) -> ExtraColumn:
    return dataclasses.replace(item, heading=" ".join(value.split()))


# An imported column that maps to no template field: its heading and this row's text.
EXTRA_FIELDS = [
    Field("Heading", lambda e: e.heading, _set_heading, width=160),
    _text_field("text", "Text", stretch=True),
]
