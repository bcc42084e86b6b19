"""Which words of a text were deleted, added or kept: what a reviewer reads in a merge.

A returned workbook changes a long response by a few words; showing both versions whole hides
the change. ``word_diff`` pairs the two texts word by word (punctuation and spaces are tokens of
their own, so "plan," against "plan." marks just the comma) and returns segments in reading
order: kept text, then what was deleted before what was added at the same place. Pure: no Qt,
no markup; renderers decide how segments look (and must escape their text).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["Segment", "SegmentKind", "added_words", "deleted_words", "excerpt", "word_diff"]

SegmentKind = Literal["same", "deleted", "added"]

# A word (letters, digits, apostrophes inside), a run of other non-space characters, or spaces.
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]+|\s+")
_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class Segment:
    kind: SegmentKind
    text: str


def tokens(text: str) -> list[str]:
    """The text cut into words, punctuation runs and whitespace runs; joined, they are it."""
    return _TOKEN.findall(text or "")


def word_diff(old: str, new: str) -> list[Segment]:
    """Segments that read as ``new`` when the deleted ones are skipped, and as ``old`` when
    the added ones are; neighbouring segments of the same kind are joined."""
    a, b = tokens(old), tokens(new)
    # autojunk would treat frequent words ("the", spaces) in long texts as noise and mark
    # whole sentences changed; the texts are at most a few thousand words.
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out: list[Segment] = []

    def emit(kind: SegmentKind, parts: list[str]) -> None:
        text = "".join(parts)
        if not text:
            return
        # Changes never neighbour each other after _join_changes, so no two segments of one
        # kind follow each other.
        out.append(Segment(kind, text))

    for op, i1, i2, j1, j2 in _join_changes(matcher.get_opcodes(), a):
        if op == "equal":
            emit("same", a[i1:i2])
        else:
            emit("deleted", a[i1:i2])
            emit("added", b[j1:j2])
    return out


Opcode = tuple[str, int, int, int, int]


def _join_changes(opcodes: list[Opcode], a: list[str]) -> list[Opcode]:
    """A kept space alone between two changes joins them: "~~old words~~ __new words__"
    reads better than the old and new text alternating one word at a time."""
    out: list[Opcode] = []
    for op in opcodes:
        # difflib never gives two changes in a row; only a kept space can stand between them.
        if (
            len(out) >= 2
            and op[0] != "equal"
            and out[-1][0] == "equal"
            and out[-2][0] != "equal"
            and all(t.isspace() for t in a[out[-1][1] : out[-1][2]])
        ):
            out.pop()
            prev = out.pop()
            op = ("replace", prev[1], op[2], prev[3], op[4])
        out.append(op)
    return out


def _words(segments: list[Segment], kind: SegmentKind) -> list[str]:
    return [t for s in segments if s.kind == kind for t in tokens(s.text) if _WORD.search(t)]


def deleted_words(segments: list[Segment]) -> list[str]:
    """The words (not spaces or punctuation) marked deleted, in order."""
    return _words(segments, "deleted")


def added_words(segments: list[Segment]) -> list[str]:
    """The words (not spaces or punctuation) marked added, in order."""
    return _words(segments, "added")


def excerpt(segments: list[Segment], context: int = 40) -> list[Segment]:
    """The segments with long kept stretches cut to ``context`` characters either side of a
    change ("…"), for a one-line summary that shows the change rather than the first words."""
    out: list[Segment] = []
    last = len(segments) - 1
    for i, seg in enumerate(segments):
        if seg.kind != "same" or len(seg.text) <= 2 * context + 1:
            out.append(seg)
            continue
        text = seg.text
        head = text[:context].rsplit(" ", 1)[0] if i > 0 else ""
        tail = text[-context:].split(" ", 1)[-1] if i < last else ""
        parts = [p for p in (head, "…", tail) if p]
        out.append(Segment("same", (" " if head and tail else "").join(parts)))
    return out
