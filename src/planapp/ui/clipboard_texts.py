"""The plan table's cells as copied and pasted in the content language shown, translations kept.

A cell copies the text of its own language. With it, planapp puts on the clipboard (in a
format of its own) each copied cell's texts in the other language, so rows copied in one
language and pasted as new rows, or over other rows, keep their translations; a paste from
anywhere else (Excel, Word) carries none. A pasted list of milestones or contacts keeps the
translations of the items whose text did not change.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QMimeData

from planapp.domain.bilingual import TRANSLATABLE, other_language, text_in, with_text
from planapp.domain.cell_parsing import parse_contacts, parse_milestones
from planapp.domain.cells import contacts_text, milestones_text
from planapp.domain.plan import Contact, Milestone, Recommendation, WrittenDate
from planapp.domain.richtext import normalize
from planapp.domain.template import Column
from planapp.ui.content_columns import ContentView, column_of
from planapp.ui.row_texts import TEXT_COLUMNS

MIME_TYPE = "application/x-planapp-cell-texts"
LISTS = {Column.MILESTONES: "milestones", Column.CONTACTS: "contacts"}


@dataclass(frozen=True)
class Place:
    """What a model column of the plan table holds: its template column, its language and
    the plan's primary language."""

    column: Column
    lang: str
    primary: str

    @classmethod
    def of(cls, section: int, view: ContentView | None) -> Place:
        view = view or ContentView()
        return cls(column_of(section), view.language_of(section), view.primary)

    @property
    def translated(self) -> bool:
        return self.lang != self.primary


def _items_in(items: list[Any], lang: str, primary: str) -> list[Any]:
    """Milestones or contacts with their texts in ``lang`` (exactly as stored)."""
    out = []
    for item in items:
        twin = copy.copy(item)
        for name in TRANSLATABLE[type(item)]:
            setattr(twin, name, text_in(item, name, lang, primary))
        out.append(twin)
    return out


def cell_text(rec: Recommendation, section: int, view: ContentView | None = None) -> str:
    """A cell as copied: its own language's text; the milestones without the on-screen marks."""
    place = Place.of(section, view)
    column = place.column
    if column == Column.REF:
        return rec.ref
    if column == Column.COMPLETION:
        return rec.completion.text
    if column == Column.MILESTONES:
        return milestones_text(_items_in(rec.milestones, place.lang, place.primary))
    if column == Column.CONTACTS:
        return contacts_text(_items_in(rec.contacts, place.lang, place.primary))
    return text_in(rec, TEXT_COLUMNS[column], place.lang, place.primary)


def _pasted_items(new: list[Any], old: list[Any], place: Place) -> list[Any]:
    """``new`` (items read from pasted text in ``place``'s language) as the recommendation's
    items: in the primary language, an unchanged item's translations are kept; in the other
    language, the texts go to the translations and each item's primary texts stay."""
    out = []
    for i, item in enumerate(new):
        before = old[i] if i < len(old) else type(item)()
        names = TRANSLATABLE[type(item)]
        if not place.translated:
            kept = {
                n: v
                for n, v in before.translations.items()
                if getattr(item, n) == getattr(before, n)
            }
            item.translations = kept
        else:
            texts = {n: getattr(item, n) for n in names}
            for name in names:
                setattr(item, name, getattr(before, name))
            item.translations = dict(before.translations)
            for name, value in texts.items():
                item = with_text(item, name, place.lang, place.primary, value)
        out.append(item)
    return out


def set_cell(rec: Recommendation, section: int, text: str, view: ContentView | None = None) -> None:
    """Put a pasted cell's text into the field its column shows, in the column's language."""
    place = Place.of(section, view)
    column = place.column
    if column == Column.REF:
        rec.ref = " ".join(normalize(text).split())
    elif column == Column.COMPLETION:
        rec.completion = WrittenDate.of(normalize(text))
    elif column == Column.MILESTONES:
        rec.milestones = _pasted_items(parse_milestones(normalize(text)), rec.milestones, place)
    elif column == Column.CONTACTS:
        rec.contacts = _pasted_items(parse_contacts(normalize(text)), rec.contacts, place)
    else:
        name = TEXT_COLUMNS[column]
        value = normalize(text)
        if place.translated:
            rec.translations = with_text(rec, name, place.lang, place.primary, value).translations
        else:
            setattr(rec, name, value)  # its translation stays, as after an edit of the cell


# -- the other language, carried along on the clipboard --------------------------------------


def other_texts(rec: Recommendation, section: int, view: ContentView | None) -> dict[str, Any]:
    """What a copied cell holds in the other language, to go with its text."""
    place = Place.of(section, view)
    other = other_language(place.lang)
    entry: dict[str, Any] = {"column": int(place.column), "lang": place.lang}
    if place.column in TEXT_COLUMNS:
        entry["text"] = text_in(rec, TEXT_COLUMNS[place.column], other, place.primary)
    elif place.column in LISTS:
        items = getattr(rec, LISTS[place.column])
        entry["items"] = [
            {n: text_in(item, n, other, place.primary) for n in TRANSLATABLE[type(item)]}
            for item in items
        ]
    return entry


def add_other_texts(mime: QMimeData, cells: list[tuple[str, dict[str, Any]]]) -> None:
    """Put (each copied cell's text, its other-language texts) on ``mime``."""
    payload = [{"copied": text, **entry} for text, entry in cells if len(entry) > 2]
    mime.setData(MIME_TYPE, json.dumps(payload).encode("utf-8"))


def read_other_texts(mime: QMimeData | None) -> list[dict[str, Any]]:
    """The other-language texts planapp put on the clipboard ([] from anywhere else)."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return []
    try:
        payload = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    return payload if isinstance(payload, list) else []


def restore_other_texts(
    rec: Recommendation,
    section: int,
    pasted: str,
    carried: list[dict[str, Any]],
    view: ContentView | None,
) -> None:
    """After ``pasted`` went into ``rec``'s cell: the other language's texts that came with
    that very text from a planapp copy of the same kind of column, in the same language,
    where ``rec`` has none of its own (a row pasted new; a paste over a row keeps its texts)."""
    place = Place.of(section, view)
    entry = next(
        (
            e
            for e in carried
            if e.get("column") == int(place.column)
            and e.get("lang") == place.lang
            and e.get("copied") == pasted
        ),
        None,
    )
    if entry is None:
        return
    other = other_language(place.lang)
    if place.column in TEXT_COLUMNS and entry.get("text"):
        name = TEXT_COLUMNS[place.column]
        if text_in(rec, name, other, place.primary):
            return
        changed = with_text(rec, name, other, place.primary, str(entry["text"]))
        rec.translations = changed.translations
        setattr(rec, name, getattr(changed, name))
    elif place.column in LISTS:
        items: list[Milestone | Contact] = getattr(rec, LISTS[place.column])
        for i, texts in enumerate(entry.get("items") or []):
            if i < len(items) and isinstance(texts, dict):
                for name, value in texts.items():
                    if (
                        name in TRANSLATABLE[type(items[i])]
                        and value
                        and not text_in(items[i], name, other, place.primary)
                    ):
                        items[i] = with_text(items[i], name, other, place.primary, str(value))
