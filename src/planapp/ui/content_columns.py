"""Which language each column of the plan table shows, and how it is headed.

The table always has the template's eight columns (model columns 0–7, numbered as
:class:`~planapp.domain.template.Column`) and, after them, a second copy of each column whose
text is translated in the cell (model columns 8 and on). The second copies are hidden unless
the content language is "both"; then each one is placed beside its first copy, so the two
languages of a text are read side by side. Model column numbers never change, so sorting,
saved widths, the clipboard and every test keep meaning the same column.
"""

from __future__ import annotations

from dataclasses import dataclass

from planapp.domain.bilingual import other_language
from planapp.domain.fields import FIELDS
from planapp.domain.template import Column

# The columns whose text is edited in the cell and can be translated: shown twice in "both".
SECOND_COLUMNS: tuple[Column, ...] = tuple(
    f.column for f in FIELDS if f.edited_in_cell and f.translatable
)
SECTION_COUNT = len(Column) + len(SECOND_COLUMNS)
LANGUAGE_TAGS = {"en": "EN", "fr": "FR"}


def column_of(section: int) -> Column:
    """The template column a model column shows (its second copy included)."""
    if section < len(Column):
        return Column(section)
    return SECOND_COLUMNS[section - len(Column)]


def second_section(column: Column) -> int | None:
    """The model column of ``column``'s second-language copy (None: it has none)."""
    if column not in SECOND_COLUMNS:
        return None
    return len(Column) + SECOND_COLUMNS.index(column)


@dataclass(frozen=True)
class ContentView:
    """The content language chosen (``shown``: "en", "fr" or "both") for a plan whose
    primary content language is ``primary``."""

    shown: str = "en"
    primary: str = "en"

    @property
    def both(self) -> bool:
        return self.shown == "both"

    @property
    def first(self) -> str:
        """The language of the first copy of each column (the primary one in "both")."""
        return self.primary if self.both else self.shown

    @property
    def other(self) -> str:
        """The translations' language: the one a text can be missing in."""
        return other_language(self.primary)

    def language_of(self, section: int) -> str:
        return self.other if section >= len(Column) else self.first

    def visible(self, section: int) -> bool:
        return section < len(Column) or self.both

    def tagged(self, section: int) -> bool:
        """Whether the heading says its language: both copies in "both", and a translated
        column whenever the table shows a language that is not the plan's own."""
        if column_of(section) not in SECOND_COLUMNS:
            return False
        return self.both or self.shown != self.primary

    def heading(self, section: int, text: str) -> str:
        """``text`` (a column heading) with its language tag, where it needs one."""
        if not self.tagged(section):
            return text
        return f"{text} ({LANGUAGE_TAGS[self.language_of(section)]})"

    def visual_order(self) -> list[int]:
        """Model columns in the order shown: each second copy right after its first."""
        order: list[int] = []
        for column in Column:
            order.append(int(column))
            second = second_section(column)
            if second is not None:
                order.append(second)
        return order
