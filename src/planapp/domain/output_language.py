"""What every output (workbook, PDF, Word document) says about itself, in its language.

A screen reader picks its voice from the document language, and a file list or a PDF viewer's
title bar shows the document title: one place decides both for every writer, so the workbook,
the PDF and the Word document of the same plan in the same language carry the same title,
subject and language tag.
"""

from __future__ import annotations

from planapp.domain import titles
from planapp.domain.plan import Plan
from planapp.domain.template import Language

# BCP 47 tags of Canada's official languages. A bilingual output gives English first (its
# cells, headings and titles read English then French), so its document language is English.
LANGUAGE_TAGS: dict[str, str] = {"en": "en-CA", "fr": "fr-CA", "both": "en-CA"}

CATEGORY = {
    "en": "Detailed Action Plan",
    "fr": "Plan d'action détaillé",
    "both": "Detailed Action Plan / Plan d'action détaillé",
}


def language_tag(lang: Language | str) -> str:
    """The document language of an output in ``lang`` ("en-CA" unless French)."""
    return LANGUAGE_TAGS.get(lang, "en-CA")


def document_title(plan: Plan, lang: Language) -> str:
    """The title an output gives itself: the plan's title row in ``lang``."""
    return titles.plan_title(plan, lang) or plan.short_name


def document_subject(plan: Plan, lang: Language) -> str:
    """The subject: the audit's title in ``lang`` (the title row the template has under the
    plan's), else the category, so no output is left without one."""
    if lang == "en":
        audit = plan.audit_title or plan.audit_title_fr
    else:
        audit = titles.audit_title(plan, lang)
    return audit or CATEGORY[lang]


KEYWORDS = {
    "en": "Detailed Action Plan; OAG; Public Accounts Committee",
    "fr": "Plan d'action détaillé; BVG; Comité permanent des comptes publics",
    "both": "Detailed Action Plan; Plan d'action détaillé; OAG; BVG; Public Accounts Committee",
}


def document_author(plan: Plan, lang: Language) -> str:
    """The author: the department, by its name in ``lang`` when it has one."""
    if lang == "fr":
        name = plan.department_fr or plan.department
    elif lang == "both" and plan.department and plan.department_fr:
        name = f"{plan.department} / {plan.department_fr}"
    else:
        name = plan.department or plan.department_fr
    return name or plan.acronym
