"""The word diff the merge dialog shows: which words are deleted, added and kept."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from planapp.domain.word_diff import (
    Segment,
    added_words,
    deleted_words,
    excerpt,
    tokens,
    word_diff,
)


def _old(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments if s.kind != "added")


def _new(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments if s.kind != "deleted")


def test_changed_words_are_marked_and_the_rest_kept() -> None:
    segments = word_diff(
        "The plan will be done by March.", "The plan will be finished by April 2021."
    )
    assert deleted_words(segments) == ["done", "March"]
    assert added_words(segments) == ["finished", "April", "2021"]
    assert next(s for s in segments if s.kind == "same").text == "The plan will be "
    assert segments[-1] == Segment("same", ".")


def test_punctuation_is_a_token_of_its_own() -> None:
    segments = word_diff("Agreed, with changes.", "Agreed; with changes.")
    assert deleted_words(segments) == [] and added_words(segments) == []
    assert Segment("deleted", ",") in segments and Segment("added", ";") in segments


def test_empty_sides() -> None:
    assert word_diff("", "new text") == [Segment("added", "new text")]
    assert word_diff("old text", "") == [Segment("deleted", "old text")]
    assert word_diff("", "") == []
    assert word_diff("same", "same") == [Segment("same", "same")]


def test_a_space_between_two_changes_joins_them() -> None:
    segments = word_diff("keep alpha beta keep", "keep gamma delta keep")
    assert segments == [
        Segment("same", "keep "),
        Segment("deleted", "alpha beta"),
        Segment("added", "gamma delta"),
        Segment("same", " keep"),
    ]


def test_long_text_marks_only_the_changed_words() -> None:
    sentence = "The department will review the immigration continuum and report progress. "
    old = sentence * 60 + "It will finish by March 31, 2021. " + sentence * 60
    new = sentence * 60 + "It will finish by June 30, 2022. " + sentence * 60
    segments = word_diff(old, new)
    assert deleted_words(segments) == ["March", "31", "2021"]
    assert added_words(segments) == ["June", "30", "2022"]
    assert _old(segments) == old and _new(segments) == new


def test_apostrophes_stay_inside_words() -> None:
    assert tokens("l'Agence d’ici") == ["l'Agence", " ", "d’ici"]


def test_excerpt_cuts_long_kept_text_around_the_change() -> None:
    old = "word " * 100 + "old " + "word " * 100
    new = "word " * 100 + "new " + "word " * 100
    short = excerpt(word_diff(old, new), context=20)
    assert len("".join(s.text for s in short)) < 80
    assert short[0].text.startswith("…")
    assert [s.kind for s in short] == ["same", "deleted", "added", "same"]
    assert short[-1].text.endswith("…")


@given(st.text(alphabet="ab .,\n'é", max_size=40), st.text(alphabet="ab .,\n'é", max_size=40))
def test_both_texts_are_read_back_from_the_segments(old: str, new: str) -> None:
    segments = word_diff(old, new)
    assert _old(segments) == old
    assert _new(segments) == new
    assert all(s.text for s in segments)
    assert all(a.kind != b.kind for a, b in itertools.pairwise(segments))
