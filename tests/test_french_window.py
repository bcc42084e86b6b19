"""The window in French: every menu and every dialog it opens shows no English text.

A text is English when it is the English source of a translated entry (the translation was
not applied: a wrong context, a text set before the translator and never set again), or when
it holds a word that is English and not French (pyspellchecker's two dictionaries), which
also catches texts that were never marked for translation. User content (the plan's own
texts, file names) is left out by where it is shown.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from spellchecker import SpellChecker

from planapp.domain.template import HEADINGS, Column
from planapp.ui import dialogs
from planapp.ui.main_window import MainWindow
from planapp.ui.translation import current_language
from planapp.ui.translation_files import UI_TRANSLATION

# Words that are the same in a French interface: names, codes, units, the product.
SAME_IN_FRENCH = {
    "planapp", "excel", "pdf", "ok", "tls", "utc", "url", "gcdocs", "postgresql", "xlsx",
    "xlsm", "pacp", "oag", "english", "ctrl", "alt", "shift", "tab", "f1", "f2", "fy", "rec",
    "db", "gc", "ca", "run", "del", "backspace", "return", "up", "down", "home", "end", "ins",
    "pgup", "pgdown", "space", "meta", "maj", "suppr", "plans", "socket", "word",
}  # fmt: skip
# Qt's standard dialogs: only the title planapp gives them is planapp's.
QT_OWN_DIALOGS = (QFileDialog, QPrintDialog, QPrintPreviewDialog)
# Widgets that show the user's content, not the interface's.
CONTENT_NAMES = {"planTitle", "auditTitle", "editPane", "editPaneLabel"}
# Actions whose texts are the user's (recent documents) or that end the run.
SKIPPED_ACTIONS = {"&Quitter"}


@pytest.fixture(scope="module")
def dictionaries() -> tuple[SpellChecker, SpellChecker]:
    return SpellChecker(language="en"), SpellChecker(language="fr")


def _sources() -> dict[str, str]:
    """English source -> French translation, for every entry of the window's file."""
    found = {}
    for message in ET.parse(UI_TRANSLATION).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")]  # type: ignore[union-attr]
        found[_plain(source)] = _plain(forms[-1] if forms else translation.text or "")  # type: ignore[union-attr]
    return found


def _plain(text: str) -> str:
    text = text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(re.sub(r"<[^>]+>", " ", text).split())


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text ``root`` and its children show or give a screen reader."""
    out: list[tuple[str, str]] = []

    def add(where: str, text: str) -> None:
        if text and text.strip():
            out.append((where, _plain(text)))

    widgets = [root, *root.findChildren(QWidget)]
    if isinstance(root, QT_OWN_DIALOGS):
        widgets = [root]  # Qt's own texts come from its translation (qtbase_fr), not ours
    for w in widgets:
        if w.objectName() in CONTENT_NAMES or not (w is root or w.isVisibleTo(root)):
            continue
        kind = type(w).__name__
        add(f"{kind} title", w.windowTitle() if w.isWindow() else "")
        add(f"{kind} tooltip", w.toolTip())
        add(f"{kind} accessible name", w.accessibleName())
        if isinstance(w, QLabel | QAbstractButton):
            add(f"{kind} text", w.text())
        elif isinstance(w, QGroupBox):
            add("group box", w.title())
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            add(f"{kind} placeholder", w.placeholderText())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add("tab", w.tabText(i))
        elif isinstance(w, QComboBox) and w.accessibleName() not in ("Filtre sur l'organisation",):
            for i in range(w.count()):
                add("choice", w.itemText(i))
        elif isinstance(w, QTableView | QTreeView) and w.model() is not None:
            model = w.model()
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            for c in range(header.count()):
                add("heading", str(model.headerData(c, _horizontal()) or ""))
                add("heading tooltip", str(model.headerData(c, _horizontal(), _tooltip()) or ""))
        elif isinstance(w, QMenu):
            add("menu", w.title())
            for action in w.actions():
                add("menu item", action.text())
                add("menu item tip", action.statusTip())
                add(
                    "menu item tooltip",
                    action.toolTip() if action.toolTip() != _plain(action.text()) else "",
                )
    return out


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _tooltip():
    from PySide6.QtCore import Qt

    return Qt.ItemDataRole.ToolTipRole


def _domain_labels() -> set[str]:
    """The domain's own labels (statuses, buckets, field and language names): their French
    comes with the messages of the layers below the window, not from the window's file."""
    import enum

    from planapp.domain import dashboard, fields, plan, status, titles

    out: set[str] = set(titles.LANGUAGE_NAMES.values())
    for module in (dashboard, plan, status):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, enum.Enum):
                out |= {str(m.label) for m in value if hasattr(m, "label")}
    out |= {str(f.label) for f in fields.FIELDS}
    return {_plain(t) for t in out if t}


DOMAIN_LABELS = _domain_labels()  # read in English, before any test installs French


def english(texts: list[tuple[str, str]], dictionaries, content: set[str]) -> list[str]:
    """The texts of ``texts`` that are English once ``content`` (the user's texts, the
    domain's labels, paths) is taken out of them."""
    en, fr = dictionaries
    sources = _sources()
    headings = {_plain(h.en) for h in HEADINGS.values()}
    taken_out = sorted((t for t in content | DOMAIN_LABELS if len(t) > 2), key=len, reverse=True)
    found = []
    for where, text in texts:
        rest = text
        if where == "heading tooltip":
            # It names the template's English heading after the French one.
            for heading in headings:
                rest = rest.replace(heading, " ")
        for part in taken_out:
            rest = rest.replace(part, " ")
        rest = re.sub(r"\S*[/\\]\S*", " ", rest)  # paths and file names
        words = [w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", rest)]
        odd = [
            w for w in words if len(w) > 2 and w not in SAME_IN_FRENCH and w in en and w not in fr
        ]
        unapplied = text in sources and sources[text] != text
        if unapplied and any(w not in fr and w not in SAME_IN_FRENCH for w in words):
            found.append(f"{where}: {text!r} (its translation was not applied)")
        elif odd:
            found.append(f"{where}: {text!r} (English words: {', '.join(odd)})")
    return sorted(set(found))


def plan_content(window: MainWindow) -> set[str]:
    """The texts of the document's plans and of the document itself: user content."""
    from planapp.domain.template import TITLE_SUFFIX
    from planapp.domain.titles import audit_title, plan_title

    doc = window.doc
    out = {doc.path.name, *TITLE_SUFFIX.values()}
    for summary in doc.plans():
        plan = doc.load_plan(summary.id)
        out |= {plan.short_name, plan.audit_title, plan.department, plan.acronym}
        out |= {plan_title(plan, "en"), plan_title(plan, "fr"), audit_title(plan)}
        for rec in plan.recommendations:
            out |= {rec.ref, rec.recommendation, rec.response, rec.outcome}
            for m in rec.milestones:
                out |= {m.description, m.due.text}
            for contact in rec.contacts:
                out |= {contact.organization, contact.name, contact.title}
    return {_plain(t) for t in out if t}


def test_the_window_itself_shows_no_english(french_window: MainWindow, dictionaries) -> None:
    assert current_language() == "fr"
    texts = widget_texts(french_window)
    for menu in french_window.menuBar().findChildren(QMenu):
        texts += widget_texts(menu)
    texts.append(("status bar", french_window.statusBar().currentMessage()))
    assert texts  # the walk saw the window
    assert ("menu", "Fichier") in texts
    found = english(texts, dictionaries, plan_content(french_window))
    assert not found, "\n".join(found)


def _menu_actions(window: MainWindow) -> list[QAction]:
    out = []
    for menu in window.menuBar().findChildren(QMenu):
        if menu is window.recent_menu or menu is window.language_menu:
            continue
        for action in menu.actions():
            runs = action.menu() is None and not action.isSeparator() and action.isEnabled()
            if runs and _plain(action.text()) not in {_plain(s) for s in SKIPPED_ACTIONS}:
                out.append(action)
    return out


def test_every_dialog_the_menus_open_shows_no_english(
    qtbot, french_window: MainWindow, dictionaries, monkeypatch
) -> None:
    """Each menu command runs; every window it opens (modal or not) is read, then closed."""
    seen: list[tuple[str, str]] = []
    opened: list[str] = []
    before = set(QApplication.topLevelWidgets())

    def read_and_close() -> None:
        widget = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if widget is None:
            return
        opened.append(type(widget).__name__)
        seen.extend(widget_texts(widget))
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    watcher = QTimer()
    watcher.timeout.connect(read_and_close)
    watcher.start(30)
    # Errors shown without blocking (show_error) are read too.
    shown = []
    original = dialogs.show_error

    def show_error(parent, title, text) -> QMessageBox:
        box = original(parent, title, text)
        shown.append(box)
        return box

    monkeypatch.setattr(dialogs, "show_error", show_error)
    actions = _menu_actions(french_window)
    assert len(actions) > 30
    for action in actions:
        action.trigger()
        qtbot.wait(10)
        for top in set(QApplication.topLevelWidgets()) - before:
            if top.isVisible():
                opened.append(type(top).__name__)
                seen.extend(widget_texts(top))
                top.close()
        for box in shown:
            seen.extend(widget_texts(box))
            box.close()
        shown.clear()
        if french_window.plan is None:  # a command that removed the plan: undo it
            french_window.undo_stack.undo()
    watcher.stop()
    content = plan_content(french_window)
    assert {"PlanDialog", "ShortcutsDialog", "ExportOptions"} <= set(opened), opened
    found = english(seen, dictionaries, content)
    assert not found, "\n".join(found)


def test_dates_and_numbers_follow_the_interface_language(french_window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    model = french_window.model
    row = next(r for r in range(model.rowCount()) if model.recommendation(r).completion.date)
    tip = model.data(model.index(row, Column.COMPLETION), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Signifie le ") and re.search(r"\d+ \w+ \d{4}", tip), tip
    assert "recommandations" in french_window.status.count_label.text()
