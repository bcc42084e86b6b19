"""A date written at the end of a paragraph, split from the text before it.

Plans often write a milestone's due date at the end of its description ("... unnecessary
delays. September 30, 2020."); the Excel importer moves it to the due-date field. Reading the
date itself is :func:`planapp.domain.dates.date_form`.
"""

from __future__ import annotations

import re

from planapp.domain.dates import date_form

__all__ = ["find_trailing_date"]

# Where a date written after the text may start: after a sentence end, a colon or semicolon, a
# line break or a spaced dash. A date inside a sentence ("implemented in Q1 2020-2021.") is
# part of that sentence, not a separate due date.
_BOUNDARY = re.compile(r"(?:[.!?;:]\s+|\n\s*|\s+[-\u2013\u2014]\s+)")
_TRAILING_KINDS = {"iso", "numeric", "mdy", "dmy", "month", "quarter", "fiscal_year"}
_MAX_DATE_TEXT = 80


def _is_trailing_date(fragment: str) -> bool:
    if not fragment or len(fragment) > _MAX_DATE_TEXT or fragment[0] in "([":
        return False
    found = date_form(fragment)
    return found is not None and found[0] in _TRAILING_KINDS


def find_trailing_date(text: str) -> tuple[str, str] | None:
    """Split a paragraph that ends with a date: ``(text before, date as written)``, else None.

    Plans often write a milestone's due date at the end of its description ("... unnecessary
    delays. September 30, 2020."); the importer moves it to the due-date field. Only calendar
    dates, month-year, fiscal quarters and fiscal years count, and only when they stand after
    a sentence end, colon, line break or dash (or in closing parentheses), or make up the whole
    paragraph (text before is then ""). The date text keeps its leading words ("By Q2
    2020-21") and loses its trailing period; an unreadable date of a recognized shape
    ("05/06/2021") is still split so that the application can flag it.
    """
    body = text.rstrip().rstrip(".").rstrip()
    if not body:
        return None
    if body.endswith(")"):
        opening = body.rfind("(")
        inner = body[opening + 1 : -1].strip().rstrip(".").rstrip()
        if opening >= 0 and _is_trailing_date(inner):
            return body[:opening].strip(), inner
    starts = [0] + [m.end() for m in _BOUNDARY.finditer(body)]
    for start in reversed(starts):
        if len(body) - start > _MAX_DATE_TEXT:
            break
        fragment = body[start:]
        if _is_trailing_date(fragment):
            before = body[:start].rstrip()
            before = re.sub(r"\s*[-\u2013\u2014]$", "", before)
            return before, fragment
    return None
