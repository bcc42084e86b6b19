"""One description of a recommendation's fields and of the template column each fills.

The table model, its editors and the undo texts learn the fields from :data:`FIELDS` (in
column order): what a field is called, which column shows it and its heading (from
:mod:`planapp.domain.template`), what kind of value it holds, and how an undo step names it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from planapp.domain.bilingual import TRANSLATABLE
from planapp.domain.plan import Recommendation
from planapp.domain.template import HEADINGS, Column, Heading
from planapp.domain.texts import QT_TRANSLATE_NOOP


class FieldKind(enum.Enum):
    LINE = "line"  # one line of plain text (the reference number)
    TEXT = "text"  # paragraphs, edited in the long-text editor
    DATE = "date"  # a date as written (WrittenDate)
    LIST = "list"  # milestones or contacts: edited in their own panel, not in the cell


@dataclass(frozen=True)
class Field:
    name: str  # the Recommendation attribute
    column: Column
    kind: FieldKind
    # How an undo step names it: "Edit Expected Outcome of Rec. 1" (a Text: formatted into
    # a message, it is shown in the user's language).
    label: str

    @property
    def heading(self) -> Heading:
        return HEADINGS[self.column]

    @property
    def edited_in_cell(self) -> bool:
        return self.kind is not FieldKind.LIST

    @property
    def translatable(self) -> bool:
        """True when the field holds a text in each language (domain.bilingual)."""
        return self.name in TRANSLATABLE[Recommendation]


FIELDS: tuple[Field, ...] = (
    Field("ref", Column.REF, FieldKind.LINE, QT_TRANSLATE_NOOP("Field", "Report Ref. No.")),
    Field(
        "recommendation",
        Column.RECOMMENDATION,
        FieldKind.TEXT,
        QT_TRANSLATE_NOOP("Field", "Recommendation"),
    ),
    Field("response", Column.RESPONSE, FieldKind.TEXT, QT_TRANSLATE_NOOP("Field", "Response")),
    Field(
        "outcome", Column.OUTCOME, FieldKind.TEXT, QT_TRANSLATE_NOOP("Field", "Expected Outcome")
    ),
    Field(
        "completion",
        Column.COMPLETION,
        FieldKind.DATE,
        QT_TRANSLATE_NOOP("Field", "Completion Date"),
    ),
    Field(
        "milestones", Column.MILESTONES, FieldKind.LIST, QT_TRANSLATE_NOOP("Field", "Milestones")
    ),
    Field("contacts", Column.CONTACTS, FieldKind.LIST, QT_TRANSLATE_NOOP("Field", "Contacts")),
    Field("indicator", Column.INDICATOR, FieldKind.TEXT, QT_TRANSLATE_NOOP("Field", "Indicator")),
)

BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
BY_COLUMN: dict[Column, Field] = {f.column: f for f in FIELDS}

# The attributes of a milestone and of a contact, in the order of their panels and the dump
# (a milestone's follow-up attributes are described with the follow-up).
MILESTONE_FIELDS: tuple[str, ...] = ("number", "description", "due", "status")
CONTACT_FIELDS: tuple[str, ...] = ("organization", "name", "title", "phone", "email")
EXTRA_FIELDS: tuple[str, ...] = ("heading", "text")
