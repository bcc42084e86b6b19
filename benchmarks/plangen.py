"""Plans of any size with the sample plan's kind of text, the same every run for a given seed.

Each recommendation has four milestones and two contacts. Long texts (recommendation, response,
outcome, indicator) run 30 to 200 words, milestone descriptions 15 to 60, like the filed CBSA
plan; words come from that plan, so word lengths and wrapping behave like real text. Some
responses have bullet lists and several paragraphs; due dates use the forms departments write
("September 30, 2020", "Q2 2020-21", "March 2021", "FY 2024-25"…), with a few unreadable ones.
"""

from __future__ import annotations

import random
import re

from planapp.domain.plan import (
    Contact,
    Milestone,
    MilestoneStatus,
    Plan,
    PlanStatus,
    Recommendation,
    WrittenDate,
)
from planapp.domain.richtext import BULLET
from planapp.domain.sample import sample_plan

MILESTONES_PER_REC = 4
CONTACTS_PER_REC = 2

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_NAMES = (
    "Scott Harris",
    "Marie Tremblay",
    "Jean-François Gagnon",
    "Priya Natarajan",
    "Li Wei",
    "Aisha Mohamed",
    "Robert MacDonald",
    "Chantal Bouchard",
    "David O'Connor",
    "Sofia Rossi",
)
_TITLES = (
    "Vice-President Intelligence and Enforcement Branch",
    "Director General, Enforcement and Intelligence Operations",
    "Vice-President, Strategic Policy Branch",
    "Chief Financial Officer and Vice-President, Finance and Corporate Management",
    "Director, Removals Program Management",
)
_ORGS = ("CBSA", "IRCC", "RCMP", "Public Safety Canada")


def _vocabulary() -> list[str]:
    plan = sample_plan()
    text = " ".join(
        " ".join(
            (
                r.recommendation,
                r.response,
                r.outcome,
                r.indicator,
                *(m.description for m in r.milestones),
            )
        )
        for r in plan.recommendations
    )
    return [w for w in re.split(r"\s+", text.replace(BULLET, " ")) if w and w != "•"]


_WORDS = _vocabulary()


def _sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(_WORDS).strip(".,;:") or "the" for _ in range(words)]
    chosen[0] = chosen[0][:1].upper() + chosen[0][1:]
    return " ".join(chosen) + "."


def _prose(rng: random.Random, low: int, high: int, bullets: bool = False) -> str:
    """``low``–``high`` words in sentences of 8–30 words, in one to three paragraphs, and
    (when ``bullets``) some of them as a bullet list."""
    total = rng.randint(low, high)
    sentences: list[str] = []
    while total > 0:
        n = min(total, rng.randint(8, 30))
        sentences.append(_sentence(rng, n))
        total -= n
    paragraphs: list[str] = []
    current: list[str] = []
    for s in sentences:
        current.append(s)
        if len(current) >= rng.randint(2, 5):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    if bullets and len(sentences) >= 3:
        head, *items = sentences
        return "\n".join([head, *(BULLET + s for s in items)])
    return "\n".join(paragraphs)


def _due(rng: random.Random) -> str:
    year = rng.randint(2019, 2026)
    form = rng.random()
    if form < 0.55:
        return f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, {year}"
    if form < 0.7:
        return f"Q{rng.randint(1, 4)} {year}-{(year + 1) % 100:02d}"
    if form < 0.8:
        return f"{rng.choice(_MONTHS)} {year}"
    if form < 0.88:
        return f"FY {year}-{(year + 1) % 100:02d}"
    if form < 0.97:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return "Ongoing"  # unreadable: kept as written, flagged


def _contact(rng: random.Random, org: str) -> Contact:
    name = rng.choice(_NAMES)
    user = name.lower().replace(" ", ".").replace("'", "")
    return Contact(
        organization=org,
        name=name,
        title=rng.choice(_TITLES),
        phone=f"613-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
        email=f"{user}@example.gc.ca",
    )


def make_recommendation(rng: random.Random, number: int) -> Recommendation:
    org = rng.choice(_ORGS)
    milestones = [
        Milestone(
            number=f"{number}.{k}",
            description=_prose(rng, 15, 60),
            due=WrittenDate.of(_due(rng)),
            status=rng.choice(list(MilestoneStatus)),
        )
        for k in range(1, MILESTONES_PER_REC + 1)
    ]
    return Recommendation(
        ref=f"Rec. {number}",
        recommendation=_prose(rng, 30, 200),
        response="Agreed. " + _prose(rng, 30, 200, bullets=rng.random() < 0.3),
        outcome=_prose(rng, 30, 200),
        completion=WrittenDate.of(_due(rng)),
        indicator=_prose(rng, 30, 200),
        milestones=milestones,
        contacts=[_contact(rng, org) for _ in range(CONTACTS_PER_REC)],
    )


def make_plan(size: int, seed: int = 2020) -> Plan:
    """A plan of ``size`` recommendations; the same plan for the same ``size`` and ``seed``."""
    rng = random.Random(f"{seed}-{size}")
    return Plan(
        department="Canada Border Services Agency",
        department_fr="Agence des services frontaliers du Canada",
        acronym="CBSA",
        audit_title=f"Benchmark audit with {size:,} recommendations",
        audit_title_fr=f"Audit de mesure à {size:,} recommandations",
        report_ref="Report 7",
        status=PlanStatus.IN_PROGRESS,
        recommendations=[make_recommendation(rng, i) for i in range(1, size + 1)],
    )
