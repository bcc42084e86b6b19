"""The milestone and contact cells read back into lists: the inverse of ``cells``.

Workbooks hold a recommendation's milestones and contacts as one cell of text each. Those cells
come from planapp itself, from departments' own workbooks and from plans retyped from a PDF, so
the split must be tolerant and must never lose a word: whatever cannot be placed in a field is
kept whole in the description (milestones) or the name (contacts).

Milestones
    A paragraph that starts with a number ("1.1", "3.4 a)", "3.4(a)") starts a milestone. A
    paragraph "b)" right after "3.4 a)" is "3.4 b)" (the seed writes it so). Other paragraphs,
    including sub-items "a." / "b.", continue the current milestone. The due date is the date at
    the end of the milestone's text (same paragraph or the next one alone), so a milestone whose
    description mentions several dates is due on its last one. Without numbers, a paragraph
    that ends with a date closes a milestone and the next paragraph starts another.

Contacts
    A line that ends with a phone number or an e-mail address closes a person. In the closed
    group, a first line that looks like an organization ("CBSA", "... Agency") is the
    organization, which then applies to the people after it; the next line is the name (or
    "name, position" on one line) and the rest the position. A lone phone or e-mail line is
    given to the person before it when theirs is missing.
"""

from __future__ import annotations

import re

from planapp.domain.plan import Contact, Milestone, MilestoneStatus, WrittenDate
from planapp.domain.richtext import normalize
from planapp.domain.trailing_dates import find_trailing_date

__all__ = [
    "parse_actions",
    "parse_contacts",
    "parse_milestones",
    "parse_status",
    "split_milestone_number",
]

# "1.1", "3.4 a)", "3.4a)", "3.4(a)", "1.2b", "1.2.3", optionally followed by "." or ":".
_NUMBERED = re.compile(
    r"^(?:•\s*)?(?P<num>\d{1,3}(?:\.\d{1,3}){1,3}(?:\s?\(?[a-zA-Z]\)|[a-z])?)[.:]?(?=\s|$)\s*"
)
# "b)" or "(b)" alone at the start of a paragraph: the next lettered part of "3.4 a)".
_LETTER = re.compile(r"^\(?(?P<letter>[a-zA-Z])\)(?=\s|$)\s*")
_LETTERED_NUMBER = re.compile(r"^(?P<base>.*?)(?P<open>\(?)(?P<letter>[a-zA-Z])\)$")


def split_milestone_number(paragraph: str) -> tuple[str, str] | None:
    """``("3.4 a)", "rest of the paragraph")`` when the paragraph starts with a number."""
    m = _NUMBERED.match(paragraph)
    if not m:
        return None
    return m.group("num"), paragraph[m.end() :]


def _next_lettered(current: str, paragraph: str) -> tuple[str, str] | None:
    """``"3.4 b)"`` for a paragraph "b) ..." that follows milestone "3.4 a)"."""
    lettered = _LETTERED_NUMBER.match(current)
    m = _LETTER.match(paragraph)
    if not lettered or not m:
        return None
    letter = m.group("letter")
    if letter.lower() <= lettered.group("letter").lower():
        return None
    opening = "(" if lettered.group("open") else ""
    return f"{lettered.group('base')}{opening}{letter})", paragraph[m.end() :]


def _ends_with_date(paragraph: str) -> bool:
    return find_trailing_date(paragraph) is not None


def _milestone(number: str, lines: list[str]) -> Milestone:
    text = "\n".join(lines).strip()
    found = find_trailing_date(text) if text else None
    if found is None:
        return Milestone(number=number, description=text)
    before, due = found
    return Milestone(number=number, description=before.strip(), due=WrittenDate.of(due))


def parse_milestones(text: str | None) -> list[Milestone]:
    """The milestones a cell lists, in order; every word of the cell lands in one of them."""
    paragraphs = [p.strip() for p in normalize(text).split("\n")]
    groups: list[tuple[str, list[str], bool]] = []  # (number, lines, numbered)
    for paragraph in paragraphs:
        if not paragraph:
            continue
        numbered = split_milestone_number(paragraph)
        if numbered is None and groups and groups[-1][2]:
            numbered = _next_lettered(groups[-1][0], paragraph)
        if numbered is not None:
            number, rest = numbered
            groups.append((number, [rest] if rest.strip() else [], True))
            continue
        if groups:
            number, lines, is_numbered = groups[-1]
            closed = not is_numbered and bool(lines) and _ends_with_date(lines[-1])
            if not closed:
                lines.append(paragraph)
                continue
        groups.append(("", [paragraph], False))
    return [_milestone(number, lines) for number, lines, _ in groups]


_BULLET = re.compile(r"^(?:[•▪◦‣·●■\-–—*]|\uf0b7|\uf0a7)\s+")
_DATE_ALONE_MAX = 60


def parse_actions(text: str | None) -> list[Milestone]:
    """The milestones of a planned-actions or deliverables cell: one per paragraph or list
    item (its bullet left off), a date alone on the next line given to the one above it; a
    cell with numbered milestones is read as a milestone cell."""
    paragraphs = [p.strip() for p in normalize(text).split("\n") if p.strip()]
    if any(split_milestone_number(p) is not None for p in paragraphs):
        return parse_milestones(text)
    milestones: list[Milestone] = []
    for paragraph in paragraphs:
        item = _BULLET.sub("", paragraph, count=1)
        found = find_trailing_date(item) if len(item) <= _DATE_ALONE_MAX else None
        if found is not None and not found[0] and milestones and not milestones[-1].due.text:
            milestones[-1].due = WrittenDate.of(found[1])
            continue
        milestones.append(_milestone("", [item]))
    return milestones


# --- Contacts ---------------------------------------------------------------------------------

_PHONE = (
    r"(?:(?:tel|tél|phone|téléphone|telephone|t)\s?\.?\s?:?\s*)?"
    r"(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}"
    r"(?:\s*(?:ext\.?|x|poste)\s*\d{1,6})?"
)
_EMAIL = r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"
_PHONE_ONLY = re.compile(rf"^{_PHONE}$", re.IGNORECASE)
_EMAIL_ONLY = re.compile(rf"^{_EMAIL}$")
_TRAILING_PHONE = re.compile(rf"(?:^|(?<=[\s,;]))(?P<v>{_PHONE})[\s,;]*$", re.IGNORECASE)
_TRAILING_EMAIL = re.compile(rf"(?:^|(?<=[\s,;<(]))(?P<v>{_EMAIL})[>)]?[\s,;]*$")
_ACRONYM = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý&./\- ]{1,19}$")
_ORG_WORDS = re.compile(
    r"\b(agency|department|ministry|office|commission|secretariat|council|board|corporation|"
    r"canada|agence|ministère|ministere|bureau|secrétariat|conseil|commissariat|"
    r"sector|secteur|directorate|direction générale|branch|division|unit|services|"
    r"directions?|régions?|regions?)\b",
    re.IGNORECASE,
)


def _looks_like_organization(line: str) -> bool:
    if "," in line or any(ch.isdigit() for ch in line):
        return False
    return bool(_ACRONYM.match(line)) or bool(_ORG_WORDS.search(line))


def _take_trailing(line: str) -> tuple[str, str, str]:
    """(rest, phone, email) with a phone and/or e-mail taken off the end of ``line``."""
    phone = email = ""
    for _ in range(2):
        m = _TRAILING_EMAIL.search(line) if not email else None
        if m:
            email = m.group("v")
            line = line[: m.start()].rstrip(" ,;<(")
            continue
        m = _TRAILING_PHONE.search(line) if not phone else None
        if m:
            phone = m.group("v").strip()
            line = line[: m.start()].rstrip(" ,;")
            continue
        break
    return line.strip(), phone, email


def _person(lines: list[str], organization: str) -> tuple[Contact, str]:
    """One person from their group of lines; returns the organization now in force."""
    lines = list(lines)
    last, phone, email = _take_trailing(lines.pop()) if lines else ("", "", "")
    if last:
        lines.append(last)
    if len(lines) >= 2 and (_looks_like_organization(lines[0]) or len(lines) >= 3):
        organization = lines.pop(0)
    if not lines:
        name = title = ""
    elif len(lines) == 1:
        name, _, title = lines[0].partition(", ")
    else:
        name, title = lines[0], " ".join(lines[1:])
    contact = Contact(organization, name.strip(), title.strip(), phone, email)
    return contact, organization


# "Lead: PPB", "Co-lead - CFOB", "Responsable : DGSI": a role, then who holds it.
_ROLE = re.compile(
    r"^(?P<role>(?:co[- ]?)?lead|support|opi|bpr|responsible|accountable|owner|responsable|"
    r"appui|soutien|collaborat(?:or|eur|rice)s?|partners?|partenaires?)\s*[:–—-]\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# Words that make the part before a comma a position, not a person's name.
_POSITION = re.compile(
    r"\b(minister|deputy|assistant|adm|adg|dm|dg|cfo|cio|ceo|coo|cae|director|directeur|"
    r"directrice|chief|chef|officer|president|head|manager|gestionnaire|commissioner|"
    r"commissaire|executive|secretary|secrétaire|secretaire|sous-ministre|ministre|"
    r"dirigeant|dirigeante|agent|agente|advisor|adviser|conseiller|conseillère|lead|"
    r"coordinator|coordonnateur|coordonnatrice|superintendent|surintendant|registrar)\b",
    re.IGNORECASE,
)
_SHORT_OFFICE_WORDS = 5


def _split_offices(line: str) -> list[str]:
    """A line naming several offices ("PPB; CFOB", "Policy Branch / Finance Branch") as one
    line each; a slash inside a longer title ("Policy/Planning Director, ...") stays."""
    parts = [p.strip() for p in line.split(";") if p.strip()]
    out: list[str] = []
    for part in parts:
        pieces = [p.strip() for p in re.split(r"\s*/\s*", part)]
        short = all(p and "," not in p and len(p.split()) <= _SHORT_OFFICE_WORDS for p in pieces)
        if len(pieces) > 1 and short and not _TRAILING_PHONE.search(part) and "@" not in part:
            out.extend(pieces)
        else:
            out.append(part)
    return out


def _is_position(text: str) -> bool:
    return bool(_POSITION.search(text)) and not any(ch.isdigit() for ch in text)


def _single(line: str, organization: str) -> Contact:
    """A line on its own (no phone closing it): a role, an office, a position or a name."""
    role = _ROLE.match(line)
    if role:
        inner = _single(role.group("rest"), "")
        title = role.group("role")
        inner.title = f"{title}, {inner.title}" if inner.title else title
        return inner
    rest, phone, email = _take_trailing(line)
    if _looks_like_organization(rest) and not _is_position(rest):
        return Contact(organization=rest, phone=phone, email=email)
    head, _, tail = rest.partition(", ")
    if _is_position(head) or (not tail and _is_position(rest)):
        return Contact(organization, "", rest, phone, email)
    return Contact(organization, head.strip(), tail.strip(), phone, email)


def _lines_apart(group: list[str], organization: str) -> list[Contact]:
    """Lines of offices and positions without phones: a contact each, an office line giving
    its organization to the positions below it."""
    contacts: list[Contact] = []
    for i, line in enumerate(group):
        contact = _single(line, organization)
        following = group[i + 1] if i + 1 < len(group) else None
        office = contact.organization and not (contact.name or contact.title)
        if office and following is not None and not _looks_like_organization(following):
            organization = contact.organization
            continue  # the organization of the next lines
        contacts.append(contact)
    return contacts


def parse_contacts(text: str | None) -> list[Contact]:
    """The people a contact cell lists, with their organization; no line is dropped."""
    lines: list[tuple[str, bool]] = []  # (line, one of several offices written on one line)
    for line in normalize(text).split("\n"):
        if line.strip():
            offices = _split_offices(line.strip())
            lines.extend((office, len(offices) > 1) for office in offices)
    contacts: list[Contact] = []
    organization = ""
    group: list[str] = []

    def close() -> None:
        nonlocal organization, group
        if group:
            contact, organization = _person(group, organization)
            contacts.append(contact)
        group = []

    def close_apart() -> None:
        """A group that no phone or e-mail closed."""
        nonlocal group
        if len(group) == 1 and _looks_like_organization(group[0]) and not _ROLE.match(group[0]):
            contacts.append(Contact(organization=group[0]))
        elif (
            len(group) == 2
            and _looks_like_organization(group[0])
            and not any(_ROLE.match(g) or _is_position(g.partition(", ")[0]) for g in group)
        ):
            close()  # "CBSA" then a person's name
        elif len(group) >= 2 or (group and (_ROLE.match(group[0]) or _is_position(group[0]))):
            contacts.extend(_lines_apart(group, organization))
        else:
            close()
        group = []

    last_apart = False  # the contact before is one of several offices on a line
    for line, apart in lines:
        if apart:
            close_apart()
            contacts.append(_single(line, organization))
            last_apart = True
            continue
        if not group and contacts and not last_apart:
            last = contacts[-1]
            if _PHONE_ONLY.match(line) and not last.phone:
                last.phone = line
                continue
            if _EMAIL_ONLY.match(line) and not last.email:
                last.email = line
                continue
        if _ROLE.match(line) and not _TRAILING_PHONE.search(line):
            close_apart()
            contacts.append(_single(line, organization))
            continue
        last_apart = False
        # A phone or e-mail ends a person; so does "name, position" right after an organization.
        after_organization = len(group) == 1 and _looks_like_organization(group[0])
        group.append(line)
        if _TRAILING_PHONE.search(line) or _TRAILING_EMAIL.search(line):
            close()
        elif "," in line and (len(group) == 1 or after_organization):
            if _is_position(line.partition(", ")[0]):
                close_apart()
            else:
                close()
    close_apart()
    return contacts


# --- Status -----------------------------------------------------------------------------------

_STATUS_WORDS: dict[str, MilestoneStatus] = {}
for _status, _forms in (
    (
        MilestoneStatus.NOT_STARTED,
        "not started|not yet started|planned|pending|to do|non commencé|non commence|"
        "pas commencé|pas commence|pas encore commencé|prévu|prevu|à venir|a venir",
    ),
    (
        MilestoneStatus.IN_PROGRESS,
        "in progress|ongoing|underway|under way|started|en cours|commencé|commence|entamé|entame",
    ),
    (
        MilestoneStatus.COMPLETED,
        "completed|complete|done|closed|implemented|fully implemented|achieved|terminé|"
        "termine|complété|complete|achevé|acheve|réalisé|realise|mis en œuvre|mis en oeuvre|fermé",
    ),
    (MilestoneStatus.DELAYED, "delayed|behind schedule|late|overdue|retardé|retarde|en retard"),
    (MilestoneStatus.CANCELLED, "cancelled|canceled|withdrawn|annulé|annule|abandonné|abandonne"),
):
    for _form in _forms.split("|"):
        _STATUS_WORDS[_form] = _status


def parse_status(text: str | None) -> MilestoneStatus | None:
    """The milestone status a status cell states ("Completed", "En cours", "On track."), or
    None when the cell says something else (a date, a comment), which is then kept as text."""
    folded = " ".join((text or "").casefold().replace("-", " ").split()).strip(" .!;:")
    return _STATUS_WORDS.get(folded)
