"""Workbooks in English, French or both: the cells show the chosen language's content, and
reading the file back restores every translation (and the edits made in either language)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from planapp.domain import bilingual
from planapp.domain.template import Column, headings
from planapp.excel.reader import read_workbook
from planapp.excel.writer import clean_plan, write_workbook
from tests.bilingual_plans import FR, bilingual_plan, french_plan

REC = 1 + Column.RECOMMENDATION  # 1-based sheet columns
RESPONSE = 1 + Column.RESPONSE
OUTCOME = 1 + Column.OUTCOME
MILESTONES = 1 + Column.MILESTONES
CONTACTS = 1 + Column.CONTACTS


def _sheet(path: Path, index: int = 0) -> openpyxl.worksheet.worksheet.Worksheet:
    return openpyxl.load_workbook(path).worksheets[index]


def test_french_export_has_french_content_and_headings(tmp_path: Path) -> None:
    path = tmp_path / "fr.xlsx"
    write_workbook(bilingual_plan(), path, lang="fr")
    ws = _sheet(path)
    assert ws.title == "Plan d'action"
    assert [c.value for c in ws[3]][:8] == headings("fr")
    assert ws.cell(4, REC).value == f"{FR}Recommandation 1 : le ministère devrait agir."
    assert ws.cell(5, RESPONSE).value == f"{FR}Acceptée. Réponse 2."
    assert f"{FR}Jalon 1.1 en français." in ws.cell(4, MILESTONES).value
    assert "ASFC" in ws.cell(4, CONTACTS).value
    assert f"{FR}Titre de Scott Harris" in ws.cell(4, CONTACTS).value
    # Not translated: the English text stands in rather than an empty cell.
    assert ws.cell(4, OUTCOME).value == bilingual_plan().recommendations[0].outcome
    assert ws.cell(3, 9).value == "Commentaires"  # an extra column's heading, translated
    assert ws.cell(4, 9).value == f"{FR}Noté."


def test_english_export_of_a_french_plan(tmp_path: Path) -> None:
    plan = french_plan()
    path = tmp_path / "en.xlsx"
    write_workbook(plan, path, lang="en")
    ws = _sheet(path)
    assert [c.value for c in ws[3]][:8] == headings("en")
    english = bilingual_plan().recommendations[0]
    assert ws.cell(4, REC).value == english.recommendation
    assert ws.cell(4, RESPONSE).value == english.response
    assert FR not in ws.cell(4, MILESTONES).value
    assert "CBSA" in ws.cell(4, CONTACTS).value and "ASFC" not in ws.cell(4, CONTACTS).value
    # The plan's own language is the export's default: French content.
    write_workbook(plan, tmp_path / "own.xlsx")
    assert _sheet(tmp_path / "own.xlsx").cell(4, REC).value.startswith(FR)


def test_bilingual_workbook_shows_each_language_on_its_sheet(tmp_path: Path) -> None:
    path = tmp_path / "both.xlsx"
    write_workbook(bilingual_plan(), path, lang="both")
    en, fr = _sheet(path, 0), _sheet(path, 1)
    english = bilingual_plan().recommendations[0]
    assert en.cell(4, REC).value == english.recommendation
    assert fr.cell(4, REC).value.startswith(FR)
    assert f"{FR}Jalon 1.1" in fr.cell(4, MILESTONES).value
    assert FR not in en.cell(4, MILESTONES).value
    # A French plan's bilingual workbook leads with French.
    path = tmp_path / "fr-both.xlsx"
    write_workbook(french_plan(), path, lang="both")
    assert openpyxl.load_workbook(path).sheetnames[:2] == ["Plan d'action", "Action Plan"]
    assert openpyxl.load_workbook(path).properties.language == "fr-CA"


@pytest.mark.parametrize("lang", ["en", "fr", "both"])
@pytest.mark.parametrize("make", [bilingual_plan, french_plan])
def test_round_trip_keeps_every_translation(tmp_path: Path, lang: str, make) -> None:
    plan = make()
    path = tmp_path / "plan.xlsx"
    write_workbook(plan, path, lang=lang)
    result = read_workbook(path)
    assert len(result.plans) == 1  # a bilingual workbook is one plan, not two
    back = result.plans[0]
    assert back == clean_plan(plan)
    assert back.language == plan.language
    assert bilingual.missing_count(back, "fr") == bilingual.missing_count(plan, "fr")


def test_round_trip_through_a_department_template(tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    wb = openpyxl.Workbook()
    for i, heading in enumerate(headings("fr")):
        wb.active.cell(row=4, column=1 + i, value=heading)
    wb.save(template)
    plan = bilingual_plan()
    for rec in plan.recommendations:
        rec.extra = []
    path = tmp_path / "filled.xlsx"
    write_workbook(plan, path, lang="fr", template=template)
    assert _sheet(path).cell(5, REC).value.startswith(FR)
    assert read_workbook(path).plans[0] == clean_plan(plan)


def test_edits_on_the_french_sheet_become_the_french_text(tmp_path: Path) -> None:
    path = tmp_path / "both.xlsx"
    write_workbook(bilingual_plan(), path, lang="both")
    wb = openpyxl.load_workbook(path)
    fr = wb.worksheets[1]
    fr.cell(4, REC).value = "Recommandation révisée par le BVG."
    fr.cell(5, OUTCOME).value = "Résultat révisé."
    fr.cell(4, MILESTONES).value = fr.cell(4, MILESTONES).value.replace(
        f"{FR}Jalon 1.2 en français.", "Jalon révisé."
    )
    wb.save(path)
    result = read_workbook(path)
    back = result.plans[0]
    first, second = back.recommendations[:2]
    original = bilingual_plan()
    assert first.recommendation == original.recommendations[0].recommendation  # English kept
    assert first.translations["recommendation"] == "Recommandation révisée par le BVG."
    assert second.translations["outcome"] == "Résultat révisé."
    assert first.milestones[1].translations["description"] == "Jalon révisé."
    assert (
        first.milestones[0].translations == original.recommendations[0].milestones[0].translations
    )
    assert first.milestones[1].description == original.recommendations[0].milestones[1].description


def test_a_fallback_edited_in_the_french_export_becomes_the_translation(tmp_path: Path) -> None:
    """The first outcome had no French: the export showed the English; what someone writes
    there is the French, and the English stays."""
    path = tmp_path / "fr.xlsx"
    plan = bilingual_plan()
    write_workbook(plan, path, lang="fr")
    wb = openpyxl.load_workbook(path)
    wb.worksheets[0].cell(4, OUTCOME).value = "Une stratégie de renvois révisée."
    wb.worksheets[0].cell(5, REC).value = "Recommandation 2 corrigée."
    wb.save(path)
    back = read_workbook(path).plans[0]
    first, second = back.recommendations[:2]
    assert first.outcome == plan.recommendations[0].outcome
    assert first.translations["outcome"] == "Une stratégie de renvois révisée."
    assert second.translations["recommendation"] == "Recommandation 2 corrigée."
    assert second.recommendation == plan.recommendations[1].recommendation
    assert back.language == "both"


def test_a_recommendation_added_to_a_french_export_is_french(tmp_path: Path) -> None:
    """Rows someone adds on the French sheet of an English plan are French text: the English
    is missing (and counted), not overwritten with French."""
    plan = bilingual_plan()
    path = tmp_path / "fr.xlsx"
    write_workbook(plan, path, lang="fr")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    row = ws.max_row + 1
    ws.cell(row, 1).value = "Rec. 9"
    ws.cell(row, REC).value = "Le ministère devrait publier ses résultats."
    ws.cell(row, MILESTONES).value = "9.1 Publier le rapport. 31 mars 2027"
    wb.save(path)
    back = read_workbook(path).plans[0]
    added = back.recommendations[-1]
    assert added.ref == "Rec. 9"
    assert added.recommendation == ""
    assert added.translations["recommendation"] == "Le ministère devrait publier ses résultats."
    assert added.milestones[0].translations["description"].startswith("Publier le rapport")
    primary = bilingual.primary_language(back)
    assert bilingual.is_missing(added, "recommendation", "en", primary)
    assert bilingual.is_missing(added.milestones[0], "description", "en", primary)
    assert back.recommendations[:-1] == clean_plan(plan).recommendations


def test_translations_are_cleaned_like_every_text(tmp_path: Path) -> None:
    plan = bilingual_plan()
    plan.recommendations[0].translations["response"] = "Acceptée.\x0bSuite\ufffe."
    path = tmp_path / "fr.xlsx"
    write_workbook(plan, path, lang="both")
    back = read_workbook(path).plans[0]
    assert back.recommendations[0].translations["response"] == "Acceptée.\nSuite."
    assert back == clean_plan(plan)


def test_second_sheet_is_recorded_a_row_per_recommendation(tmp_path: Path) -> None:
    """The record of a bilingual workbook's second sheet grows with the plan row by row (the
    reader reads at most 64 cells of a record row)."""
    from tests.workbook_variants import large_plan

    plan = large_plan(40)
    for rec in plan.recommendations:
        rec.translations = {"response": f"{FR}{rec.response}"}
        for m in rec.milestones:
            m.translations = {"description": f"{FR}{m.description}"}
    path = tmp_path / "large.xlsx"
    write_workbook(plan, path, lang="both")
    record = openpyxl.load_workbook(path)["planapp"]
    kinds = [row[0].value for row in record.iter_rows(max_col=1)]
    assert kinds.count("other") == kinds.count("rec") == 40
    assert read_workbook(path).plans[0] == clean_plan(plan)


def test_extra_columns_of_a_bilingual_workbook_are_not_read_as_contacts(tmp_path: Path) -> None:
    """An extra column whose heading looks like the template's ("Responsibility") stays an
    extra column on the second sheet too: its cells were once read into the contacts, and
    became a French "position" nobody wrote (values found by the round-trip property test)."""
    from planapp.domain.plan import Contact, ExtraColumn, Plan, Recommendation

    plan = Plan(
        department="Health Canada",
        audit_title="Audit",
        recommendations=[
            Recommendation(
                ref="Rec. 1",
                contacts=[Contact(name="A", phone="0", email="a@hc.ca")],
                extra=[ExtraColumn(heading="Responsibility", text="0000000000")],
            )
        ],
    )
    path = tmp_path / "both.xlsx"
    write_workbook(plan, path, lang="both")
    back = read_workbook(path).plans[0]
    contact = back.recommendations[0].contacts[0]
    assert (contact.name, contact.title, contact.phone) == ("A", "", "0")
    assert contact.translations == {}
    assert back.recommendations[0].extra == [
        ExtraColumn(heading="Responsibility", text="0000000000")
    ]
