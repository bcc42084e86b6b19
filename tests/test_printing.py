"""The printed plan: what a reader finds on each page of the PDF (text read back with pypdf)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from planapp.domain.plan import (
    Contact,
    Milestone,
    MilestoneStatus,
    Plan,
    Recommendation,
    WrittenDate,
)
from planapp.domain.sample import sample_plan
from planapp.domain.template import headings
from planapp.printing.options import PrintOptions
from planapp.printing.pdf import write_pdf
from planapp.printing.render import configure_printer, paint_plan

PRINTED = dt.date(2026, 11, 25)
POINTS_PER_INCH = 72


def squash(text: str) -> str:
    """Text without whitespace: a heading wrapped over lines still matches."""
    return "".join(text.split())


def pages_text(path: Path) -> list[str]:
    # pypdf reads the gaps between words of Qt's PDFs as tabs.
    return [page.extract_text().replace("\t", " ") for page in PdfReader(path).pages]


def render(tmp_path: Path, plan: Plan, name: str = "plan.pdf", **options) -> list[str]:
    options.setdefault("printed_on", PRINTED)
    path = tmp_path / name
    count = write_pdf(plan, path, PrintOptions(**options))
    texts = pages_text(path)
    assert count == len(texts)
    return texts


def words(prefix: str, n: int) -> str:
    """``n`` distinct words, so a test can tell where each one landed."""
    return " ".join(f"{prefix}{i:04d}" for i in range(n))


def rec(ref: str, response: str, **fields) -> Recommendation:
    return Recommendation(
        ref=ref,
        recommendation=fields.pop("recommendation", "The department should act."),
        response=response,
        outcome=fields.pop("outcome", "A better program."),
        completion=WrittenDate.of("March 31, 2021"),
        milestones=fields.pop(
            "milestones", [Milestone("1.1", "Do the work.", WrittenDate.of("June 30, 2020"))]
        ),
        contacts=fields.pop("contacts", [Contact("CBSA", "Scott Harris", "VP", "613-948-4111")]),
        **fields,
    )


def plan_of(*recs: Recommendation) -> Plan:
    return Plan(
        title="TEST AGENCY (TA) DETAILED ACTION PLAN",
        audit_title="Audit of Testing",
        audit_title_fr="Audit des essais",
        recommendations=list(recs),
    )


def test_sample_plan_pages_carry_title_headings_and_footer(qapp, tmp_path):
    plan = sample_plan()
    texts = render(tmp_path, plan)
    assert 2 <= len(texts) <= 4
    for n, text in enumerate(texts, start=1):
        flat = squash(text)
        assert squash(plan.display_title) in flat
        assert squash(plan.display_audit_title) in flat
        for heading in headings("en"):
            assert squash(heading) in flat, (n, heading)
        assert squash(f"Page {n} of {len(texts)}") in flat
        assert squash("Printed November 25, 2026") in flat
    everything = squash(" ".join(texts))
    for r in plan.recommendations:
        assert squash(r.ref) in everything
    # Milestone numbers and dates, and each person, are printed.
    assert squash("1.4") in everything and squash("March 31, 2020") in everything
    assert squash("Dr. Nicole Giles") in everything
    # No ligature glyphs: searching the PDF for "refine" finds it.
    assert "refine" in " ".join(texts)


def test_long_recommendation_continues_with_its_ref_repeated(qapp, tmp_path):
    long_text = words("w", 900)
    plan = plan_of(rec("Rec. 1", "A short answer."), rec("Rec. 9", long_text))
    texts = render(tmp_path, plan)
    pages_with_rec9 = [t for t in texts if "Rec.9" in squash(t)]
    assert len(pages_with_rec9) >= 2
    assert "(continued)" not in pages_with_rec9[0]
    for text in pages_with_rec9[1:]:
        assert "(continued)" in text
    # Every word is printed exactly once: nothing lost or doubled at the page breaks.
    # (Squashed: pypdf now and then reads a line break into the middle of a word.)
    printed = squash(" ".join(texts))
    for i in range(900):
        assert printed.count(f"w{i:04d}") == 1, i
    # And in order: the first words on the first page of the row, the last on the last.
    assert "w0000" in squash(pages_with_rec9[0]) and "w0899" in squash(pages_with_rec9[-1])


def test_short_recommendations_are_not_split(qapp, tmp_path):
    # Rows of about two thirds of a page: each one after the first would have to be split to
    # use the rest of the page, so each moves whole to a page of its own.
    recs = [rec(f"Rec. {i}", words(f"r{i}x", 260)) for i in range(1, 8)]
    texts = render(tmp_path, plan_of(*recs))
    assert len(texts) == 7
    for i in range(1, 8):
        holding = [n for n, t in enumerate(texts) if f"r{i}x" in squash(t)]
        assert len(holding) == 1, (i, holding)
    assert not any("(continued)" in t for t in texts)


def test_markup_in_a_cell_is_printed_literally(qapp, tmp_path):
    markup = '<b>bold</b> & <img src="file:///etc/passwd"> <a href="https://x.test">link</a>'
    plan = plan_of(
        rec("<i>Rec. 1</i>", markup, recommendation="&amp; <table><tr><td>x</td></tr></table>")
    )
    text = " ".join(render(tmp_path, plan))
    assert squash(markup) in squash(text)
    assert squash("&amp; <table><tr><td>x</td></tr></table>") in squash(text)
    assert "<i>Rec." in text
    assert "root:" not in text


@pytest.mark.parametrize(
    ("page_size", "landscape", "size_in"),
    [
        ("legal", True, (14, 8.5)),
        ("letter", True, (11, 8.5)),
        ("letter", False, (8.5, 11)),
    ],
)
def test_page_size_and_orientation(qapp, tmp_path, page_size, landscape, size_in):
    path = tmp_path / "plan.pdf"
    write_pdf(sample_plan(), path, PrintOptions(page_size=page_size, landscape=landscape))
    for page in PdfReader(path).pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(size_in[0] * POINTS_PER_INCH, abs=1)
        assert float(box.height) == pytest.approx(size_in[1] * POINTS_PER_INCH, abs=1)


def test_default_is_landscape_legal(qapp, tmp_path):
    options = PrintOptions()
    assert (options.page_size, options.landscape, options.lang) == ("legal", True, "en")
    path = tmp_path / "plan.pdf"
    write_pdf(sample_plan(), path, options)
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1008, 612)


def test_french_headings_and_footer(qapp, tmp_path):
    plan = plan_of(rec("Rec. 1", "Court."), rec("Rec. 2", words("f", 900)))
    texts = render(tmp_path, plan, lang="fr")
    for n, text in enumerate(texts, start=1):
        flat = squash(text)
        for heading in headings("fr"):
            assert squash(heading) in flat, (n, heading)
        assert squash(headings("en")[1]) not in flat
        assert squash(f"Page {n} de {len(texts)}") in flat
        assert squash("Imprimé le 25 novembre 2026") in flat
    assert any("(suite)" in t for t in texts)
    assert not any("(continued)" in t for t in texts)


def test_bilingual_printout_is_each_language_in_turn(qapp, tmp_path):
    """The plan in English, then in French: each version with its headings, titles and page
    numbers in its language (see domain/output_language.py)."""
    english = render(tmp_path, sample_plan(), name="en.pdf", lang="en")
    texts = render(tmp_path, sample_plan(), lang="both")
    assert len(texts) > len(english)
    first, second = squash(texts[0]), squash(texts[len(english)])
    for heading in headings("en"):
        assert squash(heading) in first
    for heading in headings("fr"):
        assert squash(heading) in second
    assert "PLAND'ACTIONDÉTAILLÉ" in second and "DETAILEDACTIONPLAN" not in second
    assert f"Page1of{len(english)}" in first
    assert "Page1de" in second and "Imprimé" in second


def test_only_the_selected_recommendations_are_printed(qapp, tmp_path):
    plan = sample_plan()
    for i, r in enumerate(plan.recommendations, start=1):
        r.id = i * 10
    text = " ".join(render(tmp_path, plan, recommendation_ids={20}))
    assert "Rec. 2" in text
    assert "Rec. 1" not in text and "Rec. 3" not in text


def test_plan_with_no_recommendations_prints_its_headings(qapp, tmp_path):
    texts = render(tmp_path, plan_of())
    assert len(texts) == 1
    assert squash("TEST AGENCY (TA) DETAILED ACTION PLAN") in squash(texts[0])
    assert squash("Audit of Testing/ Audit des essais") in squash(texts[0])
    assert squash("Page 1 of 1") in squash(texts[0])


def test_milestone_status_shown_once_work_has_started(qapp, tmp_path):
    milestones = [
        Milestone("1.1", "Plan the work.", WrittenDate.of("June 30, 2020")),
        Milestone(
            "1.2",
            "Do the work.",
            WrittenDate.of("Q3 2020-21"),
            MilestoneStatus.COMPLETED,
            WrittenDate.of("January 4, 2021"),
        ),
        Milestone("1.3", "Report.", WrittenDate.of("FY 2021-22"), MilestoneStatus.DELAYED),
    ]
    text = squash(" ".join(render(tmp_path, plan_of(rec("Rec. 1", "OK", milestones=milestones)))))
    assert squash("June 30, 2020") in text
    assert squash("Q3 2020-21 — Completed January 4, 2021") in text
    assert squash("FY 2021-22 — Delayed") in text
    assert squash("Not started") not in text


def test_bullets_and_paragraphs_keep_their_text(qapp, tmp_path):
    recommendation = "It should:\n• check the data;\n• fix the triage.\nSecond paragraph."
    text = " ".join(render(tmp_path, plan_of(rec("Rec. 1", "OK", recommendation=recommendation))))
    for part in ("It should:", "• check the data;", "• fix the triage.", "Second paragraph."):
        assert squash(part) in squash(text)


def test_contacts_one_per_line_with_organizations(qapp, tmp_path):
    contacts = [
        Contact("CBSA", "Scott Harris", "VP", "613-948-4111"),
        Contact("CBSA", "Minh Doan", "VP", "613-948-9694"),
        Contact("IRCC", "Nicole Giles", "ADM", "613-437-8211"),
    ]
    text = " ".join(render(tmp_path, plan_of(rec("Rec. 1", "OK", contacts=contacts))))
    lines = [line.strip() for line in text.splitlines()]
    assert "CBSA" in lines and "IRCC" in lines  # each organization on its own line
    assert squash(" ".join(lines)).count(squash("CBSA")) == 1  # not repeated for Minh Doan
    assert "Minh Doan, VP, 613-948-9694" in lines


def test_progress_reports_each_recommendation_and_can_cancel(qapp, tmp_path):
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    path = tmp_path / "plan.pdf"
    assert write_pdf(sample_plan(), path, PrintOptions(), progress) > 0
    assert calls == [(i, 6) for i in range(1, 7)]

    # Cancelled while laying out (steps 1-3) or while painting (steps 4-6).
    for stop_at in (2, 5):
        path.write_bytes(b"previous")
        cancel = lambda done, total, stop_at=stop_at: done < stop_at  # noqa: E731
        assert write_pdf(sample_plan(), path, PrintOptions(), cancel) == 0
        assert path.read_bytes() == b"previous"
        assert os.listdir(tmp_path) == ["plan.pdf"]


def test_failed_write_leaves_the_existing_file_intact(qapp, tmp_path):
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"previous")

    def explode(done: int, total: int) -> bool:
        if done == 2:
            raise RuntimeError("disk full")
        return True

    with pytest.raises(RuntimeError, match="disk full"):
        write_pdf(sample_plan(), path, PrintOptions(), explode)
    assert path.read_bytes() == b"previous"
    assert os.listdir(tmp_path) == ["plan.pdf"]  # no temporary file left behind

    with pytest.raises(FileNotFoundError, match="does not exist"):
        write_pdf(sample_plan(), tmp_path / "missing" / "plan.pdf", PrintOptions())


def test_successful_write_replaces_the_file(qapp, tmp_path):
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"previous")
    assert write_pdf(sample_plan(), path, PrintOptions()) >= 2
    assert path.read_bytes().startswith(b"%PDF")
    assert os.listdir(tmp_path) == ["plan.pdf"]


def test_configure_printer_sets_the_page_the_dialogs_start_from(qapp):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, PrintOptions(page_size="letter", landscape=True))
    layout = printer.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.Letter
    assert layout.orientation() == QPageLayout.Orientation.Landscape
    margins = layout.margins(QPageLayout.Unit.Inch)
    for side in (margins.left(), margins.top(), margins.right(), margins.bottom()):
        assert side == pytest.approx(0.5)


def test_paint_plan_on_a_printer_matches_the_pdf_and_honours_a_page_range(qapp, tmp_path):
    options = PrintOptions(printed_on=PRINTED)
    expected = write_pdf(sample_plan(), tmp_path / "export.pdf", options)

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    configure_printer(printer, options)
    assert paint_plan(printer, sample_plan(), options) == expected
    assert pages_text(tmp_path / "printed.pdf") == pages_text(tmp_path / "export.pdf")

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    configure_printer(printer, options)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert paint_plan(printer, sample_plan(), options) == 1
    (text,) = pages_text(tmp_path / "range.pdf")
    assert squash(f"Page 2 of {expected}") in squash(text)


def test_print_options_reject_unknown_values():
    with pytest.raises(ValueError, match="page size"):
        PrintOptions(page_size="a4")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="language"):
        PrintOptions(lang="de")  # type: ignore[arg-type]
    assert PrintOptions().printed_on == dt.date.today()
