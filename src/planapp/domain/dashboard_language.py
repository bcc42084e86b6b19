"""The follow-up dashboard's report in English or French: its words and each item's texts.

The dashboard spans every plan of a document; its Excel export and printout take a language
like a plan's outputs do ("en", "fr", or "both": the English report, then the French one,
see ``domain.output_language``). Each item carries its milestone's description in the plan's
other language and the plan's French name, so a French report shows French commitments
wherever they are translated (the primary text where not).
"""

from __future__ import annotations

import datetime as _dt

from planapp.domain.dashboard import Bucket, DashboardItem, Group, GroupBy
from planapp.domain.dashboard_columns import REPORT_NAMES, report_headings
from planapp.domain.history import ReportingPeriod
from planapp.domain.status import MilestoneStatus
from planapp.domain.template import Language
from planapp.domain.texts import english

BUCKETS_FR = {
    Bucket.OVERDUE: "En retard",
    Bucket.DUE_30: "À échéance d'ici 30 jours",
    Bucket.DUE_90: "À échéance dans 31 à 90 jours",
    Bucket.AT_RISK: "À risque ou retardés",
    Bucket.AWAITING: "Mise à jour attendue pour la période en cours",
    Bucket.COMPLETED: "Terminés pendant la période",
}

MILESTONE_STATUS_FR = {
    MilestoneStatus.NOT_STARTED: "Non commencé",
    MilestoneStatus.ON_TRACK: "En bonne voie",
    MilestoneStatus.AT_RISK: "À risque",
    MilestoneStatus.COMPLETED: "Terminé",
    MilestoneStatus.DELAYED: "Retardé",
    MilestoneStatus.CANCELLED: "Annulé",
}

_GROUPED_BY = {
    "en": {GroupBy.PLAN: "plan", GroupBy.ORGANIZATION: "organization", GroupBy.MONTH: "month"},
    "fr": {GroupBy.PLAN: "plan", GroupBy.ORGANIZATION: "organisation", GroupBy.MONTH: "mois"},
}
MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def columns(lang: str) -> tuple[str, ...]:
    """The report's column headings in ``lang`` ("en" or "fr")."""
    return report_headings(lang)


def status_label(status: MilestoneStatus, lang: str) -> str:
    return MILESTONE_STATUS_FR[status] if lang == "fr" else status.english_label


def bucket_label(bucket: Bucket, lang: str) -> str:
    return BUCKETS_FR[bucket] if lang == "fr" else bucket.english_label


def title(today: _dt.date, period: ReportingPeriod | None, lang: str) -> str:
    """The report's first line: the day it is as of, and the reporting period."""
    text = (
        f"Tableau de bord du suivi au {today.isoformat()}"
        if lang == "fr"
        else f"Follow-up dashboard as of {today.isoformat()}"
    )
    return f"{text} — {period.name}" if period is not None else text


def grouped_by(by: GroupBy, lang: str) -> str:
    word = _GROUPED_BY["fr" if lang == "fr" else "en"][by]
    return f"Regroupé par {word}" if lang == "fr" else f"Grouped by {word}"


def group_label(group: Group, by: GroupBy, lang: str) -> str:
    """A group's heading in ``lang``: its plan's name, organization or month."""
    if lang != "fr":
        return english(group.label)  # (a month or "No date" would follow the user's language)
    first = group.items[0] if group.items else None
    if by is GroupBy.PLAN:
        return (first.plan_name_fr or first.plan_name) if first else english(group.label)
    if by is GroupBy.ORGANIZATION:
        return "Aucune organisation" if group.key == "\x01" else english(group.label)
    if first is None or first.due is None:
        return "Sans date"
    return f"{MONTHS_FR[first.due.month - 1]} {first.due.year}"


def report_row_in(item: DashboardItem, lang: str) -> tuple[str, ...]:
    """The item's texts under ``columns(lang)``: its commitment in ``lang`` where translated."""
    if lang == item.language:
        description = item.description
    else:
        description = item.description_other or item.description
    plan_name = (item.plan_name_fr or item.plan_name) if lang == "fr" else item.plan_name
    values = {
        "plan": plan_name,
        "ref": item.recommendation_ref,
        "milestone": item.number,
        "commitment": description,
        "organization": item.organization,
        "original_date": item.original_due_text or item.due_text,
        "current_date": item.due_text,
        "status": status_label(item.status, lang),
        "last_update": item.latest_as_of.isoformat() if item.latest_as_of else "",
    }
    return tuple(values[name] for name in REPORT_NAMES)


def report_languages(lang: Language | str) -> list[str]:
    """The languages of the reports an output in ``lang`` holds, English first."""
    return ["en", "fr"] if lang == "both" else [lang if lang == "fr" else "en"]
