"""The plan table's Qt model: one row per recommendation, the template's eight columns.

The model caches the rows of the loaded plan (the recommendations the window's
:class:`~planapp.ui.plan_session.PlanSession` holds) and the text each cell shows, computed once,
the first time the row is shown or searched; ``data()`` never queries the database. Edits do
not change the cache: ``setData`` asks for an edit (``editRequested``), the window turns it into
an undoable store operation, and the store's change notice updates the session and then the
affected rows here. The model never changes the plan itself.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from planapp.domain.bilingual import primary_language
from planapp.domain.fields import FIELDS, FieldKind
from planapp.domain.plan import Plan, Recommendation
from planapp.domain.template import HEADINGS, Column
from planapp.ui.cell_states import STATE_ROLES, CellState, StateColors, colors_for, state_data
from planapp.ui.content_columns import LANGUAGE_TAGS, SECTION_COUNT, ContentView, column_of
from planapp.ui.row_texts import (
    OVERDUE_MARK,
    Cell,
    missing_brush,
    missing_counts,
    missing_description,
    row_cells,
)
from planapp.ui.translation import current_language, long_date, on_language_change

Index = QModelIndex | QPersistentModelIndex

RecIdRole = Qt.ItemDataRole.UserRole + 1
SearchTextRole = Qt.ItemDataRole.UserRole + 2
MissingRole = Qt.ItemDataRole.UserRole + 3  # True: the cell's language lacks some text

# Which recommendation field each editable column edits (from the one list of fields).
FIELD_OF: dict[Column, str] = {f.column: f.name for f in FIELDS if f.edited_in_cell}
LONG_TEXT_COLUMNS = tuple(f.column for f in FIELDS if f.kind is FieldKind.TEXT)
TEXT_FIELDS = frozenset(f.name for f in FIELDS if f.translatable)


def _heading(view: ContentView, section: int, heading: str) -> str:
    """A column's heading on screen: its language first, where a narrow column cannot cut it
    off (the header wraps the rest to the column's width)."""
    if view.tagged(section):
        return f"{LANGUAGE_TAGS[view.language_of(section)]} · {heading}"
    return heading


class _Row:
    """One recommendation and the text of its cells in the content language shown.

    The texts, and the folded text find searches, are made the first time a view or a search
    asks for them rather than when the plan loads: opening a 10,000-row plan costs what the
    rows on screen cost, and a row never shown is never formatted.
    """

    __slots__ = ("_cells", "_missing", "_search", "_today", "_view", "overdue", "rec", "states")

    def __init__(self, rec: Recommendation, today: dt.date, view: ContentView) -> None:
        self.rec = rec
        self._today = today
        self._view = view
        self._cells: list[Cell] | None = None
        self._search: str | None = None
        self._missing: dict[str, int] | None = None
        self.overdue = sum(1 for m in rec.milestones if m.is_overdue(today))
        # What the cells show by colour or symbol, as states said also in words.
        self.states: dict[Column, tuple[CellState, ...]] = {}
        if rec.completion.unreadable:
            self.states[Column.COMPLETION] = (CellState.UNREADABLE_DATE,)
        if self.overdue:
            self.states[Column.MILESTONES] = (CellState.OVERDUE,)

    @property
    def cells(self) -> list[Cell]:
        if self._cells is None:
            self._cells = row_cells(self.rec, self._view, self._today)
        return self._cells

    @property
    def texts(self) -> list[str]:
        return [cell.display for cell in self.cells]

    @property
    def search(self) -> str:
        if self._search is None:
            self._search = "\n".join(self.texts).casefold()
        return self._search

    @property
    def missing(self) -> dict[str, int]:
        """How many of the row's texts lack each language."""
        if self._missing is None:
            self._missing = missing_counts(self.rec, self._view.primary)
        return self._missing


class PlanTableModel(QAbstractTableModel):
    editRequested = Signal(int, str, object)  # recommendation id, field, new value
    # An edit of a text in the plan's other language: recommendation id, field, language, text.
    translationRequested = Signal(int, str, str, str)
    planChanged = Signal()  # a plan was loaded: rows need fitting again
    contentViewChanged = Signal()  # another content language: columns shown, headings

    def __init__(self, parent: Any = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._row_of: dict[int, int] = {}
        self._today = today or dt.date.today()
        self.choice = "plan"  # the content language chosen: "plan", "en", "fr" or "both"
        self.view = ContentView()
        self._missing_brush = missing_brush()
        on_language_change(self, self.retranslate)
        self.setProperty("planTable", True)  # its rows are named by ref: see accessibility
        self.colors: StateColors = colors_for(QGuiApplication.palette())
        self._brushes = self._make_brushes()

    def set_palette(self, palette: QPalette) -> None:
        """The system palette changed (light to dark): the cells' colours follow it."""
        self.colors = colors_for(palette)
        self._brushes = self._make_brushes()
        self._missing_brush = missing_brush()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, SECTION_COUNT - 1)
            )

    def _make_brushes(self) -> dict[str, QBrush]:
        return {
            "committee": QBrush(self.colors.committee_tint),
            "unreadable": QBrush(self.colors.unreadable_tint),
        }

    # -- content language --------------------------------------------------------------------

    def _view_for(self, plan: Plan | None) -> ContentView:
        if plan is None:
            return ContentView()
        shown = plan.language if self.choice == "plan" else self.choice
        shown = shown if shown in ("en", "fr", "both") else "en"
        return ContentView(shown, primary_language(plan))

    def set_content_choice(self, choice: str, plan: Plan | None) -> None:
        """Show the plan's content in another language ("plan": its own)."""
        self.choice = choice
        self._set_view(self._view_for(plan))

    def refresh_texts(self) -> None:
        """Format every cell again (the interface language changed its marks and headings)."""
        self._set_view(self.view, force=True)

    def _set_view(self, view: ContentView, force: bool = False) -> None:
        if view == self.view and not force:
            return
        self.view = view
        rows = [_Row(row.rec, self._today, view) for row in self._rows]
        if self._rows and self._rows[0]._view.primary == view.primary:
            for new, old in zip(rows, self._rows, strict=True):
                new._missing = old._missing  # the counts depend on the plan, not the view
        self._rows = rows
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, SECTION_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, SECTION_COUNT - 1)
            )
        self.contentViewChanged.emit()

    # -- loading -----------------------------------------------------------------------------

    def set_plan(self, plan: Plan | None) -> None:
        """Show another plan (or the same one reloaded).

        Rows are removed and inserted rather than the model reset: a reset makes the header
        forget the column widths the user set.
        """
        if self._rows:
            self.beginRemoveRows(QModelIndex(), 0, len(self._rows) - 1)
            self._rows, self._row_of = [], {}
            self.endRemoveRows()
        self._set_view(self._view_for(plan))
        rows = [_Row(r, self._today, self.view) for r in plan.recommendations] if plan else []
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows = rows
            self._reindex()
            self.endInsertRows()
        self.planChanged.emit()

    def _reindex(self) -> None:
        self._row_of = {row.rec.id: i for i, row in enumerate(self._rows)}

    def insert_row(self, index: int, rec: Recommendation) -> None:
        """One recommendation added at ``index`` (the rest of the cache is kept)."""
        index = max(0, min(index, len(self._rows)))
        self.beginInsertRows(QModelIndex(), index, index)
        self._rows.insert(index, _Row(rec, self._today, self.view))
        self._reindex()
        self.endInsertRows()

    def remove_row(self, index: int) -> None:
        self.beginRemoveRows(QModelIndex(), index, index)
        del self._rows[index]
        self._reindex()
        self.endRemoveRows()

    def move_row(self, old: int, new: int) -> None:
        if old == new:
            return
        # Qt's destination is the row the item goes before, counted before the move.
        if not self.beginMoveRows(
            QModelIndex(), old, old, QModelIndex(), new + 1 if new > old else new
        ):
            return
        self._rows.insert(new, self._rows.pop(old))
        self._reindex()
        self.endMoveRows()

    def update_recommendation(self, rec: Recommendation) -> None:
        """Replace one cached row after the store changed it."""
        row = self._row_of.get(rec.id)
        if row is None:
            return
        self._rows[row] = _Row(rec, self._today, self.view)
        self.dataChanged.emit(self.index(row, 0), self.index(row, SECTION_COUNT - 1))

    # -- lookups -----------------------------------------------------------------------------

    def recommendation(self, row: int) -> Recommendation:
        return self._rows[row].rec

    def row_of(self, rec_id: int) -> int | None:
        return self._row_of.get(rec_id)

    def matches(self, row: int, needle: str) -> bool:
        return needle.casefold() in self._rows[row].search

    def missing(self, row: int, lang: str) -> int:
        """How many texts of ``row`` lack their ``lang`` version."""
        return self._rows[row].missing[lang]

    def missing_total(self, lang: str) -> int:
        """How many texts of the plan lack ``lang`` (see :meth:`count_missing`)."""
        return sum(row.missing[lang] for row in self._rows)

    def count_missing(self, budget: int) -> bool:
        """Count the missing texts of up to ``budget`` rows not counted yet; True when every
        row is counted (a 10,000-row plan is counted a few hundred rows at a time, when the
        window is idle, so opening it costs no more)."""
        for row in self._rows:
            if row._missing is None:
                if budget <= 0:
                    return False
                row.missing  # noqa: B018 - counted and kept
                budget -= 1
        return True

    def counts(self) -> tuple[int, int, int]:
        """Recommendations, milestones, overdue milestones."""
        return (
            len(self._rows),
            sum(len(r.rec.milestones) for r in self._rows),
            sum(r.overdue for r in self._rows),
        )

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else SECTION_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < SECTION_COUNT:
            heading = HEADINGS[column_of(section)]
            text = heading.text(current_language())  # type: ignore[arg-type]
            if role == Qt.ItemDataRole.DisplayRole:
                return _heading(self.view, section, text)  # the header wraps it to the width
            if role == Qt.ItemDataRole.ToolTipRole:
                # Both template headings, the interface language's first.
                pair = [heading.en, heading.fr]
                return "\n".join(pair[::-1] if current_language() == "fr" else pair)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.view.heading(section, text)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                # A screen reader names the row by its ref, as the plan does ("Rec. 2.18").
                return self._rows[section].rec.ref or self.tr("Row {n}").format(n=section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        section = index.column()
        column = column_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[section].display
        if role == Qt.ItemDataRole.EditRole:
            return row.cells[section].edit
        if role == RecIdRole:
            return row.rec.id
        if role == MissingRole:
            return row.cells[section].missing
        if role == Qt.ItemDataRole.ForegroundRole:
            cell = row.cells[section]
            # Grey where the whole text is the other language's (not a list with some missing).
            return self._missing_brush if cell.missing and not cell.edit else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == Column.INDICATOR:
                return self._brushes["committee"]
            if column == Column.COMPLETION and row.rec.completion.unreadable:
                return self._brushes["unreadable"]
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # The symbol is drawn for the eye; a screen reader reads the state instead.
            text = row.cells[section].display
            return text.replace(OVERDUE_MARK, self.tr("Overdue: ")) if row.overdue else text
        if role in STATE_ROLES:
            return self._state_data(row, section, column, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.cells[section].missing and not row.cells[section].edit:
                return missing_description(self.view.language_of(section))
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None

    def _state_data(self, row: _Row, section: int, column: Column, role: int) -> Any:
        """The states a cell shows by colour or symbol (a missing translation among them), its
        indicator colour, and what assistive technology reads for them."""
        missing = row.cells[section].missing
        states = row.states.get(column, ())
        if missing:
            states = (*states, CellState.MISSING_TRANSLATION)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and missing:
            others = state_data(row.states.get(column, ()), role, self.colors, row.overdue)
            said = missing_description(self.view.language_of(section))
            return f"{others} {said}" if others else said
        return state_data(states, role, self.colors, row.overdue)

    def _tooltip(self, row: _Row, column: Column) -> str | None:
        if column == Column.COMPLETION:
            completion = row.rec.completion
            if completion.date:
                day = long_date(completion.date)
                return self.tr("Means {date}").format(date=day) if completion.text else None
            if completion.unreadable:
                return self.tr("planapp cannot read this as a date; it is kept as written.")
        if column == Column.MILESTONES:
            tip = self.tr("Edit milestones in the panel below the table.")
            if row.overdue:
                overdue = self.tr("%n overdue milestones.", "", row.overdue)
                tip = f"{OVERDUE_MARK}{overdue} {tip}"
            return tip
        if column == Column.CONTACTS:
            return self.tr("Edit contacts in the panel below the table.")
        return None

    def retranslate(self) -> None:
        """The headings in the new interface language (tooltips are made when shown)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, SECTION_COUNT - 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if column_of(index.column()) in FIELD_OF:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        section = index.column()
        field = FIELD_OF.get(column_of(section))
        if field is None:
            return False
        row = self._rows[index.row()]
        if value == row.cells[section].edit:
            return False  # nothing changed: no undo step
        lang = self.view.language_of(section)
        if field in TEXT_FIELDS and lang != self.view.primary:
            self.translationRequested.emit(row.rec.id, field, lang, str(value))
        else:
            self.editRequested.emit(row.rec.id, field, value)
        return True
