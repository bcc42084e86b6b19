"""A table heading that wraps its text to the column's width, in the font the system gives.

The template's headings are long ("Description of Final Expected Outcome/Result"). Breaking
them by a count of characters clips them as soon as the font is larger than the one counted
for; here they are broken where the words fit the section as drawn, and the header is as tall
as its tallest heading in the header's own font (WCAG 1.4.4, 1.4.12).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

WRAP = Qt.TextFlag.TextWordWrap
WRAP_ANYWHERE = Qt.TextFlag.TextWrapAnywhere  # a word wider than the column is broken
LONGEST_UNBROKEN = 10  # average characters: a word up to this long is never broken
LABEL_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


BREAK_AFTER = "/"  # "Outcome/Result" may break after its slash, as a person would
ZERO_WIDTH_SPACE = "\u200b"


def heading_text(header: QHeaderView, logical: int) -> str:
    """The heading as drawn: the model's text, a line break allowed after each slash."""
    model = header.model()
    if model is None:
        return ""
    text = str(model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
    return re.sub(f"{re.escape(BREAK_AFTER)}(?=\\S)", BREAK_AFTER + ZERO_WIDTH_SPACE, text)


def widest_word(metrics: QFontMetrics, text: str) -> int:
    """The advance of the longest word: a column narrower than that clips its heading."""
    words = text.replace(ZERO_WIDTH_SPACE, " ").split()
    return max((metrics.horizontalAdvance(word) for word in words), default=0)


class WrappingHeader(QHeaderView):
    """A horizontal header whose sections draw their headings on as many lines as needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._batch = 0  # inside resizing(): the height is fitted once, at the end
        self._padding: int | None = None  # measured once per font and style
        self.sectionResized.connect(self._section_resized)

    def _section_resized(self, *_args: object) -> None:
        if not self._batch:
            self.fit_height()

    @contextmanager
    def resizing(self) -> Iterator[None]:
        """Resize several sections, then fit the height once rather than after each (every
        fit measures every heading)."""
        self._batch += 1
        try:
            yield
        finally:
            self._batch -= 1
            if not self._batch:
                self.fit_height()

    def padding(self) -> int:
        """What a section takes around its text: measured from the style's label rectangle,
        so the width headings are wrapped at is the width they are drawn in."""
        if self._padding is None:
            option = QStyleOptionHeader()
            self.initStyleOption(option)
            option.rect = QRect(0, 0, 400, 400)
            label = self.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, self)
            self._padding = max(400 - label.width(), 400 - label.height()) + 2
        return self._padding

    def minimum_width(self, logical: int, whole_words: bool = True) -> int:
        """The narrowest this section can be and show every word of its heading whole; or,
        without ``whole_words``, break a word longer than ten characters."""
        metrics = self.fontMetrics()
        longest = widest_word(metrics, heading_text(self, logical))
        if not whole_words:
            longest = min(longest, metrics.averageCharWidth() * LONGEST_UNBROKEN)
        return longest + self.padding()

    def _flags(self, text: str, inner: int) -> int:
        fits = widest_word(self.fontMetrics(), text) <= inner
        return int(LABEL_FLAGS | (WRAP if fits else WRAP_ANYWHERE))

    def text_height(self, logical: int, width: int | None = None) -> int:
        """The height of the heading wrapped at the section's width, nothing cut."""
        width = self.sectionSize(logical) if width is None else width
        inner = max(1, width - self.padding())
        text = heading_text(self, logical)
        bounds = self.fontMetrics().boundingRect(
            QRect(0, 0, inner, 100_000), self._flags(text, inner), text
        )
        return bounds.height()

    def fit_height(self) -> None:
        """As tall as the tallest heading wrapped at its section's width (one line at least)."""
        lines = [self.text_height(i) for i in range(self.count()) if not self.isSectionHidden(i)]
        height = max([self.fontMetrics().lineSpacing(), *lines]) + self.padding()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._padding = None
            self.fit_height()

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        text, option.text = heading_text(self, logical), ""  # as measured
        style = self.style()
        painter.save()
        style.drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, self)
        painter.save()
        painter.setFont(self.font())
        painter.setPen(option.palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(label, self._flags(text, rect.width() - self.padding()), text)
        painter.restore()
