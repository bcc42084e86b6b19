"""Read the cell values of a workbook openpyxl rejects, with python-calamine.

openpyxl validates every style, property and sheet setting against the schema and gives up
on the whole workbook over one value outside it: an empty ``<fill/>``, a colour that is not
aRGB, a sheet state of "show", a date in the document properties it cannot parse, a style
attribute another program added. Excel, LibreOffice and other readers open such files, and
their cells are intact. python-calamine (a Rust reader) reads values only, and tolerates
these; it is used only after openpyxl has given up, so planapp's usual path is unchanged.

Measured here (best of 5 on 2 shared cores; planapp's export of 1,000 / 3,000
recommendations, 149 / 422 KB, hidden record sheet included; open and read every row):
openpyxl read-only 0.37 s / 1.19 s, calamine 0.02 s / 0.12 s, ten to twenty times faster.
A whole import (openpyxl's failed attempt, calamine, planapp's own parsing) took 0.23 s /
1.45 s this way against 0.49 s / 2.01 s through openpyxl. openpyxl stays the first reader:
it streams rows (progress and Cancel on large files) and is the reader the import was built
and tested on, while calamine holds each sheet whole, as a dense
grid (about 25 bytes a cell, empty or not: 100 million cells took 3 GB and 10 s here), so
a small file naming one far-away cell could ask for gigabytes. Before calamine sees a
package, every sheet's extent is therefore measured from its XML
(each cell's position, as calamine will place it) and a sheet over ``MAX_CELLS`` is refused.
The same pass refuses entity declarations anywhere in the XML, as ``safety`` does for the
first bytes of each part (calamine's parser never expands them, but the refusal is the same).

Two things calamine itself rejects are mended first, only in this path: a sheet state
outside the standard's three, and merged ranges of whole rows or columns ("A:A"), which
carry no value.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from datetime import time, timedelta
from typing import Any

import python_calamine

from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.excel.errors import WorkbookError
from planapp.excel.quiet import quiet
from planapp.excel.safety import CheckedWorkbook

__all__ = ["MAX_CELLS", "open_sheets"]

# 4 million cells is ~100 MB in calamine's grid; a 10,000-recommendation plan is ~0.2 million.
MAX_CELLS = 4_000_000
_CHUNK = 1 << 20
_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(c|row)(?=[\s/>])([^>]*)>")
_REF = re.compile(rb'\sr\s*=\s*["\']([A-Za-z]{0,3})(\d*)["\']')
_DECLARATIONS = tuple(
    word.encode(encoding)
    for word in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("ascii", "utf-16-le", "utf-16-be")
)
_SHEET_STATE = re.compile(
    rb'(<(?:[A-Za-z_][\w.-]*:)?sheet\b[^>]*?)\sstate\s*=\s*"(?!visible"|hidden"|veryHidden")[^"]*"'
)
_WHOLE_MERGE = re.compile(
    rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\s+ref\s*=\s*"(?:[A-Za-z]+:[A-Za-z]+|\d+:\d+)"\s*/>'
)
_STATES = (
    (python_calamine.SheetVisibleEnum.Visible, "visible"),
    (python_calamine.SheetVisibleEnum.Hidden, "hidden"),
    (python_calamine.SheetVisibleEnum.VeryHidden, "veryHidden"),
)


def _state(visible: Any) -> str:
    return next((state for value, state in _STATES if visible == value), "hidden")


def _calamine_refused(exc: BaseException) -> bool:
    """What calamine raises for a file it cannot read: its own errors, and a panic of its
    Rust code, which pyo3 raises as ``pyo3_runtime.PanicException`` (a BaseException that
    cannot be imported by name)."""
    if isinstance(exc, python_calamine.CalamineError):
        return True
    kind = type(exc)
    return kind.__name__ == "PanicException" and kind.__module__ == "pyo3_runtime"


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


def _extent(part: Iterator[bytes]) -> tuple[int, int, bool]:
    """(rows, columns, declares entities) of a part's cells, placed as calamine places them:
    at their reference, or after the previous cell or row when they have none."""
    rows = cols = row = col = 0
    tail = b""
    declares = False
    for chunk in part:
        buffer = tail + chunk
        if any(d in buffer for d in _DECLARATIONS):
            declares = True
        end = 0
        for match in _TAG.finditer(buffer):
            end = match.end()
            ref = _REF.search(match.group(2))
            if match.group(1) == b"row":
                row = int(ref.group(2)) if ref and ref.group(2) else row + 1
                col = 0
            else:
                if ref and ref.group(1):
                    col = _column(ref.group(1))
                    row = int(ref.group(2)) if ref.group(2) else row
                else:
                    col += 1
                rows, cols = max(rows, row), max(cols, col)
        # Keep an unfinished tag for the next chunk (it may be a cell).
        cut = buffer.rfind(b"<")
        tail = buffer[cut:] if cut >= end and buffer.find(b">", cut) < 0 else b""
        if len(tail) > _CHUNK:
            raise ValueError("an XML tag longer than any workbook writes")
    return rows, cols, declares


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    with archive.open(info) as part:
        while chunk := part.read(_CHUNK):
            yield chunk


def _checked_and_mended(checked: CheckedWorkbook, name: str) -> bytes:
    """The package for calamine: every part measured and checked, two rejections mended."""
    mended: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(checked.data)) as archive:
        for info in archive.infolist():
            if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
                continue
            try:
                rows, cols, declares = _extent(_chunks(archive, info))
            except ValueError:
                raise WorkbookError(
                    QT_TRANSLATE_NOOP(
                        "WorkbookError",
                        "{name} could not be read: its part {part} is not a workbook's XML.",
                    ).format(name=name, part=info.filename)
                ) from None
            if declares:
                raise WorkbookError(
                    QT_TRANSLATE_NOOP(
                        "WorkbookError",
                        "{name} was refused: its part {part} declares XML entities, which "
                        "hostile files use to attack the computer.",
                    ).format(name=name, part=info.filename)
                )
            if rows * cols > MAX_CELLS:
                raise WorkbookError(
                    QT_TRANSLATE_NOOP(
                        "WorkbookError",
                        "{name} could not be read: a sheet spans {rows} rows by {cols} "
                        "columns, more than planapp reads from a workbook whose formatting "
                        "cannot be read.",
                    ).format(name=name, rows=rows, cols=cols)
                )
            if info.file_size < 64 * 1024 * 1024:
                content = archive.read(info)
                fixed = _WHOLE_MERGE.sub(b"", _SHEET_STATE.sub(rb"\1", content))
                if fixed != content:
                    mended[info.filename] = fixed
        if not mended:
            return checked.data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
            for info in archive.infolist():
                content = mended.get(info.filename)
                target.writestr(info, content if content is not None else archive.read(info))
    return out.getvalue()


def _value(value: Any) -> Any:
    """A calamine value as openpyxl gives it: None for an empty cell, whole numbers as int."""
    if value == "" and isinstance(value, str):
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, time | timedelta):
        return value
    return value


class CalamineSheet:
    """One sheet read by calamine, with openpyxl's read-only interface."""

    def __init__(self, workbook: Any, name: str, state: str, file: str) -> None:
        self._workbook = workbook
        self._file = file
        self.title = name
        self.sheet_state = state
        self._rows: list[tuple[Any, ...]] | None = None

    def _load(self) -> list[tuple[Any, ...]]:
        if self._rows is None:
            try:
                with quiet(native=True):
                    sheet = self._workbook.get_sheet_by_name(self.title)
                    grid = sheet.to_python(skip_empty_area=False)
            except BaseException as exc:
                if not _calamine_refused(exc):
                    raise
                raise WorkbookError(
                    QT_TRANSLATE_NOOP(
                        "WorkbookError", "{file} is damaged: its sheet “{title}” is not readable."
                    ).format(file=self._file, title=self.title)
                ) from None
            self._rows = [tuple(_value(v) for v in row) for row in grid]
        return self._rows

    @property
    def max_row(self) -> int:
        return len(self._load())

    @property
    def max_column(self) -> int:
        return max((len(r) for r in self._load()), default=0)

    def iter_rows(
        self,
        min_row: int = 1,
        max_row: int | None = None,
        max_col: int | None = None,
        values_only: bool = True,
    ) -> Iterator[tuple[Any, ...]]:
        rows = self._load()
        stop = len(rows) if max_row is None else min(max_row, len(rows))
        for row in rows[min_row - 1 : stop]:
            if max_col is None:
                yield row
            elif len(row) >= max_col:
                yield row[:max_col]
            else:
                yield row + (None,) * (max_col - len(row))


def open_sheets(checked: CheckedWorkbook, name: str, cause: BaseException) -> list[CalamineSheet]:
    """The worksheets of a workbook openpyxl rejected (with ``cause``), read by calamine.

    Raises WorkbookError if calamine cannot read it either: the file does not follow the
    format in a way that matters for its cells."""
    try:
        data = _checked_and_mended(checked, name)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        raise WorkbookError(
            QT_TRANSLATE_NOOP(
                "WorkbookError", "{name} is damaged: its zip archive is corrupt or truncated."
            ).format(name=name)
        ) from None
    try:
        with quiet(native=True):
            workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
            sheets = [
                (m.name, _state(m.visible))
                for m in workbook.sheets_metadata
                if m.typ == python_calamine.SheetTypeEnum.WorkSheet
            ]
    except BaseException as exc:
        if not _calamine_refused(exc):
            raise
        raise _unreadable(name, cause) from None
    return [CalamineSheet(workbook, title, state, name) for title, state in sheets]


def _unreadable(name: str, cause: BaseException) -> WorkbookError:
    """Neither reader could open it: say why in the user's terms (``cause`` is openpyxl's)."""
    if isinstance(cause, KeyError):
        return WorkbookError(
            QT_TRANSLATE_NOOP(
                "WorkbookError", "{name} is damaged: a part it refers to is missing."
            ).format(name=name)
        )
    if isinstance(cause, SyntaxError):
        return WorkbookError(
            QT_TRANSLATE_NOOP(
                "WorkbookError", "{name} is damaged: part of it is not readable XML."
            ).format(name=name)
        )
    return WorkbookError(
        QT_TRANSLATE_NOOP(
            "WorkbookError",
            "{name} could not be read: parts of it do not follow the Excel workbook format.",
        ).format(name=name)
    )
