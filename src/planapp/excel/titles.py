"""The rows above a plan's header: department, acronym, title and audit title, and the
plan's language.

Names are kept as written, with one exception: an English department name written in
capitals in the title row ("CANADA BORDER SERVICES AGENCY (CBSA) DETAILED ACTION PLAN", as
the template prints it) is given its usual case ("Canada Border Services Agency"), because
English institution names capitalize every main word. A French name is kept exactly as
written: French capitalizes the first word and proper nouns only ("Agence de la santé
publique du Canada"), which cannot be told apart from common nouns without a dictionary, so
any recasing would be wrong as often as right ("Santé Publique").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["parse_title_rows", "plan_language"]

_TITLE = re.compile(
    r"^(?P<name>.*?)\s*(?:\((?P<acronym>[^()]{1,24})\))?\s*"
    r"(?P<suffix>DETAILED\s+ACTION\s+PLAN|PLAN\s+D['’]ACTION\s+D[ÉE]TAILL[ÉE])\s*$",
    re.IGNORECASE,
)
_IS_TITLE = re.compile(r"action\s+plan|plan\s+d['’]action", re.IGNORECASE)
_FRENCH_TITLE = re.compile(
    r"plan\s+d['’]action|r[ée]ponse\s+de\s+la\s+direction|recommandation", re.IGNORECASE
)
_SMALL_WORDS = {"and", "of", "the", "for", "on", "in", "to", "at", "by"}


def _name_case(name: str) -> str:
    """ "CANADA BORDER SERVICES AGENCY" -> "Canada Border Services Agency" (English names)."""
    if not name.isupper() or " " not in name.strip():
        return name  # mixed case as written, or a lone acronym ("CBSA")
    words = []
    for i, word in enumerate(name.lower().split(" ")):
        if i and word in _SMALL_WORDS:
            words.append(word)
        elif "'" in word or "’" in word:
            head, quote, tail = word.replace("’", "'").partition("'")
            words.append(f"{head}{quote}{tail.capitalize()}" if len(head) == 1 else word.title())
        else:
            words.append(word.capitalize())
    return " ".join(words)


def parse_title_rows(texts: Sequence[str]) -> dict[str, str]:
    """Plan fields from the texts above the header: the title row ("<DEPARTMENT (ACRONYM)>
    DETAILED ACTION PLAN", English, French or both joined by " / ") and the audit title on
    the next row, split at "/ " into English and French as the filed plans write it."""
    index = next((i for i, t in enumerate(texts) if _IS_TITLE.search(t)), None)
    if index is None:
        return {}
    fields: dict[str, str] = {}
    title = texts[index]
    for part in title.split(" / ") if " / " in title else [title]:
        m = _TITLE.match(part.strip())
        if not m:
            continue
        french = m.group("suffix").upper().startswith("PLAN")
        name = m.group("name").strip(" -–—,")
        fields["department_fr" if french else "department"] = name if french else _name_case(name)
        fields["title_fr" if french else "title"] = part.strip()
        if m.group("acronym"):
            fields.setdefault("acronym", m.group("acronym").strip())
    if "title" not in fields and "title_fr" not in fields:
        fields["title_fr" if _FRENCH_TITLE.search(title) else "title"] = title
    audit_index = index + 1
    if audit_index >= len(texts) and not _TITLE.match(title.strip()) and index > 0:
        # "Audit of X" then "Management Response and Action Plan" just above the table.
        audit_index = index - 1
    if audit_index < len(texts):
        audit = texts[audit_index]
        english, slash, french = audit.partition("/ ")
        if slash and english.strip() and french.strip():
            fields["audit_title"], fields["audit_title_fr"] = english.strip(), french.strip()
        elif "title_fr" in fields and "title" not in fields:
            fields["audit_title_fr"] = audit
        else:
            fields["audit_title"] = audit
    return fields


def plan_language(headings_language: str, fields: dict[str, str]) -> str:
    """ "en", "fr" or "both": what the headings say, with the title rows' languages."""
    english = bool(fields.get("title") or fields.get("department"))
    french = bool(fields.get("title_fr") or fields.get("department_fr"))
    titles = "both" if english and french else "fr" if french else "en" if english else ""
    if "both" in (headings_language, titles):
        return "both"
    if headings_language and titles and headings_language != titles:
        return "both"
    return headings_language or titles or "en"
