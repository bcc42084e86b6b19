"""The few words the printout adds to the plan, in English, French or both.

The headings come from domain/template.py; these are the renderer's own: the continuation marker,
the footer and the milestone statuses, so a French printout carries no English.
"""

from __future__ import annotations

import datetime as _dt

from planapp.domain.dashboard_language import MILESTONE_STATUS_FR, MONTHS_FR
from planapp.domain.plan import MilestoneStatus
from planapp.domain.template import Language

_MONTHS_EN = (
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
_MONTHS_FR = MONTHS_FR

_STATUS_FR = MILESTONE_STATUS_FR


def _pick(lang: Language, en: str, fr: str) -> str:
    if lang == "fr":
        return fr
    if lang == "both":
        return f"{en} / {fr}"
    return en


def continued(lang: Language) -> str:
    """The marker under a Report Ref. No. repeated on the next page."""
    return _pick(lang, "(continued)", "(suite)")


def date_en(d: _dt.date) -> str:
    return f"{_MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def date_fr(d: _dt.date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {_MONTHS_FR[d.month - 1]} {d.year}"


def printed_on(d: _dt.date, lang: Language) -> str:
    """``"Printed November 25, 2026"``: written out, so it cannot be misread as d/m or m/d."""
    return _pick(lang, f"Printed {date_en(d)}", f"Imprimé le {date_fr(d)}")


def page_of(n: int, total: int, lang: Language) -> str:
    return _pick(lang, f"Page {n} of {total}", f"Page {n} de {total}")


def status(s: MilestoneStatus, lang: Language) -> str:
    return _pick(lang, s.english_label, _STATUS_FR[s])
