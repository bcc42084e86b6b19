"""The columns of the milestones, contacts and extra-columns sub-tables: heading, how a cell
reads from its item and how an edited text makes a changed copy of it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planapp.domain.followup import revision_note, revision_tooltip
from planapp.domain.plan import ExtraColumn, Milestone, MilestoneStatus, WrittenDate
from planapp.domain.richtext import normalize
from planapp.ui.cell_states import CellState, date_states, due_states
from planapp.ui.dialogs import plain_tooltip
from planapp.ui.translation import long_date

# Each sub-table's buttons and undo steps, as whole sentences (French needs its articles):
# the English sources, context ListEditor.
STEP_TEXTS = {
    "Milestone": {
        "add": QT_TRANSLATE_NOOP("ListEditor", "Add Milestone"),
        "delete": QT_TRANSLATE_NOOP("ListEditor", "Delete Milestone"),
        "move": QT_TRANSLATE_NOOP("ListEditor", "Move Milestone"),
        "edit": QT_TRANSLATE_NOOP("ListEditor", "Edit Milestone {field}"),
    },
    "Contact": {
        "add": QT_TRANSLATE_NOOP("ListEditor", "Add Contact"),
        "delete": QT_TRANSLATE_NOOP("ListEditor", "Delete Contact"),
        "move": QT_TRANSLATE_NOOP("ListEditor", "Move Contact"),
        "edit": QT_TRANSLATE_NOOP("ListEditor", "Edit Contact {field}"),
    },
    "Extra Column": {
        "add": QT_TRANSLATE_NOOP("ListEditor", "Add Extra Column"),
        "delete": QT_TRANSLATE_NOOP("ListEditor", "Delete Extra Column"),
        "move": QT_TRANSLATE_NOOP("ListEditor", "Move Extra Column"),
        "edit": QT_TRANSLATE_NOOP("ListEditor", "Edit Extra Column {field}"),
    },
}


def step_text(noun: str, step: str, **values: str) -> str:
    """A sub-table's button or undo step (``step``: add, delete, move, edit) translated."""
    return QCoreApplication.translate("ListEditor", STEP_TEXTS[noun][step]).format(**values)


def heading(field: Field) -> str:
    """A sub-table column's heading in the interface language, with its content language's
    tag where it has one ("Description (FR)")."""
    text = QCoreApplication.translate("ListTableModel", field.heading)
    return f"{text} ({field.tag})" if field.tag else text


@dataclass(frozen=True)
class Field:
    heading: str  # the English source (context ListTableModel): shown translated
    get: Callable[[Any], str]
    set: Callable[[Any, str], Any] | None  # returns a changed copy; None: read-only
    stretch: bool = False
    width: int = 110  # starting width in pixels of a column that does not stretch
    tip: Callable[[Any], str] | None = None  # the cell's tooltip, if any
    # Other roles of a cell (None: the usual); asked only for list_model.ANSWERED_ROLES.
    extra: Callable[[Any, int], Any] | None = None
    # What the cell shows by colour (an unreadable or overdue date), said also as text.
    states: Callable[[Any, dt.date], tuple[CellState, ...]] | None = None
    tag: str = ""  # the content language the column shows, when the heading says it ("FR")


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
    """A status from its value or its label in English or the interface language, as typed
    or pasted ("Completed", « Terminé »); empty is "not started"; anything else is refused
    with the statuses that exist. The value stored is the status's own (English) word."""
    status = MilestoneStatus.from_text(str(value).strip() or MilestoneStatus.NOT_STARTED.value)
    if status is None:
        names = ", ".join(s.label for s in MilestoneStatus)
        raise ValueError(
            QCoreApplication.translate(
                "list_fields", "“{value}” is not a milestone status ({names})."
            ).format(value=value, names=names)
        )
    if status == MilestoneStatus.COMPLETED and not item.completed_on.text:
        # Done today, most likely: filled in, and editable like any date.
        today = dt.date.today()
        done = WrittenDate.of(long_date(today))
        return dataclasses.replace(item, status=status, completed_on=done)
    return dataclasses.replace(item, status=status)


MILESTONE_FIELDS = [
    _text_field("number", QT_TRANSLATE_NOOP("ListTableModel", "No."), width=56),
    _text_field("description", QT_TRANSLATE_NOOP("ListTableModel", "Description"), stretch=True),
    # as written; the next column shows the day it means
    _date_field("due", QT_TRANSLATE_NOOP("ListTableModel", "Due"), due_states),
    Field(
        QT_TRANSLATE_NOOP("ListTableModel", "Reads as"),
        lambda m: m.due.date.isoformat() if m.due.date else ("?" if m.due.unreadable else ""),
        None,
        width=86,
        states=lambda m, _today: date_states(m.due),  # "?" said in words
    ),
    Field(
        QT_TRANSLATE_NOOP("ListTableModel", "Status"),
        lambda m: m.status.label,  # shown, edited and sorted in the interface language
        _status_set,
        width=96,
    ),
    _date_field("completed_on", QT_TRANSLATE_NOOP("ListTableModel", "Completed on")),
    # Follow-up: the first date when revised (the reasons on hover).
    Field(
        QT_TRANSLATE_NOOP("ListTableModel", "Revised"),
        lambda m: revision_note(m.original_due, m.revisions),
        None,
        width=170,
        tip=lambda m: plain_tooltip(revision_tooltip(m.revisions)) if m.revisions else "",
    ),
]
CONTACT_FIELDS = [
    _text_field("organization", QT_TRANSLATE_NOOP("ListTableModel", "Organization"), width=70),
    _text_field(
        "name", QT_TRANSLATE_NOOP("ListTableModel", "Name"), stretch=True
    ),  # names and positions share the room
    _text_field("title", QT_TRANSLATE_NOOP("ListTableModel", "Position"), stretch=True),
    _text_field("phone", QT_TRANSLATE_NOOP("ListTableModel", "Tel #"), width=95),
    _text_field("email", QT_TRANSLATE_NOOP("ListTableModel", "Email"), width=110),
]


def _set_heading(item: ExtraColumn, value: str) -> ExtraColumn:
    return dataclasses.replace(item, heading=" ".join(value.split()))


# An imported column that maps to no template field: its heading and this row's text.
EXTRA_FIELDS = [
    Field(
        QT_TRANSLATE_NOOP("ListTableModel", "Heading"), lambda e: e.heading, _set_heading, width=160
    ),
    _text_field("text", QT_TRANSLATE_NOOP("ListTableModel", "Text"), stretch=True),
]
