"""Find the plan table's header row and tell which field each heading names.

The heading forms themselves are in ``heading_forms`` (one table, easy to extend). This module
finds the row that holds them: among a sheet's first ``HEADER_SEARCH_ROWS`` rows, the row
naming the most fields. A row naming at least ``MIN_MATCHED`` fields, at least
``MIN_STRONG`` of them by a distinctive heading (not "No." or "Status"), is the header of a
plan (``recognized``); a row naming fewer but at least two, one of them distinctive, is a
*candidate* the user can map by hand instead of having the sheet refused, if one of its
headings is a column only a plan has (recommendation, response, actions); a row with that one
heading among at least three heading-like cells is a candidate too.

Which field a column goes to also depends on its neighbours: where the template's own
milestone column is present, a "Planned Action" column is kept as an extra column rather than
mixed into the milestones, and a second column naming a single-valued field (a second
"Recommendation") is kept as an extra column too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from planapp.domain.template import Column
from planapp.excel.heading_forms import looks_like_heading, match_form, matching_languages

__all__ = [
    "FIELD_COLUMNS",
    "HEADER_SEARCH_ROWS",
    "MIN_MATCHED",
    "HeaderMatch",
    "above_header_texts",
    "find_header",
    "is_header_row",
    "match_field",
    "match_heading",
]

# How far down a sheet the header may be (logo, titles, instructions above it).
HEADER_SEARCH_ROWS = 30
# How many fields a row must name to be taken for the header without asking.
MIN_MATCHED = 4
# How many of them must be named by a distinctive (not weak) heading form.
MIN_STRONG = 2
# Cells past the last heading that are not headings (notes, a logo caption) are not columns.
_PAST_TABLE = 4

# The template columns, by field name.
FIELD_COLUMNS: dict[str, Column] = {
    "ref": Column.REF,
    "recommendation": Column.RECOMMENDATION,
    "response": Column.RESPONSE,
    "outcome": Column.OUTCOME,
    "completion": Column.COMPLETION,
    "milestones": Column.MILESTONES,
    "contacts": Column.CONTACTS,
    "indicator": Column.INDICATOR,
}
# Columns only a plan has: a row naming none of them is not offered for mapping.
_CORE = {"recommendation", "response", "milestones", "actions"}
# Fields several columns may feed; any other field takes its first column only.
_MULTI = {"milestones", "actions", "contacts"}


def match_field(text: object) -> str | None:
    """The field a heading cell names ("ref", "actions", "due", ...), or None."""
    form = match_form(text)
    return form.field if form is not None else None


def match_heading(text: object) -> Column | None:
    """The template column a heading cell names, or None for any other text."""
    name = match_field(text)
    return FIELD_COLUMNS.get(name) if name is not None else None


def _fold(value: object) -> str:
    return " ".join(str(value).split())


@dataclass
class HeaderMatch:
    """Where a sheet's table header is, and the field of each of its columns."""

    row: int  # 1-based sheet row of the header
    # 0-based sheet column -> field ("extra" for a heading that names none), in sheet order
    fields: dict[int, str] = field(default_factory=dict)
    headings: dict[int, str] = field(default_factory=dict)  # 0-based column -> heading text
    strong: int = 0  # fields named by a distinctive heading form
    core: bool = False  # one of them is a plan's own column (recommendation, response, actions)
    languages: dict[str, int] = field(default_factory=dict)  # "en"/"fr" -> headings in it
    bilingual: int = 0  # headings in both languages ("Recommendation / Recommandation")
    shaped: int = 0  # cells that look like headings, known or not

    @property
    def columns(self) -> dict[Column, int]:
        """Template column -> sheet column, for the template's eight fields that are present."""
        return {FIELD_COLUMNS[f]: i for i, f in self.fields.items() if f in FIELD_COLUMNS}

    @property
    def extra(self) -> list[tuple[int, str]]:
        return [(i, self.headings[i]) for i, f in self.fields.items() if f == "extra"]

    @property
    def known(self) -> int:
        """How many different fields the headings name."""
        return len({f for f in self.fields.values() if f not in ("extra", "ignore")})

    @property
    def recognized(self) -> bool:
        return self.known >= MIN_MATCHED and self.strong >= MIN_STRONG

    @property
    def candidate(self) -> bool:
        """Worth offering for mapping: a plan's own column among other headings."""
        return self.core and (self.known >= 2 or self.shaped >= 3)

    @property
    def language(self) -> str:
        """ "en", "fr" or "both", from the headings' words; "" when they do not say."""
        en, fr = self.languages.get("en", 0), self.languages.get("fr", 0)
        if self.bilingual * 2 >= max(1, self.known) or (en and fr and min(en, fr) * 3 >= en + fr):
            return "both"
        if fr > en:
            return "fr"
        if en > fr:
            return "en"
        return ""


def _match_row(row_number: int, values: Sequence[object]) -> HeaderMatch:
    found = HeaderMatch(row_number)
    detected: list[tuple[int, str, bool]] = []
    for index, value in enumerate(values):
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        form = match_form(value)
        found.headings[index] = _fold(value)
        if looks_like_heading(value):
            found.shaped += 1
        if form is None:
            detected.append((index, "extra", False))
            continue
        detected.append((index, form.field, not form.weak))
        languages = matching_languages(value)
        for language in languages:
            found.languages[language] = found.languages.get(language, 0) + 1
        if len(languages) == 2:
            found.bilingual += 1
    named = {name for _, name, _ in detected}
    seen: set[str] = set()
    strong: set[str] = set()
    for index, name, is_strong in detected:
        if name == "actions" and "milestones" in named:
            name = "extra"  # the template's milestone column holds the milestones
        elif name != "extra" and name not in _MULTI and name in seen:
            name = "extra"
        if name != "extra":
            seen.add(name)
            if is_strong:
                strong.add(name)
        found.fields[index] = name
    found.strong = len(strong)
    found.core = bool(strong & _CORE)
    return found


def _trim(match: HeaderMatch) -> HeaderMatch:
    """Without the non-heading cells far to the right of the last heading."""
    named = [i for i, f in match.fields.items() if f != "extra"]
    if named:
        last = max(named)
        for index in [i for i in match.fields if i > last + _PAST_TABLE - 1]:
            del match.fields[index]
            del match.headings[index]
    return match


def find_header(
    rows: Sequence[Sequence[object]], first_row: int = 1, candidates: bool = False
) -> HeaderMatch | None:
    """The header among ``rows`` (sheet values, top first): the first row naming the most
    fields, if it is recognized (or, with ``candidates``, if it is at least a candidate)."""
    best: HeaderMatch | None = None
    for offset, values in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = _match_row(first_row + offset, values)
        if not (found.recognized or (candidates and found.candidate)):
            continue
        if best is None or (found.recognized, found.known) > (best.recognized, best.known):
            best = found
    return _trim(best) if best is not None else None


def is_header_row(values: Sequence[object], fields: dict[int, str]) -> bool:
    """A repeated header (paginated workbooks): most of the cells are headings again."""
    named = {i: f for i, f in fields.items() if f != "extra"}
    if not named:
        return False
    first = min(named)
    # Cheap rejection for data rows: the table's first column must hold a heading.
    if first >= len(values) or match_field(values[first]) is None:
        return False
    hits = 0
    for index in named:
        if index < len(values) and match_field(values[index]) is not None:
            hits += 1
    return hits >= min(MIN_MATCHED, len(named))


def row_text(values: Sequence[object]) -> str:
    """A title row's text: its filled cells, in order, joined by a space."""
    parts = []
    for value in values:
        if value is None:
            continue
        text = " ".join(str(value).split()) if not isinstance(value, str) else value.strip()
        if text:
            parts.append(text)
    return " ".join(parts)


def above_header_texts(rows: Sequence[Sequence[object]]) -> list[str]:
    """The texts of the filled rows above the header (titles, logo captions), top first."""
    return [text for text in (row_text(r) for r in rows) if text]
