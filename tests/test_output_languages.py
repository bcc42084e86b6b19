"""Printouts, PDFs and dashboard reports in English, French or both: the content follows the
language chosen, read back from the files written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from planapp.domain.dashboard import GroupBy, build
from planapp.domain.history import ReportingPeriod
from planapp.domain.status import MilestoneStatus as S
from planapp.excel.dashboard_export import write_dashboard
from planapp.printing.dashboard import dashboard_html
from planapp.printing.options import PrintOptions
from planapp.printing.pdf import write_pdf
from tests.bilingual_plans import FR, bilingual_plan, french_plan
from tests.test_printing import render, squash


def test_french_printout_shows_the_french_content(qapp, tmp_path: Path) -> None:
    text = squash(" ".join(render(tmp_path, bilingual_plan(), lang="fr")))
    assert squash(f"{FR}Recommandation 1 : le ministère devrait agir.") in text
    assert squash(f"{FR}Jalon 1.1 en français.") in text
    assert squash("Recommandation du BVG") in text
    # The outcome without French shows its English rather than nothing.
    assert squash(bilingual_plan().recommendations[0].outcome[:40]) in text
    assert squash(bilingual_plan().recommendations[0].recommendation[:40]) not in text


def test_english_printout_of_a_french_plan(qapp, tmp_path: Path) -> None:
    pages = render(tmp_path, french_plan(), lang="en")
    text = squash(" ".join(pages))
    assert squash(f"{FR}Recommandation") not in text
    assert squash(f"{FR}Indicateur 1") in text  # no English indicator: the French stands in
    assert squash(bilingual_plan().recommendations[1].response[:40]) in text
    assert squash("OAG Recommendation") in text


def test_bilingual_pdf_holds_both_versions_french_plan_first(qapp, tmp_path: Path) -> None:
    path = tmp_path / "both.pdf"
    pages = write_pdf(french_plan(), path, PrintOptions(lang="both"))
    reader = PdfReader(path)
    texts = [squash(p.extract_text()) for p in reader.pages]
    assert len(texts) == pages
    french_pages = [i for i, t in enumerate(texts) if squash(f"{FR}Recommandation 1") in t]
    english_pages = [i for i, t in enumerate(texts) if squash("OAG Recommendation") in t]
    assert french_pages and english_pages
    assert max(french_pages) < min(english_pages)  # the plan's own language leads
    assert reader.trailer["/Root"]["/Lang"] == "fr-CA"


def test_bilingual_printout_reports_progress_over_both_versions(qapp, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    write_pdf(bilingual_plan(), tmp_path / "p.pdf", PrintOptions(lang="both"), progress)
    recs = len(bilingual_plan().recommendations)
    assert {t for _, t in seen} == {4 * recs}  # laid out and painted, in each language
    assert [d for d, _ in seen] == list(range(1, 4 * recs + 1))
    # Cancelling in the second version writes nothing.
    cancelled = write_pdf(
        bilingual_plan(),
        tmp_path / "c.pdf",
        PrintOptions(lang="both"),
        lambda done, total: done < recs + 2,
    )
    assert cancelled == 0 and not (tmp_path / "c.pdf").exists()


# --- The dashboard --------------------------------------------------------------------------

TODAY = dt.date(2026, 5, 13)
PERIOD = ReportingPeriod("T1 2026-27", dt.date(2026, 4, 1), dt.date(2026, 6, 30), id=5)


def _items():
    from tests.test_dashboard_domain import item

    english = item(dt.date(2026, 4, 1), org="Finance")
    translated = english._replace(
        description_other="Jalon en français",
        plan_name_fr="Plan A en français",
    )
    french = item(None, S.AT_RISK, org="")._replace(
        language="fr", description="Jalon rédigé en français"
    )
    return [translated, french]


def test_dashboard_workbook_in_french_and_both(tmp_path: Path) -> None:
    sections = build(_items(), TODAY, [PERIOD], GroupBy.PLAN)
    path = write_dashboard(sections, tmp_path / "fr.xlsx", TODAY, [PERIOD][0], GroupBy.PLAN, "fr")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Tableau de bord"]
    assert wb.properties.language == "fr-CA"
    ws = wb.active
    values = [str(c.value) for row in ws.iter_rows() for c in row if c.value]
    assert values[0] == "Tableau de bord du suivi au 2026-05-13 — T1 2026-27"
    assert "Regroupé par plan" in values
    assert "Engagement" in values and "Commitment" not in values
    assert "En retard (1)" in values
    assert "Plan A en français (1)" in values
    assert "Jalon en français" in values
    assert "Jalon rédigé en français" in values  # a French plan's text, in French
    assert "En bonne voie" in values and "À risque" in values
    assert ws.defined_names["ColumnTitle"].attr_text == "'Tableau de bord'!$A$3"

    sections = build(_items(), TODAY, [PERIOD], GroupBy.MONTH)
    both = write_dashboard(sections, tmp_path / "b.xlsx", TODAY, None, GroupBy.MONTH, "both")
    wb = openpyxl.load_workbook(both)
    assert wb.sheetnames == ["Dashboard", "Tableau de bord"]
    en = [str(c.value) for row in wb["Dashboard"].iter_rows() for c in row if c.value]
    assert "Milestone" in " ".join(en) and "Jalon en français" not in en
    assert "April 2026 (1)" in en and "No date (1)" in en
    fr = [str(c.value) for row in wb["Tableau de bord"].iter_rows() for c in row if c.value]
    assert "avril 2026 (1)" in fr and "Sans date (1)" in fr


def test_dashboard_printout_in_each_language(qapp) -> None:
    from PySide6.QtGui import QTextDocument

    sections = build(_items(), TODAY, [PERIOD], GroupBy.ORGANIZATION)
    doc = QTextDocument()
    doc.setHtml(dashboard_html(sections, TODAY, PERIOD, GroupBy.ORGANIZATION, "fr"))
    plain = doc.toPlainText()
    assert "Regroupé par organisation" in plain and "Aucune organisation (1)" in plain
    assert "Finance (1)" in plain
    doc.setHtml(dashboard_html(sections, TODAY, PERIOD, GroupBy.ORGANIZATION, "both"))
    plain = doc.toPlainText()
    assert plain.index("Grouped by organization") < plain.index("Regroupé par organisation")
