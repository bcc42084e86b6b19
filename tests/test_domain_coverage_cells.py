"""Cells of real plans read into milestones, statuses and contacts."""

import datetime as dt

from planapp.domain.cell_parsing import (
    parse_actions,
    parse_contacts,
    parse_milestones,
    parse_status,
)
from planapp.domain.plan import MilestoneStatus


def test_actions_cell_gives_a_date_alone_to_the_item_above():
    got = parse_actions("• Draft the policy\nMarch 31, 2021\n• Train staff by June 2021")
    assert [(m.description, m.due.text, m.due.date) for m in got] == [
        ("Draft the policy", "March 31, 2021", dt.date(2021, 3, 31)),
        ("Train staff by June 2021", "", None),
    ]


def test_actions_cell_with_numbers_is_read_as_milestones():
    got = parse_actions("1.1 Draft\n1.2 Train")
    assert [(m.number, m.description) for m in got] == [("1.1", "Draft"), ("1.2", "Train")]
    assert parse_actions(None) == []


def test_lettered_milestones_only_go_forward():
    got = parse_milestones("3.4 a) First\nb) Second\na) Third")
    assert [(m.number, m.description) for m in got] == [
        ("3.4 a)", "First"),
        ("3.4 b)", "Second\na) Third"),
    ]


def test_status_words_in_both_languages():
    assert parse_status("Completed.") == MilestoneStatus.COMPLETED
    assert parse_status("  En   cours ") == MilestoneStatus.ON_TRACK
    assert parse_status("see comment") is None
    assert parse_status(None) is None


def test_several_offices_on_one_line_are_one_contact_each():
    for text in ("PPB; CFOB", "PPB / CFOB"):
        assert [c.organization for c in parse_contacts(text)] == ["PPB", "CFOB"]


def test_office_line_gives_its_organization_to_the_position_below():
    (contact,) = parse_contacts("Health Canada\nDirector General")
    assert (contact.organization, contact.name, contact.title) == (
        "Health Canada",
        "",
        "Director General",
    )


def test_phone_and_email_on_their_own_lines_join_the_person_above():
    (contact,) = parse_contacts("Jane Doe, Director\n613-555-1234\njane@example.ca")
    assert (contact.name, contact.title, contact.phone, contact.email) == (
        "Jane Doe",
        "Director",
        "613-555-1234",
        "jane@example.ca",
    )


def _people(text):
    return [(c.organization, c.name, c.title, c.phone, c.email) for c in parse_contacts(text)]


def test_a_phone_alone_is_kept_as_a_contact():
    assert _people("613-555-1234") == [("", "", "", "613-555-1234", "")]


def test_an_acronym_then_a_name_is_one_person_of_that_organization():
    assert _people("CBSA\nJane Doe") == [("CBSA", "Jane Doe", "", "", "")]


def test_a_role_names_a_person_or_an_office():
    assert _people("Lead: Jane Doe") == [("", "Jane Doe", "Lead", "", "")]
    assert _people("Support: Health Canada") == [("Health Canada", "", "Support", "", "")]


def test_an_email_line_joins_the_person_with_a_phone():
    assert _people("Jane Doe 613-555-1234\njane@example.ca") == [
        ("", "Jane Doe", "", "613-555-1234", "jane@example.ca")
    ]


def test_a_line_with_digits_is_not_an_office():
    assert _people("Health Canada, 2nd floor\nJane Doe") == [
        ("", "Health Canada", "2nd floor", "", ""),
        ("", "Jane Doe", "", "", ""),
    ]


def test_a_position_after_an_office_is_that_offices_position():
    assert _people("Health Canada\nDirector General, Policy Branch") == [
        ("Health Canada", "", "Director General, Policy Branch", "", "")
    ]


def test_an_address_line_is_not_taken_for_the_persons_organization():
    people = _people("Unit 5\nJane Doe, Director")
    assert ("", "Jane Doe", "Director", "", "") in people
    assert all(org == "" for org, *_ in people)
    assert any("Unit 5" in (name, title) for _, name, title, *_ in people)  # nothing dropped
