"""Each printed cell as its own small text document, built with the cursor API.

User text goes in with ``QTextCursor.insertText`` only, never through HTML, so ``<b>`` or
``<img src=...>`` typed in a cell print as those characters, and the documents refuse to load
any resource. Every document is laid out against one fixed-resolution device (``LAYOUT_DPI``)
with design metrics, so the pagination is the same whether the plan goes to the preview, a
printer or a PDF; the painter scales to the real device.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from planapp.domain.cells import contact_line
from planapp.domain.plan import Contact, Milestone, MilestoneStatus
from planapp.domain.richtext import blocks
from planapp.domain.template import Language
from planapp.printing import labels

# Layout units: 4 per point. Fine enough that line heights are not rounded to whole points.
LAYOUT_DPI = 288
UNIT = LAYOUT_DPI / 72

BODY_PT = 8.5
HEADING_PT = 8.0
TITLE_PT = 12.0
SUBTITLE_PT = 10.0
FOOTER_PT = 8.0

# A block whose first line stays on the same page as the line before it (a milestone's date,
# the first person under an organization).
KEEP_WITH_PREVIOUS = 1

_MAX_NUMBER_WIDTH = 24 * UNIT
# Where a line may break: at spaces, and after a slash ("Outcome/ Result").
_WORDS = re.compile(r"\s+|(?<=/)")

_FAMILIES = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"]
_INK = QColor(0, 0, 0)


def pt(points: float) -> float:
    """Points to layout units."""
    return points * UNIT


_device: QImage | None = None


def layout_device() -> QImage:
    """The one device every printed document is laid out against."""
    global _device
    if _device is None:
        img = QImage(1, 1, QImage.Format.Format_ARGB32)
        dpm = round(LAYOUT_DPI / 0.0254)
        img.setDotsPerMeterX(dpm)
        img.setDotsPerMeterY(dpm)
        _device = img
    return _device


class InertDocument(QTextDocument):
    """A text document that never loads an image, style sheet or URL, whatever it holds."""

    def loadResource(self, kind: int, name: object) -> object:
        return None


def font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(_FAMILIES)
    f.setStyleHint(QFont.StyleHint.SansSerif)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    f.setPointSizeF(points)
    # No "fi"/"fl" ligatures: a PDF reader's search, copy and screen reader get plain letters.
    f.setFeature(QFont.Tag("liga"), 0)
    f.setBold(bold)
    f.setItalic(italic)
    return f


def _char(f: QFont) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(f)
    fmt.setForeground(QBrush(_INK))
    return fmt


class CellFactory:
    """Builds the documents of one printout: title rows, headings, cells and footer."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        self.device = layout_device()
        self.body_font = font(BODY_PT)
        self.heading_font = font(HEADING_PT, bold=True)
        self.plain = _char(self.body_font)
        self.bold = _char(font(BODY_PT, bold=True))
        self.italic = _char(font(BODY_PT, italic=True))
        self.heading = _char(self.heading_font)
        self.title = _char(font(TITLE_PT, bold=True))
        self.subtitle = _char(font(SUBTITLE_PT, bold=True))
        self.footer = _char(font(FOOTER_PT))
        self._option = QTextOption()
        self._option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # Design metrics live in the text option: setDefaultTextOption() below would switch
        # off a setUseDesignMetrics(True) made on the document alone.
        self._option.setUseDesignMetrics(True)
        self._metrics = QFontMetricsF(self.body_font, self.device)
        self._bold_metrics = QFontMetricsF(self.bold.font(), self.device)
        self._bullet_width = self._metrics.horizontalAdvance("• ")
        self.line_height = self._metrics.lineSpacing()
        sample = "The Agency agrees with this recommendation and will report on it by March 2021."
        self.char_width = self._metrics.horizontalAdvance(sample) / len(sample)
        self._tab_scale = self._measure_tab_scale()
        self.continued_marker = labels.continued(lang)

    # -- measuring -----------------------------------------------------------------------

    def word_width(
        self, text: str, bold: bool = False, heading: bool = False, italic: bool = False
    ) -> float:
        """Width of the longest word in ``text``: the narrowest a column can go without
        breaking it."""
        if heading:
            metrics = QFontMetricsF(self.heading_font, self.device)
        elif italic:
            metrics = QFontMetricsF(self.italic.font(), self.device)
        else:
            metrics = self._bold_metrics if bold else self._metrics
        return max((metrics.horizontalAdvance(w) for w in _WORDS.split(text) if w), default=0.0)

    def _measure_tab_scale(self) -> float:
        # Qt scales tab positions by the device's resolution over the platform's default one,
        # which differs between platforms; measure it once rather than assume 96 dpi.
        doc = self.new_document(pt(500))
        cursor = QTextCursor(doc)
        fmt = QTextBlockFormat()
        fmt.setTabPositions([QTextOption.Tab(100.0, QTextOption.TabType.LeftTab)])
        cursor.setBlockFormat(fmt)
        cursor.insertText("i\tx", self.plain)
        x, _ = doc.firstBlock().layout().lineAt(0).cursorToX(2)
        return x / 100.0 if x > 0 else 1.0

    # -- building ------------------------------------------------------------------------

    def new_document(self, width: float) -> QTextDocument:
        doc = InertDocument()
        doc.setUndoRedoEnabled(False)
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        doc.setUseDesignMetrics(True)
        doc.setDefaultFont(self.body_font)
        doc.setDefaultTextOption(self._option)
        doc.setTextWidth(width)
        return doc

    def lines(
        self,
        texts: Sequence[tuple[str, QTextCharFormat]],
        width: float,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        gap: float = 0.0,
    ) -> QTextDocument:
        """One paragraph per ``(text, format)``: titles, headings, the ref cell, the footer."""
        doc = self.new_document(width)
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()  # laid out once at the end, not after every insert
        for i, (text, fmt) in enumerate(texts):
            block = QTextBlockFormat()
            block.setAlignment(align)
            if i:
                block.setTopMargin(gap)
            _begin_block(cursor, block, fmt, first=not i)
            cursor.insertText(text, fmt)
        cursor.endEditBlock()
        return doc

    def rich_text(self, text: str, width: float) -> QTextDocument:
        """A long text: paragraphs, and "• " items as indented bullets with a hanging indent."""
        doc = self.new_document(width)
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()  # laid out once at the end, not after every insert
        first = True
        for blk in blocks(text):
            block = QTextBlockFormat()
            if blk.bullet:
                block.setLeftMargin(pt(4) + self._bullet_width)
                block.setTextIndent(-self._bullet_width)
                if not first:
                    block.setTopMargin(pt(1.5))
            elif not first:
                block.setTopMargin(pt(3))
            _begin_block(cursor, block, self.plain, first)
            first = False
            cursor.insertText(f"• {blk.text}" if blk.bullet else blk.text, self.plain)
        cursor.endEditBlock()
        return doc

    def ref(self, ref: str, width: float, continued: bool = False) -> QTextDocument:
        texts = [(ref, self.bold)]
        if continued:
            texts.append((self.continued_marker, self.italic))
        return self.lines(texts, width)

    def milestones(self, milestones: Sequence[Milestone], width: float) -> QTextDocument:
        """A numbered list: bold number hanging at the left, the description, then the due date
        in bold on its own line, with the status when work has started."""
        doc = self.new_document(width)
        if not milestones:
            return doc
        numbers = [m.number.strip() or f"{i + 1}." for i, m in enumerate(milestones)]
        # The text hangs after the widest ordinary number ("1.10"); a longer one ("3.4 a)")
        # is followed by a space instead, rather than pushing every description right.
        number_widths = [self._bold_metrics.horizontalAdvance(n) for n in numbers]
        gap = pt(4)
        indent = max([w for w in number_widths if w <= _MAX_NUMBER_WIDTH] or [0.0]) + gap
        indent = min(max(indent, pt(14)), width * 0.4)
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()  # laid out once at the end, not after every insert
        first = True

        def start(block: QTextBlockFormat) -> None:
            nonlocal first
            _begin_block(cursor, block, self.plain, first)
            first = False

        tab = QTextOption.Tab(indent / self._tab_scale, QTextOption.TabType.LeftTab)
        for i, (m, number) in enumerate(zip(milestones, numbers, strict=True)):
            paras = blocks(m.description.strip()) or []
            head = QTextBlockFormat()
            head.setLeftMargin(indent)
            head.setTextIndent(-indent)
            head.setTabPositions([tab])
            if i:
                head.setTopMargin(pt(5))
            start(head)
            cursor.insertText(number, self.bold)
            fits = number_widths[i] + gap <= indent + 0.01
            cursor.insertText("\t" if fits else " ", self.plain)
            if paras:
                first_para = paras.pop(0)
                text = f"• {first_para.text}" if first_para.bullet else first_para.text
                cursor.insertText(text, self.plain)
            for para in paras:
                block = QTextBlockFormat()
                block.setTopMargin(pt(1.5))
                if para.bullet:
                    block.setLeftMargin(indent + self._bullet_width)
                    block.setTextIndent(-self._bullet_width)
                else:
                    block.setLeftMargin(indent)
                start(block)
                cursor.insertText(f"• {para.text}" if para.bullet else para.text, self.plain)
            show_status = m.status is not MilestoneStatus.NOT_STARTED
            if m.due.text or show_status:
                block = QTextBlockFormat()
                block.setLeftMargin(indent)
                block.setTopMargin(pt(1.5))
                start(block)
                cursor.block().setUserState(KEEP_WITH_PREVIOUS)
                if m.due.text:
                    cursor.insertText(m.due.text, self.bold)
                if show_status:
                    status = labels.status(m.status, self.lang)
                    if m.status is MilestoneStatus.COMPLETED and m.completed_on.text:
                        status = f"{status} {m.completed_on.text}"
                    if m.due.text:
                        cursor.insertText(" — ", self.plain)
                    cursor.insertText(status, self.italic)
        cursor.endEditBlock()
        return doc

    def contacts(self, contacts: Sequence[Contact], width: float) -> QTextDocument:
        """One person a line (wrapped lines indented), the organization in bold above the first
        person of each organization."""
        doc = self.new_document(width)
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()  # laid out once at the end, not after every insert
        first = True
        current: str | None = None
        after_org = False
        hang = pt(6)
        for c in contacts:
            org = c.organization.strip()
            entries: list[tuple[str, QTextCharFormat, bool]] = []
            if org and org != current:
                entries.append((org, self.bold, False))
                current = org
            line = contact_line(c)
            if line:
                entries.append((line, self.plain, True))
            for text, fmt, person in entries:
                block = QTextBlockFormat()
                if person:
                    block.setLeftMargin(hang)
                    block.setTextIndent(-hang)
                keep = person and after_org
                if not first and not keep:
                    block.setTopMargin(pt(2) if person else pt(4))
                after_org = not person
                _begin_block(cursor, block, fmt, first)
                first = False
                if person and keep:
                    cursor.block().setUserState(KEEP_WITH_PREVIOUS)
                cursor.insertText(text, fmt)
        cursor.endEditBlock()
        return doc


def _begin_block(
    cursor: QTextCursor, block: QTextBlockFormat, fmt: QTextCharFormat, first: bool
) -> None:
    """Start a paragraph: the first one reuses the empty block every new document has."""
    if first:
        cursor.setBlockFormat(block)
        cursor.setBlockCharFormat(fmt)
    else:
        cursor.insertBlock(block, fmt)
