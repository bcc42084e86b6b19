"""A plan's content in English and French: the one place that knows where each version lives.

A plan is written in a *primary content language* (French for a plan whose language is "fr",
English otherwise). Each text attribute of a recommendation, milestone, contact or extra column
holds the primary language's text, as it always has; the entity's ``translations`` maps a field
name to the same text in the other language ("" or absent means not translated yet). Plan titles
keep their explicit ``*_fr`` attributes and are not handled here.

Everything else (the window, the writers, the printout, the dump) asks this module for "the
text of this field in this language" rather than reading ``translations`` itself, and takes a
whole plan in one language with :func:`plan_in`.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Literal, TypeVar

from planapp.domain.plan import Contact, ExtraColumn, Milestone, Plan, Recommendation

__all__ = [
    "CONTENT_LANGUAGES",
    "TRANSLATABLE",
    "ContentLanguage",
    "Translatable",
    "clean_translations",
    "content_language",
    "is_missing",
    "missing_count",
    "missing_in_recommendation",
    "other_language",
    "plan_in",
    "primary_language",
    "swap_sides",
    "text_in",
    "texts_of",
    "texts_of_field",
    "with_text",
]

ContentLanguage = Literal["en", "fr"]
CONTENT_LANGUAGES: tuple[ContentLanguage, ...] = ("en", "fr")

Translatable = Recommendation | Milestone | Contact | ExtraColumn
T = TypeVar("T", Recommendation, Milestone, Contact, ExtraColumn)

# Entity type -> the fields that have a version in each language, in display order.
TRANSLATABLE: dict[type, tuple[str, ...]] = {
    Recommendation: ("recommendation", "response", "outcome", "indicator"),
    Milestone: ("description",),
    Contact: ("organization", "title"),
    ExtraColumn: ("heading", "text"),
}


def primary_language(plan: Plan) -> ContentLanguage:
    """The language the plan's text attributes are written in: "fr" for a French plan, else
    "en" (a bilingual plan keeps English in its attributes and French in ``translations``)."""
    return content_language(plan.language)


def content_language(plan_language: str) -> ContentLanguage:
    """The primary content language of a plan whose ``language`` is ``plan_language`` (for
    code that holds the stored value rather than a Plan)."""
    return "fr" if plan_language == "fr" else "en"


def other_language(lang: str) -> ContentLanguage:
    """The other official language."""
    return "en" if _check_language(lang) == "fr" else "fr"


def _check_language(lang: str) -> ContentLanguage:
    if lang not in CONTENT_LANGUAGES:
        raise ValueError(f"not a content language: {lang!r}")
    return lang  # type: ignore[return-value]


def _check_field(entity: Translatable, field: str) -> str:
    if field not in TRANSLATABLE.get(type(entity), ()):
        raise ValueError(f"{type(entity).__name__}.{field} has no translation")
    return field


def text_in(entity: Translatable, field: str, lang: str, primary: str) -> str:
    """``entity``'s ``field`` in ``lang`` exactly as stored ("" when not translated), for a
    plan whose primary language is ``primary``."""
    _check_field(entity, field)
    if _check_language(lang) == _check_language(primary):
        return getattr(entity, field)
    return entity.translations.get(field, "")


def texts_of_field(entity: Translatable, field: str, primary: str) -> dict[str, str]:
    """``field`` in each language, ``{"en": …, "fr": …}`` ("" where there is none): what the
    dump shows for every translatable field."""
    return {lang: text_in(entity, field, lang, primary) for lang in CONTENT_LANGUAGES}


def with_text(entity: T, field: str, lang: str, primary: str, value: str) -> T:
    """A copy of ``entity`` whose ``field`` in ``lang`` is ``value`` (the entity itself is
    left alone, so an undo step can keep it). An empty translation is dropped from the dict."""
    _check_field(entity, field)
    twin = copy.copy(entity)
    if _check_language(lang) == _check_language(primary):
        setattr(twin, field, value)
        twin.translations = dict(entity.translations)
    else:
        twin.translations = clean_translations({**entity.translations, field: value})
    return twin


def clean_translations(translations: dict[str, str] | None) -> dict[str, str]:
    """``translations`` without its empty entries: "" and absent mean the same thing, so two
    entities that differ only there are equal."""
    return {k: v for k, v in (translations or {}).items() if v}


def is_missing(entity: Translatable, field: str, lang: str, primary: str) -> bool:
    """True when ``field`` has text in the other language but none in ``lang``: the window
    marks these and the "missing French" filter finds them."""
    here = text_in(entity, field, lang, primary)
    there = text_in(entity, field, other_language(lang), primary)
    return not here.strip() and bool(there.strip())


def texts_of(rec: Recommendation) -> Iterator[tuple[Translatable, str]]:
    """Every translatable (entity, field) of a recommendation: its own, then its milestones',
    contacts' and extra columns'."""
    for entity in (rec, *rec.milestones, *rec.contacts, *rec.extra):
        for field in TRANSLATABLE[type(entity)]:
            yield entity, field


def missing_in_recommendation(rec: Recommendation, lang: str, primary: str) -> int:
    """How many of ``rec``'s texts (its children's included) lack their ``lang`` version."""
    return sum(is_missing(e, f, lang, primary) for e, f in texts_of(rec))


def missing_count(plan: Plan, lang: str) -> int:
    """How many texts of ``plan``'s recommendations, milestones, contacts and extra columns
    lack their ``lang`` version (titles aside: they have their own ``*_fr`` fields)."""
    primary = primary_language(plan)
    return sum(missing_in_recommendation(r, lang, primary) for r in plan.recommendations)


def plan_in(plan: Plan, lang: str) -> Plan:
    """A copy of ``plan`` written in ``lang``: its text attributes hold ``lang``'s text (the
    primary text where no translation exists), its ``translations`` the other language's, and
    its ``language`` is ``lang`` (so headings and titles follow). Writers and printers take
    this and need to know nothing about translations; ``plan`` itself is not changed. A
    bilingual version is the plan itself, read with :func:`text_in` for each language."""
    lang = _check_language(lang)
    primary = primary_language(plan)
    twin = copy.deepcopy(plan)
    twin.language = lang
    if lang == primary:
        return twin
    for rec in twin.recommendations:
        for entity in (rec, *rec.milestones, *rec.contacts, *rec.extra):
            _swap(entity)
    return twin


def _swap(entity: Translatable) -> None:
    """Put the translations into the attributes and the attributes' text into translations."""
    names = TRANSLATABLE[type(entity)]
    texts, entity.translations = swap_sides(
        {f: getattr(entity, f) for f in names}, entity.translations
    )
    for field, text in texts.items():
        setattr(entity, field, text)


def swap_sides(
    texts: dict[str, str], translations: dict[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """(texts, translations) of one item with the languages' sides exchanged: each translated
    field's translation becomes its text and its text the translation; an untranslated field
    keeps its text (there is nothing else to show) and no translation."""
    new_texts, new_translations = dict(texts), {}
    for field, text in texts.items():
        translated = translations.get(field, "")
        if translated:
            new_texts[field] = translated
            new_translations[field] = text
    return new_texts, clean_translations(new_translations)
