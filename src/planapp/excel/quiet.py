"""Keep the spreadsheet libraries' own output away from the user.

openpyxl reports what it drops with Python warnings (``UserWarning: Data Validation extension
is not supported and will be removed``) and, in one place, prints to stdout (``0 is out of
range``), where ``planapp import`` writes the new plans' ids. Every call into a spreadsheet
library runs inside ``quiet()``, which records both; ``dropped_features`` turns the warnings
that mean something to a user into planapp's words, and the rest (defined names, print areas,
a missing default style: nothing a plan holds) are only logged.
"""

from __future__ import annotations

import contextlib
import io
import logging
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

__all__ = ["Captured", "dropped_features", "quiet"]

_log = logging.getLogger(__name__)

# Fragments of openpyxl's warnings -> what the user loses, said for any workbook.
_FEATURES = (
    ("Data Validation extension", "drop-down lists (data validation)"),
    ("Conditional Formatting extension", "conditional formatting"),
    ("conditional formatting rule", "conditional formatting"),
    ("Sparkline Group extension", "sparklines"),
    ("Slicer List extension", "slicers"),
    ("header or footer", "page header or footer"),
)


@dataclass
class Captured:
    """What a library said while it ran."""

    warnings: list[str] = field(default_factory=list)
    printed: str = ""


@contextlib.contextmanager
def quiet() -> Iterator[Captured]:
    """Run a library call with its warnings recorded and its stdout captured."""
    captured = Captured()
    out = io.StringIO()
    with warnings.catch_warnings(record=True) as records, contextlib.redirect_stdout(out):
        warnings.simplefilter("always")
        try:
            yield captured
        finally:
            captured.warnings = [str(r.message) for r in records]
            captured.printed = out.getvalue()
    for text in captured.warnings:
        _log.debug("library warning: %s", text)
    if captured.printed:
        _log.debug("library output: %s", captured.printed.strip())


def dropped_features(messages: Iterable[str]) -> list[str]:
    """The features (in planapp's words, each once, in order) that the warnings say were not
    read."""
    found: list[str] = []
    for message in messages:
        for fragment, feature in _FEATURES:
            if fragment.lower() in message.lower() and feature not in found:
                found.append(feature)
    return found
