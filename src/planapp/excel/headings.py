"""Find the plan table's header row and tell which template column each heading names.

People retype headings, translate them, break them over lines and trim their wording
("Management Response", "Key milestones", "Date d'achèvement"), so headings are matched by
the words that set each column apart rather than by exact text. The rules are tried in an
order that settles the overlaps: the Committee's indicator column mentions "achievement",
the contact heading says "responsible", the milestone heading says "dates".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from planapp.domain.template import Column

__all__ = [
    "HEADER_SEARCH_ROWS",
    "MIN_MATCHED",
    "HeaderMatch",
    "above_header_texts",
    "find_header",
    "is_header_row",
    "match_heading",
]

# How far down a sheet the header may be (logo, titles, instructions above it).
HEADER_SEARCH_ROWS = 30
# How many of the eight headings a row needs to be taken for the header.
MIN_MATCHED = 4

_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = set(_WORD.findall(folded))
    # Plurals: "milestones", "recommendations", "results", "jalons".
    return words | {w[:-1] for w in words if len(w) > 3 and w.endswith("s")}


# (column, words any of which names it), in the order they are tried.
_RULES: tuple[tuple[Column, frozenset[str]], ...] = (
    (Column.INDICATOR, frozenset({"indicator", "indicateur", "committee", "comite"})),
    (Column.MILESTONES, frozenset({"milestone", "jalon", "etape", "interim"})),
    (
        Column.COMPLETION,
        frozenset({"completion", "achevement", "echeance", "deadline", "timeline", "echeancier"}),
    ),
    (
        Column.CONTACTS,
        frozenset({"contact", "responsible", "responsable", "ressource", "lead", "owner"}),
    ),
    (Column.RESPONSE, frozenset({"response", "reponse"})),
    (Column.OUTCOME, frozenset({"outcome", "result", "resultat"})),
    (Column.RECOMMENDATION, frozenset({"recommendation", "recommandation"})),
    (Column.REF, frozenset({"ref", "reference", "no", "n", "para", "paragraph", "paragraphe"})),
)


def match_heading(text: object) -> Column | None:
    """The template column a heading cell names, or None for any other text."""
    if not isinstance(text, str) or not text.strip() or len(text) > 300:
        return None
    words = _words(text)
    for column, names in _RULES:
        if words & names:
            return column
    return None


@dataclass
class HeaderMatch:
    """Where a sheet's table header is, and which sheet column holds each template column."""

    row: int  # 1-based sheet row of the header
    columns: dict[Column, int]  # template column -> 0-based sheet column index
    extra: list[tuple[int, str]] = field(default_factory=list)  # ignored (index, heading)

    @property
    def first_column(self) -> int:
        return min(self.columns.values())


def _match_row(row_number: int, values: Sequence[object]) -> HeaderMatch:
    columns: dict[Column, int] = {}
    extra: list[tuple[int, str]] = []
    for index, value in enumerate(values):
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        column = match_heading(value)
        if column is not None and column not in columns:
            columns[column] = index
        else:
            extra.append((index, " ".join(str(value).split())))
    return HeaderMatch(row_number, columns, extra)


def find_header(rows: Sequence[Sequence[object]], first_row: int = 1) -> HeaderMatch | None:
    """The header among ``rows`` (sheet values, top first): the first row naming the most
    template columns, if it names at least MIN_MATCHED of them."""
    best: HeaderMatch | None = None
    for offset, values in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = _match_row(first_row + offset, values)
        if len(found.columns) >= MIN_MATCHED and (
            best is None or len(found.columns) > len(best.columns)
        ):
            best = found
            if len(best.columns) == len(Column):
                break
    if best is not None:
        # Cells past the table that are not headings (notes, a logo caption) are not columns.
        last = max(best.columns.values())
        best.extra = [(i, text) for i, text in best.extra if i < last + 4]
    return best


def is_header_row(values: Sequence[object], columns: dict[Column, int]) -> bool:
    """A repeated header (paginated workbooks): most of the cells are headings again."""
    first = min(columns, key=lambda c: columns[c])
    index = columns[first]
    # Cheap rejection for data rows: the table's first column must hold its heading.
    if index >= len(values) or match_heading(values[index]) != first:
        return False
    hits = 0
    for column, index in columns.items():
        if index < len(values) and match_heading(values[index]) == column:
            hits += 1
    return hits >= min(MIN_MATCHED, len(columns))


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
