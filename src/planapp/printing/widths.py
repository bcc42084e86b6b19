"""Column widths that follow the plan's text, so rows come out short and the page is used.

Starts from the template's proportions (template.DEFAULT_WIDTHS), then moves width towards the
columns that make rows tall, using an estimate of each cell's height from its text length; each
column keeps a minimum: its heading's longest word, its content's longest word for the short
columns, and a floor.
"""

from __future__ import annotations

from planapp.domain.cells import contact_line
from planapp.domain.fields import FIELDS, FieldKind
from planapp.domain.plan import Recommendation
from planapp.domain.richtext import blocks
from planapp.domain.template import DEFAULT_WIDTHS, Column, headings
from planapp.printing.documents import CellFactory, pt

# Narrower than these, text columns wrap every few words and stop being readable.
_FLOORS = {
    Column.REF: pt(40),
    Column.RECOMMENDATION: pt(90),
    Column.RESPONSE: pt(90),
    Column.OUTCOME: pt(80),
    Column.COMPLETION: pt(52),
    Column.MILESTONES: pt(110),
    Column.CONTACTS: pt(120),
    Column.INDICATOR: pt(72),
}
_MIN_SHARE = 0.75  # the floors take at most this share of the table's width
_MAX_HARD_SHARE = 0.9  # and the unbreakable words at most this
_SAMPLE = 60  # rows the estimate looks at, evenly spread over the plan
_MILESTONE_INDENT = pt(20)
_BULLET_INDENT = pt(10)

# A cell as its paragraphs: (text width on one line, indent); its height follows from a width.
_Cell = list[tuple[float, float]]


def _paragraphs(text: str, indent: float = 0.0) -> list[tuple[str, float]]:
    return [(b.text, indent + (_BULLET_INDENT if b.bullet else 0.0)) for b in blocks(text)]


def _row_model(r: Recommendation, char_width: float) -> list[_Cell]:
    cells: list[list[tuple[str, float]]] = [[] for _ in Column]
    for field in FIELDS:  # the lists below, item by item
        value = getattr(r, field.name)
        if field.kind is FieldKind.LINE:
            cells[field.column] = [(value, 0.0)]
        elif field.kind is FieldKind.TEXT:
            cells[field.column] = _paragraphs(value)
        elif field.kind is FieldKind.DATE and value.text:
            cells[field.column] = [(value.text, 0.0)]
    for m in r.milestones:
        cells[Column.MILESTONES] += _paragraphs(m.description, _MILESTONE_INDENT)
        cells[Column.MILESTONES].append((m.due.text, _MILESTONE_INDENT))
    org = None
    for c in r.contacts:
        if c.organization and c.organization != org:
            cells[Column.CONTACTS].append((c.organization, 0.0))
            org = c.organization
        cells[Column.CONTACTS].append((contact_line(c), pt(6)))
    # Wrapping at word boundaries leaves lines short of the full width: allow about 8%.
    return [[(len(text) * char_width * 1.08, ind) for text, ind in cell] for cell in cells]


def _height(cell: _Cell, inner: float, line: float) -> float:
    lines = 0.0
    for length, indent in cell:
        lines += max(1.0, length / max(inner - indent, pt(8)) + 0.5)
    return lines * line


def _evaluate(
    rows: list[list[_Cell]], widths: list[float], pad: float, line: float
) -> tuple[float, list[float]]:
    """Estimated total height of the rows, and for each column how much the rows it holds up
    would shrink per unit of extra width."""
    gain = [0.0] * len(widths)
    total = 0.0
    for row in rows:
        heights = [_height(cell, w - 2 * pad, line) for cell, w in zip(row, widths, strict=True)]
        tallest = max(range(len(heights)), key=heights.__getitem__)
        total += heights[tallest]
        inner = widths[tallest] - 2 * pad
        gain[tallest] += sum(
            length / max(inner - indent, pt(8)) ** 2 for length, indent in row[tallest]
        )
    return total, gain


def _proportional(total: float, weights: list[float], mins: list[float]) -> list[float]:
    """``total`` shared in proportion to ``weights``, no column under its minimum."""
    fixed: dict[int, float] = {}
    while True:
        free = [c for c in range(len(weights)) if c not in fixed]
        room = total - sum(fixed.values())
        weight = sum(weights[c] for c in free) or 1.0
        widths = {c: room * weights[c] / weight for c in free}
        short = [c for c in free if widths[c] < mins[c]]
        if not short:
            break
        fixed.update({c: mins[c] for c in short})
    widths.update(fixed)
    return [widths[c] for c in range(len(weights))]


def column_widths(
    recs: list[Recommendation], total: float, factory: CellFactory, pad: float
) -> list[float]:
    """The eight column widths (layout units) for a table ``total`` wide; ``pad`` is the cell
    padding on each side."""
    columns = list(Column)
    # Hard minimums: no word of a heading, a ref or a date broken. Soft ones: the floors,
    # given up (towards the hard ones) only on a page too narrow for them, like Letter portrait.
    hard = []
    words = {
        Column.REF: [r.ref for r in recs],
        Column.COMPLETION: [r.completion.text for r in recs],
    }
    for c in columns:
        need = factory.word_width(headings(factory.lang)[c], heading=True)
        for text in words.get(c, ()):
            need = max(need, factory.word_width(text, bold=c is Column.REF))
        if c is Column.REF:
            need = max(need, factory.word_width(factory.continued_marker, italic=True))
        hard.append(need + 2 * pad)
    soft = [max(h, _FLOORS[c]) for h, c in zip(hard, columns, strict=True)]
    # Leave some width free for the columns whose text needs it most: the floors give way
    # first (towards the hard minimums), then, on a very narrow page, the words themselves.
    budget = total * _MIN_SHARE
    if sum(soft) <= budget:
        mins = soft
    elif sum(hard) < budget:
        t = (budget - sum(hard)) / (sum(soft) - sum(hard))
        mins = [h + t * (s - h) for h, s in zip(hard, soft, strict=True)]
    elif sum(hard) <= total * _MAX_HARD_SHARE:
        mins = hard
    else:
        mins = [h * total * _MAX_HARD_SHARE / sum(hard) for h in hard]
    widths = _proportional(total, [DEFAULT_WIDTHS[c] for c in columns], mins)
    if not recs:
        return widths

    stride = max(1, len(recs) // _SAMPLE)
    rows = [_row_model(r, factory.char_width) for r in recs[::stride]]
    line = factory.line_height
    height, gain = _evaluate(rows, widths, pad, line)
    step = total * 0.04
    while step > total * 0.002:
        taker = max(range(len(columns)), key=gain.__getitem__)
        givers = sorted(
            (c for c in range(len(columns)) if c != taker and widths[c] - step >= mins[c]),
            key=gain.__getitem__,
        )
        for giver in givers[:3]:
            trial = list(widths)
            trial[giver] -= step
            trial[taker] += step
            trial_height, trial_gain = _evaluate(rows, trial, pad, line)
            if trial_height < height - 1e-6:
                widths, height, gain = trial, trial_height, trial_gain
                break
        else:
            step /= 2
    return widths
