"""Long texts: paragraphs and bullet lists as plain text.

The one representation planapp stores, edits, exports and prints:

* paragraphs are separated by a single ``"\\n"``;
* a paragraph that starts with ``"• "`` (U+2022 and a space) is a bullet list item; consecutive
  items form one list;
* nothing else is markup: ``<b>``, ``*`` or ``&amp;`` are literal characters.

Plain text survives every road the plan takes: a multi-line editor edits it as is, an Excel cell
holds it with line breaks, the printer turns bullet paragraphs into list items, and a user cannot
type anything that is read back as formatting. Text from outside passes through ``normalize``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BULLET = "• "

# Bullet glyphs people paste from Word or PDFs, each followed by whitespace.
_BULLET_MARKERS = re.compile(r"^[ \t]*[•▪◦●■‣∙·\uf0b7\uf0a7][ \t]*")
# C0/C1 control characters other than tab and newline; Word's \x0b is a line break.
_CONTROL = re.compile(r"[\x00-\x08\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"\r\n|\r|\x0b|\u2028|\u2029|\x85")


def normalize(text: str | None) -> str:
    """Text from an editor, a workbook or a paste, in the stored form.

    Line endings become ``"\\n"``, control characters are dropped, trailing spaces on each line
    and blank lines at both ends are removed, and pasted bullet glyphs become ``"• "``.
    Blank lines inside the text are kept: they are the user's.
    """
    if not text:
        return ""
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROL.sub("", text)
    lines = [_BULLET_MARKERS.sub(BULLET, line).rstrip() for line in text.split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


@dataclass(frozen=True)
class Block:
    """One paragraph of a long text; ``bullet`` tells whether it is a list item."""

    text: str
    bullet: bool = False


def blocks(text: str) -> list[Block]:
    """The paragraphs of a stored text, for renderers that lay out lists themselves."""
    out: list[Block] = []
    for line in text.split("\n") if text else []:
        if line.startswith(BULLET):
            out.append(Block(line[len(BULLET) :], bullet=True))
        elif line.strip() == BULLET.strip():
            out.append(Block("", bullet=True))
        else:
            out.append(Block(line))
    return out


def plain_preview(text: str, limit: int = 80) -> str:
    """One line of a long text, for lists, tooltips and undo-command names."""
    flat = " ".join(part.strip() for part in text.split("\n") if part.strip())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
