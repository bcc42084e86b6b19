"""Dates written out as a plan writes them, and dates read from Excel cells.

"September 30, 2020" in English, "30 septembre 2020" ("1er avril") in French; an Excel cell
holding a date, or a number that is a plausible serial date, becomes that text so the plan keeps
what a reader reads. Parsing the text back to a day is :mod:`planapp.domain.dates`.
"""

from __future__ import annotations

import datetime as _dt
import math
import numbers
from typing import Any

__all__ = ["date_text_from_cell", "excel_serial_to_date", "format_date", "format_month"]

_EN_MONTHS = [
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip
_FR_MONTHS = [
    "", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip


def format_date(d: _dt.date, lang: str = "en") -> str:
    """The day as a plan writes it: "September 30, 2020" or "30 septembre 2020" ("1er avril")."""
    code = lang.lower()[:2]
    if code == "en":
        return f"{_EN_MONTHS[d.month]} {d.day}, {d.year}"
    if code == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {_FR_MONTHS[d.month]} {d.year}"
    raise ValueError(f"unsupported language: {lang!r}")


def format_month(year: int, month: int, lang: str = "en") -> str:
    """A month as a heading writes it: "September 2020", "septembre 2020"."""
    names = _FR_MONTHS if lang.lower()[:2] == "fr" else _EN_MONTHS
    return f"{names[month]} {year}"


_EXCEL_EPOCH = _dt.date(1899, 12, 30)
_EXCEL_MAX_SERIAL = 2958465  # 9999-12-31
# A bare number in a date cell is taken for a date only if it falls in these years; 2021 typed
# as a number is a year, not 1905-07-13.
_PLAUSIBLE_SERIALS = range(
    (_dt.date(1950, 1, 1) - _EXCEL_EPOCH).days, (_dt.date(2100, 12, 31) - _EXCEL_EPOCH).days + 1
)


def excel_serial_to_date(value: float) -> _dt.date | None:
    """The day an Excel serial number stands for (1900 date system), or None.

    Excel counts 1900-01-01 as day 1 and keeps Lotus's fictitious 1900-02-29 as day 60, which
    is not a day and gives None; from day 61 (1900-03-01) on, serials are days since
    1899-12-30. A time of day (the fraction) is dropped. Serials below 1 or after 9999-12-31
    give None.
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return None
    number = float(value)
    if not math.isfinite(number):
        return None
    serial = math.floor(number)
    if serial < 1 or serial > _EXCEL_MAX_SERIAL or serial == 60:
        return None
    if serial < 60:
        return _EXCEL_EPOCH + _dt.timedelta(days=serial + 1)
    return _EXCEL_EPOCH + _dt.timedelta(days=serial)


def date_text_from_cell(value: Any, lang: str = "en") -> str:
    """The text to keep for an Excel cell read as a date, a number or text.

    Date cells and plain numbers that are plausible serial dates (1950-2100) become
    "September 30, 2020", or "30 septembre 2020" in a French plan (``lang`` "fr"; a bilingual
    plan writes dates the English way), so the plan keeps readable text; other numbers stay
    as written (2021.0 as "2021"); None is "".
    """
    written = "fr" if lang == "fr" else "en"
    if value is None:
        return ""
    if isinstance(value, _dt.datetime):
        return format_date(value.date(), written)
    if isinstance(value, _dt.date):
        return format_date(value, written)
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        number = float(value)
        if math.isfinite(number) and math.floor(number) in _PLAUSIBLE_SERIALS:
            day = excel_serial_to_date(number)
            if day is not None:
                return format_date(day, written)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
    return str(value)
