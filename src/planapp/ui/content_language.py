"""View ▸ Content Language: the language the window shows and edits a plan's texts in.

The plan's own language (the default), English, French, or both side by side; remembered
between runs. The plan table, the milestone, contact and extra-column tables and the status
bar's count of missing translations follow the choice; an edit of a text in the plan's other
language becomes one undoable :class:`~planapp.ui.content_commands.EditTranslation`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel

from planapp.ui.content_columns import column_of
from planapp.ui.content_commands import EditTranslation
from planapp.ui.content_fields import CONTACT_TEXTS, EXTRA_TEXTS, MILESTONE_TEXTS, show_language
from planapp.ui.preferences import Language

COUNT_DELAY_MS = 400  # after a change, before counting starts: after the first paint, and a
# burst of changes counts once
COUNT_CHUNK = 100  # rows counted per idle round (a few milliseconds)


class ContentLanguage(QObject):
    """The Content Language menu of ``window`` (a MainWindow) and what follows from it."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.menu = window.menus.view_menu.addMenu("")
        self.menu.setObjectName("contentLanguageMenu")
        self.group = QActionGroup(self)
        self.actions: dict[Language, QAction] = {}
        for choice in (Language.PLAN, Language.ENGLISH, Language.FRENCH, Language.BILINGUAL):
            action = QAction(self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
            self.group.addAction(action)
            self.menu.addAction(action)
            window.addAction(action)
            self.actions[choice] = action
        # The status bar's count of texts missing a language, kept up to date from the model.
        self.missing_label = QLabel(window)
        self.missing_label.setObjectName("missingLabel")
        self.missing_label.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().addPermanentWidget(self.missing_label)
        # Counted when the window is idle, a few hundred rows at a time: see count_missing.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_some)
        model = window.model
        for signal in (
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.planChanged,
            model.contentViewChanged,
        ):
            signal.connect(lambda *_: self._count_timer.start())
        model.contentViewChanged.connect(self._view_changed)
        model.planChanged.connect(self._check_spelling)  # after the window set the plan's
        model.translationRequested.connect(self._edit_translation)
        chosen = window.prefs.values.content_language
        self.actions[chosen].setChecked(True)
        model.choice = chosen.value  # before the first plan is shown
        self._view_changed()  # the panels' second-language columns hidden from the start
        self.retranslate()
        window.installEventFilter(self)  # the interface language changed: retitle

    def retranslate(self) -> None:
        """The menu's and the status bar's texts, in the interface language."""
        self.menu.setTitle(self.tr("Co&ntent Language"))
        texts = {
            Language.PLAN: (
                self.tr("&Plan's Language"),
                self.tr("Show the texts in the language the plan is written in"),
            ),
            Language.ENGLISH: (self.tr("&English"), self.tr("Show and edit the English texts")),
            Language.FRENCH: (self.tr("&French"), self.tr("Show and edit the French texts")),
            Language.BILINGUAL: (
                self.tr("&Both Side by Side"),
                self.tr("Show each text in English and French, side by side"),
            ),
        }
        for choice, (text, tip) in texts.items():
            self.actions[choice].setText(text)
            self.actions[choice].setStatusTip(tip)
        self.missing_label.setToolTip(
            self.tr("Texts with no version in that language: View ▸ Filter Rows finds them")
        )
        self.window.model.refresh_texts()  # the cells' "[French missing]" lines
        self._show_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    @property
    def choice(self) -> Language:
        return Language(self.window.model.choice)

    def choose(self, choice: Language) -> None:
        """Show the texts in ``choice``'s language; remembered for the next run."""
        self.actions[choice].setChecked(True)
        self.window.prefs.update(content_language=choice)
        table = self.window.table
        row, column = table.current_row(), table.currentIndex().column()
        self.window.model.set_content_choice(choice.value, self.window.plan)
        self.window.view.show_titles(self.window.plan)
        if row >= 0:
            table.select_row(row, column_of(column) if table.isColumnHidden(column) else column)
        self.update_count()

    def _count_some(self) -> None:
        if self.window.model.count_missing(COUNT_CHUNK):
            self._show_count()
        else:
            self._count_timer.start(0)  # the next rows once pending events are handled

    def update_count(self) -> None:
        """Count every row now and say how many texts lack a language."""
        self.window.model.count_missing(self.window.model.rowCount())
        self._show_count()

    def _show_count(self) -> None:
        """Say how many texts lack a language ("12 texts missing French"); nothing if none."""
        self._count_timer.setInterval(COUNT_DELAY_MS)
        text = self.missing_text()
        self.missing_label.setText(text)
        self.missing_label.setVisible(bool(text))

    def missing_text(self) -> str:
        """The status bar's count of missing translations ("12 texts missing French"), the
        plan's other language first; "" when no text lacks a language."""
        model = self.window.model
        texts = []
        for lang in (model.view.other, model.view.primary):
            count = model.missing_total(lang)
            if count and lang == "fr":
                texts.append(self.tr("%n texts missing French", "", count))
            elif count:
                texts.append(self.tr("%n texts missing English", "", count))
        return " · ".join(texts)

    def _view_changed(self) -> None:
        details = self.window.details
        editors = [
            (details.milestones, MILESTONE_TEXTS),
            (details.contacts, CONTACT_TEXTS),
            (details.extra, EXTRA_TEXTS),
        ]
        show_language(details.language, editors, self.window.model.view)
        self._check_spelling()

    def _check_spelling(self) -> None:
        """Long texts are spell-checked in the language shown (both in "both")."""
        view = self.window.model.view
        self.window.spelling.set_language("both" if view.both else view.first)

    def _edit_translation(self, rec_id: int, field: str, lang: str, value: str) -> None:
        model = self.window.model
        row = model.row_of(rec_id)
        if row is None:
            return
        rec = model.recommendation(row)
        self.window.push(EditTranslation(self.window.doc, rec, field, lang, value))
