"""Dates as departments write them (stub; full parser to follow)."""

from __future__ import annotations

import datetime as _dt


def parse_date(text: str) -> _dt.date | None:
    """The calendar day ``text`` means, or None if it cannot be read without guessing."""
    try:
        return _dt.date.fromisoformat(text.strip())
    except ValueError:
        return None
