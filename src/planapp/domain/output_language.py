"""Outputs in a language: which content each shows, and what each says about itself.

Every writer (workbook, printout and PDF, Word document) takes a plan and a language, "en",
"fr" or "both":

* in English or French it shows the plan's content in that language (:func:`content_in`; a
  text not yet translated shows its primary version rather than nothing);
* "both" is the *bilingual version*: the complete plan in its own language, then the complete
  plan in its other language (:func:`versions`), each with its headings, titles and page
  numbers in that language. Members of the Committee read the version in their language; each
  version prints and reads as a document of its own, and a screen reader meets one language
  at a time, which text mixing both languages in each cell would not give.

A screen reader picks its voice from the document language, and a file list or a PDF viewer's
title bar shows the document title: one place decides both for every writer, so the workbook,
the PDF and the Word document of the same plan in the same language carry the same title,
subject and language tag.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from planapp.domain import bilingual, titles
from planapp.domain.plan import Plan
from planapp.domain.template import Language
from planapp.domain.texts import QT_TRANSLATE_NOOP

# BCP 47 tags of Canada's official languages. A bilingual output gives English first (its
# cells, headings and titles read English then French), so its document language is English.
LANGUAGE_TAGS: dict[str, str] = {"en": "en-CA", "fr": "fr-CA", "both": "en-CA"}

CATEGORY = {
    "en": "Detailed Action Plan",
    "fr": "Plan d'action détaillé",
    "both": "Detailed Action Plan / Plan d'action détaillé",
}


def chosen_language(plan: Plan, lang: Language | str | None) -> Language:
    """``lang``, or the plan's own language when None (the writers' default)."""
    if lang in ("en", "fr", "both"):
        return lang  # type: ignore[return-value]
    return plan.language if plan.language in ("en", "fr", "both") else "en"  # type: ignore[return-value]


def missing_folder(path: Path) -> str | None:
    """Why a file cannot be written at ``path`` before trying: its folder is missing."""
    if path.parent.is_dir():
        return None
    return QT_TRANSLATE_NOOP(
        "ExportError", "{name} cannot be written: the folder {parent} does not exist."
    ).format(name=path.name, parent=str(path.parent))


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


def content_in(plan: Plan, lang: str) -> Plan:
    """``plan`` as an output in ``lang`` ("en" or "fr") shows it; its ``language`` stays the
    plan's. The plan itself when ``lang`` is its primary language (no copy is made)."""
    if lang == bilingual.primary_language(plan):
        return plan
    twin = bilingual.plan_in(plan, lang)
    twin.language = plan.language
    return twin


def version_languages(plan: Plan, lang: Language | str) -> list[bilingual.ContentLanguage]:
    """The languages of the versions an output in ``lang`` holds, in order: the plan's own
    language first in a bilingual output."""
    if lang in bilingual.CONTENT_LANGUAGES:
        return [lang]  # type: ignore[list-item]
    primary = bilingual.primary_language(plan)
    return [primary, bilingual.other_language(primary)]


def versions(plan: Plan, lang: Language | str) -> list[tuple[bilingual.ContentLanguage, Plan]]:
    """Each version an output in ``lang`` holds, as (its language, the plan shown in it)."""
    return [(v, content_in(plan, v)) for v in version_languages(plan, lang)]


@dataclass(frozen=True)
class Description:
    """What a file's core properties say about it (workbook and Word document alike)."""

    title: str
    subject: str
    author: str
    category: str
    keywords: str
    language: str
    description: str


_COUNT = {
    "en": "{n} recommendations",
    "fr": "{n} recommandations",
    "both": "{n} recommendations / recommandations",
}


def describe(plan: Plan, lang: Language, first: str) -> Description:
    """The properties of a file holding ``plan`` in ``lang``, its first version in ``first``
    (a bilingual file's language is its first version's). Texts fit the 255 characters
    Office shows."""
    return Description(
        title=document_title(plan, lang)[:255],
        subject=document_subject(plan, lang)[:255],
        author=document_author(plan, lang)[:255] or "planapp",
        category=CATEGORY[lang],
        keywords=KEYWORDS[lang],
        language=language_tag(first),
        description=_COUNT[lang].format(n=len(plan.recommendations)),
    )
