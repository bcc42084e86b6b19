"""A plan's texts as a workbook will hold them: normalized, without characters XML cannot
carry, and within Excel's 32,767 characters a cell (checked before anything is written)."""

from __future__ import annotations

import copy
import dataclasses
import operator
import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from planapp.domain import bilingual, titles
from planapp.domain.cells import contacts_text, milestones_text
from planapp.domain.fields import CONTACT_FIELDS, FIELDS, Field, FieldKind
from planapp.domain.plan import Plan, Recommendation, WrittenDate
from planapp.domain.richtext import normalize
from planapp.domain.template import HEADINGS, Column, Language
from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.excel import extra_columns
from planapp.excel.errors import ExportError, cell_too_long
from planapp.excel.pagination import has_suspects, may_need_normalizing

EXCEL_CELL_LIMIT = 32_767
_XML_ILLEGAL = re.compile("[\ud800-\udfff\ufffe\uffff]")
T = TypeVar("T")


def clean_text(text: str | None) -> str:
    """The stored form of a text (``normalize``) without characters XML cannot hold."""
    if not text:
        return ""
    if not may_need_normalizing(text):
        return text
    return normalize(_XML_ILLEGAL.sub("", text))


def _clean_date(d: WrittenDate) -> WrittenDate:
    text = clean_text(d.text)
    return d if text == d.text else WrittenDate(text, d.date)


def _cleaned(obj: T, names: Sequence[str], **more: object) -> T:
    """``obj``, or a copy with its texts cleaned if any needed it (objects are reused, never
    changed: the writer does not modify the plan it is given)."""
    changes: dict[str, object] = {}
    for name in names:
        value = getattr(obj, name)
        cleaned = clean_text(value)
        if cleaned != value:
            changes[name] = cleaned
    for name, value in more.items():
        if value is not getattr(obj, name):
            changes[name] = value
    return dataclasses.replace(obj, **changes) if changes else obj  # type: ignore[type-var]


_PLAN_TEXTS = tuple(f.name for f in dataclasses.fields(Plan) if f.type in ("str", str))
_REC_TEXTS = tuple(f.name for f in FIELDS if f.kind in (FieldKind.LINE, FieldKind.TEXT))
_MILESTONE_TEXTS = ("number", "description")
_CONTACT_TEXTS = CONTACT_FIELDS  # all text


def _rec_is_clean(rec: Recommendation) -> bool:
    """True when no text of ``rec`` needs cleaning, checked on all its texts at once: joined
    by line breaks, they hold a suspect character or a line ending in whitespace exactly when
    one of them does; a blank first or last line then shows as a line break at an end or two
    in a row (two in a row may also be a blank line inside a text: the slow path decides)."""
    texts = [getattr(rec, name) for name in _REC_TEXTS]
    texts.append(rec.completion.text)
    for m in rec.milestones:
        texts += (m.number, m.description, m.due.text, m.completed_on.text)
    for c in rec.contacts:
        texts += (c.organization, c.name, c.title, c.phone, c.email)
    if any(type(t) is not str for t in texts):
        return False
    joined = "\n".join([t for t in texts if t])
    return not (
        has_suspects(joined) or "\n\n" in joined or joined.startswith("\n") or joined.endswith("\n")
    )


def clean_plan(plan: Plan) -> Plan:
    """``plan`` with every text as it will read back from a workbook (``normalize``d, without
    characters XML cannot hold); the plan itself when nothing needed cleaning."""
    recs = []
    for rec in plan.recommendations:
        if _rec_is_clean(rec):
            recs.append(rec)
            continue
        milestones = [
            _cleaned(
                m,
                _MILESTONE_TEXTS,
                due=_clean_date(m.due),
                completed_on=_clean_date(m.completed_on),
            )
            for m in rec.milestones
        ]
        contacts = [_cleaned(c, _CONTACT_TEXTS) for c in rec.contacts]
        same = all(a is b for a, b in zip(milestones, rec.milestones, strict=True)) and all(
            a is b for a, b in zip(contacts, rec.contacts, strict=True)
        )
        recs.append(
            _cleaned(
                rec,
                _REC_TEXTS,
                completion=_clean_date(rec.completion),
                **({} if same else {"milestones": milestones, "contacts": contacts}),
            )
        )
    changed = any(a is not b for a, b in zip(recs, plan.recommendations, strict=True))
    cleaned = _cleaned(plan, _PLAN_TEXTS, **({"recommendations": recs} if changed else {}))
    cleaned = extra_columns.clean_extra(cleaned, clean_text)
    return clean_translations(cleaned, clean_text)


def clean_translations(plan: Plan, clean: Callable[[str], str]) -> Plan:
    """``plan`` with its translations cleaned as its texts are (``clean``); the plan itself
    when none needed it."""
    needs = any(
        clean(t) != t
        for rec in plan.recommendations
        for entity in (rec, *rec.milestones, *rec.contacts, *rec.extra)
        for t in entity.translations.values()
    )
    if not needs:
        return plan
    twin = copy.deepcopy(plan)
    for rec in twin.recommendations:
        for entity in (rec, *rec.milestones, *rec.contacts, *rec.extra):
            entity.translations = bilingual.clean_translations(
                {f: clean(t) for f, t in entity.translations.items()}
            )
    return twin


def _normalized(text: str) -> str:
    return normalize(text) if may_need_normalizing(text) else text


_LIST_TEXTS: dict[str, Callable[[Any], str]] = {
    "milestones": milestones_text,
    "contacts": contacts_text,
}


def _cell_text(field: Field) -> Callable[[Recommendation], str]:
    """How the cell of ``field`` reads (as the reader sees it) from a recommendation."""
    name = field.name
    if field.kind is FieldKind.DATE:
        return lambda rec: getattr(rec, name).text
    if field.kind is FieldKind.LIST:
        text = _LIST_TEXTS[name]
        return lambda rec: _normalized(text(getattr(rec, name)))
    return operator.attrgetter(name)


_CELL_TEXTS = tuple(_cell_text(f) for f in sorted(FIELDS, key=lambda f: f.column))


def row_texts(rec: Recommendation) -> list[str]:
    """The eight cells of a recommendation, in template column order, as the reader sees them."""
    return [text(rec) for text in _CELL_TEXTS]


def title_texts(plan: Plan, lang: Language) -> list[str]:
    """The title row and audit title row as written for ``lang`` (as printed: see
    ``domain.titles``)."""
    return [clean_text(titles.plan_title(plan, lang)), clean_text(titles.audit_title(plan, lang))]


def _check_lengths(plan: Plan, texts: Sequence[Sequence[str]], titles: Sequence[str]) -> None:
    for i, (rec, row) in enumerate(zip(plan.recommendations, texts, strict=True)):
        for column in Column:
            if len(row[column]) > EXCEL_CELL_LIMIT:
                raise cell_too_long(rec.ref, i + 1, HEADINGS[column].en, len(row[column]))
    for text in titles:
        if len(text) > EXCEL_CELL_LIMIT:
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "ExportError",
                    "The plan's title holds {count} characters, more than the 32,767 an "
                    "Excel cell can hold.",
                ).format(count=len(text))
            )
