"""Title rows and column headings as the window, printout and workbook show them."""

from planapp.domain.plan import Plan
from planapp.domain.template import HEADINGS, Column, headings
from planapp.domain.titles import audit_title, english_title, french_title, plan_title


def test_stored_titles_win_over_derived_ones():
    plan = Plan(department="Health Canada", title="MY TITLE", title_fr="MON TITRE")
    assert english_title(plan) == "MY TITLE"
    assert french_title(plan) == "MON TITRE"


def test_english_title_derived_from_name_and_acronym():
    assert english_title(Plan(department="Health Canada", acronym="HC")) == (
        "HEALTH CANADA (HC) DETAILED ACTION PLAN"
    )
    assert english_title(Plan(acronym="HC")) == "HC DETAILED ACTION PLAN"
    assert english_title(Plan(department="Health Canada")) == "HEALTH CANADA DETAILED ACTION PLAN"


def test_english_title_falls_back_to_french_when_nothing_to_derive_from():
    assert english_title(Plan(title_fr="MON TITRE")) == "MON TITRE"


def test_french_title_derived_from_french_name_else_only_name():
    assert french_title(Plan(department_fr="Santé Canada", acronym="SC")) == (
        "SANTÉ CANADA (SC) PLAN D'ACTION DÉTAILLÉ"
    )
    assert french_title(Plan(department="Health Canada")) == (
        "HEALTH CANADA PLAN D'ACTION DÉTAILLÉ"
    )
    assert french_title(Plan(title="MY TITLE")) == "MY TITLE"


def test_plan_title_follows_the_plans_language():
    plan = Plan(department="Health Canada", department_fr="Santé Canada", acronym="HC")
    assert plan_title(plan) == "HEALTH CANADA (HC) DETAILED ACTION PLAN"
    plan.language = "fr"
    assert plan_title(plan) == "SANTÉ CANADA (HC) PLAN D'ACTION DÉTAILLÉ"
    assert plan_title(plan, "en") == "HEALTH CANADA (HC) DETAILED ACTION PLAN"
    assert plan_title(plan, "both") == (
        "HEALTH CANADA (HC) DETAILED ACTION PLAN / SANTÉ CANADA (HC) PLAN D'ACTION DÉTAILLÉ"
    )


def test_bilingual_title_not_repeated_when_both_are_the_same():
    plan = Plan(title="SAME", title_fr="SAME", language="both")
    assert plan_title(plan) == "SAME"


def test_audit_title_by_language():
    plan = Plan(audit_title="Audit", audit_title_fr="Audit FR")
    assert audit_title(plan) == "Audit/ Audit FR"
    assert audit_title(plan, "fr") == "Audit FR"
    assert audit_title(Plan(audit_title="Audit"), "fr") == "Audit"
    assert audit_title(Plan(audit_title_fr="Audit FR")) == "Audit FR"
    assert audit_title(Plan(audit_title="Audit")) == "Audit"


def test_plan_display_title_and_audit_title():
    assert Plan(acronym="HC").display_title == "HC DETAILED ACTION PLAN"
    assert Plan(department="Health Canada", acronym="HC").display_title == (
        "HEALTH CANADA (HC) DETAILED ACTION PLAN"
    )
    assert Plan(audit_title="A", audit_title_fr="B").display_audit_title == "A/ B"
    assert Plan(audit_title_fr="B").display_audit_title == "B"


def test_headings_in_each_language():
    assert headings("en")[Column.REF] == "Report Ref. No."
    assert headings("fr")[Column.REF] == "N° de référence du rapport"
    assert headings("both")[Column.REF] == "Report Ref. No. / N° de référence du rapport"
    assert HEADINGS[Column.RECOMMENDATION].text("fr") == "Recommandation du BVG"
