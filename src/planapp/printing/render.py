"""The second pass: paint the laid-out pages on a printer, a preview or a PDF writer.

One function serves Print, Print Preview (its ``paintRequested`` slot) and Export PDF, so the
three always show the same pages.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from planapp.domain import output_language
from planapp.domain.plan import Plan
from planapp.domain.template import Column
from planapp.printing.documents import LAYOUT_DPI, pt
from planapp.printing.layout import (
    PAD_X,
    PAD_Y,
    Cancelled,
    PlanLayout,
    Progress,
    RowPiece,
    Slice,
    build_layout,
    selected,
)
from planapp.printing.options import PrintOptions

MARGIN_PT = 36.0  # half an inch all round
_PAGE_SIZES = {"legal": QPageSize.PageSizeId.Legal, "letter": QPageSize.PageSizeId.Letter}

_GRID = QColor(90, 90, 90)
_HEADER_FILL = QColor(217, 217, 217)
_COMMITTEE_FILL = QColor(238, 238, 238)
_GRID_PT = 0.5


def page_layout(options: PrintOptions) -> QPageLayout:
    """The page the options ask for: size, orientation and half-inch margins."""
    orientation = (
        QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(_PAGE_SIZES[options.page_size]),
        orientation,
        QMarginsF(MARGIN_PT, MARGIN_PT, MARGIN_PT, MARGIN_PT),
        QPageLayout.Unit.Point,
    )


def configure_printer(printer: QPagedPaintDevice, options: PrintOptions) -> None:
    """Set page size, orientation and margins, so the print and preview dialogs open on the
    page the plan is laid out for."""
    wanted = page_layout(options)
    if printer.setPageLayout(wanted):
        return
    # A real printer may refuse margins below its hardware minimum: keep size and orientation.
    printer.setPageSize(wanted.pageSize())
    printer.setPageOrientation(wanted.orientation())
    printer.setPageMargins(wanted.margins(), QPageLayout.Unit.Point)


def paint_plan(
    printer: QPagedPaintDevice,
    plan: Plan,
    options: PrintOptions,
    progress: Progress | None = None,
) -> int:
    """Paint ``plan`` on ``printer`` with the page setup it already has; return pages painted.

    The plan is shown in ``options.lang`` (``output_language``): a bilingual printout is the
    plan in its own language, then in its other language, each version with its own page
    numbers. Lays every page out first (so the footer knows the page count), then paints.
    ``progress`` is called as ``progress(done, total)`` twice per recommendation and version
    (laid out, painted); when it returns False the job stops, a QPrinter's job is aborted, and
    0 is returned. A printer's page range (from the print dialog) counts the pages of every
    version; the page numbers printed still count the whole version.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("printing needs a QGuiApplication")
    versions = output_language.versions(plan, options.lang)
    count = len(selected(plan, options)) * len(versions)
    total = 2 * count
    area = printer.pageLayout().paintRect(QPageLayout.Unit.Point)
    layouts: list[PlanLayout] = []
    try:
        for lang, version in versions:
            done = len(selected(plan, options)) * len(layouts)
            layouts.append(
                build_layout(
                    version,
                    dataclasses.replace(options, lang=lang),
                    area.width(),
                    area.height(),
                    _shifted(progress, done),
                    total,
                )
            )
    except Cancelled:
        return 0
    # Every page of every version, numbered within its version ("Page 2 of 5").
    pages = [(layout, n) for layout in layouts for n in range(1, len(layout.pages) + 1)]

    first, last = 1, len(pages)
    if isinstance(printer, QPrinter) and printer.printRange() == QPrinter.PrintRange.PageRange:
        if printer.fromPage() > 0:
            first = max(first, printer.fromPage())
        if printer.toPage() > 0:
            last = min(last, printer.toPage())

    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("could not start painting on the printer or file")
    painted = 0
    try:
        painter.scale(printer.logicalDpiX() / LAYOUT_DPI, printer.logicalDpiY() / LAYOUT_DPI)
        for overall in range(first, last + 1):
            if painted and not printer.newPage():
                raise OSError("the printer refused a new page")
            layout, number = pages[overall - 1]
            k = layouts.index(layout)
            shown = count + k * (count // len(layouts))
            _paint_page(painter, layout, number)
            painted += 1
            for piece in layout.pages[number - 1].pieces:
                if (
                    piece.last
                    and progress is not None
                    and not progress(shown + piece.row.index + 1, total)
                ):
                    raise Cancelled
    except Cancelled:
        if isinstance(printer, QPrinter):
            printer.abort()  # nothing half-printed reaches the printer
        painted = 0
    finally:
        if painter.isActive():
            painter.end()
    return painted


def _shifted(progress: Progress | None, by: int) -> Progress | None:
    """``progress`` for a later version: its counts follow the earlier versions'."""
    if progress is None or not by:
        return progress
    return lambda done, total: progress(done + by, total)


def _paint_page(painter: QPainter, layout: PlanLayout, number: int) -> None:
    _draw(painter, layout.title, QPointF(0, 0))
    _paint_header(painter, layout)
    for piece in layout.pages[number - 1].pieces:
        _paint_piece(painter, layout, piece)
    left, right = layout.footer_documents(number)
    _draw(painter, left, QPointF(0, layout.footer_top))
    _draw(painter, right, QPointF(layout.width / 2, layout.footer_top))


def _paint_header(painter: QPainter, layout: PlanLayout) -> None:
    top, height = layout.header_top, layout.header_height
    painter.fillRect(QRectF(0, top, layout.width, height), _HEADER_FILL)
    for c, doc in enumerate(layout.headings):
        # Headings sit in the middle of the header row, like the template's.
        y = top + (height - doc.size().height()) / 2
        _draw(painter, doc, QPointF(layout.col_x[c] + PAD_X, y))
    _grid(painter, layout, top, height)


def _paint_piece(painter: QPainter, layout: PlanLayout, piece: RowPiece) -> None:
    c = Column.INDICATOR
    painter.fillRect(
        QRectF(layout.col_x[c], piece.top, layout.col_w[c], piece.height), _COMMITTEE_FILL
    )
    docs = piece.documents()
    for c, cell in enumerate(piece.cells):
        if cell is not None:
            at = QPointF(layout.col_x[c] + PAD_X, piece.top + PAD_Y)
            _draw_slice(painter, docs[c], cell, at)
    _grid(painter, layout, piece.top, piece.height)
    if piece.last:
        piece.row.release()


def _grid(painter: QPainter, layout: PlanLayout, top: float, height: float) -> None:
    pen = QPen(_GRID)
    pen.setWidthF(pt(_GRID_PT))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(0, top, layout.width, height))
    for x in layout.col_x[1:]:
        painter.drawLine(QPointF(x, top), QPointF(x, top + height))


def _context() -> QAbstractTextDocumentLayout.PaintContext:
    ctx = QAbstractTextDocumentLayout.PaintContext()
    palette = ctx.palette
    # Paper is white whatever the desktop's theme: text in black.
    palette.setColor(QPalette.ColorRole.Text, QColor(0, 0, 0))
    ctx.palette = palette
    return ctx


def _draw(painter: QPainter, doc: QTextDocument, at: QPointF) -> None:
    painter.save()
    painter.translate(at)
    doc.documentLayout().draw(painter, _context())
    painter.restore()


def _draw_slice(painter: QPainter, doc: QTextDocument, cell: Slice, at: QPointF) -> None:
    if cell.whole:
        _draw(painter, doc, at)
        return
    # Only the lines that start between start and end; the others are on another page. Drawn
    # line by line: the document's own culling keeps a line above its clip, which would put
    # that line's text in the PDF twice (hidden once), and a search or a copy would find it.
    eps = 0.05
    painter.save()
    painter.translate(at.x(), at.y() - cell.start)
    painter.setClipRect(
        QRectF(-PAD_X, cell.start, doc.textWidth() + 2 * PAD_X, cell.end - cell.start),
        Qt.ClipOperation.IntersectClip,
    )
    painter.setPen(QColor(0, 0, 0))
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        origin = layout.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            top = origin.y() + line.y()
            if cell.start - eps <= top < cell.end - eps:
                line.draw(painter, origin)
        block = block.next()
    painter.restore()
