"""One plan from its English and its French version (two imported workbooks of the same plan).

Departments file a plan in both official languages as two documents with the same rows. This
pairs them into one plan whose texts hold one language and whose ``translations`` hold the
other (:mod:`planapp.domain.bilingual`). Recommendations are paired by Report Ref. No. (case,
spaces and periods aside), then by the number in the ref ("Rec. 3" with "Recommandation 3"),
then a row still unpaired with the other version's row at the same position if that one is
unpaired too; milestones, contacts and extra columns of a
pair by position. Nothing is dropped: an item found in one version only is kept (with its
text on that language's side) and listed in the report, so a preview can show what did not
pair before anything is saved.

Use::

    result = pair_plans(english, french)            # English primary, French translations
    result = pair_plans(english, french, primary="fr")
    result.plan                                      # the plan to save
    result.report.unpaired, result.report.lines()    # what to show before saving
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from planapp.domain.bilingual import TRANSLATABLE, ContentLanguage, Translatable, other_language
from planapp.domain.plan import (
    Contact,
    ExtraColumn,
    Milestone,
    Plan,
    Recommendation,
    without_ids,
)
from planapp.domain.texts import QT_TRANSLATE_NOOP, Text

__all__ = [
    "PairMethod",
    "PairedPlan",
    "PairingReport",
    "RecommendationPair",
    "Unpaired",
    "pair_plans",
]

PairMethod = Literal["ref", "number", "position"]
ItemKind = Literal["recommendation", "milestone", "contact", "extra column"]

# What the report says, as whole sentences per language (French adjectives agree: « la
# version française »), translated when shown.
ONLY_IN = {
    "en": QT_TRANSLATE_NOOP("PlanPairing", "{item} is only in the English version"),
    "fr": QT_TRANSLATE_NOOP("PlanPairing", "{item} is only in the French version"),
}
NO_VERSION = {
    "en": QT_TRANSLATE_NOOP("PlanPairing", "{ref}: {item} has no English version"),
    "fr": QT_TRANSLATE_NOOP("PlanPairing", "{ref}: {item} has no French version"),
}
ITEMS = {
    "milestone": QT_TRANSLATE_NOOP("PlanPairing", "milestone {position}"),
    "contact": QT_TRANSLATE_NOOP("PlanPairing", "contact {position}"),
    "extra column": QT_TRANSLATE_NOOP("PlanPairing", "extra column {position}"),
}
LABELLED = QT_TRANSLATE_NOOP("PlanPairing", "{item} ({label})")
ROW = QT_TRANSLATE_NOOP("PlanPairing", "Row {position}")
A_RECOMMENDATION = QT_TRANSLATE_NOOP("PlanPairing", "A recommendation")
NO_REF = QT_TRANSLATE_NOOP("PlanPairing", "(no ref)")
PAIRED = QT_TRANSLATE_NOOP(
    "PlanPairing",
    "{n} recommendation(s) paired: {ref} by ref, {number} by the number in the ref, "
    "{position} by position",
)
BY_POSITION = QT_TRANSLATE_NOOP("PlanPairing", "{mine} paired with {theirs} by position")
# Title attributes: the English one, then its French twin.
_TITLE_PAIRS = (
    ("department", "department_fr"),
    ("title", "title_fr"),
    ("audit_title", "audit_title_fr"),
)


@dataclass(frozen=True)
class RecommendationPair:
    """A recommendation of the result and the two rows it came from (index in each version,
    None for the version that lacks it; ``method`` None then too)."""

    index: int  # in the paired plan
    primary_index: int | None
    other_index: int | None
    primary_ref: str
    other_ref: str
    method: PairMethod | None


@dataclass(frozen=True)
class Unpaired:
    """An item found in one version only: kept in the plan, listed for the preview."""

    kind: ItemKind
    language: ContentLanguage  # the version that has it
    ref: str  # its recommendation's ref in that version
    position: int  # 1-based, within its recommendation (or the plan for a recommendation)
    label: str  # the ref, milestone number or contact name, as that version writes it

    def describe(self) -> Text:
        """One line for a preview or the command line (English as a ``str``; ``str()`` in
        the user's language)."""
        position = str(self.position)
        if self.kind == "recommendation":
            item = self.label or ROW.format(position=position)
            return ONLY_IN[self.language].format(item=item)
        what = ITEMS[self.kind].format(position=position)
        if self.label:
            what = LABELLED.format(item=what, label=self.label)
        missing = other_language(self.language)
        return NO_VERSION[missing].format(ref=self.ref or A_RECOMMENDATION, item=what)


@dataclass(frozen=True)
class PairingReport:
    primary: ContentLanguage
    pairs: tuple[RecommendationPair, ...]
    unpaired: tuple[Unpaired, ...]

    @property
    def complete(self) -> bool:
        """Every item found its twin."""
        return not self.unpaired

    def by_method(self) -> dict[str, int]:
        """How many recommendations paired by ref, by the ref's number and by position."""
        out = {"ref": 0, "number": 0, "position": 0}
        for p in self.pairs:
            if p.method is not None:
                out[p.method] += 1
        return out

    def lines(self) -> list[Text]:
        """What a preview or ``planapp import --translation`` tells the user."""
        counts = self.by_method()
        out = [
            PAIRED.format(
                n=sum(counts.values()),
                ref=counts["ref"],
                number=counts["number"],
                position=counts["position"],
            )
        ]
        out += [
            BY_POSITION.format(mine=p.primary_ref or NO_REF, theirs=p.other_ref or NO_REF)
            for p in self.pairs
            if p.method == "position"
        ]
        out += [u.describe() for u in self.unpaired]
        return out


@dataclass(frozen=True)
class PairedPlan:
    plan: Plan
    report: PairingReport = field(compare=False)


def pair_plans(english: Plan, french: Plan, *, primary: ContentLanguage = "en") -> PairedPlan:
    """One plan from the English and the French version of it: ``primary``'s texts in the
    attributes (its language becomes ``primary``), the other's in ``translations``. Ref,
    dates, numbers, names, phones and statuses come from the primary version. Neither plan
    given is changed; the result has no ids (it is saved as a new plan)."""
    versions = {"en": english, "fr": french}
    first, second = versions[primary], versions[other_language(primary)]
    plan = copy.deepcopy(first)
    plan.id = None
    plan.language = primary
    for en_name, fr_name in _TITLE_PAIRS:
        setattr(plan, en_name, getattr(english, en_name) or getattr(french, en_name))
        setattr(plan, fr_name, getattr(french, fr_name) or getattr(english, fr_name))
    plan.acronym = first.acronym or second.acronym
    plan.report_ref = first.report_ref or second.report_ref
    other = other_language(primary)
    matches = _match_recommendations(first.recommendations, second.recommendations)
    unpaired: list[Unpaired] = []
    recs: list[tuple[int | None, int | None, Recommendation, PairMethod | None]] = []
    for i, rec in enumerate(plan.recommendations):
        j, method = matches.get(i, (None, None))
        if j is None:
            unpaired.append(Unpaired("recommendation", primary, rec.ref, i + 1, rec.ref))
        else:
            unpaired += _pair_children(rec, second.recommendations[j], primary)
        recs.append((i, j, rec, method))
    for j in _unmatched(len(second.recommendations), matches):
        theirs = second.recommendations[j]
        unpaired.append(Unpaired("recommendation", other, theirs.ref, j + 1, theirs.ref))
        placed = _after(recs, j)
        recs.insert(placed, (None, j, _recommendation_other_side(theirs), None))
    plan.recommendations = [rec for _i, _j, rec, _m in recs]
    plan = without_ids(plan)
    pairs = tuple(
        RecommendationPair(
            n,
            i,
            j,
            first.recommendations[i].ref if i is not None else "",
            second.recommendations[j].ref if j is not None else "",
            method,
        )
        for n, (i, j, _rec, method) in enumerate(recs)
    )
    return PairedPlan(plan, PairingReport(primary, pairs, tuple(unpaired)))


# -- recommendations ---------------------------------------------------------------------------

_NOISE = re.compile(r"[\s.]+")
_NUMBER = re.compile(r"\d+(?:[.\-]\d+)*")


def _ref_key(ref: str) -> str:
    return _NOISE.sub("", ref.casefold())


def _number_key(ref: str) -> str:
    """The number a ref names, whatever the word before it ("Rec. 3", "Recommandation 3")."""
    found = _NUMBER.findall(ref)
    return "/".join(found)


def _match_recommendations(
    first: Sequence[Recommendation], second: Sequence[Recommendation]
) -> dict[int, tuple[int, PairMethod]]:
    """Primary index -> (other index, how they were paired)."""
    matches: dict[int, tuple[int, PairMethod]] = {}
    taken: set[int] = set()
    key_fns: tuple[tuple[PairMethod, Callable[[str], str]], ...] = (
        ("ref", _ref_key),
        ("number", _number_key),
    )
    for method, key in key_fns:
        pools: dict[str, list[int]] = {}
        for j, rec in enumerate(second):
            k = key(rec.ref)
            if k and j not in taken:
                pools.setdefault(k, []).append(j)
        for i, rec in enumerate(first):
            pool = pools.get(key(rec.ref)) if i not in matches else None
            if pool:
                j = pool.pop(0)
                matches[i] = (j, method)
                taken.add(j)
    for i in range(min(len(first), len(second))):
        if i not in matches and i not in taken:  # the same row of both tables
            matches[i] = (i, "position")
            taken.add(i)
    return matches


def _unmatched(count: int, matches: dict[int, tuple[int, PairMethod]]) -> list[int]:
    taken = {j for j, _m in matches.values()}
    return [j for j in range(count) if j not in taken]


def _after(recs: Sequence[tuple[int | None, int | None, object, object]], j: int) -> int:
    """Where the other version's row ``j`` goes: after the row that came from its nearest
    predecessor in that version, or first."""
    best_n, best_j = -1, -1
    for n, (_i, other_j, _rec, _m) in enumerate(recs):
        if other_j is not None and best_j < other_j < j:
            best_n, best_j = n, other_j
    return best_n + 1


# -- texts of one pair -------------------------------------------------------------------------

T = TypeVar("T", Recommendation, Milestone, Contact, ExtraColumn)


def _translate(mine: Translatable, theirs: Translatable) -> None:
    """``mine``'s translations from ``theirs``'s texts (the primary texts stay)."""
    for name in TRANSLATABLE[type(mine)]:
        text = getattr(theirs, name)
        if text:
            mine.translations[name] = text


def _other_side(theirs: T) -> T:
    """An item of the other version alone: its texts on the translation side, the primary
    side empty (so it shows as missing there); everything else as that version has it."""
    twin = copy.deepcopy(theirs)
    names = TRANSLATABLE[type(theirs)]
    twin.translations = {n: getattr(theirs, n) for n in names if getattr(theirs, n)}
    for name in names:
        setattr(twin, name, "")
    return twin


def _recommendation_other_side(theirs: Recommendation) -> Recommendation:
    twin = _other_side(theirs)
    twin.milestones = [_other_side(m) for m in theirs.milestones]
    twin.contacts = [_other_side(c) for c in theirs.contacts]
    twin.extra = [_other_side(x) for x in theirs.extra]
    return twin


# Each list of a recommendation paired by position: its kind and the attribute naming an item.
_CHILD_LISTS: tuple[tuple[ItemKind, str, str], ...] = (
    ("milestone", "milestones", "number"),
    ("contact", "contacts", "name"),
    ("extra column", "extra", "heading"),
)


def _pair_children(mine: Recommendation, theirs: Recommendation, primary: str) -> list[Unpaired]:
    """Fill ``mine`` (a copy in the result) with ``theirs``'s texts; children by position."""
    _translate(mine, theirs)
    langs = (primary, other_language(primary))
    unpaired: list[Unpaired] = []
    for kind, attr, label in _CHILD_LISTS:
        items, their_items = getattr(mine, attr), getattr(theirs, attr)
        for item, twin in zip(items, their_items, strict=False):
            _translate(item, twin)
        for lang, ref, longer, shorter in (
            (langs[0], mine.ref, items, their_items),
            (langs[1], theirs.ref, their_items, items),
        ):
            for n in range(len(shorter), len(longer)):
                unpaired.append(Unpaired(kind, lang, ref, n + 1, getattr(longer[n], label)))
        items.extend(_other_side(x) for x in their_items[len(items) :])
    return unpaired
