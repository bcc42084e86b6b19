"""The English and the French version of one plan become one plan holding both."""

from __future__ import annotations

import copy

from planapp.domain import bilingual as bi
from planapp.domain.plan import (
    Contact,
    ExtraColumn,
    Milestone,
    Plan,
    Recommendation,
    WrittenDate,
)
from planapp.domain.plan_pairing import Unpaired, pair_plans


def _english() -> Plan:
    return Plan(
        department="Health Canada",
        acronym="HC",
        audit_title="Report 3—Oversight",
        language="en",
        id=7,
        recommendations=[
            Recommendation(
                ref="Rec. 1",
                recommendation="Improve oversight.",
                response="Agreed.",
                outcome="Oversight improved.",
                completion=WrittenDate.of("March 31, 2025"),
                milestones=[
                    Milestone("1.1", "Draft the framework.", WrittenDate.of("June 30, 2024"), id=3),
                    Milestone("1.2", "Approve the framework."),
                ],
                contacts=[Contact("Health Canada", "Ann Lee", "Director General", "613-555-0100")],
                extra=[ExtraColumn("Status", "Open")],
                id=11,
            ),
            Recommendation(ref="Rec. 2", recommendation="Report yearly.", response="Agreed."),
        ],
    )


def _french() -> Plan:
    return Plan(
        department_fr="Santé Canada",
        acronym="SC",
        audit_title_fr="Rapport 3—Surveillance",
        language="fr",
        recommendations=[
            Recommendation(
                ref="Rec. 1",
                recommendation="Améliorer la surveillance.",
                response="Acceptée.",
                outcome="Surveillance améliorée.",
                completion=WrittenDate.of("31 mars 2025"),
                milestones=[
                    Milestone("1.1", "Rédiger le cadre."),
                    Milestone("1.2", "Approuver le cadre."),
                ],
                contacts=[Contact("Santé Canada", "Ann Lee", "Directrice générale")],
                extra=[ExtraColumn("État", "Ouvert")],
            ),
            Recommendation(ref="Rec. 2", recommendation="Faire rapport chaque année."),
        ],
    )


def test_a_complete_pair_becomes_one_plan_with_french_translations() -> None:
    english, french = _english(), _french()
    before = (copy.deepcopy(english), copy.deepcopy(french))
    result = pair_plans(english, french)
    plan = result.plan
    assert result.report.complete and result.report.unpaired == ()
    assert result.report.by_method() == {"ref": 2, "number": 0, "position": 0}
    assert plan.language == "en" and plan.id is None
    assert (plan.department, plan.department_fr) == ("Health Canada", "Santé Canada")
    assert plan.audit_title_fr == "Rapport 3—Surveillance" and plan.acronym == "HC"
    rec = plan.recommendations[0]
    assert rec.id is None and rec.milestones[0].id is None
    assert rec.recommendation == "Improve oversight."
    assert rec.completion.text == "March 31, 2025"  # dates from the primary version
    assert rec.translations == {
        "recommendation": "Améliorer la surveillance.",
        "response": "Acceptée.",
        "outcome": "Surveillance améliorée.",
    }
    assert rec.milestones[1].translations == {"description": "Approuver le cadre."}
    assert rec.contacts[0].translations == {
        "organization": "Santé Canada",
        "title": "Directrice générale",
    }
    assert rec.contacts[0].phone == "613-555-0100"
    assert rec.extra[0].translations == {"heading": "État", "text": "Ouvert"}
    assert bi.missing_count(plan, "fr") == 1  # Rec. 2's response exists only in English
    assert (english, french) == before  # neither version is changed
    assert bi.plan_in(plan, "fr").recommendations[1].recommendation == "Faire rapport chaque année."


def test_french_as_the_primary_language() -> None:
    result = pair_plans(_english(), _french(), primary="fr")
    plan = result.plan
    assert plan.language == "fr" and bi.primary_language(plan) == "fr"
    assert plan.acronym == "SC"
    rec = plan.recommendations[0]
    assert rec.recommendation == "Améliorer la surveillance."
    assert rec.translations["recommendation"] == "Improve oversight."
    assert rec.completion.text == "31 mars 2025"
    assert bi.text_in(rec.milestones[0], "description", "en", "fr") == "Draft the framework."
    assert result.report.primary == "fr"


def test_refs_written_differently_pair_by_their_number_then_by_position() -> None:
    french = _french()
    french.recommendations[0].ref = "Recommandation 1"
    french.recommendations[1].ref = "Deuxième"
    result = pair_plans(_english(), french)
    assert result.report.by_method() == {"ref": 0, "number": 1, "position": 1}
    pairs = result.report.pairs
    assert [(p.primary_ref, p.other_ref, p.method) for p in pairs] == [
        ("Rec. 1", "Recommandation 1", "number"),
        ("Rec. 2", "Deuxième", "position"),
    ]
    assert "Rec. 2 paired with Deuxième by position" in result.report.lines()
    assert result.plan.recommendations[1].translations["recommendation"] == (
        "Faire rapport chaque année."
    )


def test_recommendations_in_one_version_only_are_kept_and_reported() -> None:
    english, french = _english(), _french()
    english.recommendations.append(Recommendation(ref="Rec. 4", recommendation="Train staff."))
    french.recommendations.insert(
        1,
        Recommendation(
            ref="Rec. 1A",
            recommendation="Publier le cadre.",
            milestones=[Milestone("1A.1", "Publier.", WrittenDate.of("2025-01-31"))],
        ),
    )
    # "Rec. 1A" shares its ref and number with no English row, and the English row at its
    # position is paired already; so is the French row at "Rec. 4"'s position.
    result = pair_plans(english, french)
    plan, report = result.plan, result.report
    assert [r.ref for r in plan.recommendations] == ["Rec. 1", "Rec. 1A", "Rec. 2", "Rec. 4"]
    french_only = plan.recommendations[1]
    assert french_only.recommendation == ""
    assert french_only.translations == {"recommendation": "Publier le cadre."}
    assert french_only.milestones[0].description == ""
    assert french_only.milestones[0].translations == {"description": "Publier."}
    assert french_only.milestones[0].due.text == "2025-01-31"
    assert bi.is_missing(french_only, "recommendation", "en", "en")
    assert set(report.unpaired) == {
        Unpaired("recommendation", "fr", "Rec. 1A", 2, "Rec. 1A"),
        Unpaired("recommendation", "en", "Rec. 4", 3, "Rec. 4"),
    }
    assert [p.method for p in report.pairs] == ["ref", None, "ref", None]
    assert report.pairs[1].primary_index is None and report.pairs[1].other_index == 1
    lines = report.lines()
    assert "Rec. 1A is only in the French version" in lines
    assert "Rec. 4 is only in the English version" in lines
    assert not report.complete


def test_a_french_row_with_no_english_predecessor_goes_first() -> None:
    english, french = _english(), _french()
    french.recommendations.insert(0, Recommendation(ref="Préambule", response="Note."))
    english.recommendations[1].ref = "Rec. 2"
    plan = pair_plans(english, french).plan
    # "Préambule" has no number and no English row is left: kept first, as in the French.
    assert [r.ref for r in plan.recommendations] == ["Préambule", "Rec. 1", "Rec. 2"]


def test_different_numbers_of_milestones_contacts_and_extra_columns() -> None:
    english, french = _english(), _french()
    english.recommendations[0].milestones.append(Milestone("1.3", "Train."))
    french.recommendations[0].contacts.append(Contact("ASPC", "Luc Roy", "Directeur"))
    french.recommendations[0].extra.append(ExtraColumn("Commentaires", "Aucun"))
    result = pair_plans(english, french)
    rec = result.plan.recommendations[0]
    assert [m.number for m in rec.milestones] == ["1.1", "1.2", "1.3"]
    assert rec.milestones[2].translations == {}
    assert rec.contacts[1].name == "Luc Roy" and rec.contacts[1].organization == ""
    assert rec.contacts[1].translations == {"organization": "ASPC", "title": "Directeur"}
    assert rec.extra[1].translations == {"heading": "Commentaires", "text": "Aucun"}
    assert list(result.report.unpaired) == [
        Unpaired("milestone", "en", "Rec. 1", 3, "1.3"),
        Unpaired("contact", "fr", "Rec. 1", 2, "Luc Roy"),
        Unpaired("extra column", "fr", "Rec. 1", 2, "Commentaires"),
    ]
    assert result.report.lines()[1:] == [
        "Rec. 1: milestone 3 (1.3) has no French version",
        "Rec. 1: contact 2 (Luc Roy) has no English version",
        "Rec. 1: extra column 2 (Commentaires) has no English version",
    ]
    assert bi.missing_count(result.plan, "en") == 4  # contact org, title; extra heading, text


def test_unnamed_items_are_described_by_position() -> None:
    assert Unpaired("recommendation", "fr", "", 3, "").describe() == (
        "Row 3 is only in the French version"
    )
    assert Unpaired("milestone", "en", "", 2, "").describe() == (
        "A recommendation: milestone 2 has no French version"
    )


def test_empty_versions_pair_into_an_empty_plan() -> None:
    result = pair_plans(Plan(), Plan(language="fr"))
    assert result.plan.recommendations == [] and result.report.complete
    assert result.report.lines() == [
        "0 recommendation(s) paired: 0 by ref, 0 by the number in the ref, 0 by position"
    ]
