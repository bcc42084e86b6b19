"""Plans laid out as departments' own offices write them, each read field by field.

Every test builds its workbook in code with its own small plan text: the management action
plan family in English and French, extra columns, responsibility and status columns, one
milestone per row (merged or blank recommendation, numbered or not, dates at the end of the
text or in a date column), bilingual headings, French date cells and contacts as written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

from planapp.domain.plan import Contact, ExtraColumn, Milestone, MilestoneStatus, WrittenDate
from planapp.domain.template import headings
from planapp.excel.mapping import inspect_workbook, mapping_key, read_workbook
from planapp.excel.reader import MappingRequired


def _workbook(
    path: Path,
    rows: Sequence[Sequence[object]],
    merges: Sequence[str] = (),
    sheet: str = "Plan",
) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    for cells in merges:
        ws.merge_cells(cells)
    wb.save(path)
    return path


def _m(description: str, due: str = "", number: str = "", status: str = "") -> Milestone:
    m = Milestone(number=number, description=description, due=WrittenDate.of(due))
    if status:
        m.status = MilestoneStatus(status)
    return m


# --- 1. Management action plan, English --------------------------------------------------------


def test_management_action_plan_in_english(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "map.xlsx",
        [
            ["Internal Audit of Grants and Contributions"],
            ["Management Response and Action Plan"],
            [],
            [
                "No.",
                "Recommendation",
                "Management Response",
                "Management Action Plan",
                "Responsibility",
                "Target Completion Date",
            ],
            [
                "1",
                "The ADM, Programs should strengthen monitoring of recipients.",
                "Agreed. Monitoring will be risk-based.",
                "Update the monitoring framework.\nTrain program officers on the framework.",
                "ADM, Programs Branch",
                "March 31, 2019",
            ],
            [
                "2",
                "The CFO should close files on time.",
                "Agreed.",
                "Issue a closing checklist.",
                "Chief Financial Officer",
                "September 30, 2018",
            ],
        ],
    )
    result = read_workbook(path)
    (plan,) = result.plans
    assert result.warnings == []
    assert plan.language == "en"
    assert plan.title == "Management Response and Action Plan"
    assert plan.audit_title == "Internal Audit of Grants and Contributions"
    first, second = plan.recommendations
    assert first.ref == "1"
    assert first.recommendation == "The ADM, Programs should strengthen monitoring of recipients."
    assert first.response == "Agreed. Monitoring will be risk-based."
    assert first.milestones == [
        _m("Update the monitoring framework."),
        _m("Train program officers on the framework."),
    ]
    assert first.contacts == [Contact(title="ADM, Programs Branch")]
    assert first.completion == WrittenDate("March 31, 2019", dt.date(2019, 3, 31))
    assert first.extra == []
    assert second.milestones == [_m("Issue a closing checklist.")]
    assert second.contacts == [Contact(title="Chief Financial Officer")]
    assert second.completion.date == dt.date(2018, 9, 30)
    (layout,) = result.layouts
    assert [(c.heading, c.field) for c in layout.columns] == [
        ("No.", "ref"),
        ("Recommendation", "recommendation"),
        ("Management Response", "response"),
        ("Management Action Plan", "actions"),
        ("Responsibility", "contacts"),
        ("Target Completion Date", "due"),
    ]
    assert layout.recognized and all(c.detected for c in layout.columns)


# --- 2. Management action plan, French, with a date cell ---------------------------------------


def test_management_action_plan_in_french_with_a_date_cell(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "pa.xlsx",
        [
            ["Plan d'action de la direction"],
            ["Audit de la gestion des biens immobiliers"],
            [
                "N°",
                "Recommandation",
                "Réponse de la direction",
                "Mesures prévues",
                "Responsabilité",
                "Date cible",
            ],
            [
                "1",
                "Le SMA devrait mettre à jour l'inventaire.",
                "Acceptée.",
                "Réviser l'inventaire des immeubles.\nPublier un rapport annuel.",
                "SANTÉ PUBLIQUE, Direction générale des services",
                dt.datetime(2018, 3, 31),
            ],
        ],
    )
    result = read_workbook(path)
    (plan,) = result.plans
    assert plan.language == "fr"
    assert plan.title_fr == "Plan d'action de la direction" and plan.title == ""
    assert plan.audit_title_fr == "Audit de la gestion des biens immobiliers"
    (rec,) = plan.recommendations
    assert rec.recommendation == "Le SMA devrait mettre à jour l'inventaire."
    assert rec.response == "Acceptée."
    assert rec.completion == WrittenDate("31 mars 2018", dt.date(2018, 3, 31))
    assert rec.milestones == [
        _m("Réviser l'inventaire des immeubles."),
        _m("Publier un rapport annuel."),
    ]
    # Names keep the case they were written in.
    assert rec.contacts == [Contact(name="SANTÉ PUBLIQUE", title="Direction générale des services")]
    assert result.layouts[0].language == "fr"


# --- 3. A Planned Action column beside the template's milestones: an extra column -------------


def test_planned_action_beside_the_template_is_kept_as_an_extra_column(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "dap.xlsx",
        [
            [*headings("en"), "Planned Action"],
            [
                "Rec. 1",
                "Improve data quality.",
                "Agreed.",
                "Reliable data.",
                "March 31, 2022",
                "1.1 Clean the records. June 30, 2021",
                "Jane Roe, Director, 613-555-0100",
                None,
                "The branch will clean its records and then",
            ],
            [None, None, None, None, None, None, None, None, "report on them quarterly."],
        ],
    )
    result = read_workbook(path)
    (rec,) = result.plans[0].recommendations
    assert rec.extra == [
        ExtraColumn(
            "Planned Action", "The branch will clean its records and then report on them quarterly."
        )
    ]
    assert rec.milestones == [_m("Clean the records.", "June 30, 2021", "1.1")]
    assert result.layouts[0].columns[-1].field == "extra"
    assert not any("Planned Action" in w for w in result.warnings)


def test_every_unknown_column_is_kept_in_sheet_order(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "extra.xlsx",
        [
            ["Comments", *headings("en"), "Risk rating", "Budget"],
            ["Checked by audit", "R1", "Do it.", "Agreed.", "", "2022-03-31", "", "", "", "High"],
        ],
    )
    (rec,) = read_workbook(path).plans[0].recommendations
    assert rec.extra == [
        ExtraColumn("Comments", "Checked by audit"),
        ExtraColumn("Risk rating", "High"),
        ExtraColumn("Budget", ""),
    ]
    assert rec.ref == "R1" and rec.completion.date == dt.date(2022, 3, 31)


# --- 4. Responsibility and Lead columns become contacts ----------------------------------------


def test_responsibility_column_gives_the_contacts(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "resp.xlsx",
        [
            [
                "Recommendation",
                "Management Response",
                "Action Plan",
                "Responsible Official",
                "Timeline",
            ],
            [
                "Clarify roles for IT security.",
                "Agreed. Roles will be documented.",
                "Publish a RACI chart.",
                "Chief Information Officer\nDirector General, Cyber Security",
                "Q3 2019-20",
            ],
        ],
    )
    (rec,) = read_workbook(path).plans[0].recommendations
    assert rec.contacts == [
        Contact(title="Chief Information Officer"),
        Contact(title="Director General, Cyber Security"),
    ]
    assert rec.completion == WrittenDate("Q3 2019-20", dt.date(2019, 12, 31))
    assert rec.milestones == [_m("Publish a RACI chart.")]
    assert rec.ref == ""


# --- 5. One milestone per row, the recommendation merged down, a date column ------------------


def test_one_milestone_per_row_with_the_recommendation_merged_down(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "rows.xlsx",
        [
            ["Recommendation", "Management Response", "Deliverables", "Lead", "Target Date"],
            [
                "Modernize the case system.",
                "Agreed.",
                "Business requirements approved",
                "CIO",
                "June 30, 2020",
            ],
            [None, None, "Vendor selected", None, "December 31, 2020"],
            [None, None, "System in production", None, "Q4 2021-22"],
            ["Report on results.", "Agreed.", "Annual report tabled", "DG, Policy", "FY 2022-23"],
        ],
        merges=["A2:A4", "B2:B4", "D2:D4"],
    )
    first, second = read_workbook(path).plans[0].recommendations
    assert first.recommendation == "Modernize the case system."
    assert first.milestones == [
        _m("Business requirements approved", "June 30, 2020"),
        _m("Vendor selected", "December 31, 2020"),
        _m("System in production", "Q4 2021-22"),
    ]
    assert first.completion == WrittenDate()  # dates vary by milestone: no single one
    assert first.contacts == [Contact(organization="CIO")]
    assert second.milestones == [_m("Annual report tabled")]
    assert second.completion == WrittenDate("FY 2022-23", dt.date(2023, 3, 31))
    assert second.contacts == [Contact(title="DG, Policy")]


# --- 6. Unnumbered milestones, one per row, the date at the end of each ----------------------


def test_unnumbered_milestones_with_the_date_at_the_end_of_each_row(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "unnumbered.xlsx",
        [
            headings("en"),
            [
                "Para. 12",
                "Track wait times.",
                "Agreed.",
                "Published wait times.",
                "March 31, 2021",
                "Define the wait-time measure. June 30, 2020",
                "Service Canada",
                None,
            ],
            [None, None, None, None, None, "Collect a first year of data. March 31, 2021"],
            [None, None, None, None, None, "Publish results online. March 31, 2021"],
        ],
    )
    (rec,) = read_workbook(path).plans[0].recommendations
    assert rec.milestones == [
        _m("Define the wait-time measure.", "June 30, 2020"),
        _m("Collect a first year of data.", "March 31, 2021"),
        _m("Publish results online.", "March 31, 2021"),
    ]
    assert rec.completion.date == dt.date(2021, 3, 31)
    assert rec.contacts == [Contact(organization="Service Canada")]


# --- 7. A date column per milestone, recommendation left blank, date cells --------------------


def test_date_cells_per_milestone_with_the_recommendation_left_blank(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "dates.xlsx",
        [
            ["Ref", "Recommendation", "Response", "Planned Actions", "Due Date", "OPI"],
            ["R-1", "Reduce backlog.", "Agreed.", "Hire staff", dt.datetime(2020, 4, 30), "HRB"],
            [None, None, None, "Triage old files", dt.datetime(2020, 9, 30), None],
            ["R-2", "Measure it.", "Agreed.", "Set a target", dt.datetime(2021, 1, 15), "PPB"],
        ],
    )
    first, second = read_workbook(path).plans[0].recommendations
    assert first.milestones == [
        _m("Hire staff", "April 30, 2020"),
        _m("Triage old files", "September 30, 2020"),
    ]
    assert first.milestones[1].due.date == dt.date(2020, 9, 30)
    assert first.completion == WrittenDate()
    assert second.completion == WrittenDate("January 15, 2021", dt.date(2021, 1, 15))
    assert second.milestones == [_m("Set a target")]
    assert [c.organization for c in first.contacts + second.contacts] == ["HRB", "PPB"]


# --- 8. Too few known headings: mapping required, and the mapping then reads it ---------------


def _few(tmp_path: Path) -> Path:
    return _workbook(
        tmp_path / "few.xlsx",
        [
            ["Observation", "Recommendation", "What we will do", "Who", "Finish by"],
            ["Obs. 1", "Keep records.", "Adopt a records plan", "Records Office", "2021-06-30"],
            ["Obs. 2", "Train staff.", "Give a course", "Learning Unit", "2021-12-31"],
        ],
        sheet="Audit",
    )


def test_too_few_headings_are_offered_for_mapping_not_refused(tmp_path: Path) -> None:
    path = _few(tmp_path)
    (layout,) = inspect_workbook(path)
    assert (layout.sheet, layout.header_row, layout.recognized) == ("Audit", 1, False)
    assert [c.field for c in layout.columns] == [
        "extra",
        "recommendation",
        "extra",
        "contacts",
        "extra",
    ]
    with pytest.raises(MappingRequired) as refused:
        read_workbook(path)
    message = str(refused.value)
    assert "“Recommendation” (recommendation)" in message and "“Who” (contacts)" in message
    assert '--map "Observation=' in message

    result = read_workbook(path, mapping={"Audit": {0: "ref", 2: "actions", 4: "due"}})
    first, second = result.plans[0].recommendations
    assert (first.ref, first.recommendation) == ("Obs. 1", "Keep records.")
    assert first.milestones == [_m("Adopt a records plan")]
    assert first.completion.date == dt.date(2021, 6, 30)
    assert second.contacts == [Contact(organization="Learning Unit")]
    (used,) = result.layouts
    assert used.recognized
    assert [(c.field, c.detected) for c in used.columns] == [
        ("ref", False),
        ("recommendation", True),
        ("actions", False),
        ("contacts", True),
        ("due", False),
    ]


def test_ignore_is_the_only_way_to_leave_a_column_out(tmp_path: Path) -> None:
    path = _few(tmp_path)
    result = read_workbook(path, mapping={"Audit": {0: "ref", 2: "actions", 4: "ignore"}})
    rec = result.plans[0].recommendations[0]
    assert rec.completion == WrittenDate() and rec.extra == []
    assert any("“Finish by” was left out" in w for w in result.warnings)
    result = read_workbook(path, mapping={"Audit": {0: "ref", 2: "actions"}})
    assert result.plans[0].recommendations[0].extra == [ExtraColumn("Finish by", "2021-06-30")]


def test_mapping_key_is_stable_for_the_same_headings() -> None:
    key = mapping_key(["Observation", "Recommendation", "Who"])
    assert key == mapping_key([" observation ", "RECOMMENDATION", "Who"])
    assert key != mapping_key(["Observation", "Who", "Recommendation"])
    assert key.isalnum()


# --- 9. French template plan with a date cell --------------------------------------------------


def test_french_template_plan_with_a_date_cell(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "fr.xlsx",
        [
            ["SECRÉTARIAT DU CONSEIL DU TRÉSOR (SCT) PLAN D'ACTION DÉTAILLÉ"],
            ["Rapport 3 — Gestion des TI"],
            headings("fr"),
            [
                "Rec. 3.1",
                "Le SCT devrait publier des lignes directrices.",
                "Recommandation acceptée.",
                "Des lignes directrices claires.",
                dt.datetime(2019, 6, 1),
                "3.1.1 Consulter les ministères. 1er avril 2019",
                "SCT\nMarie Tremblay, Directrice principale, 613-555-0199",
                None,
            ],
        ],
    )
    (plan,) = read_workbook(path).plans
    assert plan.language == "fr"
    assert (plan.department_fr, plan.acronym) == ("SECRÉTARIAT DU CONSEIL DU TRÉSOR", "SCT")
    assert plan.title_fr.startswith("SECRÉTARIAT") and plan.title == ""
    (rec,) = plan.recommendations
    assert rec.completion == WrittenDate("1er juin 2019", dt.date(2019, 6, 1))
    assert rec.milestones == [_m("Consulter les ministères.", "1er avril 2019", "3.1.1")]
    assert rec.contacts == [
        Contact("SCT", "Marie Tremblay", "Directrice principale", "613-555-0199")
    ]


# --- 10. Bilingual headings --------------------------------------------------------------------


def test_bilingual_headings_make_a_bilingual_plan(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "both.xlsx",
        [
            headings("both"),
            ["1", "Do A. / Faire A.", "Agreed. / Acceptée.", "", "2020-03-31", "", "", ""],
        ],
    )
    result = read_workbook(path)
    assert result.plans[0].language == "both"
    assert result.layouts[0].language == "both"
    assert result.plans[0].recommendations[0].recommendation == "Do A. / Faire A."


# --- 11. Contacts as written -------------------------------------------------------------------


def test_contacts_as_written(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "contacts.xlsx",
        [
            ["Recommendation", "Management Response", "Deliverables", "Accountable", "Deadline"],
            [
                "Share data.",
                "Agreed.",
                "Data-sharing agreement",
                "Lead: PPB\nCFOB; HRB / CIOB\nassistant.deputy@example.gc.ca\n"
                "Associate Deputy Minister, Operations",
                "2020-12-31",
            ],
        ],
    )
    (rec,) = read_workbook(path).plans[0].recommendations
    assert rec.contacts == [
        Contact(organization="PPB", title="Lead"),
        Contact(organization="CFOB"),
        Contact(organization="HRB"),
        Contact(organization="CIOB"),
        Contact(email="assistant.deputy@example.gc.ca"),
        Contact(title="Associate Deputy Minister, Operations"),
    ]


# --- 12. A status column -----------------------------------------------------------------------


def test_status_column_sets_milestone_statuses(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "status.xlsx",
        [
            [
                "#",
                "Recommendation",
                "Management Response",
                "Planned Actions",
                "Target Date",
                "Status",
            ],
            ["1", "Fix it.", "Agreed.", "Draft a fix", "2020-01-31", "Completed"],
            [None, None, None, "Test the fix", "2020-06-30", "In progress"],
            ["2", "Watch it.", "Agreed.", "Monitor monthly", "2021-03-31", "Not started"],
        ],
    )
    result = read_workbook(path)
    first, second = result.plans[0].recommendations
    assert first.milestones == [
        _m("Draft a fix", "2020-01-31", status="completed"),
        _m("Test the fix", "2020-06-30", status="in progress"),
    ]
    assert second.milestones == [_m("Monitor monthly", status="not started")]
    assert second.completion.date == dt.date(2021, 3, 31)
    assert all(r.extra == [] for r in (first, second))
    assert result.layouts[0].columns[-1].field == "status"


def test_status_column_that_says_more_is_kept_as_text(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "status-text.xlsx",
        [
            ["#", "Recommendation", "Management Response", "Planned Actions", "Status", "Notes"],
            ["1", "Fix it.", "Agreed.", "Draft a fix", "Completed in May 2020", "Signed off"],
            ["2", "Watch it.", "Agreed.", "Monitor monthly", "Ongoing", ""],
        ],
    )
    first, second = read_workbook(path).plans[0].recommendations
    assert first.extra == [
        ExtraColumn("Status", "Completed in May 2020"),
        ExtraColumn("Notes", "Signed off"),
    ]
    assert second.extra == [ExtraColumn("Status", "Ongoing"), ExtraColumn("Notes", "")]
    assert first.milestones[0].status == MilestoneStatus.NOT_STARTED


# --- Paginated management action plan: continuation rows still join -------------------------


def test_paginated_action_plan_joins_text_continued_on_the_next_row(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "pages.xlsx",
        [
            ["No.", "Recommendation", "Management Response", "Action Plan", "Responsibility",
             "Target Date"],
            ["1", "The department should review", "Agreed. The review will", "Scope the review",
             "DG, Audit", "2020-03-31"],
            [None, "its grants.", "start in April.", "and its", None, None],
            [None, None, None, "timelines.", None, None],
        ],
    )  # fmt: skip
    (rec,) = read_workbook(path).plans[0].recommendations
    assert rec.recommendation == "The department should review its grants."
    assert rec.response == "Agreed. The review will start in April."
    assert rec.milestones == [_m("Scope the review and its timelines.")]
    assert rec.completion.date == dt.date(2020, 3, 31)


# --- A column with text but no heading is kept too ---------------------------------------------


def test_a_column_without_a_heading_is_kept_as_an_extra_column(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "unheaded.xlsx",
        [
            ["No.", "Recommendation", "Management Response", None, "Action Plan", "Lead"],
            ["1", "Do A.", "Agreed.", "Approved by the DG", "Draft A", "CFO"],
            ["2", "Do B.", "Agreed.", None, "Draft B", "CFO", None, "see annex"],
        ],
    )
    result = read_workbook(path)
    first, second = result.plans[0].recommendations
    assert first.extra == [
        ExtraColumn("(column D)", "Approved by the DG"),
        ExtraColumn("(column H)", ""),
    ]
    assert second.extra == [ExtraColumn("(column D)", ""), ExtraColumn("(column H)", "see annex")]
    assert [c.heading for c in result.layouts[0].columns][3] == "(column D)"
    mapped = read_workbook(path, mapping={"Plan": {3: "outcome"}})
    assert mapped.plans[0].recommendations[0].outcome == "Approved by the DG"


# --- Columns a user adds to a workbook planapp wrote are kept ----------------------------------


def test_columns_added_to_a_planapp_workbook_are_kept(tmp_path: Path) -> None:
    """The record restores milestones and dates; a status or date column someone added
    after export is kept as written, as extra columns, not dropped nor mixed in."""
    from planapp.domain.sample import sample_plan
    from planapp.excel.writer import write_workbook

    path = tmp_path / "own.xlsx"
    write_workbook(sample_plan(), path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header_row = next(r for r in range(1, 10) if ws.cell(r, 1).value == headings("en")[0])
    ws.cell(header_row, 9, "Status")
    ws.cell(header_row + 1, 9, "Completed")
    ws.cell(header_row, 10, "Revised target date")
    ws.cell(header_row + 1, 10, "2021-06-30")
    wb.save(path)
    result = read_workbook(path)
    assert result.from_planapp == [True]
    first = result.plans[0].recommendations[0]
    assert first.extra == [
        ExtraColumn("Status", "Completed"),
        ExtraColumn("Revised target date", "2021-06-30"),
    ]
    assert first.completion == sample_plan().recommendations[0].completion
    assert {m.status for m in first.milestones} == {MilestoneStatus.NOT_STARTED}


def test_a_numbered_milestone_continued_on_the_next_row_stays_one(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "cut.xlsx",
        [
            headings("en"),
            ["Rec. 1", "Do A.", "Agreed.", "", "", "1.1 Draft the policy.", "", ""],
            [None, None, None, None, None, "It is approved by the DG. June 30, 2020"],
            [None, None, None, None, None, "1.2 Publish it. September 30, 2020"],
        ],
    )
    (rec,) = read_workbook(path).plans[0].recommendations
    assert rec.milestones == [
        _m("Draft the policy.\nIt is approved by the DG.", "June 30, 2020", "1.1"),
        _m("Publish it.", "September 30, 2020", "1.2"),
    ]
