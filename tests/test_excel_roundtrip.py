"""A plan written to a workbook and read back is the same plan, whatever it holds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
from planapp.domain.richtext import normalize
from planapp.domain.sample import sample_plan
from planapp.excel.cleaning import clean_plan, clean_text
from planapp.excel.reader import read_workbook
from planapp.excel.writer import write_workbook
from tests.workbook_variants import large_plan


def _round_trip(plan: Plan, path: Path, **options: object) -> Plan:
    write_workbook(plan, path, **options)  # type: ignore[arg-type]
    result = read_workbook(path)
    assert len(result.plans) == 1
    return result.plans[0]


def test_sample_plan_comes_back_equal(tmp_path: Path) -> None:
    plan = sample_plan()
    back = _round_trip(plan, tmp_path / "sample.xlsx")
    assert back == plan
    assert back.recommendations[2].milestones[4].number == "3.4 b)"


@pytest.mark.parametrize("lang", ["en", "fr", "both"])
@pytest.mark.parametrize("paper", ["legal", "letter"])
def test_every_language_and_paper_round_trips(tmp_path: Path, lang: str, paper: str) -> None:
    plan = sample_plan()
    assert _round_trip(plan, tmp_path / "plan.xlsx", lang=lang, paper=paper) == plan


def test_fields_without_a_column_survive(tmp_path: Path) -> None:
    plan = sample_plan()
    plan.report_ref = "2020 Spring Reports of the Auditor General, Report 3"
    plan.title_fr = "ASFC PLAN D'ACTION DÉTAILLÉ"
    plan.status = PlanStatus.IN_PROGRESS
    m = plan.recommendations[0].milestones[0]
    m.status = MilestoneStatus.COMPLETED
    m.completed_on = WrittenDate.of("September 15, 2020")
    plan.recommendations[1].milestones[1].status = MilestoneStatus.DELAYED
    plan.recommendations[0].contacts[0].email = "scott.harris@cbsa-asfc.gc.ca"
    # A day chosen by hand that the written text alone would not give.
    plan.recommendations[2].completion = WrittenDate("Q4 2020-21", dt.date(2021, 3, 1))
    assert _round_trip(plan, tmp_path / "plan.xlsx") == plan


def test_edited_cells_win_and_statuses_follow_their_milestone(tmp_path: Path) -> None:
    plan = sample_plan()
    plan.recommendations[0].milestones[2].status = MilestoneStatus.COMPLETED
    path = tmp_path / "returned.xlsx"
    write_workbook(plan, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    cell = ws.cell(row=4, column=6)
    # The OAG inserts a milestone before 1.3 and edits the response.
    cell.value = str(cell.value).replace("1.3 ", "1.2b Agreed later. March 1, 2021\n1.3 ")
    ws.cell(row=4, column=3).value = "Agreed, as amended."
    wb.save(path)

    back = read_workbook(path).plans[0]
    rec = back.recommendations[0]
    assert rec.response == "Agreed, as amended."
    assert [m.number for m in rec.milestones] == ["1.1", "1.2", "1.2b", "1.3", "1.4"]
    assert [m.status for m in rec.milestones] == [
        MilestoneStatus.NOT_STARTED,
        MilestoneStatus.NOT_STARTED,
        MilestoneStatus.NOT_STARTED,
        MilestoneStatus.COMPLETED,
        MilestoneStatus.NOT_STARTED,
    ]
    assert back.recommendations[1:] == plan.recommendations[1:]


def test_large_plan_with_continuation_rows(tmp_path: Path) -> None:
    plan = large_plan(120)
    plan.recommendations[7].response = ("A long response. " * 600).strip()  # ~10,000 chars
    path = tmp_path / "large.xlsx"
    back = _round_trip(plan, path)
    assert back == plan
    ws = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    assert ws.max_row > 3 + 120  # some recommendations continue on further rows


# --- Any plan ----------------------------------------------------------------------------------

HOSTILE = [
    "=cmd|' /C calc'!A0",
    "+1",
    "-2",
    "@SUM(1)",
    "\tx",
    "#N/A",
    "=1+1",
    "1.1 looks like a milestone",
    "b) looks like a letter",
    "September 30, 2020",
    "by Q2 2020-21",
    "• bullet one\n• bullet two",
    "ctrl\x00chars\x07here\x1b\x7f\x9f",
    "word\x0bbreak\r\nwindows\rmac",
    "  leading spaces",
    "trailing spaces   ",
    "\n\nblank lines around\n\n",
    "inner\n\nblank line",
    "CBSA",
    "Scott Harris, Director, 613-555-0100, s.h@x.gc.ca",
    "613-555-0100",
    "é à ç ñ ß 日本語 العربية 🎉",
    "DETAILED ACTION PLAN",
    "Report Ref. No.",
    "",
]
LONG = ("Une très longue réponse, avec des accents. " * 700)[:30_000]

texts = st.one_of(
    st.text(max_size=30),
    st.sampled_from(HOSTILE),
    st.lists(st.sampled_from(HOSTILE), max_size=4).map("\n".join),
)
short = st.one_of(st.text(max_size=12), st.sampled_from(HOSTILE))
dates = st.one_of(
    st.builds(WrittenDate.of, short),
    st.builds(WrittenDate, short, st.none() | st.dates(dt.date(1950, 1, 1), dt.date(2100, 1, 1))),
)
milestones = st.builds(
    Milestone,
    number=st.one_of(st.sampled_from(["1.1", "1.2", "3.4 a)", "b)", ""]), short),
    description=texts,
    due=dates,
    status=st.sampled_from(MilestoneStatus),
    completed_on=dates,
)
contacts = st.builds(Contact, organization=short, name=short, title=short, phone=short, email=short)
# Headings a department's extra columns have, some of which would detect as a field
# ("Status", "Responsibility") in a workbook not written by planapp, and any other text.
extra_headings = st.one_of(
    st.sampled_from(
        ["Planned Action", "Status", "Comments", "Responsibility", "Commentaires", "Échéance"]
    ),
    st.text(min_size=1, max_size=12).filter(lambda h: clean_text(h).strip()),
)
extras = st.lists(st.builds(ExtraColumn, heading=extra_headings, text=texts), max_size=3)
recommendations = st.builds(
    Recommendation,
    ref=st.one_of(st.sampled_from(["Rec. 1", "Rec. 2", "", "Para. 46"]), short),
    recommendation=texts,
    response=st.one_of(texts, st.just(LONG)),
    outcome=texts,
    completion=dates,
    indicator=texts,
    milestones=st.lists(milestones, max_size=4),
    contacts=st.lists(contacts, max_size=3),
    extra=extras,
)
plans = st.builds(
    Plan,
    department=short,
    department_fr=short,
    acronym=short,
    title=short,
    title_fr=short,
    audit_title=texts,
    audit_title_fr=short,
    report_ref=short,
    status=st.sampled_from(PlanStatus),
    language=st.sampled_from(["en", "fr", "both"]),
    recommendations=st.lists(recommendations, max_size=4),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=plans, lang=st.sampled_from(["en", "fr", "both"]))
def test_any_plan_round_trips(tmp_path: Path, plan: Plan, lang: str) -> None:
    """Texts come back in their stored form (``richtext.normalize``: line breaks unified,
    control characters dropped); everything else comes back exactly."""
    back = _round_trip(plan, tmp_path / "any.xlsx", lang=lang)
    assert back == clean_plan(plan)


@settings(max_examples=300, deadline=None)
@given(
    text=st.one_of(
        st.text(),
        st.lists(
            st.sampled_from([*HOSTILE, " ", "\t", "\xa0", "•", "· x", "•x", "• ", "\n"]),
            max_size=6,
        ).map("".join),
    )
)
def test_clean_text_is_normalize_without_characters_xml_cannot_hold(text: str) -> None:
    expected = normalize("".join(ch for ch in text if ch not in "\ufffe\uffff"))
    assert clean_text(text) == expected
    assert clean_text(expected) == expected
