"""The first pass: column widths, cell documents and which slice of each row goes on which page.

Knowing every page before painting is what lets the footer say "Page N of M". A row that fits
on the rest of the page goes there; one that does not but would fit on an empty page moves to the
next page whole; only a row taller than a page is split, each cell at a line boundary, and goes
on with its Report Ref. No. repeated and marked as continued.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from planapp.domain import titles
from planapp.domain.extra_columns import extra_cells, extra_headings
from planapp.domain.fields import FIELDS, FieldKind
from planapp.domain.plan import Plan, Recommendation
from planapp.domain.template import DEFAULT_WIDTHS, Column, headings
from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.printing.documents import KEEP_WITH_PREVIOUS, CellFactory, pt
from planapp.printing.errors import PageTooSmallError as PageTooSmallError
from planapp.printing.labels import page_of, printed_on
from planapp.printing.options import PrintOptions
from planapp.printing.widths import column_widths

PAD_X = pt(3)
PAD_Y = pt(2.5)
TITLE_GAP = pt(8)  # between the title rows and the table
FOOTER_GAP = pt(6)  # between the table and the footer
# A long row starts on the current page only if at least this share of the body is left.
MIN_SPLIT_SHARE = 0.2
# Rows whose documents stay in memory between the passes; later rows (a plan of hundreds)
# build theirs again when painted, so memory stays flat (a document weighs some 50 kB).
KEEP_ROWS = 150

Progress = Callable[[int, int], bool]
# The recommendation's fields, one cell each, in the template's column order.
_IN_COLUMN_ORDER = tuple(sorted(FIELDS, key=lambda f: f.column))


class Cancelled(Exception):
    """The progress callback asked to stop."""


class Row:
    """One recommendation's cell documents, built on demand and dropped when painted."""

    def __init__(
        self,
        index: int,
        rec: Recommendation,
        factory: CellFactory,
        inner: list[float],
        extra: list[str] | None = None,
    ):
        self.index = index
        self.rec = rec
        self._factory = factory
        self._inner = inner
        self._extra = extra or []  # the extra columns' headings, when they are printed
        self._docs: list[QTextDocument] | None = None
        self._ref_more: QTextDocument | None = None

    def docs(self) -> list[QTextDocument]:
        if self._docs is None:
            f, r, inner = self._factory, self.rec, self._inner
            cell: dict[str, Callable[[Any, float], QTextDocument]] = {
                "milestones": f.milestones,
                "contacts": f.contacts,
            }
            for spec in _IN_COLUMN_ORDER:
                if spec.kind is FieldKind.LINE:
                    cell[spec.name] = f.ref
                elif spec.kind is FieldKind.TEXT:
                    cell[spec.name] = f.rich_text
                elif spec.kind is FieldKind.DATE:
                    cell[spec.name] = lambda date, width: f.lines([(date.text, f.plain)], width)
            self._docs = [
                cell[spec.name](getattr(r, spec.name), inner[spec.column])
                for spec in _IN_COLUMN_ORDER
            ]
            if self._extra:
                first = len(Column)
                self._docs += [
                    f.rich_text(text, inner[first + k])
                    for k, text in enumerate(extra_cells(r, self._extra))
                ]
        return self._docs

    def ref_continued(self) -> QTextDocument:
        """The Report Ref. No. cell of the row's pieces after the first."""
        if self._ref_more is None:
            self._ref_more = self._factory.ref(
                self.rec.ref, self._inner[Column.REF], continued=True
            )
        return self._ref_more

    def release(self) -> None:
        self._docs = None
        self._ref_more = None


@dataclass
class Slice:
    """The part of a cell shown in one row piece, in document coordinates; ``whole`` when it
    is the entire cell (painted without clipping)."""

    start: float
    end: float
    whole: bool


@dataclass
class RowPiece:
    """One recommendation's row, or the part of it that fits on one page."""

    row: Row
    top: float
    height: float
    cells: list[Slice | None]
    continued: bool
    last: bool

    def documents(self) -> list[QTextDocument]:
        """The cell documents in column order, the ref marked as continued after a break."""
        docs = list(self.row.docs())
        if self.continued:
            docs[Column.REF] = self.row.ref_continued()
        return docs


@dataclass
class Page:
    pieces: list[RowPiece] = field(default_factory=list)


@dataclass
class PlanLayout:
    """Everything the painter needs, in layout units from the paint area's top-left corner."""

    factory: CellFactory
    width: float
    height: float
    col_x: list[float]
    col_w: list[float]
    title: QTextDocument
    headings: list[QTextDocument]
    header_top: float
    header_height: float
    body_top: float
    body_bottom: float
    footer_top: float
    pages: list[Page]
    count: int
    printed_on: str
    _footer_left: QTextDocument | None = field(default=None, init=False, repr=False)

    def footer_documents(self, page: int) -> tuple[QTextDocument, QTextDocument]:
        """The footer's left half (the date printed) and right half ("Page N of M")."""
        f = self.factory
        half = self.width / 2
        if self._footer_left is None:  # the same on every page
            self._footer_left = f.lines([(self.printed_on, f.footer)], half)
        left = self._footer_left
        right = f.lines(
            [(page_of(page, len(self.pages), f.lang), f.footer)],
            half,
            align=Qt.AlignmentFlag.AlignRight,
        )
        return left, right


def line_bounds(doc: QTextDocument) -> list[tuple[float, float, bool]]:
    """Top and bottom of every laid-out line, in document coordinates, top to bottom, and
    whether a page may break just above it."""
    out: list[tuple[float, float, bool]] = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        y0 = layout.position().y()
        keep = block.userState() == KEEP_WITH_PREVIOUS
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            top = y0 + line.y()
            out.append((top, top + line.height(), not (i == 0 and keep)))
        block = block.next()
    return out


def _take(
    lines: list[tuple[float, float, bool]], start: float, room: float
) -> tuple[float, float | None]:
    """Where the slice of lines from ``start`` that fits in ``room`` ends, and where the next
    slice starts (None when the rest fits). Breaks only where allowed, unless no such break
    fits, then after the last line that fits, or, if not even one line fits, through it."""
    eps = 0.01
    limit = start + room + eps
    rest = [line for line in lines if line[0] >= start - eps]
    if not rest or rest[-1][1] <= limit:
        return (rest[-1][1] if rest else start), None
    fitting = [k for k, line in enumerate(rest) if line[1] <= limit]
    if not fitting:
        return start + room, start + room
    allowed = [k for k in fitting if rest[k + 1][2]]
    k = allowed[-1] if allowed else fitting[-1]
    return rest[k][1], rest[k + 1][0]


class _Pages:
    """The pages filled so far and where the next row goes."""

    def __init__(self, body_top: float, body_bottom: float) -> None:
        self.top = body_top
        self.bottom = body_bottom
        self.pages = [Page()]
        self.y = body_top

    @property
    def body(self) -> float:
        return self.bottom - self.top

    @property
    def room(self) -> float:
        return self.bottom - self.y

    @property
    def empty(self) -> bool:
        return not self.pages[-1].pieces

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = self.top

    def add(self, piece: RowPiece) -> None:
        self.pages[-1].pieces.append(piece)
        self.y = piece.top + piece.height


def selected(plan: Plan, options: PrintOptions) -> list[Recommendation]:
    """The recommendations to print, in plan order."""
    ids = options.recommendation_ids
    return [r for r in plan.recommendations if ids is None or r.id in ids]


def build_layout(
    plan: Plan,
    options: PrintOptions,
    width_pt: float,
    height_pt: float,
    progress: Progress | None = None,
    progress_total: int | None = None,
) -> PlanLayout:
    """Lay the plan out on pages of ``width_pt`` × ``height_pt`` points (the paint area).

    Calls ``progress(i, total)`` after each recommendation; raises Cancelled if it returns False.
    """
    f = CellFactory(options.lang)
    recs = selected(plan, options)
    total = progress_total if progress_total is not None else len(recs)
    width, height = pt(width_pt), pt(height_pt)

    # The same title rows as the exported workbook (domain.titles).
    title_rows = [(titles.plan_title(plan, options.lang), f.title)]
    audit = titles.audit_title(plan, options.lang)
    if audit:
        title_rows.append((audit, f.subtitle))
    title = f.lines(title_rows, width, align=Qt.AlignmentFlag.AlignHCenter, gap=pt(4))

    extra = extra_headings(recs) if options.include_extra else []
    col_w = _widths_with_extra(recs, width, f, len(extra))
    col_x = [sum(col_w[:i]) for i in range(len(col_w))]
    inner = [w - 2 * PAD_X for w in col_w]
    heads = [
        f.lines([(text, f.heading)], w, align=Qt.AlignmentFlag.AlignHCenter)
        for text, w in zip([*headings(options.lang), *extra], inner, strict=True)
    ]
    header_top = title.size().height() + TITLE_GAP
    header_height = max(h.size().height() for h in heads) + 2 * PAD_Y
    body_top = header_top + header_height
    footer_top = height - f.lines([("Page", f.footer)], width).size().height()
    body_bottom = footer_top - FOOTER_GAP
    if body_bottom - body_top <= pt(36):
        raise PageTooSmallError(
            QT_TRANSLATE_NOOP(
                "PrintError", "the page is too small for the plan's title and table header"
            )
        )

    pages = _Pages(body_top, body_bottom)
    for index, r in enumerate(recs):
        row = Row(index, r, f, inner, extra)
        docs = row.docs()
        sizes = [d.size().height() for d in docs]
        height_needed = max(sizes) + 2 * PAD_Y
        if height_needed > pages.room and not pages.empty and height_needed <= pages.body:
            pages.new_page()  # a row that fits on a page is never split
        if height_needed <= pages.room:
            cells: list[Slice | None] = [Slice(0.0, s, True) for s in sizes]
            pages.add(RowPiece(row, pages.y, height_needed, cells, continued=False, last=True))
        else:
            if not pages.empty and pages.room < MIN_SPLIT_SHARE * pages.body:
                pages.new_page()
            _split(row, pages)
        if index >= KEEP_ROWS:
            row.release()
        if progress is not None and not progress(index + 1, total):
            raise Cancelled
    return PlanLayout(
        factory=f,
        width=width,
        height=height,
        col_x=col_x,
        col_w=col_w,
        title=title,
        headings=heads,
        header_top=header_top,
        header_height=header_height,
        body_top=body_top,
        body_bottom=body_bottom,
        footer_top=footer_top,
        pages=pages.pages,
        count=len(recs),
        printed_on=printed_on(options.printed_on, options.lang),
    )


# Share of the table an extra column gets, in the template's width units (about "Outcome").
EXTRA_WEIGHT = DEFAULT_WIDTHS[Column.OUTCOME]


def _widths_with_extra(
    recs: list[Recommendation], width: float, f: CellFactory, extra: int
) -> list[float]:
    """The eight columns' widths, fitted to their text in what the extra columns leave."""
    if not extra:
        return column_widths(recs, width, f, PAD_X)
    template = sum(DEFAULT_WIDTHS.values())
    eight = width * template / (template + extra * EXTRA_WEIGHT)
    each = (width - eight) / extra
    return [*column_widths(recs, eight, f, PAD_X), *[each] * extra]


def _split(row: Row, pages: _Pages) -> None:
    """Lay a row taller than the room left over as many pages as it takes, each cell cut at
    a line boundary; pieces after the first show the ref marked as continued."""
    docs = row.docs()
    lines = [line_bounds(d) for d in docs]
    sizes = [d.size().height() for d in docs]
    ref_more = row.ref_continued().size().height()
    starts: list[float | None] = [0.0] * len(docs)
    continued = False
    while True:
        room = pages.room - 2 * PAD_Y
        cells: list[Slice | None] = []
        done = True
        for c in range(len(docs)):
            if c == Column.REF:
                # Short: whole on the first piece, repeated and marked as continued after that.
                end = ref_more if continued else sizes[c]
                cells.append(Slice(0.0, min(end, room), end <= room))
                continue
            start = starts[c]
            if start is None:
                cells.append(None)
                continue
            end, nxt = _take(lines[c], start, room)
            if nxt is None:
                end = max(end, sizes[c])
            else:
                done = False
            cells.append(Slice(start, end, start == 0.0 and nxt is None))
            starts[c] = nxt
        used = max(s.end - s.start for s in cells if s is not None)
        height = min(used + 2 * PAD_Y, pages.room)
        pages.add(RowPiece(row, pages.y, height, cells, continued=continued, last=done))
        if done:
            return
        pages.new_page()
        continued = True
