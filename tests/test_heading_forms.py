"""The heading forms the importer knows, and the shape a cell needs to count as a heading.

To add a heading form, add its row to ``excel/heading_forms.HEADING_FORMS`` and an example of
it to ``EXAMPLES`` here.
"""

from __future__ import annotations

import pytest

from planapp.domain.template import headings
from planapp.excel.heading_forms import HEADING_FORMS, looks_like_heading, matching_languages
from planapp.excel.headings import find_header, match_field
from planapp.excel.sheet_layout import FIELDS

# (heading as offices write it, field it names)
EXAMPLES = [
    # The template, both languages and bilingual.
    *[(h, f) for h, f in zip(headings("en"), FIELDS[:8], strict=True)],
    *[(h, f) for h, f in zip(headings("fr"), FIELDS[:8], strict=True)],
    *[(h, f) for h, f in zip(headings("both"), FIELDS[:8], strict=True)],
    # The management-action-plan family.
    ("Recommendation", "recommendation"),
    ("Recommendations", "recommendation"),
    ("Management Response", "response"),
    ("Management Response and Action Plan", "response"),
    ("Management Action Plan", "actions"),
    ("Action Plan", "actions"),
    ("Planned Action(s)", "actions"),
    ("Planned Actions", "actions"),
    ("Deliverable(s)", "actions"),
    ("Deliverables", "actions"),
    ("Actions", "actions"),
    ("Responsibility", "contacts"),
    ("Responsible Official", "contacts"),
    ("Lead", "contacts"),
    ("Accountable", "contacts"),
    ("OPI", "contacts"),
    ("Target Date", "due"),
    ("Target Completion Date", "due"),
    ("Timeline", "due"),
    ("Timelines", "due"),
    ("Due date", "due"),
    ("Status", "status"),
    ("No.", "ref"),
    ("#", "ref"),
    # French forms.
    ("Recommandation", "recommendation"),
    ("Réponse de la direction", "response"),
    ("Plan d'action de la direction", "actions"),
    ("Mesures prévues", "actions"),
    ("Produits livrables", "actions"),
    ("Responsabilité", "contacts"),
    ("Responsable", "contacts"),
    ("Date cible", "due"),
    ("Échéance", "due"),
    ("Échéancier", "due"),
    ("Date d'achèvement prévue", "due"),
    ("Statut", "status"),
    ("État d'avancement", "status"),
    ("N°", "ref"),
]


@pytest.mark.parametrize(("heading", "field"), EXAMPLES)
def test_heading_names_its_field(heading: str, field: str) -> None:
    assert match_field(heading) == field


def test_every_form_names_a_field_and_a_language() -> None:
    for name, language, form in HEADING_FORMS:
        assert name in FIELDS and name not in ("extra", "ignore")
        assert language in ("en", "fr", "")
        assert form.lstrip("~").split(), form


@pytest.mark.parametrize(
    "text",
    [
        "Le responsable est le directeur de la planification.",
        "The lead agency will report on the status of each action by March.",
        "Agreed. The department will update its action plan and report on its status.",
        "See the recommendation and the management response in the annex of this report.",
        "x" * 250,
    ],
)
def test_sentences_are_not_headings(text: str) -> None:
    assert match_field(text) is None


def test_weak_forms_count_only_in_short_headings() -> None:
    assert match_field("No") == "ref"
    assert match_field("No, the branch did not agree with it") is None
    assert match_field("Responsable") == "contacts"
    assert match_field("La personne responsable du dossier") is None


def test_heading_shape() -> None:
    assert looks_like_heading("Target Completion Date")
    assert not looks_like_heading("The team will finish the work by the end of the year.")
    assert not looks_like_heading(2021)
    assert not looks_like_heading("")


def test_languages_of_a_heading() -> None:
    assert matching_languages("Recommendation") == {"en"}
    assert matching_languages("Recommandation") == {"fr"}
    assert matching_languages("Recommendation / Recommandation") == {"en", "fr"}
    assert matching_languages("No.") == set()


@pytest.mark.parametrize(
    "row",
    [
        # Rows of ordinary workbooks: a task list, a budget, a contact sheet, a risk register.
        ["No.", "Date", "Description", "Status", "Amount"],
        ["#", "Task", "Owner", "Due date", "Status", "Notes"],
        ["Name", "Position", "Responsible for", "Phone", "E-mail"],
        ["ID", "Risk", "Likelihood", "Impact", "Lead", "Timeline"],
        ["N", "Nom", "Responsable", "Date", "État"],
        ["Student Name", "Date of Birth", "Registration #", "Absent Indicator"],
        # Data rows of a plan: sentences do not count as headings.
        [
            "1",
            "The department should review the recommendation and its response.",
            "Agreed. The action plan and its status will be reported by the lead.",
            "Deliverables: a framework, a completion report and a status update.",
        ],
    ],
)
def test_rows_that_are_not_plan_headers_stay_below_the_threshold(row: list[str]) -> None:
    assert find_header([row]) is None
    # Not even offered for mapping: none of them names a column only a plan has.
    assert find_header([row], candidates=True) is None


def test_a_plan_header_is_found_below_titles() -> None:
    rows = [
        ["Audit of Something"],
        ["Management Action Plan"],
        [],
        ["Recommendation", "Management Response", "Deliverables", "Responsibility", "Target Date"],
    ]
    found = find_header(rows)
    assert found is not None and found.row == 4 and found.recognized
