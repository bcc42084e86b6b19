"""Open a checked workbook for its cell values, and say in planapp's words what went wrong.

The reader sees sheets (``title``, ``sheet_state``, ``max_row``, ``max_column`` and
``iter_rows(min_row, max_row, max_col, values_only=True)``), from one of two readers:

* openpyxl in read-only mode, rows streamed so that a large plan shows progress and can be
  cancelled; every call into it runs inside ``quiet`` (no library warning or print reaches
  the terminal) and only what openpyxl raises for a bad file is caught, at the call;
* when openpyxl rejects a workbook whose cells are intact (a style, a property or a sheet
  setting outside what its strict checks accept, where Excel, LibreOffice and other readers
  open the file), the cell values are read again with ``tolerant`` (python-calamine), and the
  import says that the formatting was not kept.

"Damaged" is said only of files that are: a corrupt zip or compressed part, a sheet that is
not well-formed XML, a part the workbook refers to that is missing. ``read_values`` runs the
caller's reading function on the first reader and, if openpyxl gives up part way, once more on
the tolerant one; a bug in the caller's code is never taken for a bad file.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from defusedxml.common import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils import exceptions as openpyxl_errors

from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.excel import tolerant
from planapp.excel.errors import WorkbookError
from planapp.excel.quiet import dropped_features, quiet
from planapp.excel.safety import CheckedWorkbook

__all__ = ["LIBRARY_ERRORS", "Book", "declares_entities", "entities_refused", "read_values"]

T = TypeVar("T")

# What openpyxl raises on a file it cannot read: its parsers convert attribute values
# (ValueError, TypeError), look up parts, styles and shared strings by name or index
# (KeyError, IndexError), and its descriptors reject unexpected values (TypeError,
# ValueError); zip and XML errors come from the standard library under it.
LIBRARY_ERRORS: tuple[type[BaseException], ...] = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    OverflowError,
    OSError,
    EOFError,
    zipfile.BadZipFile,
    zlib.error,
    SyntaxError,  # XML that is not well-formed: ElementTree's ParseError, lxml's error
    DefusedXmlException,
    openpyxl_errors.InvalidFileException,
    openpyxl_errors.CellCoordinatesException,
    openpyxl_errors.NamedRangeException,
    openpyxl_errors.SheetTitleException,
)
_ROWS_PER_CALL = 256  # rows read from openpyxl inside one ``quiet`` block


class Rejected(Exception):
    """openpyxl gave up on a workbook that another reader may read (internal signal)."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(type(cause).__name__)
        self.cause = cause


def entities_refused(name: str) -> WorkbookError:
    return WorkbookError(
        QT_TRANSLATE_NOOP(
            "WorkbookError",
            "{name} was refused: its XML declares entities, which hostile files "
            "use to attack the computer.",
        ).format(name=name)
    )


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: BaseException | None = exc
    while seen is not None:
        yield seen
        seen = seen.__cause__ or seen.__context__


def declares_entities(exc: BaseException) -> bool:
    """True when defusedxml refused an entity declaration (openpyxl may re-raise that
    refusal as a plain ValueError)."""
    return any(isinstance(e, DefusedXmlException) for e in _chain(exc))


def _classify(exc: BaseException, name: str, sheet: str | None) -> WorkbookError | None:
    """The refusal for a file that really is damaged or hostile; None when another reader
    should try."""
    chain = list(_chain(exc))
    if declares_entities(exc):
        return entities_refused(name)
    if any(isinstance(e, zipfile.BadZipFile | zlib.error | EOFError) for e in chain):
        return WorkbookError(
            QT_TRANSLATE_NOOP(
                "WorkbookError", "{name} is damaged: its zip archive is corrupt or truncated."
            ).format(name=name)
        )
    if sheet is not None and any(isinstance(e, SyntaxError) for e in chain):
        return WorkbookError(
            QT_TRANSLATE_NOOP(
                "WorkbookError", "{name} is damaged: its sheet “{sheet}” is not readable XML."
            ).format(name=name, sheet=sheet)
        )
    return None


class Book:
    """A workbook's sheets as the reader sees them, and what the user should know."""

    def __init__(self, worksheets: list[Any], tolerant_reader: bool = False) -> None:
        self.worksheets = worksheets
        self.tolerant = tolerant_reader
        # Per sheet: features of that sheet that were not read (planapp's words).
        self.dropped: dict[str, list[str]] = {}

    def notes(self, name: str, plan_sheets: list[str]) -> list[str]:
        """Warnings for the import: the tolerant reader's, then those about plan sheets."""
        notes = []
        if self.tolerant:
            notes.append(
                QT_TRANSLATE_NOOP(
                    "WorkbookWarning",
                    "{name}: parts of its formatting do not follow the Excel file format "
                    "and were not read; the cells' values were imported, without "
                    "formatting.",
                ).format(name=name)
            )
        for sheet in plan_sheets:
            for feature in self.dropped.get(sheet, []):
                notes.append(
                    QT_TRANSLATE_NOOP(
                        "WorkbookWarning", "Sheet “{sheet}”: its {feature} are not kept."
                    ).format(sheet=sheet, feature=feature)
                )
        return notes


class _Sheet:
    """One openpyxl read-only worksheet behind ``quiet``, its errors said in planapp's words."""

    def __init__(self, ws: Any, book: Book, name: str) -> None:
        self._ws = ws
        self._book = book
        self._name = name
        self.title: str = ws.title
        self.sheet_state: str = ws.sheet_state

    @property
    def max_row(self) -> int | None:
        return self._ws.max_row

    @property
    def max_column(self) -> int | None:
        return self._ws.max_column

    def iter_rows(self, **bounds: Any) -> Iterator[tuple[Any, ...]]:
        rows = None
        while True:
            chunk = []
            try:
                with quiet() as said:
                    if rows is None:
                        rows = self._ws.iter_rows(**bounds)
                    for _ in range(_ROWS_PER_CALL):
                        row = next(rows, None)  # rows are tuples, never None
                        if row is None:
                            break
                        chunk.append(row)
            except LIBRARY_ERRORS as exc:
                refusal = _classify(exc, self._name, self.title)
                if refusal is not None:
                    raise refusal from None
                raise Rejected(exc) from None
            finally:
                features = dropped_features(said.warnings)
                if features:
                    have = self._book.dropped.setdefault(self.title, [])
                    have.extend(f for f in features if f not in have)
            yield from chunk
            if len(chunk) < _ROWS_PER_CALL:
                return


def _open_openpyxl(checked: CheckedWorkbook, name: str) -> tuple[Book, Any]:
    try:
        with quiet():
            wb = load_workbook(
                io.BytesIO(checked.data), read_only=True, data_only=True, keep_links=False
            )
            worksheets = list(wb.worksheets)
    except LIBRARY_ERRORS as exc:
        refusal = _classify(exc, name, None)
        if refusal is not None:
            raise refusal from None
        raise Rejected(exc) from None
    book = Book([])
    book.worksheets = [_Sheet(ws, book, name) for ws in worksheets]
    return book, wb


def read_values(checked: CheckedWorkbook, name: str, read: Callable[[Book], T]) -> tuple[T, Book]:
    """``read(book)`` on the workbook's sheets, and the book it read (for its notes).

    openpyxl first; if it rejects the file (at opening or part way through a sheet), the
    tolerant reader's sheets are read from the start. Raises WorkbookError for a file that
    neither can read."""
    try:
        book, wb = _open_openpyxl(checked, name)
        try:
            return read(book), book
        finally:
            with quiet():
                wb.close()
    except Rejected as rejected:
        cause = rejected.cause
    book = Book(tolerant.open_sheets(checked, name, cause), tolerant_reader=True)
    return read(book), book


def table_beyond(
    book: Book,
    columns: int,
    rows: int,
    find_header: Callable[[list[tuple[Any, ...]]], Any],
) -> tuple[str, int] | None:
    """(sheet, first column, 1-based) of a plan header that starts past the first
    ``columns`` columns of a visible sheet, which the reader does not search; None if none."""
    for ws in book.worksheets:
        width = int(ws.max_column or 0)
        if ws.sheet_state != "visible" or width <= columns:
            continue
        bounds = {"min_row": 1, "max_row": rows, "max_col": min(width, 16384), "values_only": True}
        top = [tuple(r) for r in ws.iter_rows(**bounds)]
        header = find_header(top)
        if header is not None and header.columns:
            return ws.title, min(header.columns.values()) + 1
    return None
