"""Extra columns as a table: which columns a plan's extra headings make, and each row's cells.

Recommendations of an imported plan may each carry extra columns (heading and text). The
workbook and the printout show them as columns after the template's eight: one column per
distinct heading in order of first appearance, or several when one recommendation has the
same heading more than once (a workbook with two "Comments" columns).
"""

from __future__ import annotations

from collections.abc import Sequence

from planapp.domain.plan import Recommendation


def extra_headings(recs: Sequence[Recommendation]) -> list[str]:
    """The extra columns' headings, in order of first appearance (repeated where needed)."""
    seen: set[tuple[str, int]] = set()
    out: list[str] = []
    for rec in recs:
        counts: dict[str, int] = {}
        for extra in rec.extra:
            k = counts.get(extra.heading, 0)
            counts[extra.heading] = k + 1
            if (extra.heading, k) not in seen:
                seen.add((extra.heading, k))
                out.append(extra.heading)
    return out


def extra_cells(rec: Recommendation, headings: Sequence[str]) -> list[str]:
    """``rec``'s text under each of ``headings`` ("" where it has none): its n-th extra
    column with a heading goes under the n-th column with that heading."""
    columns: dict[str, list[int]] = {}
    for i, heading in enumerate(headings):
        columns.setdefault(heading, []).append(i)
    cells = [""] * len(headings)
    used: dict[str, int] = {}
    for extra in rec.extra:
        k = used.get(extra.heading, 0)
        used[extra.heading] = k + 1
        slots = columns.get(extra.heading, [])
        if k < len(slots):
            cells[slots[k]] = extra.text
    return cells
