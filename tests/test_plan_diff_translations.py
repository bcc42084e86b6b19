"""A workbook in one language merged back into a bilingual plan keeps the other language."""

from __future__ import annotations

import copy

from planapp.domain.plan import Contact, ExtraColumn, Milestone, Plan, Recommendation
from planapp.domain.plan_diff import diff_plans
from planapp.domain.plan_merge import apply_changes


def _bilingual() -> Plan:
    return Plan(
        recommendations=[
            Recommendation(
                ref="Rec. 1",
                recommendation="Improve.",
                translations={"recommendation": "Améliorer."},
                milestones=[Milestone("1.1", "Draft.", translations={"description": "Rédiger."})],
                contacts=[Contact("CBSA", "Jo Roy", translations={"organization": "ASFC"})],
                extra=[ExtraColumn("Status", "Open", translations={"heading": "État"})],
            )
        ]
    )


def _english_only(plan: Plan) -> Plan:
    """The plan as an English workbook reads back: no translations anywhere."""
    twin = copy.deepcopy(plan)
    for rec in twin.recommendations:
        for item in (rec, *rec.milestones, *rec.contacts, *rec.extra):
            item.translations = {}
    return twin


def test_an_unchanged_english_workbook_proposes_nothing() -> None:
    plan = _bilingual()
    for hidden in (True, False):
        assert diff_plans(plan, _english_only(plan), hidden_fields=hidden).is_empty


def test_english_edits_merge_and_the_french_texts_stay() -> None:
    plan = _bilingual()
    imported = _english_only(plan)
    rec = imported.recommendations[0]
    rec.milestones[0].description = "Draft the plan."
    rec.contacts[0].name = "Jo Roy-Smith"
    rec.contacts.append(Contact("IRCC", "Al Li"))
    rec.extra[0].text = "Closed"
    diff = diff_plans(plan, imported, hidden_fields=False)
    merged = apply_changes(plan, diff, diff.keys()).recommendations[0]
    assert merged.milestones[0].description == "Draft the plan."
    assert merged.milestones[0].translations == {"description": "Rédiger."}
    assert merged.contacts[0].name == "Jo Roy-Smith"
    assert merged.contacts[0].translations == {"organization": "ASFC"}
    assert merged.contacts[1] == Contact("IRCC", "Al Li")
    assert (merged.extra[0].text, merged.extra[0].translations) == ("Closed", {"heading": "État"})
    assert merged.translations == {"recommendation": "Améliorer."}


def test_translations_a_workbook_carries_are_merged() -> None:
    plan = _bilingual()
    imported = copy.deepcopy(plan)
    rec = imported.recommendations[0]
    rec.milestones[0].translations = {"description": "Rédiger le plan."}
    rec.extra[0].translations = {"heading": "Statut"}
    diff = diff_plans(plan, imported)
    merged = apply_changes(plan, diff, diff.keys()).recommendations[0]
    assert merged.milestones[0].translations == {"description": "Rédiger le plan."}
    assert merged.extra[0].translations == {"heading": "Statut"}
