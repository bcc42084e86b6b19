"""Two people changed the same field: show both texts and what differs, and let the user
choose to keep theirs, keep mine, or write a merge of the two. Nothing is overwritten until
the user chooses."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.richtext import plain_preview
from planapp.domain.word_diff import word_diff
from planapp.store.history import field_name
from planapp.store.versions import Conflict
from planapp.ui.cell_states import LIGHT, StateColors, colors_for
from planapp.ui.dialog_keys import keyboard_ready

KEEP_THEIRS, KEEP_MINE, MERGE = "theirs", "mine", "merge"


@dataclass(frozen=True)
class Resolution:
    choice: str  # KEEP_THEIRS, KEEP_MINE or MERGE
    text: str  # the text to write (theirs, mine or the merge)


def diff_html(theirs: str, mine: str, colors: StateColors = LIGHT) -> str:
    """Their text changed into mine: my deletions struck through, my additions underlined
    (and coloured, in colours that read on the palette's base)."""
    parts = []
    for segment in word_diff(theirs, mine):
        text = html.escape(segment.text).replace("\n", "<br>")
        if segment.kind == "deleted":
            parts.append(f'<s style="color:{colors.deleted_text.name()}">{text}</s>')
        elif segment.kind == "added":
            parts.append(f'<u style="color:{colors.added_text.name()}">{text}</u>')
        else:
            parts.append(text)
    return "".join(parts)


def diff_said(theirs: str, mine: str) -> str:
    """The same differences in words, for a screen reader (striking through is not read)."""
    removed = [s.text.strip() for s in word_diff(theirs, mine) if s.kind == "deleted"]
    added = [s.text.strip() for s in word_diff(theirs, mine) if s.kind == "added"]

    def quoted(words: list[str]) -> str:
        return ", ".join(f"“{w}”" for w in words if w)

    parts = []
    if removed:
        parts.append(
            QCoreApplication.translate("ConflictDialog", "You removed {words}.").format(
                words=quoted(removed)
            )
        )
    if added:
        parts.append(
            QCoreApplication.translate("ConflictDialog", "You added {words}.").format(
                words=quoted(added)
            )
        )
    return " ".join(parts) or QCoreApplication.translate(
        "ConflictDialog", "The two texts are the same."
    )


class ConflictDialog(QDialog):
    """Mine, theirs, the word diff between them, and an editable merge."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.resolution: Resolution | None = None
        name = field_name(conflict.field)
        self.setWindowTitle(self.tr("Someone Else Changed {field}").format(field=name))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<p><b>{field}</b> was changed by someone else after you last saw it. "
                "Nothing has been overwritten. Choose the text to keep, or edit a merge.</p>"
            ).format(field=html.escape(name))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        self.mine = self._text_pane(conflict.mine)
        self.theirs = self._text_pane(conflict.theirs)
        self.diff = QTextBrowser()
        self.diff.setHtml(diff_html(conflict.theirs, conflict.mine, colors_for(self.palette())))
        self.diff.setAccessibleName(self.tr("Differences from their text to yours"))
        self.diff.setAccessibleDescription(diff_said(conflict.theirs, conflict.mine))
        self.mine.setAccessibleName(self.tr("Your text"))
        self.theirs.setAccessibleName(self.tr("Their text (saved now)"))
        for column, (title, widget) in enumerate(
            ((self.tr("Your text"), self.mine), (self.tr("Their text (saved now)"), self.theirs))
        ):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(QLabel(self.tr("<b>What you changed in their text</b>")), 2, 0, 1, 2)
        grid.addWidget(self.diff, 3, 0, 1, 2)
        layout.addLayout(grid)
        self.merge_label = QLabel(self.tr("<b>Merge</b> (edit, then choose Use Merge)"))
        self.merge = QPlainTextEdit(conflict.mine)
        self.merge.setAccessibleName(self.tr("Merged text"))
        layout.addWidget(self.merge_label)
        layout.addWidget(self.merge)
        lists = conflict.kind in {"milestone", "contact"}
        self.merge_label.setVisible(not lists)
        self.merge.setVisible(not lists)  # a list is kept whole: theirs or mine

        buttons = QDialogButtonBox()
        self.keep_theirs = QPushButton(self.tr("Keep &Theirs"))
        self.keep_mine = QPushButton(self.tr("Keep &Mine"))
        self.use_merge = QPushButton(self.tr("Use Mer&ge"))
        self.use_merge.setVisible(not lists)
        for button in (self.keep_theirs, self.keep_mine, self.use_merge):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Decide &Later (keep theirs)"))
        self.keep_theirs.clicked.connect(lambda: self._choose(KEEP_THEIRS, conflict.theirs))
        self.keep_mine.clicked.connect(lambda: self._choose(KEEP_MINE, conflict.mine))
        self.use_merge.clicked.connect(lambda: self._choose(MERGE, self.merge.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.keep_theirs.setDefault(True)
        self.resize(820, 620)
        keyboard_ready(self)  # Tab leaves the merge text for the buttons

    @staticmethod
    def _text_pane(text: str) -> QPlainTextEdit:
        pane = QPlainTextEdit(text)
        pane.setReadOnly(True)
        pane.setToolTip(plain_preview(text, 200))
        return pane

    def _choose(self, choice: str, text: str) -> None:
        self.resolution = Resolution(choice, text)
        self.accept()


def ask(parent: QWidget | None, conflict: Conflict) -> Resolution | None:
    """The user's choice for ``conflict`` (None: closed without choosing, theirs stays)."""
    dialog = ConflictDialog(conflict, parent)
    dialog.exec()
    return dialog.resolution
