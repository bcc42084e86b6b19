"""A recommendation spread over several rows: how its cell texts continue, both ways.

Printed plans break long rows across pages, and workbooks made from them (and workbooks
planapp writes, see below) carry a recommendation on several rows: the first row has the
Report Ref. No., the next rows leave it empty and continue each column's text. The reader
joins the pieces back with ``join_continuation``: a line break where the next piece starts a
new paragraph (a bullet, a numbered item, a date alone, a new sentence after a full stop),
otherwise a space, as a sentence cut by a page break reads.

Excel cannot show a row taller than 409 points, nor print one taller than the page, so the
writer splits a recommendation whose text would be taller than ``MAX_LINES_PER_ROW`` with
``split_cell``. It only cuts where ``join_continuation`` puts back exactly what was cut, so a
plan written and read again is unchanged.
"""

from __future__ import annotations

import re

from planapp.domain.cell_parsing import split_milestone_number
from planapp.domain.dates import parse_date
from planapp.domain.richtext import normalize
from planapp.domain.template import Column

__all__ = ["MAX_LINES_PER_ROW", "estimate_lines", "join_continuation", "split_cell"]

# 30 lines of 10-point text is ~380 points: under Excel's 409-point row limit and under a
# landscape page less its title rows.
MAX_LINES_PER_ROW = 30

_LIST_START = re.compile(r"^(?:[•▪◦‣·\-–—*]\s|\(?(?:\d{1,3}|[a-zA-Z]|[ivx]{1,4})[.)]\s)")
_SENTENCE_END = re.compile(r"[.!?:;][\"')\]»”’]*$")


def _starts_paragraph(text: str) -> bool:
    first = text.split("\n", 1)[0].strip()
    if _LIST_START.match(first) or split_milestone_number(first) is not None:
        return True
    return len(first) <= 60 and parse_date(first.rstrip(".")) is not None


def separator(before: str, after: str, column: Column) -> str:
    """What goes between two pieces of a cell split over rows: ``"\\n"`` or ``" "``."""
    if column == Column.CONTACTS or _starts_paragraph(after):
        return "\n"
    if _SENTENCE_END.search(before) and after[:1].isupper():
        return "\n"
    return " "


def join_continuation(before: str, after: str, column: Column) -> str:
    """``before`` continued by the text of a continuation row."""
    if not before:
        return after
    if not after:
        return before
    return before + separator(before, after, column) + after


def _paragraph_lines(paragraph: str, width: int) -> int:
    """Lines of a word-wrapped paragraph: break at the last space that fits, else anywhere."""
    size = len(paragraph)
    if size <= width:
        return 1
    lines, start = 0, 0
    while size - start > width:
        cut = paragraph.rfind(" ", start, start + width + 1)
        start = cut + 1 if cut > start else start + width
        lines += 1
    return lines + 1


def estimate_lines(text: str, chars_per_line: float) -> int:
    """Lines a wrapped cell needs: each paragraph word-wrapped from a fresh line."""
    if not text:
        return 0
    width = max(4, int(chars_per_line))
    return sum(_paragraph_lines(p, width) for p in text.split("\n"))


def _rejoins(pieces: list[str], text: str, column: Column) -> bool:
    joined = ""
    for piece in pieces:
        joined = join_continuation(joined, normalize(piece), column)
    return joined == text


_BREAKS = re.compile(r"[\n ]")


def _cut_points(text: str, start: int, budget_chars: int) -> list[int]:
    """Positions (of a line break or space) where a piece starting at ``start`` may end,
    latest first, none past the budget."""
    limit = min(len(text), start + max(1, budget_chars))
    return [m.start() for m in _BREAKS.finditer(text, start + 1, limit)][::-1]


def split_cell(
    text: str, chars_per_line: float, column: Column, max_lines: int = MAX_LINES_PER_ROW
) -> list[str]:
    """``text`` cut into pieces of at most ``max_lines`` lines each that the reader joins back
    into exactly ``text``; ``[text]`` when it fits or cannot be cut safely."""
    if estimate_lines(text, chars_per_line) <= max_lines:
        return [text]
    pieces: list[str] = []
    start = 0
    while start < len(text):
        rest = text[start:]
        if estimate_lines(rest, chars_per_line) <= max_lines:
            pieces.append(rest)
            break
        # Fill a piece paragraph by paragraph, then the part of the next one that still fits.
        used = 0
        position = start
        budget_end = start
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            lines = _paragraph_lines(text[position:end], max(4, int(chars_per_line)))
            if used + lines > max_lines:
                room = max_lines - used
                budget_end = position + int(room * chars_per_line * 0.9)
                break
            used += lines
            position = end + 1
            budget_end = end
        chosen = None
        for cut in _cut_points(text, start, budget_end - start + 1):
            head, tail = text[start:cut], text[cut + 1 :]
            if (
                head.strip()
                and tail.strip()
                and not tail.startswith("\n")
                and normalize(head) == head
                and separator(head, tail, column) == text[cut]
                and estimate_lines(head, chars_per_line) <= max_lines
            ):
                chosen = cut
                break
        if chosen is None:
            pieces.append(rest)
            break
        pieces.append(text[start:chosen])
        start = chosen + 1
    return pieces if _rejoins(pieces, text, column) else [text]
