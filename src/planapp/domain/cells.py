"""The milestone and contact cells as the template prints them.

A recommendation's milestones and contacts are lists in the data, but the template shows each
as one cell of text. These functions give that text, one paragraph per milestone and one line per
person, so the table, the workbook and the printout agree.
"""

from __future__ import annotations

from collections.abc import Sequence

from planapp.domain.fields import FIELDS, FieldKind
from planapp.domain.plan import Contact, Milestone, Recommendation


def milestone_paragraph(m: Milestone, date_separator: str = " ") -> str:
    """``"1.1 The CBSA will … September 30, 2020"``: number, description, due date as written."""
    head = " ".join(part for part in (m.number.strip(), m.description.strip()) if part)
    if m.due.text:
        return f"{head}{date_separator}{m.due.text}" if head else m.due.text
    return head


def milestones_text(milestones: Sequence[Milestone], date_separator: str = " ") -> str:
    """Every milestone, one paragraph each, in order."""
    return "\n".join(milestone_paragraph(m, date_separator) for m in milestones)


def contact_line(c: Contact, with_organization: bool = False) -> str:
    """``"Scott Harris, Vice-President …, 613-948-4111"``: the person's parts that are filled."""
    parts = [c.name, c.title, c.phone, c.email]
    if with_organization:
        parts.insert(0, c.organization)
    return ", ".join(p.strip() for p in parts if p and p.strip())


def contacts_lines(contacts: Sequence[Contact]) -> list[str]:
    """The organization on its own line whenever it changes, then one line per person."""
    lines: list[str] = []
    current: str | None = None
    for c in contacts:
        if c.organization and c.organization != current:
            lines.append(c.organization)
            current = c.organization
        line = contact_line(c)
        if line:
            lines.append(line)
    return lines


def contacts_text(contacts: Sequence[Contact]) -> str:
    return "\n".join(contacts_lines(contacts))


def template_cells(rec: Recommendation) -> list[str]:
    """The eight cells of a recommendation in template column order, read through the one
    list of fields (``domain.fields``): a date as written, a list as its cell's text."""
    lists = {"milestones": milestones_text, "contacts": contacts_text}
    cells = []
    for f in sorted(FIELDS, key=lambda f: f.column):
        value = getattr(rec, f.name)
        if f.kind is FieldKind.DATE:
            value = value.text
        elif f.kind is FieldKind.LIST:
            value = lists[f.name](value)
        cells.append(value)
    return cells
