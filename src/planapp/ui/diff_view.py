"""A word diff drawn for reading: deleted words struck through in red, added ones underlined
in green, kept text plain; inline or side by side.

The texts come from returned workbooks, so they are the other party's words: every segment is
escaped before it enters the HTML, and nothing a user typed is ever read as markup.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planapp.domain.word_diff import Segment, SegmentKind

DELETED_STYLE = "color:#b3261e; text-decoration:line-through; background:#fde2e1"
ADDED_STYLE = "color:#17692f; text-decoration:underline; background:#dcf5e3"
_STYLE: dict[SegmentKind, str] = {"deleted": DELETED_STYLE, "added": ADDED_STYLE}


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def segments_html(
    segments: list[Segment], show: tuple[SegmentKind, ...] = ("deleted", "added")
) -> str:
    """The segments as HTML, each kind in ``show`` marked; kinds not in ``show`` and not
    "same" are left out (a side-by-side column shows one side)."""
    parts = []
    for seg in segments:
        if seg.kind == "same":
            parts.append(_escape(seg.text))
        elif seg.kind in show:
            parts.append(f'<span style="{_STYLE[seg.kind]}">{_escape(seg.text)}</span>')
    return f'<div style="white-space:pre-wrap">{"".join(parts)}</div>'


class DiffView(QWidget):
    """The selected change in full: one inline view, or the two versions side by side."""

    def __init__(self, old_title: str, new_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segments: list[Segment] = []
        self.old_title, self.new_title = old_title, new_title
        self.inline = QTextBrowser(self)
        self.inline.setAccessibleName(self.tr("Changes in this text"))
        self.old = QTextBrowser(self)
        self.old.setAccessibleName(old_title)
        self.new = QTextBrowser(self)
        self.new.setAccessibleName(new_title)
        for browser in (self.inline, self.old, self.new):
            browser.setOpenLinks(False)
            browser.setOpenExternalLinks(False)
        self.side_by_side = QCheckBox(self.tr("Show &side by side"), self)
        self.side_by_side.toggled.connect(lambda _on: self._render())
        pair = QHBoxLayout()
        pair.addWidget(self.old)
        pair.addWidget(self.new)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.side_by_side)
        layout.addWidget(self.inline, 1)
        layout.addLayout(pair, 1)
        self._render()

    def set_segments(self, segments: list[Segment]) -> None:
        self.segments = list(segments)
        self._render()

    def _render(self) -> None:
        split = self.side_by_side.isChecked()
        self.inline.setVisible(not split)
        self.old.setVisible(split)
        self.new.setVisible(split)
        self.inline.setHtml(segments_html(self.segments))
        self.old.setHtml(segments_html(self.segments, ("deleted",)))
        self.new.setHtml(segments_html(self.segments, ("added",)))
