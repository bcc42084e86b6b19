"""French and bilingual plans stay French: one title formatter, and every output agrees."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from planapp.domain.plan import ExtraColumn, Plan, Recommendation
from planapp.domain.titles import audit_title, plan_title
from planapp.excel.writer import write_workbook
from planapp.store.document import Document
from tests.test_cli import planapp

HC_FR = "SANTÉ CANADA (SC) PLAN D'ACTION DÉTAILLÉ"


def _health_canada(language: str = "fr") -> Plan:
    return Plan(
        department="Health Canada",
        department_fr="Santé Canada",
        acronym="SC",
        audit_title_fr="Audit de la salubrité des aliments",
        language=language,
        recommendations=[Recommendation(ref="1", recommendation="Le Ministère devrait…")],
    )


def test_french_plan_without_french_title_derives_it_from_the_french_name() -> None:
    plan = _health_canada()
    assert plan_title(plan) == HC_FR
    assert plan_title(plan, "en") == "HEALTH CANADA (SC) DETAILED ACTION PLAN"
    assert plan_title(plan, "both") == f"HEALTH CANADA (SC) DETAILED ACTION PLAN / {HC_FR}"
    assert audit_title(plan) == "Audit de la salubrité des aliments"


def test_stored_titles_win_and_the_plans_language_is_the_default() -> None:
    plan = Plan(acronym="SCT", title_fr="SCT PLAN D'ACTION DÉTAILLÉ", language="fr")
    assert plan_title(plan) == "SCT PLAN D'ACTION DÉTAILLÉ"  # not "SCT DETAILED ACTION PLAN"
    plan.language = "en"
    assert plan_title(plan) == "SCT DETAILED ACTION PLAN"
    only_french = Plan(title_fr="PLAN D'ACTION DÉTAILLÉ DU MINISTÈRE")
    assert plan_title(only_french, "en") == "PLAN D'ACTION DÉTAILLÉ DU MINISTÈRE"
    both = Plan(audit_title="Food Safety", audit_title_fr="Salubrité", language="both")
    assert audit_title(both) == "Food Safety/ Salubrité"
    assert audit_title(both, "fr") == "Salubrité"


def test_dump_title_is_in_the_plans_language_with_extra_columns(tmp_path: Path) -> None:
    path = tmp_path / "fr.planapp"
    plan = _health_canada()
    plan.recommendations[0].extra = [ExtraColumn("Mesures prévues", "Publier le guide.")]
    with Document.open(path, create=True) as doc:
        doc.add_plan(plan)
    result = planapp("dump", str(path), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    [dumped] = json.loads(result.stdout)["plans"]
    assert dumped["title"] == HC_FR
    assert dumped["language"] == "fr"
    assert dumped["recommendations"][0]["extra"] == [
        {
            "heading": {"en": "", "fr": "Mesures prévues"},
            "text": {"en": "", "fr": "Publier le guide."},
        }
    ]


@pytest.mark.parametrize("language", ["en", "fr", "both"])
def test_export_writes_the_title_in_the_plans_language(tmp_path: Path, language: str) -> None:
    plan = _health_canada(language)
    path = tmp_path / "plan.xlsx"
    write_workbook(plan, path)  # no lang: the plan's own
    sheets = openpyxl.load_workbook(path).worksheets
    # A bilingual workbook is a sheet in each language, each titled in its own.
    for ws, lang in zip(sheets, ["en", "fr"] if language == "both" else [language], strict=False):
        assert ws["A1"].value == plan_title(plan, lang)
        assert ws["A2"].value == audit_title(plan, lang)
    ws = sheets[0]
    if language == "fr":
        assert ws["A1"].value == HC_FR
        assert ws["A3"].value == "N° de référence du rapport"


@pytest.mark.parametrize("language", ["en", "fr", "both"])
def test_printout_and_workbook_show_the_same_title_rows(qapp, tmp_path: Path, language: str):
    from tests.test_printing import render, squash

    plan = _health_canada(language)
    path = tmp_path / "plan.xlsx"
    write_workbook(plan, path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    page = render(tmp_path, plan, lang=language)[0]  # a bilingual printout: English first
    assert squash(ws["A1"].value) in squash(page)
    assert squash(ws["A2"].value) in squash(page)
    if language == "fr":
        assert squash(HC_FR) in squash(page)
        assert "DETAILED" not in page
