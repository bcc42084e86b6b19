"""A cell's value as the text a plan keeps: dates written out, whole numbers without ".0".

Date columns (completion, due) also read plain numbers as Excel serial dates; a date is
written the plan's way ("September 30, 2020", "30 septembre 2020").
"""

from __future__ import annotations

import datetime as _dt

from planapp.domain.date_format import date_text_from_cell
from planapp.domain.richtext import normalize


def _text(value: object, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, _dt.datetime | _dt.date):
        return date_text_from_cell(value, language)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def cell_text(value: object, name: str, language: str) -> str:
    """A cell's text as the plan keeps it; date columns read numbers as Excel dates."""
    if value is None:
        return ""
    if name in ("completion", "due") and not isinstance(value, str):
        return normalize(date_text_from_cell(value, language))
    return normalize(_text(value, language))
