"""Dates as departments write them: what day each form means, and what is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planapp.domain.date_format import date_text_from_cell, excel_serial_to_date, format_date
from planapp.domain.dates import parse_date
from planapp.domain.sample import sample_plan
from planapp.domain.trailing_dates import find_trailing_date

D = dt.date


CALENDAR_DATES = [
    ("September 30, 2020", D(2020, 9, 30)),
    ("Sept. 30, 2020", D(2020, 9, 30)),
    ("Sep 30 2020", D(2020, 9, 30)),
    ("sept 30, 2020", D(2020, 9, 30)),
    ("SEPTEMBER 30, 2020", D(2020, 9, 30)),
    ("September 30th, 2020", D(2020, 9, 30)),
    ("30 September 2020", D(2020, 9, 30)),
    ("30th of September 2020", D(2020, 9, 30)),
    ("December 7, 2020", D(2020, 12, 7)),
    ("Jan. 1, 2021", D(2021, 1, 1)),
    ("Wednesday, September 30, 2020", D(2020, 9, 30)),
    # French
    ("30 septembre 2020", D(2020, 9, 30)),
    ("le 30 septembre 2020", D(2020, 9, 30)),
    ("1er avril 2021", D(2021, 4, 1)),
    ("1ᵉʳ avril 2021", D(2021, 4, 1)),
    ("1 avril 2021", D(2021, 4, 1)),
    ("31 décembre 2020", D(2020, 12, 31)),
    ("31 decembre 2020", D(2020, 12, 31)),
    ("15 août 2021", D(2021, 8, 15)),
    ("28 févr. 2021", D(2021, 2, 28)),
    ("7 juil. 2020", D(2020, 7, 7)),
    ("mercredi 30 septembre 2020", D(2020, 9, 30)),
]

NUMERIC_DATES = [
    ("2020-09-30", D(2020, 9, 30)),
    ("2020/09/30", D(2020, 9, 30)),
    ("2020-9-3", D(2020, 9, 3)),
    ("2020-09-30 00:00:00", D(2020, 9, 30)),
    ("30/09/2020", D(2020, 9, 30)),
    ("09/30/2020", D(2020, 9, 30)),
    ("30-09-2020", D(2020, 9, 30)),
    ("30.09.2020", D(2020, 9, 30)),
    ("05/05/2021", D(2021, 5, 5)),
    ("13/01/2021", D(2021, 1, 13)),
]

MONTHS_AND_SEASONS = [
    ("March 2021", D(2021, 3, 31)),
    ("mars 2021", D(2021, 3, 31)),
    ("Sept. 2021", D(2021, 9, 30)),
    ("April 2021", D(2021, 4, 30)),
    ("avril 2021", D(2021, 4, 30)),
    ("December 2020", D(2020, 12, 31)),
    ("février 2023", D(2023, 2, 28)),
    ("February 2024", D(2024, 2, 29)),
    ("February 2100", D(2100, 2, 28)),
    ("February 2000", D(2000, 2, 29)),
    ("Winter 2022", D(2022, 3, 31)),
    ("hiver 2022", D(2022, 3, 31)),
    ("Winter 2022-23", D(2023, 3, 31)),
    ("Spring 2021", D(2021, 6, 30)),
    ("printemps 2021", D(2021, 6, 30)),
    ("Summer 2021", D(2021, 9, 30)),
    ("été 2021", D(2021, 9, 30)),
    ("l'été 2021", D(2021, 9, 30)),
    ("Fall 2021", D(2021, 12, 31)),
    ("Autumn 2021", D(2021, 12, 31)),
    ("automne 2021", D(2021, 12, 31)),
]

FISCAL_QUARTERS = [
    ("Q1 2020-21", D(2020, 6, 30)),
    ("Q2 2020-21", D(2020, 9, 30)),
    ("Q3 2020-21", D(2020, 12, 31)),
    ("Q4 2020-21", D(2021, 3, 31)),
    ("Q1 2020-2021", D(2020, 6, 30)),
    ("Q4 of 2020-21", D(2021, 3, 31)),
    ("Q4 in the 2020-21 fiscal year", D(2021, 3, 31)),
    ("Q2 of the 2020-21 fiscal year", D(2020, 9, 30)),
    ("Q3 FY2020-21", D(2020, 12, 31)),
    ("Q3 of FY 2020-21", D(2020, 12, 31)),
    ("Q4 2020–21", D(2021, 3, 31)),
    ("2020-21 Q3", D(2020, 12, 31)),
    ("q2 2020/21", D(2020, 9, 30)),
    ("Q4 2099-00", D(2100, 3, 31)),
    ("second quarter of fiscal year 2020-21", D(2020, 9, 30)),
    ("fourth quarter of 2023-24", D(2024, 3, 31)),
    # French
    ("T2 2020-2021", D(2020, 9, 30)),
    ("T4 2020-2021", D(2021, 3, 31)),
    ("T2 de l'exercice 2020-2021", D(2020, 9, 30)),
    ("deuxième trimestre de 2020-2021", D(2020, 9, 30)),
    ("3e trimestre de l'exercice 2020-2021", D(2020, 12, 31)),
    ("premier trimestre 2021-2022", D(2021, 6, 30)),
]

FISCAL_YEARS = [
    ("FY 2024-25", D(2025, 3, 31)),
    ("FY2024-2025", D(2025, 3, 31)),
    ("FY 2023-24", D(2024, 3, 31)),
    ("FY 2024/25", D(2025, 3, 31)),
    ("fiscal year 2024-2025", D(2025, 3, 31)),
    ("end of fiscal year 2024-2025", D(2025, 3, 31)),
    ("by end of fiscal year 2024-2025", D(2025, 3, 31)),
    ("2024-25 fiscal year", D(2025, 3, 31)),
    ("the 2020-21 fiscal year", D(2021, 3, 31)),
    ("during the 2020-21 fiscal year", D(2021, 3, 31)),
    ("fiscal 2024-25", D(2025, 3, 31)),
    ("exercice 2024-2025", D(2025, 3, 31)),
    ("exercice financier 2024-2025", D(2025, 3, 31)),
    ("fin de l'exercice 2024-2025", D(2025, 3, 31)),
    ("d'ici la fin de l'exercice 2024-2025", D(2025, 3, 31)),
    ("FY 1999-00", D(2000, 3, 31)),
]

LEADING_AND_TRAILING_WORDS = [
    ("September 30, 2020.", D(2020, 9, 30)),
    ("  September   30 ,  2020 .", D(2020, 9, 30)),
    ("by September 30, 2020", D(2020, 9, 30)),
    ("By the end of March 2021.", D(2021, 3, 31)),
    ("before March 31, 2021", D(2021, 3, 31)),
    ("no later than March 31, 2021", D(2021, 3, 31)),
    ("by Q2 2020-21", D(2020, 9, 30)),
    ("by end of Q4 2020-21", D(2021, 3, 31)),
    ("end of March 2021", D(2021, 3, 31)),
    ("(Q4 2020-21)", D(2021, 3, 31)),
    ("d'ici le 30 septembre 2020", D(2020, 9, 30)),
    ("d’ici le 30 septembre 2020", D(2020, 9, 30)),
    ("au plus tard le 30 septembre 2020", D(2020, 9, 30)),
    ("avant le 31 mars 2021", D(2021, 3, 31)),
    ("fin mars 2021", D(2021, 3, 31)),
    ("d'ici la fin du deuxième trimestre de l'exercice 2020-2021", D(2020, 9, 30)),
    ("September\u00a030,\u00a02020", D(2020, 9, 30)),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CALENDAR_DATES
    + NUMERIC_DATES
    + MONTHS_AND_SEASONS
    + FISCAL_QUARTERS
    + FISCAL_YEARS
    + LEADING_AND_TRAILING_WORDS,
)
def test_parse_date_reads_the_day_the_department_meant(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # ambiguous: could be May 6 or June 5
        "05/06/2021",
        "06-05-2021",
        "05.06.2021",
        "01/12/2020",
        # calendar quarters and bare periods: no guess in a government plan
        "Q3 2021",
        "Q3 of 2021",
        "T2 2021",
        "2021",
        "2020-21",
        "2020-2021",
        "March",
        "mars",
        "September 30",
        "30 septembre",
        "Fall",
        "mid-2021",
        "early 2021",
        "beginning of March 2021",
        "Spring/Summer 2021",
        "Sept 2021?",
        # not dates
        "",
        "   ",
        "TBD",
        "To be determined",
        "ongoing",
        "Ongoing",
        "Completed",
        "N/A",
        "n/a",
        "Federal Budget 2019",
        "Rec. 1",
        "3.45",
        # invalid days, months, fiscal years and quarters
        "February 30, 2021",
        "February 29, 2023",
        "31 avril 2021",
        "31/04/2021",
        "13/13/2020",
        "00/00/2020",
        "2020-02-30",
        "2020-13-01",
        "FY 2024-26",
        "FY 2024-2026",
        "Q2 2020-22",
        "Q5 2020-21",
        "Q0 2020-21",
        "exercice 2024-2024",
        "fifth quarter of 2020-21",
        # two-digit years and out-of-range years (typos)
        "30/09/20",
        "Sept 30, 20",
        "3020-01-01",
        "September 30, 1899",
        "march 12021",
        # a weekday that contradicts the day
        "Tuesday, September 30, 2020",
        "Monday March 2021",
        # sentences are not fields
        "The CBSA will deliver this by September 30, 2020.",
    ],
)
def test_parse_date_refuses_to_guess(text: str) -> None:
    assert parse_date(text) is None


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31)), st.sampled_from(["en", "fr"]))
def test_formatted_dates_read_back_as_the_same_day(day: dt.date, lang: str) -> None:
    assert parse_date(format_date(day, lang)) == day


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31)))
def test_iso_dates_read_back_as_the_same_day(day: dt.date) -> None:
    assert parse_date(day.isoformat()) == day


@given(st.text())
def test_parse_date_never_raises(text: str) -> None:
    result = parse_date(text)
    assert result is None or isinstance(result, dt.date)


@given(
    st.text(alphabet=st.sampled_from(list("QTqFY0123456789 -/.,'éèsepjanvmrfiscalyo")), max_size=40)
)
def test_parse_date_never_raises_on_date_like_text(text: str) -> None:
    result = parse_date(text)
    assert result is None or isinstance(result, dt.date)


@pytest.mark.parametrize(
    ("day", "lang", "text"),
    [
        (D(2020, 9, 30), "en", "September 30, 2020"),
        (D(2020, 9, 30), "fr", "30 septembre 2020"),
        (D(2021, 4, 1), "en", "April 1, 2021"),
        (D(2021, 4, 1), "fr", "1er avril 2021"),
        (D(2021, 8, 15), "fr-CA", "15 août 2021"),
        (D(2020, 12, 7), "fr", "7 décembre 2020"),
        (dt.datetime(2020, 9, 30, 14, 5), "en", "September 30, 2020"),
    ],
)
def test_format_date_writes_as_plans_do(day: dt.date, lang: str, text: str) -> None:
    assert format_date(day, lang) == text


def test_format_date_rejects_unknown_language() -> None:
    with pytest.raises(ValueError, match="language"):
        format_date(D(2020, 9, 30), "de")


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (44104, D(2020, 9, 30)),
        (44104.0, D(2020, 9, 30)),
        (44104.99, D(2020, 9, 30)),  # a time of day is dropped
        (1, D(1900, 1, 1)),
        (59, D(1900, 2, 28)),
        (60, None),  # Excel's fictitious 1900-02-29
        (61, D(1900, 3, 1)),
        (45351, D(2024, 2, 29)),
        (2958465, D(9999, 12, 31)),
        (2958466, None),
        (0, None),
        (-5, None),
        (float("nan"), None),
        (float("inf"), None),
        (True, None),
        ("44104", None),
    ],
)
def test_excel_serial_to_date(serial: float, expected: dt.date | None) -> None:
    assert excel_serial_to_date(serial) == expected


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (dt.datetime(2020, 9, 30, 0, 0), "September 30, 2020"),
        (dt.datetime(2020, 9, 30, 17, 30), "September 30, 2020"),
        (D(2021, 3, 31), "March 31, 2021"),
        (44104, "September 30, 2020"),
        (44104.5, "September 30, 2020"),
        (2021, "2021"),  # a year typed as a number, not 1905-07-13
        (2021.0, "2021"),
        (3.45, "3.45"),
        (60, "60"),
        (1_000_000, "1000000"),
        ("Q2 2020-21", "Q2 2020-21"),
        ("September 30, 2020", "September 30, 2020"),
        (None, ""),
    ],
)
def test_date_text_from_cell(value: object, text: str) -> None:
    assert date_text_from_cell(value) == text


def test_date_cells_keep_text_that_reads_back() -> None:
    assert parse_date(date_text_from_cell(dt.datetime(2020, 12, 7))) == D(2020, 12, 7)
    assert parse_date(date_text_from_cell(44104)) == D(2020, 9, 30)


# Milestone paragraphs as the seed printout writes them (dates at the end or on their own line).
SEED_PARAGRAPHS = [
    (
        "1.1 The CBSA will continue to refine the removal strategy to improve oversight of the "
        "inventories to increase program efficiencies. This will include a robust national "
        "coordination approach to support timely removals and mitigate unnecessary delays. "
        "September 30, 2020.",
        (
            "1.1 The CBSA will continue to refine the removal strategy to improve oversight of the "
            "inventories to increase program efficiencies. This will include a robust national "
            "coordination approach to support timely removals and mitigate unnecessary delays.",
            "September 30, 2020",
        ),
    ),
    (
        "1.2 The CBSA will develop performance objectives focused on top removal priorities. This "
        "will include an enhanced performance measurement dashboard to monitor progress against "
        "expected outcomes. December 7, 2020",
        (
            "1.2 The CBSA will develop performance objectives focused on top removal priorities. "
            "This will include an enhanced performance measurement dashboard to monitor progress "
            "against expected outcomes.",
            "December 7, 2020",
        ),
    ),
    (
        "1.3 The CBSA will determine the necessary IT requirements in order to improve better "
        "removal inventories and case management to further support and improve program "
        "management and ensure cases with no impediments are quickly removed.",
        None,
    ),
    ("January 30, 2021", ("", "January 30, 2021")),
    ("March 31, 2020", ("", "March 31, 2020")),
    # The quarter is inside the sentence; the seed's due date is on the next line.
    (
        "2.1 The CBSA has completed the information help line pilot assessment and the "
        "deployment of a permanent help line is expected to be implemented in Q1 2020-2021.",
        None,
    ),
    (
        "3.2 The CBSA will develop a quality assurance process. This quality assurance "
        "initiative will include a data verification strategy both at an individual case and "
        "inventory as well as reviews to address systematic errors for correction. "
        "March 30, 2021",
        (
            "3.2 The CBSA will develop a quality assurance process. This quality assurance "
            "initiative will include a data verification strategy both at an individual case and "
            "inventory as well as reviews to address systematic errors for correction.",
            "March 30, 2021",
        ),
    ),
    (
        "a. develop a reporting and oversight mechanism to ensure litigation data entry by "
        "Department of Justice officials is completed in a timely manner. September 30, 2020 "
        "b. implement the reporting and oversight mechanism to ensure timely data entry. "
        "September 30, 2021",
        (
            "a. develop a reporting and oversight mechanism to ensure litigation data entry by "
            "Department of Justice officials is completed in a timely manner. September 30, 2020 "
            "b. implement the reporting and oversight mechanism to ensure timely data entry.",
            "September 30, 2021",
        ),
    ),
    # Responses: dates inside sentences and a budget name are not due dates.
    (
        "Building on this success, the Agency will complete a removals plan, focusing on high "
        "priority cases by Q2 2020-21. This will include additional data quality assurance "
        "controls.",
        None,
    ),
    ("These initiatives will be implemented by Q4 in the 2020-21 fiscal year.", None),
    (
        "The Agency will also work with its partners whether through system upgrades or "
        "additional training measures during the 2020-21 fiscal year.",
        None,
    ),
    (
        "In conjunction with increased funding provided for the program in Federal Budget 2019.",
        None,
    ),
    ("In 2019.", None),
]


@pytest.mark.parametrize(("text", "expected"), SEED_PARAGRAPHS)
def test_find_trailing_date_on_seed_paragraphs(text: str, expected: tuple[str, str] | None) -> None:
    assert find_trailing_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deliver the plan. Q1 2020-2021.", ("Deliver the plan.", "Q1 2020-2021")),
        (
            "Deliver the plan. In the 2020-21 fiscal year.",
            ("Deliver the plan.", "In the 2020-21 fiscal year"),
        ),
        ("Deliver the plan. By Sept. 30, 2020.", ("Deliver the plan.", "By Sept. 30, 2020")),
        ("Deliver the plan: FY 2024-25", ("Deliver the plan:", "FY 2024-25")),
        ("Deliver the plan – March 2021", ("Deliver the plan", "March 2021")),
        ("Deliver the plan (Q2 2020-21).", ("Deliver the plan", "Q2 2020-21")),
        ("Deliver the plan.\nSeptember 30, 2020", ("Deliver the plan.", "September 30, 2020")),
        ("Livrer le plan. 30 septembre 2020.", ("Livrer le plan.", "30 septembre 2020")),
        ("Livrer le plan. T2 2020-2021", ("Livrer le plan.", "T2 2020-2021")),
        (
            "Livrer le plan. D'ici la fin de l'exercice 2024-2025.",
            ("Livrer le plan.", "D'ici la fin de l'exercice 2024-2025"),
        ),
        ("Deliver the plan. 2020-09-30", ("Deliver the plan.", "2020-09-30")),
        # unreadable but clearly a date: split so that the application flags it
        ("Deliver the plan. 05/06/2021", ("Deliver the plan.", "05/06/2021")),
        ("Deliver the plan. February 30, 2021", ("Deliver the plan.", "February 30, 2021")),
        # not a date expression at the end
        ("Deliver the plan. Q3 2021.", None),
        ("Deliver the plan. Fall 2021.", None),
        ("Deliver the plan. 2021.", None),
        ("Deliver the plan by September 30, 2020.", None),
        ("Deliver the plan (see annex B).", None),
        ("", None),
        (".", None),
    ],
)
def test_find_trailing_date(text: str, expected: tuple[str, str] | None) -> None:
    assert find_trailing_date(text) == expected


def test_sample_milestones_split_back_into_description_and_due_date() -> None:
    """A milestone written as "description due-date" in one cell splits back into its parts."""
    for rec in sample_plan().recommendations:
        for milestone in rec.milestones:
            assert find_trailing_date(milestone.description) is None
            written = f"{milestone.number} {milestone.description} {milestone.due.text}."
            assert find_trailing_date(written) == (
                f"{milestone.number} {milestone.description}",
                milestone.due.text,
            )
            assert milestone.due.date is not None


@given(
    st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31)),
    st.sampled_from(["en", "fr"]),
    st.sampled_from(["", ".", " ."]),
)
def test_any_formatted_date_splits_off_a_paragraph(day: dt.date, lang: str, end: str) -> None:
    text = f"The CBSA will report progress. {format_date(day, lang)}{end}"
    before, date_text = find_trailing_date(text)  # type: ignore[misc]
    assert before == "The CBSA will report progress."
    assert parse_date(date_text) == day


@given(st.text())
def test_find_trailing_date_never_raises(text: str) -> None:
    found = find_trailing_date(text)
    assert found is None or (isinstance(found[0], str) and isinstance(found[1], str))
