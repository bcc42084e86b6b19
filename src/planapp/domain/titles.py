"""The plan's title rows in a language: one formatter for the window, dump, print and export.

A French plan shows a French title even when only its department is known in French ("SANTÉ
CANADA (SC) PLAN D'ACTION DÉTAILLÉ"); a bilingual plan shows both. Every view calls these so
the window, the printout and the workbook always agree.
"""

from __future__ import annotations

from planapp.domain.plan import Plan
from planapp.domain.template import TITLE_SUFFIX, Language

LANGUAGE_NAMES: dict[str, str] = {"en": "English", "fr": "French", "both": "English and French"}


def _derived(name: str, acronym: str, lang: str) -> str:
    name = name.upper()
    if acronym:
        name = f"{name} ({acronym})" if name else acronym
    return f"{name} {TITLE_SUFFIX[lang]}".strip()


def english_title(plan: Plan) -> str:
    """The stored English title row, else one derived from the department's name."""
    if plan.title:
        return plan.title
    if not plan.department and not plan.acronym and plan.title_fr:
        return plan.title_fr  # nothing to derive an English title from
    return _derived(plan.department, plan.acronym, "en")


def french_title(plan: Plan) -> str:
    """The stored French title row, else one derived from the French (or only) name."""
    if plan.title_fr:
        return plan.title_fr
    if not plan.department_fr and not plan.department and not plan.acronym and plan.title:
        return plan.title  # nothing to derive a French title from
    return _derived(plan.department_fr or plan.department, plan.acronym, "fr")


def plan_title(plan: Plan, lang: Language | str | None = None) -> str:
    """The title row in ``lang`` (the plan's own language by default)."""
    lang = lang or plan.language
    if lang == "fr":
        return french_title(plan)
    en = english_title(plan)
    if lang == "both":
        fr = french_title(plan)
        return en if fr == en else f"{en} / {fr}"
    return en


def audit_title(plan: Plan, lang: Language | str | None = None) -> str:
    """The audit title row: French alone in a French plan when there is one (as French filed
    plans show it), otherwise bilingual when both are filled in ("English/ French", as the
    filed plans write it and the reader splits it), else whichever is filled in."""
    lang = lang or plan.language
    en, fr = plan.audit_title, plan.audit_title_fr
    if lang == "fr":
        return fr or en
    if en and fr:
        return f"{en}/ {fr}"
    return en or fr
