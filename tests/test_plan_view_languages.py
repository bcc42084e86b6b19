"""Sorting and filtering a plan's rows by its texts in either language."""

from __future__ import annotations

import datetime as dt

from planapp.domain.plan import Milestone, Recommendation
from planapp.domain.plan_view import RowFilter, sorted_rows
from planapp.domain.template import Column


def _recs() -> list[Recommendation]:
    return [
        Recommendation(ref="1", outcome="Alpha", translations={"outcome": "Zèbre"}),
        Recommendation(ref="2", outcome="Beta", translations={"outcome": "Abeille"}),
        Recommendation(ref="3", outcome="Gamma"),  # no French: sorts last in French
    ]


def test_a_text_column_sorts_by_its_text_in_the_language_asked() -> None:
    recs = _recs()
    assert sorted_rows(recs, Column.OUTCOME) == [0, 1, 2]
    assert sorted_rows(recs, Column.OUTCOME, lang="fr", primary="en") == [1, 0, 2]
    assert sorted_rows(recs, Column.OUTCOME, True, "fr", "en") == [0, 1, 2]
    # A French plan's own texts are its French.
    assert sorted_rows(recs, Column.OUTCOME, lang="fr", primary="fr") == [0, 1, 2]


def test_the_missing_filter_finds_texts_without_the_language() -> None:
    recs = _recs()
    recs[0].milestones = [Milestone(description="Publish")]
    today = dt.date(2026, 1, 1)
    french = RowFilter(missing_in="fr", primary="en")
    assert french.active
    assert [french.matches(r, today) for r in recs] == [True, False, True]
    english = RowFilter(missing_in="en", primary="en")
    assert not any(english.matches(r, today) for r in recs)
