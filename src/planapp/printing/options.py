"""What the person asked for when printing: page, language, which recommendations, the date.

Kept apart from the renderer so the dialogs, the command line and the settings store can build
and remember one of these without importing any painting code.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Literal

from planapp.domain.template import Language

PageSizeName = Literal["legal", "letter"]

PAGE_SIZES: tuple[PageSizeName, ...] = ("legal", "letter")


@dataclass
class PrintOptions:
    """One print job's choices; the defaults are the committee's usual landscape Legal page."""

    page_size: PageSizeName = "legal"
    landscape: bool = True
    lang: Language = "en"
    # None prints every recommendation; otherwise only those whose id is in the set, in plan order.
    recommendation_ids: set[int] | None = None
    printed_on: _dt.date = field(default_factory=_dt.date.today)
    # Print an imported plan's extra columns (see domain.extra_columns) after the eight.
    include_extra: bool = False

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"page size must be one of {PAGE_SIZES}, not {self.page_size!r}")
        if self.lang not in ("en", "fr", "both"):
            raise ValueError(f"language must be 'en', 'fr' or 'both', not {self.lang!r}")
