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
from collections.abc import Sequence

from planapp.domain.cell_parsing import split_milestone_number
from planapp.domain.dates import parse_date
from planapp.domain.richtext import normalize
from planapp.domain.template import Column

__all__ = [
    "MAX_LINES_PER_ROW",
    "estimate_lines",
    "has_suspects",
    "join_continuation",
    "join_pieces",
    "lines_up_to",
    "may_need_normalizing",
    "split_cell",
    "split_counted",
]

# 30 lines of 10-point text is ~380 points: under Excel's 409-point row limit and under a
# landscape page less its title rows.
MAX_LINES_PER_ROW = 30

_LIST_START = re.compile(r"^(?:[•▪◦‣·\-–—*]\s|\(?(?:\d{1,3}|[a-zA-Z]|[ivx]{1,4})[.)]\s)")


# Characters ``normalize`` would change or drop, XML cannot hold, or that start a bullet.
_SUSPECT_CHARS = re.compile(
    "[\r\x0b\x85\u2028\u2029\x00-\x08\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
    "•▪◦●■‣∙·\uf0b7\uf0a7]"
)


def _without_bullets(text: str) -> str:
    """``text`` with each bullet in stored form ("• " opening a line, then neither a space nor
    a tab) replaced by a plain letter; any other bullet glyph is left in place."""
    if "\n•  " in text or "\n• \t" in text or text.startswith(("•  ", "• \t")):
        return text
    plain = text.replace("\n• ", "\nx")
    return "x" + plain[2:] if plain.startswith("• ") else plain


def has_suspects(text: str) -> bool:
    """Whether ``text`` holds a suspect character (bullets in stored form, which ``normalize``
    keeps, excepted) or a line ending in whitespace. ASCII text (most of it) is checked with
    string methods, several times faster than the patterns: its suspects are the control
    characters but tab and line break, and once those are ruled out its only whitespace
    before a line break is a space or a tab."""
    chars = _without_bullets(text) if "•" in text else text
    if chars.isascii():
        return (
            not chars.replace("\n", "").replace("\t", "").isprintable()
            or " \n" in text
            or "\t\n" in text
            or text.endswith((" ", "\t"))
        )
    if _SUSPECT_CHARS.search(chars):
        return True
    # A line ending in whitespace (what the pattern ``[^\S\n]\n|[^\S\n]\Z`` finds: ``\s`` and
    # ``str.isspace`` are the same characters).
    return any(line[-1:].isspace() for line in text.split("\n"))


def may_need_normalizing(text: str) -> bool:
    """False when ``normalize`` would surely return ``text`` unchanged (nearly every text),
    checked with a few C-speed scans instead of normalizing; True means it might change it."""
    if has_suspects(text):
        return True
    if "\n" in text:
        first, _, rest = text.partition("\n")
        return not first.strip() or not rest.rpartition("\n")[2].strip()
    return not text.strip()


def _first_line(text: str) -> str:
    """The text up to its first line break (without copying the rest, as ``split`` would)."""
    end = text.find("\n")
    return text if end < 0 else text[:end]


def _starts_paragraph(text: str) -> bool:
    first = _first_line(text).strip()
    if _LIST_START.match(first) or split_milestone_number(first) is not None:
        return True
    return len(first) <= 60 and parse_date(first.rstrip(".")) is not None


_STOPS = (".", "!", "?", ":", ";")
_CLOSERS = "\"')]»”’"


def _ends_sentence(text: str) -> bool:
    r"""Whether ``text`` ends a sentence: a stop then any closing quotes or brackets, at the
    end or before a final line break (the pattern ``[.!?:;]["')\]»”’]*$``), reading only the
    end of ``text``."""
    if text.endswith("\n") and text[:-1].rstrip(_CLOSERS).endswith(_STOPS):
        return True
    return text.rstrip(_CLOSERS).endswith(_STOPS)


def _separator(before: str, after_first_line: str, column: Column) -> str:
    """``separator`` from the end of ``before`` and the first line of ``after``: all it reads."""
    if column == Column.CONTACTS or _starts_paragraph(after_first_line):
        return "\n"
    if after_first_line[:1].isupper() and _ends_sentence(before):
        return "\n"
    return " "


def separator(before: str, after: str, column: Column) -> str:
    """What goes between two pieces of a cell split over rows: ``"\\n"`` or ``" "``."""
    return _separator(before, _first_line(after), column)


def join_continuation(before: str, after: str, column: Column) -> str:
    """``before`` continued by the text of a continuation row."""
    if not before:
        return after
    if not after:
        return before
    return before + separator(before, after, column) + after


def join_pieces(pieces: Sequence[str], column: Column) -> str:
    """The pieces of a cell continued over rows, joined as ``join_continuation`` joins them
    one by one, in time linear in their total length: each separator reads only the end of
    the text so far, and that end is the last piece's (a piece of closing quotes or brackets
    alone reads as no sentence end either way, since a separator stands before it)."""
    parts: list[str] = []
    last = ""
    for piece in pieces:
        if not piece:
            continue
        if parts:
            parts.append(_separator(last, _first_line(piece), column))
        parts.append(piece)
        last = piece
    return "".join(parts)


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


def _lines_between(text: str, start: int, end: int, width: int, cap: int) -> int:
    """``_paragraph_lines(text[start:end], width)`` without the copy; stops counting once
    over ``cap`` (any result over ``cap`` only means "more than ``cap``")."""
    if end - start <= width:
        return 1
    lines = 0
    while end - start > width:
        cut = text.rfind(" ", start, start + width + 1)
        start = cut + 1 if cut > start else start + width
        lines += 1
        if lines > cap:
            return lines
    return lines + 1


def estimate_lines(text: str, chars_per_line: float) -> int:
    """Lines a wrapped cell needs: each paragraph word-wrapped from a fresh line."""
    if not text:
        return 0
    width = max(4, int(chars_per_line))
    if len(text) <= width:
        return text.count("\n") + 1
    total = 0
    for paragraph in text.split("\n"):
        total += 1 if len(paragraph) <= width else _paragraph_lines(paragraph, width)
    return total


def lines_up_to(text: str, chars_per_line: float, cap: int) -> int:
    """``estimate_lines(text, chars_per_line)`` when it is at most ``cap``; otherwise some
    number over ``cap``, found without counting the rest of a long text."""
    if not text:
        return 0
    width = max(4, int(chars_per_line))
    if len(text) <= width:
        return text.count("\n") + 1
    size = len(text)
    total = 0
    start = 0
    while True:
        end = text.find("\n", start)
        end = size if end < 0 else end
        total += _lines_between(text, start, end, width, cap - total)
        if total > cap or end == size:
            return total
        start = end + 1


def _rejoins(pieces: list[str], text: str, column: Column, checked: list[str]) -> bool:
    """Whether the reader, joining ``pieces`` with ``join_continuation``, gets ``text`` back.

    Every piece but the last was cut where ``separator`` gives back the cut character, is
    already in normalized form and holds more than whitespace (``split_counted`` checks that,
    with ``checked[i]`` the first line after cut ``i``). So the join is exact when the last
    piece is normalized and each separator, computed from the piece that really follows (the
    reader has no more text than that), is still the cut character."""
    last = pieces[-1]
    if may_need_normalizing(last) and normalize(last) != last:
        return False
    position = 0
    for i in range(len(pieces) - 1):
        position += len(pieces[i])
        first = _first_line(pieces[i + 1])
        if first != checked[i] and _separator(pieces[i], first, column) != text[position]:
            return False
        position += 1
    return True


def split_counted(
    text: str,
    chars_per_line: float,
    column: Column,
    max_lines: int = MAX_LINES_PER_ROW,
    lines: int | None = None,
) -> tuple[list[str], list[int]]:
    """``split_cell``'s pieces and each piece's ``estimate_lines``, found in one pass over
    ``text``; ``lines`` is ``lines_up_to(text, chars_per_line, max_lines)`` (or the exact
    ``estimate_lines``) if the caller has it."""
    total = lines_up_to(text, chars_per_line, max_lines) if lines is None else lines
    if total <= max_lines:
        return [text], [total]
    size = len(text)
    width = max(4, int(chars_per_line))
    last_solid = len(text.rstrip()) - 1  # a piece's tail must hold more than whitespace
    trailing_empty = 1 if text.endswith("\n") else 0  # an empty last paragraph is a line
    pieces: list[str] = []
    counts: list[int] = []
    checked: list[str] = []  # the first line after each cut, as the cut was chosen on it
    start = 0
    while start < size:
        # Fill a piece paragraph by paragraph, then the part of the next one that still fits.
        # When every paragraph fits, the rest of the text is the last piece.
        used = 0
        position = start
        budget_end = start
        fits = True
        while position < size:
            end = text.find("\n", position)
            end = size if end < 0 else end
            lines = _lines_between(text, position, end, width, max_lines - used)
            if used + lines > max_lines:
                room = max_lines - used
                budget_end = position + int(room * chars_per_line * 0.9)
                fits = False
                break
            used += lines
            position = end + 1
            budget_end = end
        if fits and used + trailing_empty <= max_lines:
            pieces.append(text[start:])
            counts.append(used + trailing_empty)
            break
        # Cut at the latest space or line break within the budget where the reader puts
        # back exactly that character.
        chosen = -1
        chosen_lines = 0
        chosen_first = ""
        low = start + 1
        high = min(size, budget_end + 1)
        space = text.rfind(" ", low, high)
        newline = text.rfind("\n", low, high)
        while space >= 0 or newline >= 0:
            if space > newline:
                cut = space
                space = text.rfind(" ", low, cut)
            else:
                cut = newline
                newline = text.rfind("\n", low, cut)
            if cut >= last_solid or text.startswith("\n", cut + 1):
                continue
            head = text[start:cut]
            if not head or head.isspace():
                continue
            line_end = text.find("\n", cut + 1)
            first = text[cut + 1 :] if line_end < 0 else text[cut + 1 : line_end]
            if _separator(head, first, column) != text[cut] or (
                may_need_normalizing(head) and normalize(head) != head
            ):
                continue
            if start < position <= cut:
                # The head is the paragraphs counted in ``used`` and the start of the next.
                head_lines = used + (estimate_lines(text[position:cut], chars_per_line) or 1)
            else:
                head_lines = estimate_lines(head, chars_per_line)
            if head_lines <= max_lines:
                chosen, chosen_lines, chosen_first = cut, head_lines, first
                break
        if chosen < 0:
            rest = text[start:]
            pieces.append(rest)
            counts.append(estimate_lines(rest, chars_per_line))
            break
        pieces.append(text[start:chosen])
        counts.append(chosen_lines)
        checked.append(chosen_first)
        start = chosen + 1
    if _rejoins(pieces, text, column, checked):
        return pieces, counts
    return [text], [estimate_lines(text, chars_per_line)]


def split_cell(
    text: str, chars_per_line: float, column: Column, max_lines: int = MAX_LINES_PER_ROW
) -> list[str]:
    """``text`` cut into pieces of at most ``max_lines`` lines each that the reader joins back
    into exactly ``text``; ``[text]`` when it fits or cannot be cut safely."""
    return split_counted(text, chars_per_line, column, max_lines)[0]
