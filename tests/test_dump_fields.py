"""The dump follows the one description of a recommendation's fields: no field is left out."""

from __future__ import annotations

import dataclasses

from planapp.domain.fields import FIELDS, FieldKind
from planapp.domain.plan import Contact, ExtraColumn, Milestone, Plan, Recommendation, WrittenDate
from planapp.dump import plan_json

# What the dump deliberately leaves out: ids are the document's, translations are shown in
# each text's {"en", "fr"}; a milestone's completion day and update requests are follow-up
# state the dump does not show.
NOT_DUMPED = {
    Recommendation: {"id", "translations"},
    Milestone: {"id", "translations", "completed_on", "awaiting"},
    Contact: {"id", "translations"},
    ExtraColumn: {"id", "translations"},
}


def _dumped() -> dict:
    rec = Recommendation(
        **{f.name: f"{f.name} text" for f in FIELDS if f.kind in (FieldKind.LINE, FieldKind.TEXT)},
        completion=WrittenDate.of("March 31, 2027"),
        milestones=[Milestone("1.1", "Draft.")],
        contacts=[Contact("HC", "Ann Lee", "DG", "613-555-0100", "ann@example.ca")],
        extra=[ExtraColumn("Status", "Open")],
    )
    (dumped,) = plan_json(Plan(recommendations=[rec]))["recommendations"]
    return dumped


def test_every_attribute_of_a_recommendation_and_its_lists_is_dumped() -> None:
    dumped = _dumped()
    entries = {
        Recommendation: dumped,
        Milestone: dumped["milestones"][0],
        Contact: dumped["contacts"][0],
        ExtraColumn: dumped["extra"][0],
    }
    for entity, entry in entries.items():
        names = {f.name for f in dataclasses.fields(entity)} - NOT_DUMPED[entity]
        missing = names - set(entry)
        assert not missing, f"{entity.__name__} attributes missing from the dump: {missing}"


def test_each_field_of_the_template_holds_its_value_in_column_order() -> None:
    dumped = _dumped()
    cells = [f.name for f in FIELDS if f.kind is not FieldKind.LIST]
    lists = [f.name for f in FIELDS if f.kind is FieldKind.LIST]
    assert list(dumped)[: len(cells) + len(lists) + 1] == [*cells, *lists, "extra"]
    for f in FIELDS:
        if f.kind is FieldKind.LINE:
            assert dumped[f.name] == f"{f.name} text"
        elif f.kind is FieldKind.TEXT:
            assert dumped[f.name] == {"en": f"{f.name} text", "fr": ""}
    assert dumped["completion"] == {"text": "March 31, 2027", "date": "2027-03-31"}
    assert dumped["contacts"][0]["email"] == "ann@example.ca"
    assert dumped["milestones"][0]["status"] == "not started"
