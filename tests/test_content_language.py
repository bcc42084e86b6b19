"""View ▸ Content Language: the window shows and edits a plan's texts in English, in French
or in both side by side, and a text missing in a language is shown, counted and filtered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor

from planapp.domain.template import Column
from planapp.store.document import Document
from planapp.ui.content_columns import second_section
from planapp.ui.content_fields import MIN_STRETCH
from planapp.ui.list_fields import heading
from planapp.ui.main_window import MainWindow
from planapp.ui.preferences import Language
from planapp.ui.spelling import LANGUAGES
from tests.conftest import TODAY


def _visible_headings(window: MainWindow) -> list[str]:
    header = window.table.horizontalHeader()
    model = window.model
    sections = [header.logicalIndex(v) for v in range(header.count())]
    return [
        model.headerData(s, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
        for s in sections
        if not window.table.isColumnHidden(s)
    ]


def test_the_plans_language_is_the_default_and_shows_the_eight_columns(
    window: MainWindow,
) -> None:
    assert window.content_language.actions[Language.PLAN].isChecked()
    assert len(_visible_headings(window)) == 8
    cell = window.model.index(0, Column.RECOMMENDATION)
    assert cell.data() == window.plan.recommendations[0].recommendation
    assert cell.data(Qt.ItemDataRole.AccessibleDescriptionRole) is None


def test_french_shows_missing_texts_as_text_greyed_and_described(window: MainWindow) -> None:
    rec = window.plan.recommendations[0]
    window.content_language.actions[Language.FRENCH].trigger()
    cell = window.model.index(0, Column.RECOMMENDATION)
    # The English text, under a line that says the French is missing.
    assert cell.data() == f"[French missing]\n{rec.recommendation}"
    assert cell.data(Qt.ItemDataRole.EditRole) == ""  # nothing French to start from
    assert "French missing" in cell.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    grey = cell.data(Qt.ItemDataRole.ForegroundRole).color()
    assert grey != window.table.palette().text().color()
    assert _contrast(grey, window.table.palette().base().color()) >= 4.5
    # Not translated: ref and dates read the same in both languages.
    assert window.model.index(0, Column.REF).data() == rec.ref
    milestones = window.model.index(0, Column.MILESTONES).data()
    assert milestones.count("[French missing]") == len(rec.milestones)
    headings = _visible_headings(window)
    assert "OAG Recommendation (FR)" in headings and "Report Ref. No." in headings
    assert "PLAN D'ACTION DÉTAILLÉ" in window.title_label.text()  # the French title row
    # Long texts are spell-checked in French now, also after the plan is shown again.
    assert window.spelling.languages == LANGUAGES["fr"]
    window.select_plan(window.plan.id)
    assert window.spelling.languages == LANGUAGES["fr"]


def test_both_shows_each_translated_column_twice_side_by_side(window: MainWindow) -> None:
    window.content_language.choose(Language.BILINGUAL)
    headings = _visible_headings(window)
    assert len(headings) == 12
    start = headings.index("OAG Recommendation (EN)")
    assert headings[start + 1] == "OAG Recommendation (FR)"
    for name in ("Departmental Response", "Indicator of Achievement"):
        en = next(i for i, h in enumerate(headings) if h.startswith(name) and h.endswith("(EN)"))
        assert headings[en + 1].startswith(name) and headings[en + 1].endswith("(FR)")
    # Every column shown fits the table's width.
    header = window.table.horizontalHeader()
    assert header.length() <= window.table.viewport().width()
    # On screen the language comes first, where a narrow column cannot cut it off.
    shown = window.model.headerData(
        second_section(Column.RECOMMENDATION), Qt.Orientation.Horizontal
    )
    assert shown.startswith("FR · OAG")
    second = second_section(Column.OUTCOME)
    assert window.model.index(0, second).data().startswith("[French missing]")
    # Back to one language: the second copies go away again.
    window.content_language.choose(Language.ENGLISH)
    assert len(_visible_headings(window)) == 8
    assert window.table.isColumnHidden(second)


def test_missing_count_in_the_status_bar_and_the_missing_filter(
    qtbot, window: MainWindow, document: Document
) -> None:
    plan = document.load_plan(window.plan.id)
    texts = sum(
        bool(getattr(r, f).strip())
        for r in plan.recommendations
        for f in ("recommendation", "response", "outcome", "indicator")
    )
    texts += sum(bool(m.description.strip()) for r in plan.recommendations for m in r.milestones)
    texts += sum(
        bool(c.organization.strip()) + bool(c.title.strip())
        for r in plan.recommendations
        for c in r.contacts
    )
    window.content_language.update_count()
    label = window.content_language.missing_label
    assert label.text() == f"{texts} texts missing French"
    assert not label.isHidden()
    # An edit in French: the count follows by itself, once the window is idle.
    window.content_language.choose(Language.FRENCH)
    window.model.setData(window.model.index(0, Column.OUTCOME), "Un résultat.")
    qtbot.waitUntil(lambda: label.text() == f"{texts - 1} texts missing French")
    window.content_language.choose(Language.PLAN)
    window.view_options.show_filters(True)
    bar = window.filter_bar
    assert [bar.missing.itemText(i) for i in range(bar.missing.count())] == [
        "Any translation",
        "Missing French",
        "Missing English",
    ]
    bar.missing.setCurrentIndex(bar.missing.findData("en"))
    # Nothing lacks its English: every row is filtered out.
    assert all(window.table.isRowHidden(r) for r in range(window.model.rowCount()))
    assert bar.result.text() == "0 of 3 shown"
    bar.missing.setCurrentIndex(bar.missing.findData("fr"))
    assert bar.result.text() == "3 of 3 shown"


def test_the_choice_is_remembered_between_runs(qtbot, window: MainWindow, settings) -> None:
    window.content_language.actions[Language.BILINGUAL].trigger()
    window.close()
    again = MainWindow(Document.open(window.doc.path), settings, today=TODAY)
    qtbot.addWidget(again)
    assert again.content_language.choice is Language.BILINGUAL
    assert again.content_language.actions[Language.BILINGUAL].isChecked()
    assert again.model.view.both
    assert not again.table.isColumnHidden(second_section(Column.RESPONSE))
    again.close()


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_both_on_a_small_screen_keeps_the_panels_long_columns_readable(
    qtbot, window: MainWindow
) -> None:
    window.resize(1366, 768)
    window.content_language.choose(Language.BILINGUAL)
    view = window.details.contacts.view
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    fields = window.details.contacts.model.fields
    header = view.horizontalHeader()
    for column, field in enumerate(fields):
        if field.stretch and not view.isColumnHidden(column):
            assert header.sectionSize(column) >= MIN_STRETCH, field.heading
    headings = [heading(f) for f in fields if not view.isColumnHidden(fields.index(f))]
    assert "Position (EN)" in headings and "Position (FR)" in headings


def test_a_click_on_a_french_heading_sorts_by_the_french_text(
    window: MainWindow, document: Document
) -> None:
    plan = document.load_plan(window.plan.id)
    for rec, text in zip(plan.recommendations, ("Zèbre", "Abeille", "Mouette"), strict=True):
        document.set_recommendation(rec.id, translations={"outcome": text})
    window.content_language.choose(Language.BILINGUAL)
    header = window.table.horizontalHeader()
    header.sectionClicked.emit(second_section(Column.OUTCOME))
    vertical = window.table.verticalHeader()
    shown = [window.model.recommendation(vertical.logicalIndex(v)).ref for v in range(3)]
    assert shown == ["Rec. 2", "Rec. 3", "Rec. 1"]  # Abeille, Mouette, Zèbre
    assert header.sortIndicatorSection() == second_section(Column.OUTCOME)
    header.sectionClicked.emit(Column.OUTCOME)  # the English copy: the English order
    shown = [window.model.recommendation(vertical.logicalIndex(v)).ref for v in range(3)]
    english = sorted(plan.recommendations, key=lambda r: r.outcome.casefold())
    assert shown == [r.ref for r in english]


def test_a_change_of_interface_language_retitles_the_menu_and_keeps_the_cells(
    window: MainWindow,
) -> None:
    window.content_language.choose(Language.FRENCH)
    menu = window.content_language.menu
    menu.setTitle("")
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert menu.title() == "Co&ntent Language"
    assert window.model.index(0, Column.OUTCOME).data().startswith("[French missing]")
