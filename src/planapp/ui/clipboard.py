"""Copy, cut, paste and clear cells the way a spreadsheet does.

Copy puts the selected block on the clipboard twice: as tab-separated text (what Excel reads
and writes; cells with tabs, line breaks or quotes are quoted as Excel quotes them) and as an
HTML table (so Word and Excel paste a table). Every cell is escaped: a cell's text is never
markup. Paste reads Excel's tab-separated text into the selected cells (a single value fills
the whole selection, a block that divides the selection is repeated), and rows below the last
one become new rows; "Paste as New Rows" inserts the block's rows after the current row.

The view is walked in *visual* order, skipping hidden rows, so a sorted or filtered view
copies and pastes what the user sees; targets are handed on as model rows and columns. A
table does the edit itself (``apply``), as one undo step.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QMimeData, QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

Grid = list[list[str]]


class ShapeError(ValueError):
    """The clipboard's block does not fit where it is pasted; the message says why."""


# -- text formats ---------------------------------------------------------------------------


def _tsv_cell(text: str) -> str:
    if any(c in text for c in '\t\n\r"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def to_tsv(grid: Grid) -> str:
    """Rows of cells as Excel writes them to the clipboard (CRLF line ends, quoted cells)."""
    return "".join("\t".join(_tsv_cell(c) for c in row) + "\r\n" for row in grid)


def to_html(grid: Grid) -> str:
    """An HTML table of the cells, every cell escaped; line breaks inside a cell kept."""
    rows = "".join(
        "<tr>"
        + "".join(
            '<td style="vertical-align:top">'
            + html.escape(c, quote=False).replace("\n", "<br>")
            + "</td>"
            for c in row
        )
        + "</tr>"
        for row in grid
    )
    return f'<table border="1" style="border-collapse:collapse">{rows}</table>'


def parse_tsv(text: str) -> Grid:
    """Excel's tab-separated text read back into rows of cells (quoted cells may hold tabs,
    line breaks and doubled quotes); a final line end adds no empty row."""
    rows: Grid = []
    row: list[str] = []
    cell: list[str] = []
    i, n = 0, len(text)
    quoted = False
    at_start = True  # at the start of a cell: a quote here opens a quoted cell
    while i < n:
        ch = text[i]
        if quoted:
            if ch == '"':
                if i + 1 < n and text[i + 1] == '"':
                    cell.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cell.append(ch)
        elif ch == '"' and at_start:
            quoted = True
        elif ch == "\t":
            row.append("".join(cell))
            cell = []
            at_start = True
            i += 1
            continue
        elif ch in "\r\n":
            if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            row.append("".join(cell))
            rows.append(row)
            row, cell = [], []
            at_start = True
            i += 1
            continue
        else:
            cell.append(ch)
        at_start = False
        i += 1
    if cell or row or not at_start:
        row.append("".join(cell))
        rows.append(row)
    return rows


# -- where a paste goes ---------------------------------------------------------------------


@dataclass
class Paste:
    """What a paste changes, in model coordinates: cells of existing rows, and new rows
    (each a dict column → text) inserted at ``insert_at``."""

    edits: dict[tuple[int, int], str] = field(default_factory=dict)
    new_rows: list[dict[int, str]] = field(default_factory=list)
    insert_at: int = 0

    @property
    def empty(self) -> bool:
        return not self.edits and not self.new_rows


Apply = Callable[[Paste, str], None]


class TableClipboard(QObject):
    """Copy, cut, paste and Delete for one table view; ``apply`` makes one undo step of a
    ``Paste``; ``report`` shows a message (a shape that does not fit, nothing to paste)."""

    def __init__(
        self,
        view: QTableView,
        apply: Apply,
        report: Callable[[str], None],
        noun: str = "row",
        cell_text: Callable[[int, int], str] | None = None,
        can_set: Callable[[int], bool] | None = None,
        add_formats: Callable[[QMimeData, list[tuple[int, int]]], None] | None = None,
    ) -> None:
        super().__init__(view)
        self._add_formats = add_formats  # more of the copied cells, in a table's own format
        self.view = view
        self.apply = apply
        self.report = report
        self.noun = noun
        self._cell_text = cell_text
        self._can_set = can_set
        view.installEventFilter(self)

    # -- geometry of the view ------------------------------------------------------------

    def _visible_rows(self) -> list[int]:
        """Model rows in the order the view shows them, hidden ones left out."""
        header = self.view.verticalHeader()
        rows = (header.logicalIndex(v) for v in range(header.count()))
        return [r for r in rows if not self.view.isRowHidden(r)]

    def _visible_columns(self) -> list[int]:
        header = self.view.horizontalHeader()
        cols = (header.logicalIndex(v) for v in range(header.count()))
        return [c for c in cols if not self.view.isColumnHidden(c)]

    def _selected(self) -> list[QModelIndex]:
        indexes = [
            i
            for i in self.view.selectionModel().selectedIndexes()
            if not self.view.isRowHidden(i.row()) and not self.view.isColumnHidden(i.column())
        ]
        if not indexes and self.view.currentIndex().isValid():
            indexes = [self.view.currentIndex()]
        return indexes

    def _block(self) -> tuple[list[int], list[int]]:
        """The rows and columns (model numbers, visual order) spanned by the selection."""
        indexes = self._selected()
        rows_sel = {i.row() for i in indexes}
        cols_sel = {i.column() for i in indexes}
        rows = [r for r in self._visible_rows() if r in rows_sel]
        cols = [c for c in self._visible_columns() if c in cols_sel]
        if not rows:
            return [], []
        all_rows, all_cols = self._visible_rows(), self._visible_columns()
        rows = all_rows[all_rows.index(rows[0]) : all_rows.index(rows[-1]) + 1]
        cols = all_cols[all_cols.index(cols[0]) : all_cols.index(cols[-1]) + 1]
        return rows, cols

    def text(self, row: int, column: int) -> str:
        if self._cell_text is not None:
            return self._cell_text(row, column)
        value = self.view.model().index(row, column).data(Qt.ItemDataRole.EditRole)
        return "" if value is None else str(value)

    def settable(self, column: int) -> bool:
        """Whether a paste may write this column (computed columns are skipped)."""
        if self._can_set is not None:
            return self._can_set(column)
        model = self.view.model()
        if not model.rowCount():
            return False
        return bool(model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsEditable)

    # -- the operations ------------------------------------------------------------------

    def copy(self) -> bool:
        rows, cols = self._block()
        if not rows:
            return False
        selected = {(i.row(), i.column()) for i in self._selected()}
        grid = [[self.text(r, c) if (r, c) in selected else "" for c in cols] for r in rows]
        mime = QMimeData()
        mime.setText(to_tsv(grid))
        mime.setHtml(to_html(grid))
        if self._add_formats is not None:
            self._add_formats(mime, [(r, c) for r in rows for c in cols if (r, c) in selected])
        QGuiApplication.clipboard().setMimeData(mime)
        return True

    def cut(self) -> None:
        if self.copy():
            self.clear(cut=True)

    def clear(self, cut: bool = False) -> None:
        edits = {
            (i.row(), i.column()): ""
            for i in self._selected()
            if self.settable(i.column()) and self.text(i.row(), i.column())
        }
        if edits:
            text = (
                self.tr("Cut %n Cells", "", len(edits))
                if cut
                else self.tr("Clear %n Cells", "", len(edits))
            )
            self.apply(Paste(edits), text)

    def clipboard_grid(self) -> Grid:
        return parse_tsv(QGuiApplication.clipboard().text())

    def paste(self) -> None:
        try:
            paste = self.plan_paste(self.clipboard_grid())
        except ShapeError as exc:
            self.report(str(exc))
            return
        if not paste.empty:
            self.apply(paste, self.tr("Paste"))

    def paste_as_new_rows(self) -> None:
        grid = self.clipboard_grid()
        if not grid:
            self.report(self.tr("The clipboard holds no cells to paste."))
            return
        columns = self._visible_columns()
        width = max(len(r) for r in grid)
        if width > len(columns):
            self.report(
                self.tr(
                    "The copied rows have {width} columns; this table has {count}. "
                    "Copy whole rows from a table with the same columns."
                ).format(width=width, count=len(columns))
            )
            return
        current = self.view.currentIndex()
        insert_at = current.row() + 1 if current.isValid() else self.view.model().rowCount()
        new_rows = [
            {columns[j]: v for j, v in enumerate(row) if self.settable(columns[j])} for row in grid
        ]
        self.apply(
            Paste(new_rows=new_rows, insert_at=insert_at),
            self.tr("Paste %n New Rows", "", len(grid)),
        )

    def plan_paste(self, grid: Grid) -> Paste:
        """Where each pasted cell goes, or a ShapeError saying why the block does not fit."""
        if not grid:
            raise ShapeError(self.tr("The clipboard holds no cells to paste."))
        height, width = len(grid), max(len(r) for r in grid)
        grid = [r + [""] * (width - len(r)) for r in grid]
        rows, cols = self._block()
        all_rows, all_cols = self._visible_rows(), self._visible_columns()
        model = self.view.model()
        if not rows:
            top, left = len(all_rows), 0  # an empty table: the block becomes new rows
        else:
            top, left = all_rows.index(rows[0]), all_cols.index(cols[0])
        if left + width > len(all_cols):
            wide = self.tr("The copied block is %n columns wide,", "", width)
            remain = self.tr(
                "but only %n columns remain from the selected cell. Select a cell further "
                "left, or copy fewer columns.",
                "",
                len(all_cols) - left,
            )
            raise ShapeError(f"{wide} {remain}")
        selected = {(i.row(), i.column()) for i in self._selected()}
        full_rect = len(selected) == len(rows) * len(cols)
        if (height, width) == (1, 1) and len(selected) > 1:
            # One value fills every selected cell.
            return Paste({rc: grid[0][0] for rc in selected if self.settable(rc[1])})
        repeat_rows = repeat_cols = 1
        if full_rect and len(rows) % height == 0 and len(cols) % width == 0:
            repeat_rows, repeat_cols = len(rows) // height, len(cols) // width
        paste = Paste(insert_at=model.rowCount())
        for i in range(height * repeat_rows):
            values = grid[i % height] * repeat_cols
            target_cols = all_cols[left : left + width * repeat_cols]
            visual = top + i
            if visual < len(all_rows):
                row = all_rows[visual]
                for col, value in zip(target_cols, values, strict=True):
                    if self.settable(col) and value != self.text(row, col):
                        paste.edits[(row, col)] = value
            else:
                paste.new_rows.append(
                    {c: v for c, v in zip(target_cols, values, strict=True) if self.settable(c)}
                )
        return paste

    # -- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            self.clear()
            return True
        return super().eventFilter(watched, event)
