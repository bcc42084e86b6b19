"""The departmental Detailed Action Plan template: its columns and headings, in both languages.

The table, the workbook and the printout all show these eight columns in this order, with
these headings word for word (English as in the filed plans; French as the Government's
*Plan d'action détaillé*).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Literal

Language = Literal["en", "fr", "both"]


class Column(IntEnum):
    REF = 0
    RECOMMENDATION = 1
    RESPONSE = 2
    OUTCOME = 3
    COMPLETION = 4
    MILESTONES = 5
    CONTACTS = 6
    INDICATOR = 7


@dataclass(frozen=True)
class Heading:
    en: str
    fr: str
    short_en: str

    def text(self, lang: Language) -> str:
        if lang == "fr":
            return self.fr
        if lang == "both":
            return f"{self.en} / {self.fr}"
        return self.en


HEADINGS: dict[Column, Heading] = {
    Column.REF: Heading("Report Ref. No.", "N° de référence du rapport", "Ref."),
    Column.RECOMMENDATION: Heading("OAG Recommendation", "Recommandation du BVG", "Recommendation"),
    Column.RESPONSE: Heading(
        "Departmental Response (to be included in the report)",
        "Réponse du ministère (à inclure dans le rapport)",
        "Response",
    ),
    Column.OUTCOME: Heading(
        "Description of Final Expected Outcome/Result",
        "Description du résultat final attendu",
        "Expected outcome",
    ),
    Column.COMPLETION: Heading(
        "Expected Final Completion Date",
        "Date d'achèvement finale prévue",
        "Completion",
    ),
    Column.MILESTONES: Heading(
        "Key Interim Milestones (Description/Dates)",
        "Principaux jalons intermédiaires (description/dates)",
        "Milestones",
    ),
    Column.CONTACTS: Heading(
        "Responsible Organization/ Point of Contact (Name, Position, Tel #)",
        "Organisation responsable/ Personne-ressource (nom, poste, n° de téléphone)",
        "Contacts",
    ),
    Column.INDICATOR: Heading(
        "Indicator of Achievement (For Committee Use Only)",
        "Indicateur de réalisation (à l'usage du Comité seulement)",
        "Indicator",
    ),
}

TITLE_SUFFIX = {"en": "DETAILED ACTION PLAN", "fr": "PLAN D'ACTION DÉTAILLÉ"}

# Relative widths that suit the seed's text lengths; writers scale them to the page.
DEFAULT_WIDTHS: dict[Column, float] = {
    Column.REF: 0.7,
    Column.RECOMMENDATION: 1.6,
    Column.RESPONSE: 2.0,
    Column.OUTCOME: 1.3,
    Column.COMPLETION: 0.8,
    Column.MILESTONES: 2.2,
    Column.CONTACTS: 1.3,
    Column.INDICATOR: 0.9,
}


def headings(lang: Language = "en") -> list[str]:
    return [HEADINGS[c].text(lang) for c in Column]
