"""The other language's texts in the hidden record, so a round trip keeps every translation.

A sheet shows one language (see ``language_sheets``); the record's entry of each
recommendation adds, for it and for each of its milestones, contacts and extra columns:

* ``tr``: the entity's ``translations`` as written (the texts in the language the sheet does
  *not* show), restored as they are;
* ``fb``: where the sheet shows the plan in its other language, the fields that have no
  translation there and so show the primary text instead (a fallback). If such a cell is
  edited in the workbook, the edit is the new translation and the primary text stays: the
  recorded text says what it was.

Lists are matched by position while the recommendation keeps as many milestones, contacts and
extra columns as it was written with; otherwise their translations are not guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# The in-place exchange plan_in makes on each entity of its copy.
from planapp.domain.bilingual import TRANSLATABLE, Translatable, _swap, clean_translations
from planapp.domain.plan import Recommendation

__all__ = ["read_back", "translations_entry"]


def _entities(rec: Recommendation) -> list[Sequence[Translatable]]:
    return [[rec], rec.milestones, rec.contacts, rec.extra]


def _fallbacks(entity: Translatable) -> dict[str, str]:
    """Fields with no translation, whose other-language version shows the primary text."""
    return {
        f: getattr(entity, f)
        for f in TRANSLATABLE[type(entity)]
        if getattr(entity, f) and not entity.translations.get(f)
    }


def _translated_only(entity: Translatable) -> list[str]:
    """Fields with a translation but no primary text."""
    return [
        f
        for f in TRANSLATABLE[type(entity)]
        if not getattr(entity, f) and entity.translations.get(f)
    ]


def translations_entry(
    written: Recommendation, rec: Recommendation, swapped: bool
) -> dict[str, Any]:
    """The record's additions for ``rec`` (in its primary language) as ``written`` on the
    sheet; ``swapped`` when the sheet shows the plan in its other language (``written`` is
    then a :func:`plan_in` copy)."""
    out: dict[str, Any] = {}
    tr = [[clean_translations(e.translations) for e in group] for group in _entities(written)]
    if any(any(t) for group in tr for t in group):
        out["tr"] = tr
    if swapped:
        groups = _entities(rec)
        fb = [[_fallbacks(e) for e in group] for group in groups]
        if any(any(f) for group in fb for f in group):
            out["fb"] = fb
        only = [[_translated_only(e) for e in group] for group in groups]
        if any(any(f) for group in only for f in group):
            out["only"] = only
    return out


def _dicts(value: Any, count: int) -> list[dict[str, str]] | None:
    """``value`` as ``count`` dicts of text, or None when it is not that (a changed list or a
    damaged record)."""
    if not isinstance(value, list) or len(value) != count:
        return None
    out = []
    for item in value:
        if not isinstance(item, dict):
            return None
        out.append({str(k): v for k, v in item.items() if isinstance(v, str)})
    return out


def _as_translations(entity: Translatable, fields: list[str] | tuple[str, ...]) -> None:
    """In place: ``fields``' texts are the other language's; the primary has none."""
    moved = {f: getattr(entity, f) for f in fields if getattr(entity, f)}
    for f in moved:
        setattr(entity, f, "")
    entity.translations = clean_translations({**entity.translations, **moved})


def read_back(rec: Recommendation, data: dict[str, Any] | None, swapped: bool) -> None:
    """``rec`` as read from a sheet (texts in the language it shows) in the plan's primary
    language, with the translations the record kept (``data``: its entry, None for a
    recommendation added in the workbook) and the edits made on the sheet."""
    if data is not None:
        _apply(rec, data, ("tr", "fb"))
    if not swapped:
        return
    if data is None:  # added on a sheet in the other language: all its text is that language
        for group in _entities(rec):
            for entity in group:
                _as_translations(entity, TRANSLATABLE[type(entity)])
        return
    for group in _entities(rec):
        for entity in group:
            _swap(entity)
    _apply(rec, data, ("only",))


def _apply(rec: Recommendation, data: dict[str, Any], keys: tuple[str, ...]) -> None:
    groups = _entities(rec)
    for key in keys:
        stored = data.get(key)
        if not isinstance(stored, list) or len(stored) != len(groups):
            continue
        for group, value in zip(groups, stored, strict=True):
            if key == "only":
                if isinstance(value, list) and len(value) == len(group):
                    for entity, fields in zip(group, value, strict=True):
                        allowed = TRANSLATABLE[type(entity)]
                        if isinstance(fields, list):
                            _as_translations(entity, [f for f in fields if f in allowed])
                continue
            found = _dicts(value, len(group))
            if found is None:
                continue
            for entity, texts in zip(group, found, strict=True):
                allowed = TRANSLATABLE[type(entity)]
                if key == "tr":
                    entity.translations = clean_translations(
                        {f: t for f, t in texts.items() if f in allowed}
                    )
                    continue
                for f, text in texts.items():
                    if f in allowed and getattr(entity, f) != text:
                        entity.translations = {**entity.translations, f: text}
