"""Plans with content in both languages, for the tests of every output."""

from __future__ import annotations

from planapp.domain.bilingual import plan_in
from planapp.domain.plan import ExtraColumn, Plan
from planapp.domain.sample import sample_plan

# Marks every French text, so a test can tell which language a cell shows.
FR = "FR·"


def bilingual_plan() -> Plan:
    """The sample plan (English) with a French version of every text but the first
    recommendation's outcome, which stays untranslated (its French falls back to English)."""
    plan = sample_plan()
    plan.language = "both"
    for i, rec in enumerate(plan.recommendations):
        rec.translations = {
            "recommendation": f"{FR}Recommandation {i + 1} : le ministère devrait agir.",
            "response": f"{FR}Acceptée. Réponse {i + 1}.",
            "indicator": f"{FR}Indicateur {i + 1}",
        }
        if i:
            rec.translations["outcome"] = f"{FR}Résultat attendu {i + 1}."
        for j, m in enumerate(rec.milestones):
            m.translations = {"description": f"{FR}Jalon {i + 1}.{j + 1} en français."}
        for c in rec.contacts:
            c.translations = {"title": f"{FR}Titre de {c.name}"}
            if c.organization == "CBSA":
                c.translations["organization"] = "ASFC"
    plan.recommendations[0].extra = [
        ExtraColumn("Comments", "Noted.", {"heading": "Commentaires", "text": f"{FR}Noté."})
    ]
    for rec in plan.recommendations[1:]:
        rec.extra = [ExtraColumn("Comments", "", {"heading": "Commentaires"})]
    return plan


def french_plan() -> Plan:
    """The same plan written in French: French attributes, English translations."""
    plan = plan_in(bilingual_plan(), "fr")
    plan.language = "fr"
    return plan
