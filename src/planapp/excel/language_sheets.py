"""Workbooks in English, in French, or in both: which texts each sheet shows, and reading
every language back.

An export in one language writes the plan's content in that language (``plan_in``: a text
not yet translated shows its primary version), under headings and titles in the same language.
The hidden record keeps the other language's texts (``translations_record``), so a plan read
back from any planapp workbook has all its translations.

**Bilingual** ("both") writes *two sheets in one workbook*: the plan in its own language
first, then the complete plan in its other language ("Action Plan" and "Plan d'action"), each
with its headings, titles and printed pages in that language only. That is what a Committee
clerk circulates: members read the version in their language, each sheet prints as a clean
document of its own, sorts and filters work on one text per cell, and a screen reader or a
spelling checker meets one language per sheet (Excel cannot mark the language of part of a
cell, so a cell holding English then French would be read half in the wrong voice).

Reading such a workbook back gives **one** plan: the first sheet is the plan (as any planapp
workbook), and the second sheet's cells are its other language. The record keeps what was
written on the second sheet; a cell someone changed there is taken as the new translation.
"""

from __future__ import annotations

from typing import Any

from planapp.domain import bilingual
from planapp.domain.output_language import content_in as shown
from planapp.domain.plan import Plan, Recommendation
from planapp.excel import record as _record

__all__ = [
    "OTHER",
    "SHEET_TITLES",
    "merge_other_sheet",
    "other_record",
    "other_sheet",
    "other_sheet_entries",
    "shown",
    "swapped",
]

SHEET_TITLES = {"en": "Action Plan", "fr": "Plan d'action", "both": "Plan"}
OTHER = "other"  # the record's plan entry: the second sheet of a bilingual workbook
CONTENT = "content"  # the record's plan entry: the language the plan's sheet shows
_REC_FIELDS = bilingual.TRANSLATABLE[Recommendation]


# --- Reading ----------------------------------------------------------------------------------


def swapped(store: _record.PlanRecord | None) -> bool:
    """True when the record's sheet shows the plan in its other language."""
    if store is None:
        return False
    content = store.plan.get(CONTENT)
    language = store.plan.get("language")
    primary = bilingual.primary_language(Plan(language=str(language)))
    return content in bilingual.CONTENT_LANGUAGES and content != primary


def other_sheet_entries(
    version: Plan,
    starts: list[int],
    milestone_cells: list[str],
    contact_cells: list[str],
) -> list[dict[str, Any]]:
    """The record of the second sheet, a row per recommendation: where it landed, what its
    cells hold (fingerprints of its texts; its exact milestones and contacts)."""
    recs = []
    for i, rec in enumerate(version.recommendations):
        entry = _record.rec_entry(i, rec, starts[i], milestone_cells[i], contact_cells[i])
        entry["fp"] = [_record.fingerprint(getattr(rec, f)) for f in _REC_FIELDS]
        recs.append(entry)
    return recs


def other_sheet(store: _record.PlanRecord | None) -> str | None:
    """The title of a bilingual workbook's second sheet, if the record names one."""
    if store is None:
        return None
    other = store.plan.get(OTHER)
    return str(other.get("sheet")) if isinstance(other, dict) and other.get("sheet") else None


def other_record(store: _record.PlanRecord) -> _record.PlanRecord:
    """A record for reading the second sheet like the first."""
    other = store.plan[OTHER]
    recs = [
        _record.RecRecord(int(e["i"]), str(e["ref"]), int(e["row"]), e)
        for e in store.others
        if isinstance(e, dict)
    ]
    # Where the extra columns are on the second sheet; a workbook that does not say (written
    # by an earlier planapp) has them where the first sheet has, under the same headings
    # unless they were translated.
    columns = other.get("extra_columns", store.plan.get("extra_columns"))
    plan = {"extra_columns": columns} if isinstance(columns, list) else {}
    return _record.PlanRecord(sheet=str(other["sheet"]), plan=plan, recs=recs)


def _set(entity: bilingual.Translatable, field: str, lang: str, primary: str, text: str) -> None:
    twin = bilingual.with_text(entity, field, lang, primary, text)
    setattr(entity, field, getattr(twin, field))
    entity.translations = twin.translations


def merge_other_sheet(plan: Plan, seen: Plan, store: _record.PlanRecord) -> list[str]:
    """Take into ``plan`` (in its primary language) the edits made on the second sheet
    (``seen``, read from it); returns warnings."""
    other = store.plan[OTHER]
    lang = str(other.get("lang"))
    entries = [e for e in store.others if isinstance(e, dict)]
    if lang not in bilingual.CONTENT_LANGUAGES:
        return []
    primary = bilingual.primary_language(plan)
    recs, read = plan.recommendations, seen.recommendations
    if len(read) != len(recs) or len(entries) != len(recs):
        return [
            f"Sheet “{other['sheet']}” no longer lists the plan's recommendations as it was "
            "written; the translations were taken from when it was written, not from its cells."
        ]
    for rec, got, entry in zip(recs, read, entries, strict=True):
        prints = entry.get("fp", [])
        for k, f in enumerate(_REC_FIELDS):
            text = getattr(got, f)
            if k < len(prints) and _record.fingerprint(text) != prints[k]:
                _set(rec, f, lang, primary, text)
        written = entry.get("milestones", [])
        if len(got.milestones) == len(rec.milestones) == len(written):
            for m, g, w in zip(rec.milestones, got.milestones, written, strict=True):
                if g.description != w[1]:
                    _set(m, "description", lang, primary, g.description)
        written = entry.get("contacts", [])
        if len(got.contacts) == len(rec.contacts) == len(written):
            for c, g, w in zip(rec.contacts, got.contacts, written, strict=True):
                for f, at in (("organization", 0), ("title", 2)):
                    if getattr(g, f) != w[at]:
                        _set(c, f, lang, primary, getattr(g, f))
    return []
