"""Every heading form the importer knows, in one table: which field a column heading names.

Departments retype, translate and trim the template's headings, and the internal-audit and
evaluation offices use the management-action-plan family ("Recommendation · Management
Response · Management Action Plan · Deliverables · Responsibility · Target Date · Status"), so
a heading is matched by the words that set its column apart, not by its exact text.

``HEADING_FORMS`` is tried top to bottom; the first form all of whose words are in a heading
names the column. Words are compared case- and accent-folded, a final "s" ignored ("Mesures
prévues" has the words of "mesure prevue"), in any order, with any other words around them.
The order settles overlaps: "Indicator of Achievement (For Committee Use Only)" is the
indicator, not a completion date; "Management Response and Action Plan" is the response;
"Expected Final Completion Date" is the template's completion date, while any other completion
or target date is a "due" date (milestone dates, or the completion date when a recommendation
has only one).

A form written with a leading "~" is weak: a word ordinary text uses too ("no", "lead",
"responsable", "status"). It counts only when the heading is short (at most
``WEAK_FORM_MAX_WORDS`` words), so a sentence that happens to contain it is not a heading.

To add a heading form: add a row ``(field, language, "words of the form")`` above any form
that would otherwise catch it (a more specific form first), with language "en", "fr" or ""
(either), and add the heading to ``tests/test_heading_forms.py``'s table of examples. The
fields are those of ``mapping.FIELDS``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "HEADING_FORMS",
    "WEAK_FORM_MAX_WORDS",
    "HeadingForm",
    "heading_words",
    "looks_like_heading",
    "match_form",
    "matching_languages",
]

# (field, language, form). Order matters: see the module docstring.
HEADING_FORMS: tuple[tuple[str, str, str], ...] = (
    # The Committee's column (it says "achievement", which is not a completion date).
    ("indicator", "en", "indicator"),
    ("indicator", "en", "committee"),
    ("indicator", "fr", "indicateur"),
    ("indicator", "fr", "comite"),
    # The template's milestones ("Key Interim Milestones (Description/Dates)").
    ("milestones", "en", "milestone"),
    ("milestones", "en", "interim"),
    ("milestones", "fr", "jalon"),
    ("milestones", "fr", "etape"),
    # The template's completion date, then every other date a plan gives.
    ("completion", "en", "final completion"),
    ("completion", "en", "expected completion"),
    ("completion", "fr", "achevement finale"),
    ("completion", "fr", "achevement final"),
    ("due", "en", "completion"),
    ("due", "en", "target date"),
    ("due", "en", "due date"),
    ("due", "en", "deadline"),
    ("due", "en", "timeframe"),
    ("due", "en", "~timeline"),
    ("due", "en", "~target"),
    ("due", "fr", "achevement"),
    ("due", "fr", "date cible"),
    ("due", "fr", "echeance"),
    ("due", "fr", "echeancier"),
    ("due", "fr", "date prevue"),
    ("due", "", "~date"),
    ("due", "en", "~when"),
    ("due", "fr", "~quand"),
    # Who answers for it.
    ("contacts", "en", "contact"),
    ("contacts", "en", "responsible"),
    ("contacts", "en", "responsibility"),
    ("contacts", "en", "accountable"),
    ("contacts", "en", "accountability"),
    ("contacts", "en", "opi"),
    ("contacts", "en", "~lead"),
    ("contacts", "en", "~owner"),
    ("contacts", "fr", "responsabilite"),
    ("contacts", "fr", "ressource"),
    ("contacts", "fr", "bpr"),
    ("contacts", "fr", "~responsable"),
    ("contacts", "en", "~who"),
    ("contacts", "fr", "~qui"),
    # Milestone status ("Status", "Statut", "État d'avancement").
    ("status", "en", "~status"),
    ("status", "fr", "~statut"),
    ("status", "fr", "etat avancement"),
    ("status", "fr", "~etat"),
    # The department's answer ("Management Response", "Réponse de la direction").
    ("response", "en", "response"),
    ("response", "fr", "reponse"),
    # What will be done: one milestone per paragraph or row.
    ("actions", "en", "action plan"),
    ("actions", "en", "planned action"),
    ("actions", "en", "action taken"),
    ("actions", "en", "deliverable"),
    ("actions", "en", "~action"),
    ("actions", "fr", "plan action"),
    ("actions", "fr", "mesure prevue"),
    ("actions", "fr", "livrable"),
    ("actions", "fr", "~mesure"),
    # The template's other columns.
    ("outcome", "en", "outcome"),
    ("outcome", "en", "result"),
    ("outcome", "fr", "resultat"),
    ("recommendation", "en", "recommendation"),
    ("recommendation", "fr", "recommandation"),
    ("ref", "en", "ref"),
    ("ref", "en", "reference"),
    ("ref", "en", "paragraph"),
    ("ref", "fr", "paragraphe"),
    ("ref", "en", "~para"),
    ("ref", "", "~no"),
    ("ref", "", "~n"),
)

# A weak form counts only in a heading of at most this many words.
WEAK_FORM_MAX_WORDS = 3
# Longest text taken for a heading; the bilingual template headings are under 160 characters.
_MAX_HEADING_CHARS = 200
_MAX_HEADING_WORDS = 30
# A cell of this many words or more that ends like a sentence is text, not a heading.
_SENTENCE_WORDS = 6

_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class HeadingForm:
    field: str
    language: str
    words: frozenset[str]
    weak: bool


def _compile() -> tuple[HeadingForm, ...]:
    forms = []
    for field, language, text in HEADING_FORMS:
        weak = text.startswith("~")
        forms.append(HeadingForm(field, language, frozenset(text.lstrip("~").split()), weak))
    return tuple(forms)


_FORMS = _compile()


def _fold(text: str) -> str:
    # "#" is a number sign in headings ("#", "Rec. #"): the word "no".
    folded = unicodedata.normalize("NFKD", text.casefold().replace("#", " no "))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def heading_words(text: str) -> tuple[set[str], int]:
    """The heading's folded words (with their singulars) and how many words it has."""
    found = _WORD.findall(_fold(text))
    words = set(found)
    # Plurals: "milestones", "recommendations", "results", "jalons", "prévues".
    return words | {w[:-1] for w in words if len(w) > 3 and w.endswith("s")}, len(found)


def looks_like_heading(text: object) -> bool:
    """Whether a cell has the shape of a heading: short, and not a sentence of running text."""
    if not isinstance(text, str):
        return False
    stripped = text.strip()
    if not stripped or len(stripped) > _MAX_HEADING_CHARS:
        return False
    count = len(stripped.split())
    if count > _MAX_HEADING_WORDS:
        return False
    return not (count >= _SENTENCE_WORDS and stripped.endswith((".", "!", "?", ";")))


def _matches(text: str) -> list[HeadingForm]:
    words, count = heading_words(text)
    return [
        form
        for form in _FORMS
        if form.words <= words and (not form.weak or count <= WEAK_FORM_MAX_WORDS)
    ]


def match_form(text: object) -> HeadingForm | None:
    """The first form a heading cell matches, or None for text that is not a known heading."""
    if not looks_like_heading(text):
        return None
    assert isinstance(text, str)
    words, count = heading_words(text)
    for form in _FORMS:
        if form.words <= words and (not form.weak or count <= WEAK_FORM_MAX_WORDS):
            return form
    return None


def matching_languages(text: object) -> set[str]:
    """The languages ("en", "fr") of the forms a heading matches: both for "Recommendation /
    Recommandation", none for a heading that is neither or uses only shared words ("No.")."""
    if not looks_like_heading(text):
        return set()
    assert isinstance(text, str)
    return {form.language for form in _matches(text) if form.language}
