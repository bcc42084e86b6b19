"""Dates as Canadian federal departments write them, in English and French.

A plan keeps the text the department wrote ("Q2 2020-21", "by end of fiscal year 2024-2025",
"30 septembre 2020"); this module derives the calendar day that text means, so that the
application can sort, check and flag overdue milestones. The rules:

- **A period means its last day.** A deadline written as a month, quarter, season or fiscal
  year is met if the work is done by the end of it: "March 2021" is 2021-03-31.
- **The fiscal year runs April 1 to March 31.** "FY 2024-25", "2024-25 fiscal year" and
  "exercice 2024-2025" end on 2025-03-31; the second year must follow the first ("2024-26" is
  not a fiscal year). Fiscal quarters: Q1 = April-June, Q2 = July-September, Q3 =
  October-December, Q4 = January-March of the later calendar year; "Q4 2020-21" is
  2021-03-31. French writes T1-T4 (trimestre) or "deuxième trimestre".
- **Seasons end with their last month:** winter YYYY (hiver) is March 31 of YYYY ("winter
  2022-23": March 31, 2023), spring (printemps) June 30, summer (été) September 30, fall or
  autumn (automne) December 31. The astronomical ends (March 20, June 20...) differ by days;
  the month end is what a reader of a plan expects.
- **Ambiguous means None, never a guess:** "05/06/2021" could be May or June, so numeric dates
  with the year last are read only when one part is over 12 or both parts are equal; a
  calendar quarter without a fiscal year ("Q3 2021"), a bare year, a month without a year,
  two-digit years, "TBD", "ongoing", "mid-2021" and "early 2021" all give None, and the
  application flags them. Invalid days ("February 30, 2021") and years outside 1900-2199
  (typos such as "3020") give None too. A weekday that contradicts the date gives None.
- Case, accents, extra spaces, trailing periods and leading words such as "by", "by the end
  of", "before", "no later than", "d'ici", "au plus tard le", "fin de", "le" are tolerated.

``parse_date`` reads a field that holds a date expression, not prose; ``date_form`` also says
which form it is. A date at the end of a paragraph is found by :mod:`planapp.domain.trailing_dates`;
dates are written out, and read from Excel cells, by :mod:`planapp.domain.date_format`.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
import unicodedata

__all__ = ["date_form", "parse_date"]

MIN_YEAR = 1900
MAX_YEAR = 2199

# Month names and abbreviations, accents removed, without trailing periods.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan janvier janv",
        "february feb fevrier fevr fev",
        "march mar mars",
        "april apr avril avr",
        "may mai",
        "june jun juin",
        "july jul juillet juil",
        "august aug aout",
        "september sept sep septembre",
        "october oct octobre",
        "november nov novembre",
        "december dec decembre",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

# Season -> its last month (winter ends in March of the year it is named after).
_SEASONS = {
    "winter": 3,
    "hiver": 3,
    "spring": 6,
    "printemps": 6,
    "summer": 9,
    "ete": 9,
    "fall": 12,
    "autumn": 12,
    "automne": 12,
}

_WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "monday mon lundi",
        "tuesday tue tues mardi",
        "wednesday wed mercredi",
        "thursday thu thur thurs jeudi",
        "friday fri vendredi",
        "saturday sat samedi",
        "sunday sun dimanche",
    )
):
    for _name in _names.split():
        _WEEKDAYS[_name] = _number

_ORDINALS = {
    "first": 1, "1st": 1, "premier": 1, "premiere": 1, "1er": 1, "1re": 1,
    "second": 2, "2nd": 2, "deuxieme": 2, "seconde": 2, "2e": 2, "2eme": 2,
    "third": 3, "3rd": 3, "troisieme": 3, "3e": 3, "3eme": 3,
    "fourth": 4, "4th": 4, "quatrieme": 4, "4e": 4, "4eme": 4,
}  # fmt: skip


# --- Regexes. They run on normalized text: lower case, no accents, single spaces, "-" dashes.

# Leading words that do not change the day: "by the end of", "au plus tard le", "d'ici la fin de".
_LEAD = re.compile(
    r"^(?:(?:by|before|prior to|no later than|not later than|on|due|until|in|during|within|for"
    r"|at|the|end|close|of|d'ici|au plus tard|avant|pour|en|au|aux|le|la|les|du|de|des|fin|a"
    r"|cours|durant|pendant)\b[ ,:]*|(?:l|d|jusqu)' ?)+"
)
_WEEKDAY = re.compile(r"^(?P<wd>[a-z]+)\.?,? (?=\S)")

_AFTER_MONTH = r"(?:\.,? ?|,? )"  # "Sept. 30", "March 2021", "March, 2021", "Sept.2021"
_DAY_SUFFIX = r"(?:st|nd|rd|th|er|re|e)?"  # 30th, 1er, 1re
_FY = r"(?P<y1>\d{4}) ?[-/] ?(?P<y2>\d{4}|\d{2})"  # 2020-21, 2020-2021, 2020/21
_FY_BEFORE = r"(?:fy ?|fiscal (?:year(?:[- ]end)? )?|exercice (?:financier )?|annee financiere )?"
_FY_AFTER = r"(?: fiscal(?: year)?| fy)?"
_Q_JOIN = r"(?:,? |,)(?:(?:of|in|de|du|for|pour) )?(?:the |l' ?|la )?"

_FORMS: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(pattern))
    for kind, pattern in (
        # 2020-09-30, 2020/09/30, 2020-09-30 00:00:00 (year first is never day-month)
        (
            "iso",
            r"^(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
            r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$",
        ),
        # 30/09/2020, 09/30/2020, 30-09-2020, 30.09.2020: read only when unambiguous
        ("numeric", r"^(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})$"),
        # September 30, 2020 / Sept. 30, 2020 / Sep 30 2020 / September 30th, 2020
        (
            "mdy",
            rf"^(?P<m>[a-z]+){_AFTER_MONTH}(?P<d>\d{{1,2}}){_DAY_SUFFIX}(?:, ?| )(?P<y>\d{{4}})$",
        ),
        # 30 September 2020 / 1er avril 2021 / 30th of September, 2020
        (
            "dmy",
            rf"^(?P<d>\d{{1,2}}){_DAY_SUFFIX} (?:of )?(?P<m>[a-z]+){_AFTER_MONTH}(?P<y>\d{{4}})$",
        ),
        # March 2021 / mars 2021 / Fall 2021 / automne 2021
        ("month", rf"^(?P<m>[a-z]+){_AFTER_MONTH}(?:(?:of|de) )?(?P<y>\d{{4}})$"),
        # winter 2022-23 / hiver 2022-2023
        ("winter", rf"^(?P<m>winter|hiver) (?:(?:of|de) )?{_FY}$"),
        # Q2 2020-21 / Q4 of 2020-21 / Q4 in the 2020-21 fiscal year / T2 de l'exercice 2020-2021
        ("quarter", rf"^(?:q|t) ?(?P<q>[1-4]){_Q_JOIN}{_FY_BEFORE}{_FY}{_FY_AFTER}$"),
        # 2020-21 Q3 / FY2020-21 Q3
        ("quarter", rf"^{_FY_BEFORE}{_FY}{_FY_AFTER},? (?:q|t) ?(?P<q>[1-4])$"),
        # second quarter of 2020-21 / deuxieme trimestre de l'exercice 2020-2021
        (
            "quarter",
            rf"^(?P<ord>[a-z0-9]+) (?:fiscal )?(?:quarter|trimestre)"
            rf"(?: (?:of|in|de|du|for|pour))? (?:the |l' ?|la )?{_FY_BEFORE}{_FY}{_FY_AFTER}$",
        ),
        # FY 2024-25 / fiscal year 2024-2025 / exercice 2024-2025 / 2024-25 fiscal year
        (
            "fiscal_year",
            rf"^(?:fy ?|fiscal (?:year(?:[- ]end)? )?|exercice (?:financier )?"
            rf"|annee financiere ){_FY}$",
        ),
        ("fiscal_year", rf"^{_FY} (?:fiscal(?: year)?|fy)$"),
    )
]

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u02bc\u0060\u00b4"), "'")


def _normalize(text: str) -> str:
    """Lower case, accents and typographic variants folded, so one regex covers them all."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_DASHES).translate(_QUOTES).lower()
    text = " ".join(text.split()).replace(" ,", ",").replace(" .", ".")
    text = text.rstrip(" .,;:!")
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip(" .,;:!")
    return text


def _last_day(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def _fiscal_start(match: re.Match[str]) -> int | None:
    """The calendar year a fiscal year starts in, or None if its two years do not follow."""
    y1, y2 = int(match["y1"]), match["y2"]
    follows = int(y2) == y1 + 1 if len(y2) == 4 else int(y2) == (y1 + 1) % 100
    return y1 if follows else None


def _day(year: int, month: int, day: int) -> _dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _date_of(kind: str, m: re.Match[str]) -> tuple[bool, _dt.date | None]:
    """(shape recognized, day) for a form that matched; words are checked against the tables."""
    if kind == "iso":
        return True, _day(int(m["y"]), int(m["m"]), int(m["d"]))
    if kind == "numeric":
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b or a == b:
            return True, _day(int(m["y"]), b, a)
        if b > 12 >= a:
            return True, _day(int(m["y"]), a, b)
        return True, None
    if kind in ("mdy", "dmy"):
        month = _MONTHS.get(m["m"])
        if month is None:
            return False, None
        return True, _day(int(m["y"]), month, int(m["d"]))
    if kind == "month":
        year = int(m["y"])
        month = _MONTHS.get(m["m"])
        if month is None and m["m"] not in _SEASONS:
            return False, None
        if not MIN_YEAR <= year <= MAX_YEAR:
            return True, None
        return True, _last_day(year, month if month is not None else _SEASONS[m["m"]])
    start = _fiscal_start(m)
    if start is None or not MIN_YEAR <= start < MAX_YEAR:
        return True, None
    if kind == "winter":
        return True, _dt.date(start + 1, 3, 31)
    if kind == "quarter":
        groups = m.groupdict()
        if groups.get("q") is not None:
            quarter = int(groups["q"])
        elif groups.get("ord") in _ORDINALS:
            quarter = _ORDINALS[groups["ord"]]
        else:
            return False, None
        return True, (
            _dt.date(start + 1, 3, 31) if quarter == 4 else _last_day(start, 3 * quarter + 3)
        )
    return True, _dt.date(start + 1, 3, 31)  # fiscal_year


def date_form(text: str) -> tuple[str, _dt.date | None] | None:
    """(form, day) when ``text`` has the shape of a date expression, else None.

    The form is "iso", "numeric", "mdy", "dmy", "month", "season", "winter", "quarter" or
    "fiscal_year"; the day is None for shapes that are dates but cannot be read (ambiguous,
    invalid).
    """
    norm = _LEAD.sub("", _normalize(text))
    weekday = None
    wd = _WEEKDAY.match(norm)
    if wd and wd["wd"] in _WEEKDAYS:
        weekday = _WEEKDAYS[wd["wd"]]
        norm = norm[wd.end() :]
    for kind, pattern in _FORMS:
        m = pattern.match(norm)
        if m is None:
            continue
        recognized, day = _date_of(kind, m)
        if not recognized:
            continue
        if weekday is not None and (
            kind not in ("iso", "numeric", "mdy", "dmy") or day is None or day.weekday() != weekday
        ):
            return kind, None
        return ("season" if m.groupdict().get("m") in _SEASONS else kind), day
    return None


def parse_date(text: str) -> _dt.date | None:
    """The calendar day ``text`` means, or None if it cannot be read without guessing.

    See the module docstring for the forms and rules. Never raises on any string.
    """
    if not isinstance(text, str) or len(text) > 200:
        return None
    found = date_form(text)
    return found[1] if found else None
