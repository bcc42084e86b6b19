"""How much one import reads, and its progress: a small crafted file cannot keep it busy.

A real plan is a few hundred rows and a few megabytes of text; the limits are far above that,
and each is checked as rows stream in, so a workbook past one is refused with a message before
it fills memory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.excel.errors import ImportCancelled, WorkbookError

__all__ = ["MAX_CELLS", "MAX_ROWS", "MAX_TEXT", "Counter", "Progress"]

Progress = Callable[[int, int], bool]

# What one import reads at most: a real plan is a few hundred rows and a few megabytes of
# text; these are a hundred times that, and stop a small crafted file from keeping the
# import busy or filling memory (each is checked as rows stream in).
MAX_ROWS = 200_000
MAX_CELLS = 2_000_000
MAX_TEXT = 100_000_000
_PROGRESS_EVERY = 256


class Counter:
    """Progress, Cancel and the per-import limits, counted as rows stream in."""

    def __init__(self, progress: Progress | None, total: int, name: str) -> None:
        self.progress = progress
        self.total = max(1, total)
        self.done = 0
        self.name = name
        self.rows = self.cells = self.text = 0

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.progress is not None and self.done % _PROGRESS_EVERY == 0:
            self.report()

    def report(self) -> None:
        if self.progress is None:
            return
        if self.progress(min(self.done, self.total), self.total) is False:
            raise ImportCancelled()

    def count(self, values: Sequence[object]) -> None:
        """Count a row that has values; refuse the workbook past a limit."""
        self.rows += 1
        for value in values:
            if value is not None:
                self.cells += 1
                if isinstance(value, str):
                    self.text += len(value)
        if self.rows > MAX_ROWS or self.cells > MAX_CELLS or self.text > MAX_TEXT:
            raise WorkbookError(
                QT_TRANSLATE_NOOP(
                    "WorkbookError",
                    "{name} is too large to import: planapp reads at most {rows} rows, "
                    "{cells} filled cells and {millions} million characters of text per "
                    "workbook, far more than any plan holds.",
                ).format(
                    name=self.name,
                    rows=MAX_ROWS,
                    cells=MAX_CELLS,
                    millions=MAX_TEXT // 1_000_000,
                )
            )
