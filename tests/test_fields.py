"""The one list of fields agrees with the template and with what a recommendation holds."""

from __future__ import annotations

import dataclasses

from planapp.domain.fields import BY_COLUMN, BY_NAME, FIELDS, FieldKind
from planapp.domain.plan import Recommendation
from planapp.domain.template import HEADINGS, Column


def test_every_column_has_one_field_in_column_order() -> None:
    assert [f.column for f in FIELDS] == list(Column)
    assert all(BY_COLUMN[f.column] is f and BY_NAME[f.name] is f for f in FIELDS)


def test_every_field_is_a_recommendation_attribute() -> None:
    names = {f.name for f in dataclasses.fields(Recommendation)}
    assert {f.name for f in FIELDS} <= names


def test_headings_come_from_the_template() -> None:
    assert BY_NAME["outcome"].heading == HEADINGS[Column.OUTCOME]
    assert BY_NAME["ref"].heading.en == "Report Ref. No."


def test_lists_are_edited_in_their_panels_not_in_cells() -> None:
    in_cells = [f.name for f in FIELDS if f.edited_in_cell]
    assert in_cells == ["ref", "recommendation", "response", "outcome", "completion", "indicator"]
    assert {f.name for f in FIELDS if f.kind is FieldKind.LIST} == {"milestones", "contacts"}
