"""Milestone and contact cells read back into their parts, as the Excel import needs."""

from __future__ import annotations

import datetime as dt

import pytest

from planapp.domain.cell_parsing import parse_contacts, parse_milestones
from planapp.domain.cells import contacts_text, milestones_text
from planapp.domain.plan import Contact
from planapp.domain.sample import sample_plan

SEED_MILESTONES_REC1 = """\
1.1 The CBSA will continue to refine the removal strategy. September 30, 2020.
1.2 The CBSA will develop performance objectives. December 7, 2020
1.3 The CBSA will determine the necessary IT requirements.
January 30, 2021
1.4 This improved plan includes the development of customizable engagement strategy.
March 31, 2020"""

SEED_MILESTONES_REC3_TAIL = """\
3.4 a) CBSA and IRCC will continue to work together. December 31, 2020
b) IRCC, in consultation with CBSA and Department of Justice, will
a. develop a reporting and oversight mechanism. September 30, 2020
b. implement the reporting and oversight mechanism to ensure timely data entry. \
September 30, 2021"""

SEED_CONTACTS_REC1 = """\
CBSA
Scott Harris
Vice-President Intelligence and Enforcement Branch
613-948-4111
Minh Doan
Vice-President Information, Science and Technology Branch
613-948-9694
Kathy Thompson
Vice-President Strategic Policy Branch
613-941-4937"""


def test_sample_cells_as_planapp_writes_them_read_back_exactly() -> None:
    for rec in sample_plan().recommendations:
        assert parse_milestones(milestones_text(rec.milestones)) == rec.milestones
        assert parse_contacts(contacts_text(rec.contacts)) == rec.contacts


def test_seed_milestones_with_date_on_the_next_paragraph() -> None:
    ms = parse_milestones(SEED_MILESTONES_REC1)
    assert [m.number for m in ms] == ["1.1", "1.2", "1.3", "1.4"]
    assert [m.due.date for m in ms] == [
        dt.date(2020, 9, 30),
        dt.date(2020, 12, 7),
        dt.date(2021, 1, 30),
        dt.date(2020, 3, 31),
    ]
    assert ms[0].description == "The CBSA will continue to refine the removal strategy."
    assert ms[2].description == "The CBSA will determine the necessary IT requirements."


def test_lettered_parts_and_sub_items_keep_the_last_date_as_due() -> None:
    a, b = parse_milestones(SEED_MILESTONES_REC3_TAIL)
    assert (a.number, b.number) == ("3.4 a)", "3.4 b)")
    assert a.due.date == dt.date(2020, 12, 31)
    assert b.due.text == "September 30, 2021"
    assert b.description.splitlines() == [
        "IRCC, in consultation with CBSA and Department of Justice, will",
        "a. develop a reporting and oversight mechanism. September 30, 2020",
        "b. implement the reporting and oversight mechanism to ensure timely data entry.",
    ]


@pytest.mark.parametrize(
    ("cell", "numbers"),
    [
        ("3.4(a) first\n(b) second", ["3.4(a)", "3.4(b)"]),
        ("1.1: colon form\n1.2. dotted form", ["1.1", "1.2"]),
        ("• 2.1 bulleted number", ["2.1"]),
        ("1.2 first\n1.2b inserted later", ["1.2", "1.2b"]),
    ],
)
def test_number_forms(cell: str, numbers: list[str]) -> None:
    assert [m.number for m in parse_milestones(cell)] == numbers


def test_unnumbered_milestones_split_where_a_date_closes_a_paragraph() -> None:
    ms = parse_milestones(
        "Design the pilot - Q2 2020-21\nRun the pilot\nacross regions. March 2022"
    )
    assert [(m.number, m.description, m.due.text) for m in ms] == [
        ("", "Design the pilot", "Q2 2020-21"),
        ("", "Run the pilot\nacross regions.", "March 2022"),
    ]


def test_no_word_is_dropped_from_a_milestone_cell() -> None:
    cell = "Intro without number\n1.1 first\nsomething after\n\n1.2 second TBD"
    ms = parse_milestones(cell)
    words = " ".join(f"{m.number} {m.description} {m.due.text}" for m in ms).split()
    assert sorted(words) == sorted(cell.split())


def test_date_inside_a_sentence_stays_in_the_description() -> None:
    (m,) = parse_milestones("2.1 Expected to be implemented in Q1 2020-2021.")
    assert m.due.text == ""
    assert m.description.endswith("in Q1 2020-2021.")


def test_unreadable_trailing_date_is_kept_and_flagged() -> None:
    (m,) = parse_milestones("1.1 Do it. 05/06/2021")
    assert m.due.text == "05/06/2021"
    assert m.due.unreadable


def test_empty_cells_give_nothing() -> None:
    assert parse_milestones("") == []
    assert parse_milestones(None) == []
    assert parse_contacts("  \n ") == []


def test_seed_contacts_one_field_per_line() -> None:
    cs = parse_contacts(SEED_CONTACTS_REC1)
    assert [(c.organization, c.name, c.phone) for c in cs] == [
        ("CBSA", "Scott Harris", "613-948-4111"),
        ("CBSA", "Minh Doan", "613-948-9694"),
        ("CBSA", "Kathy Thompson", "613-941-4937"),
    ]
    assert cs[1].title == "Vice-President Information, Science and Technology Branch"


def test_contact_on_one_line_then_phone_and_email_lines() -> None:
    cs = parse_contacts(
        "IRCC\nDr. Nicole Giles, Associate Assistant Deputy Minister, Operations\n"
        "613-437-8211\nnicole.giles@cic.gc.ca"
    )
    assert cs == [
        Contact(
            "IRCC",
            "Dr. Nicole Giles",
            "Associate Assistant Deputy Minister, Operations",
            "613-437-8211",
            "nicole.giles@cic.gc.ca",
        )
    ]


def test_phone_forms_and_labels_are_kept_as_written() -> None:
    (c,) = parse_contacts("Jane Roe, Director, Tel: (613) 555-0100 ext. 12, jane.roe@x.gc.ca")
    assert (c.name, c.title, c.phone, c.email) == (
        "Jane Roe",
        "Director",
        "Tel: (613) 555-0100 ext. 12",
        "jane.roe@x.gc.ca",
    )


def test_text_that_cannot_be_split_is_kept_whole() -> None:
    flat = "CBSA Scott Harris Vice-President Intelligence and Enforcement Branch 613-948-4111"
    (c,) = parse_contacts(flat)
    assert c.name == "CBSA Scott Harris Vice-President Intelligence and Enforcement Branch"
    assert c.phone == "613-948-4111"
    (only,) = parse_contacts("The regional offices")
    assert only.name == "The regional offices"


def test_organization_alone() -> None:
    assert parse_contacts("Canada Border Services Agency") == [
        Contact(organization="Canada Border Services Agency")
    ]
