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
import os
import sys
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from planapp.domain.texts import QT_TRANSLATE_NOOP

__all__ = ["Captured", "dropped_features", "quiet"]

_log = logging.getLogger(__name__)

CONDITIONAL_FORMATTING = QT_TRANSLATE_NOOP("WorkbookWarning", "conditional formatting")
# Fragments of openpyxl's warnings -> what the user loses, said for any workbook.
_FEATURES = (
    (
        "Data Validation extension",
        QT_TRANSLATE_NOOP("WorkbookWarning", "drop-down lists (data validation)"),
    ),
    ("Conditional Formatting extension", CONDITIONAL_FORMATTING),
    ("conditional formatting rule", CONDITIONAL_FORMATTING),
    ("Sparkline Group extension", QT_TRANSLATE_NOOP("WorkbookWarning", "sparklines")),
    ("Slicer List extension", QT_TRANSLATE_NOOP("WorkbookWarning", "slicers")),
    ("header or footer", QT_TRANSLATE_NOOP("WorkbookWarning", "page header or footer")),
)


@dataclass
class Captured:
    """What a library said while it ran."""

    warnings: list[str] = field(default_factory=list)
    printed: str = ""


@contextlib.contextmanager
def _native_output_captured(captured: Captured) -> Iterator[None]:
    """Descriptors 1 and 2 pointed at a temporary file: compiled code (a Rust panic message
    from calamine) writes there, not to the terminal."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, OSError, ValueError):
            stream.flush()
    saved = [os.dup(1), os.dup(2)]
    try:
        with tempfile.TemporaryFile() as sink:
            os.dup2(sink.fileno(), 1)
            os.dup2(sink.fileno(), 2)
            try:
                yield
            finally:
                os.dup2(saved[0], 1)
                os.dup2(saved[1], 2)
                sink.seek(0)
                captured.printed += sink.read().decode("utf-8", "replace")
    finally:
        for fd in saved:
            os.close(fd)


@contextlib.contextmanager
def quiet(native: bool = False) -> Iterator[Captured]:
    """Run a library call with its warnings recorded and its stdout captured; with
    ``native``, also what compiled code writes to the process's stdout and stderr."""
    captured = Captured()
    out = io.StringIO()
    with contextlib.ExitStack() as stack:
        records = stack.enter_context(warnings.catch_warnings(record=True))
        warnings.simplefilter("always")
        stack.enter_context(contextlib.redirect_stdout(out))
        if native:
            stack.enter_context(_native_output_captured(captured))
        try:
            yield captured
        finally:
            captured.warnings = [str(r.message) for r in records or []]
            captured.printed = out.getvalue() + captured.printed
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
