"""Edge cases of dates, text cleanup, word diffs, sorting and cells that a user can meet."""

import datetime as dt

from planapp.domain.cells import milestone_paragraph
from planapp.domain.dates import parse_date
from planapp.domain.plan import Contact, Milestone, Plan, Recommendation, WrittenDate
from planapp.domain.plan_view import sorted_rows
from planapp.domain.richtext import normalize
from planapp.domain.template import Column
from planapp.domain.trailing_dates import find_trailing_date
from planapp.domain.word_diff import word_diff


def test_numeric_date_with_day_after_month_reads_month_first():
    assert parse_date("3/25/2021") == dt.date(2021, 3, 25)


def test_unknown_month_word_is_not_a_date():
    assert parse_date("Foo 12, 2020") is None
    assert parse_date("12 Foo 2020") is None


def test_odd_inputs_are_not_dates():
    assert parse_date(5) is None  # type: ignore[arg-type]
    assert parse_date("March 31, 2020 " + "x" * 200) is None


def test_normalize_drops_blank_lines_at_both_ends_only():
    assert normalize("\n\n first\n\nsecond  \n \n\n") == " first\n\nsecond"


def test_word_diff_joins_adjacent_changes():
    segments = word_diff("one two three", "one 2 3")
    assert [(s.kind, s.text) for s in segments] == [
        ("same", "one "),
        ("deleted", "two three"),
        ("added", "2 3"),
    ]
    assert word_diff("", "") == []
    assert [(s.kind, s.text) for s in word_diff("a b c", "x y z")] == [
        ("deleted", "a b c"),
        ("added", "x y z"),
    ]


def test_milestone_paragraph_with_only_a_date():
    assert milestone_paragraph(Milestone(due=WrittenDate("March 31, 2021"))) == "March 31, 2021"
    assert milestone_paragraph(Milestone(number="1.1", description="Do it")) == "1.1 Do it"


def test_milestone_count_sums_all_recommendations():
    plan = Plan(
        recommendations=[
            Recommendation(milestones=[Milestone(), Milestone()]),
            Recommendation(milestones=[Milestone()]),
        ]
    )
    assert plan.milestone_count() == 3


def test_sort_by_contacts_and_text_keeps_empty_last():
    recs = [
        Recommendation(response="b", contacts=[Contact(organization="Zeta")]),
        Recommendation(response=""),
        Recommendation(response="A", contacts=[Contact(name="alpha")]),
        Recommendation(response="b", contacts=[Contact(organization="Beta")]),
    ]
    assert sorted_rows(recs, Column.CONTACTS) == [2, 3, 0, 1]
    assert sorted_rows(recs, Column.RESPONSE) == [2, 0, 3, 1]
    assert sorted_rows(recs, Column.RESPONSE, descending=True) == [0, 3, 2, 1]


def test_month_of_a_year_out_of_range_has_no_day():
    assert parse_date("June 2020") == dt.date(2020, 6, 30)
    assert parse_date("June 1800") is None


def test_bracketed_or_overlong_tail_is_not_a_due_date():
    assert find_trailing_date("Deliver. [June 2020]") is None
    assert find_trailing_date("Deliver. " + "x" * 90) is None
    assert find_trailing_date("Deliver.\n(June 2020)") == ("Deliver.", "June 2020")
