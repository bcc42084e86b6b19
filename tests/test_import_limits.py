"""A small crafted workbook cannot keep an import busy: text continued over many rows is
joined in linear work, every import has limits on rows, cells and text with a clear message,
and rows far below the table are read rather than dropped."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from planapp.domain.template import headings
from planapp.excel import limits, pagination
from planapp.excel.errors import WorkbookError
from planapp.excel.reader import read_workbook

PIECE = "and the text of this cell goes on for a while, as a crafted file repeats it " * 4


def _continued(path: Path, rows: int) -> Path:
    """One recommendation whose text continues over ``rows`` rows, each the same shared
    string: a few kilobytes of file for megabytes of text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for i, text in enumerate(headings("en")):
        ws.cell(row=1, column=1 + i, value=text)
    ws["A2"] = "Rec. 1"
    for row in range(3, 3 + rows):
        ws.cell(row=row, column=2, value=PIECE.strip())
    wb.save(path)
    return path


def test_text_continued_over_many_rows_is_joined_in_linear_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = {"chars": 0, "calls": 0}
    separator = pagination._separator

    def counted(before: str, after_first_line: str, column: object) -> str:
        read["chars"] += len(before)
        read["calls"] += 1
        return separator(before, after_first_line, column)  # type: ignore[arg-type]

    monkeypatch.setattr(pagination, "_separator", counted)
    rows = 4000
    path = _continued(tmp_path / "crafted.xlsx", rows)
    assert path.stat().st_size < 64_000
    (rec,) = read_workbook(path).plans[0].recommendations
    piece = PIECE.strip()
    assert rec.recommendation == " ".join([piece] * rows)
    # Joining reads each piece once: the text looked at to choose separators is the pieces
    # themselves (a quadratic join reads everything joined so far, ~2,000 times more).
    assert read["calls"] == rows - 1
    assert read["chars"] <= len(rec.recommendation)


def test_joining_scales_linearly_with_the_pieces() -> None:
    def work(n: int) -> int:
        seen = 0
        original = pagination._separator

        def counted(before: str, after: str, column: object) -> str:
            nonlocal seen
            seen += len(before)
            return original(before, after, column)  # type: ignore[arg-type]

        pagination._separator = counted  # type: ignore[assignment]
        try:
            pagination.join_pieces(["a piece of text"] * n, pagination.Column.RESPONSE)
        finally:
            pagination._separator = original  # type: ignore[assignment]
        return seen

    assert work(4000) <= 4 * work(1000) + 100


def test_an_import_past_the_row_limit_is_refused_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_ROWS", 500)
    path = _continued(tmp_path / "many.xlsx", 600)
    with pytest.raises(WorkbookError) as refused:
        read_workbook(path)
    assert str(refused.value).startswith("many.xlsx is too large to import: planapp reads at most")
    assert "500 rows" in str(refused.value)


def test_an_import_past_the_text_limit_is_refused_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT", 10 * len(PIECE))
    with pytest.raises(WorkbookError, match="too large to import"):
        read_workbook(_continued(tmp_path / "long.xlsx", 20))
    monkeypatch.setattr(limits, "MAX_CELLS", 10)
    monkeypatch.setattr(limits, "MAX_TEXT", 10**9)
    with pytest.raises(WorkbookError, match="filled cells"):
        read_workbook(_continued(tmp_path / "cells.xlsx", 20))


def test_rows_after_a_long_run_of_empty_rows_are_read(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for i, text in enumerate(headings("en")):
        ws.cell(row=1, column=1 + i, value=text)
    ws["A2"] = "Rec. 1"
    ws["B2"] = "First."
    ws["A8000"] = "Rec. 2"
    ws["B8000"] = "Far below."
    path = tmp_path / "gap.xlsx"
    wb.save(path)
    result = read_workbook(path)
    assert [(r.ref, r.recommendation) for r in result.plans[0].recommendations] == [
        ("Rec. 1", "First."),
        ("Rec. 2", "Far below."),
    ]
