"""Small domain rules the larger tests reach only some of the time: titles, statuses,
paragraph blocks, extra columns, contact lines."""

from __future__ import annotations

import datetime as dt

import pytest

from planapp.domain.cells import contact_line
from planapp.domain.dashboard import Bucket
from planapp.domain.extra_columns import extra_cells, extra_headings
from planapp.domain.plan import (
    Contact,
    ExtraColumn,
    Milestone,
    MilestoneStatus,
    Plan,
    PlanStatus,
    Recommendation,
    WrittenDate,
)
from planapp.domain.richtext import BULLET, Block, blocks, plain_preview
from planapp.domain.titles import english_title, french_title


def test_plan_titles_are_derived_from_the_department_when_not_written() -> None:
    assert Plan(department="Health Canada", acronym="HC").display_title == (
        "HEALTH CANADA (HC) DETAILED ACTION PLAN"
    )
    assert Plan(acronym="HC").display_title == "HC DETAILED ACTION PLAN"
    assert Plan(title="As filed").display_title == "As filed"
    assert Plan(audit_title="Audit", audit_title_fr="Audit FR").display_audit_title == (
        "Audit/ Audit FR"
    )
    assert Plan(audit_title_fr="Audit FR").short_name == "Audit FR"
    assert Plan().short_name == "DETAILED ACTION PLAN"


def test_a_title_in_the_other_language_stands_in_when_nothing_can_be_derived() -> None:
    assert english_title(Plan(title_fr="PLAN D'ACTION")) == "PLAN D'ACTION"
    assert french_title(Plan(title="ACTION PLAN")) == "ACTION PLAN"


def test_status_labels_and_old_words() -> None:
    assert PlanStatus.IN_PROGRESS.label == "In progress"
    assert MilestoneStatus("in progress") is MilestoneStatus.ON_TRACK
    assert MilestoneStatus(" On_Track ") is MilestoneStatus.ON_TRACK
    with pytest.raises(ValueError):
        MilestoneStatus("finished someday")
    assert Bucket.DUE_90.label == "Due in 31 to 90 days"


def test_a_cancelled_or_completed_milestone_is_never_overdue() -> None:
    past = WrittenDate.of("March 31, 2020")
    assert str(past) == "March 31, 2020"
    today = dt.date(2021, 1, 1)
    assert Milestone(due=past).is_overdue(today)
    assert not Milestone(due=past, status=MilestoneStatus.CANCELLED).is_overdue(today)
    assert not Milestone(due=past, status=MilestoneStatus.COMPLETED).is_overdue(today)
    assert not Milestone(due=WrittenDate.of("when funding allows")).is_overdue(today)


def test_contact_lines() -> None:
    c = Contact("CBSA", "Scott Harris", "Vice-President", "613-948-4111")
    assert contact_line(c) == "Scott Harris, Vice-President, 613-948-4111"
    assert contact_line(c, with_organization=True).startswith("CBSA, Scott Harris")
    assert Contact().is_empty() and not c.is_empty()


def test_blocks_keep_bullets_and_plain_paragraphs() -> None:
    text = f"Intro\n{BULLET}first\n{BULLET.strip()}\nlast"
    assert blocks(text) == [
        Block("Intro"),
        Block("first", bullet=True),
        Block("", bullet=True),
        Block("last"),
    ]
    assert blocks("") == []
    assert plain_preview("a\n\n b ", 80) == "a b"
    assert plain_preview("x" * 100, 10) == "x" * 9 + "…"


def test_extra_columns_line_up_under_their_headings() -> None:
    one = Recommendation(extra=[ExtraColumn("Comments", "c1"), ExtraColumn("Status", "s1")])
    two = Recommendation(extra=[ExtraColumn("Comments", "a"), ExtraColumn("Comments", "b")])
    headings = extra_headings([one, two])
    assert headings == ["Comments", "Status", "Comments"]
    assert extra_cells(one, headings) == ["c1", "s1", ""]
    assert extra_cells(two, headings) == ["a", "", "b"]
    assert extra_cells(two, ["Comments"]) == ["a"]  # no column for its second one


@pytest.mark.parametrize(
    "text",
    ["Smarch 5, 2021", "5 Smarch 2021", "Smarch 2021", "March 1850", "x" * 201, None],
)
def test_dates_that_cannot_be_read_without_guessing(text) -> None:
    from planapp.domain.dates import parse_date

    assert parse_date(text) is None


def test_a_completion_date_revised_to_the_same_text_is_no_revision() -> None:
    from planapp.domain.followup import progress_summary, revise_completion

    rec = Recommendation(completion=WrittenDate.of("March 2021"))
    assert revise_completion(rec, "March 2021", reason="no change") is rec
    assert progress_summary(Recommendation()).text == "No milestones"


def test_a_word_diff_of_text_only_added_or_only_removed() -> None:
    from planapp.domain.word_diff import Segment, word_diff

    assert word_diff("", "new words") == [Segment("added", "new words")]
    assert word_diff("old", "") == [Segment("deleted", "old")]
