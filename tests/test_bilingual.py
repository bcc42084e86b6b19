"""A plan's content in both languages: where each version lives and how a plan is read in one."""

from __future__ import annotations

import dataclasses

import pytest

from planapp.domain import bilingual as bi
from planapp.domain.fields import FIELDS
from planapp.domain.plan import Contact, ExtraColumn, Milestone, Plan, Recommendation


def _plan(language: str = "en") -> Plan:
    rec = Recommendation(
        ref="Rec. 1",
        recommendation="Improve the data.",
        response="Agreed.",
        outcome="Better data.",
        indicator="",
        translations={"recommendation": "Améliorer les données.", "response": "Acceptée."},
        milestones=[
            Milestone("1.1", "Draft the plan.", translations={"description": "Rédiger le plan."}),
            Milestone("1.2", "Consult."),
        ],
        contacts=[Contact("CBSA", "Jo Roy", "Director", translations={"organization": "ASFC"})],
        extra=[ExtraColumn("Status", "Open")],
    )
    return Plan(
        department="Canada Border Services Agency", language=language, recommendations=[rec]
    )


def test_primary_language_is_french_only_for_a_french_plan() -> None:
    assert bi.primary_language(Plan(language="fr")) == "fr"
    assert bi.primary_language(Plan(language="en")) == "en"
    assert bi.primary_language(Plan(language="both")) == "en"
    assert bi.other_language("en") == "fr" and bi.other_language("fr") == "en"
    assert [bi.content_language(x) for x in ("en", "fr", "both")] == ["en", "fr", "en"]


def test_translatable_fields_are_the_agreed_ones() -> None:
    assert bi.TRANSLATABLE[Recommendation] == ("recommendation", "response", "outcome", "indicator")
    assert bi.TRANSLATABLE[Milestone] == ("description",)
    assert bi.TRANSLATABLE[Contact] == ("organization", "title")
    assert bi.TRANSLATABLE[ExtraColumn] == ("heading", "text")
    assert [f.name for f in FIELDS if f.translatable] == list(bi.TRANSLATABLE[Recommendation])


def test_every_entity_starts_untranslated_and_equality_counts_translations() -> None:
    for kind in bi.TRANSLATABLE:
        assert kind().translations == {}
        assert kind() != kind(translations={bi.TRANSLATABLE[kind][0]: "x"})
    a, b = Milestone(), Milestone()
    a.translations["description"] = "Étape"
    assert b.translations == {}  # no shared default dict


def test_text_in_reads_the_attribute_or_the_translation() -> None:
    rec = _plan().recommendations[0]
    assert bi.text_in(rec, "recommendation", "en", "en") == "Improve the data."
    assert bi.text_in(rec, "recommendation", "fr", "en") == "Améliorer les données."
    assert bi.text_in(rec, "outcome", "fr", "en") == ""
    # In a French plan the attribute is the French text and translations hold English.
    assert bi.text_in(rec, "recommendation", "en", "fr") == "Améliorer les données."
    assert bi.text_in(rec, "recommendation", "fr", "fr") == "Improve the data."
    assert bi.texts_of_field(rec, "outcome", "en") == {"en": "Better data.", "fr": ""}
    assert bi.texts_of_field(rec, "outcome", "fr") == {"en": "", "fr": "Better data."}


def test_unknown_fields_and_languages_are_refused() -> None:
    rec = Recommendation()
    with pytest.raises(ValueError, match="ref has no translation"):
        bi.text_in(rec, "ref", "fr", "en")
    with pytest.raises(ValueError, match=r"Contact\.name"):
        bi.with_text(Contact(), "name", "fr", "en", "x")
    with pytest.raises(ValueError, match="not a content language"):
        bi.text_in(rec, "response", "both", "en")
    with pytest.raises(ValueError, match="not a content language"):
        bi.other_language("de")


def test_with_text_returns_a_copy_and_leaves_the_entity_alone() -> None:
    rec = _plan().recommendations[0]
    before = dataclasses.replace(rec, translations=dict(rec.translations))
    fr = bi.with_text(rec, "outcome", "fr", "en", "De meilleures données.")
    assert fr.translations["outcome"] == "De meilleures données."
    assert fr.outcome == "Better data."
    assert rec == before
    en = bi.with_text(rec, "outcome", "en", "en", "Best data.")
    assert en.outcome == "Best data." and en.translations == rec.translations
    assert en.translations is not rec.translations
    # Clearing a translation drops it: "" and absent are the same thing.
    cleared = bi.with_text(fr, "outcome", "fr", "en", "")
    assert "outcome" not in cleared.translations
    assert cleared == rec


def test_with_text_writes_the_primary_attribute_of_a_french_plan() -> None:
    m = Milestone("1.1", "Rédiger.")
    assert bi.with_text(m, "description", "fr", "fr", "Rédiger le plan.").description == (
        "Rédiger le plan."
    )
    assert bi.with_text(m, "description", "en", "fr", "Draft.").translations == {
        "description": "Draft."
    }


def test_clean_translations_drops_empty_entries() -> None:
    assert bi.clean_translations({"a": "", "b": "x"}) == {"b": "x"}
    assert bi.clean_translations(None) == {}


def test_missing_means_text_on_one_side_only() -> None:
    rec = _plan().recommendations[0]
    assert bi.is_missing(rec, "outcome", "fr", "en")  # English text, no French
    assert not bi.is_missing(rec, "recommendation", "fr", "en")  # both there
    assert not bi.is_missing(rec, "indicator", "fr", "en")  # nothing to translate
    assert not bi.is_missing(rec, "outcome", "en", "en")
    whitespace = bi.with_text(rec, "outcome", "fr", "en", "   ")
    assert bi.is_missing(whitespace, "outcome", "fr", "en")
    only_french = Recommendation(translations={"response": "Acceptée."})
    assert bi.is_missing(only_french, "response", "en", "en")


def test_missing_counts_every_text_of_a_plan() -> None:
    plan = _plan()
    # outcome; milestone 1.2; contact title; extra heading and text.
    assert bi.missing_count(plan, "fr") == 5
    assert bi.missing_count(plan, "en") == 0
    rec = plan.recommendations[0]
    assert bi.missing_in_recommendation(rec, "fr", "en") == 5
    assert [f for _, f in bi.texts_of(rec)][:5] == [
        "recommendation",
        "response",
        "outcome",
        "indicator",
        "description",
    ]
    assert bi.missing_count(Plan(), "fr") == 0


def test_plan_in_french_puts_french_in_the_attributes() -> None:
    plan = _plan()
    fr = bi.plan_in(plan, "fr")
    rec = fr.recommendations[0]
    assert fr.language == "fr"
    assert rec.recommendation == "Améliorer les données."
    assert rec.translations == {"recommendation": "Improve the data.", "response": "Agreed."}
    assert rec.outcome == "Better data."  # not translated: the English text stands in
    assert rec.milestones[0].description == "Rédiger le plan."
    assert rec.milestones[1].description == "Consult."
    assert rec.contacts[0].organization == "ASFC" and rec.contacts[0].title == "Director"
    assert rec.contacts[0].name == "Jo Roy"
    # The plan given is untouched, and the French copy reads back to English.
    assert plan == _plan()
    assert bi.plan_in(fr, "en") == plan
    assert bi.text_in(rec, "recommendation", "fr", bi.primary_language(fr)) == (
        "Améliorer les données."
    )


def test_plan_in_its_own_language_is_an_equal_copy_in_that_language() -> None:
    plan = _plan()
    same = bi.plan_in(plan, "en")
    assert same == plan and same is not plan
    assert same.recommendations[0] is not plan.recommendations[0]
    both = _plan("both")
    assert bi.plan_in(both, "en").language == "en"
    assert bi.plan_in(both, "fr").recommendations[0].response == "Acceptée."
    with pytest.raises(ValueError):
        bi.plan_in(plan, "both")


def test_swap_sides_exchanges_translated_fields_only() -> None:
    texts, translations = bi.swap_sides(
        {"heading": "Status", "text": "Open"}, {"heading": "État", "text": ""}
    )
    assert texts == {"heading": "État", "text": "Open"}
    assert translations == {"heading": "Status"}
