"""The milestone, contact and extra-column tables in the content language shown.

Their translated columns (a milestone's description, a contact's organization and position,
an extra column's heading and text) read and write the language the plan table shows; in
"both" each has a second copy beside it for the other language, as in the plan table. The
second copies are added after a table's own columns and hidden unless "both", so the other
columns keep their numbers. A text missing in a column's language shows the other language's
text in grey under a "[French missing]" line, and says so to assistive technology.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView

from planapp.domain.bilingual import text_in, with_text
from planapp.domain.richtext import normalize
from planapp.ui.content_columns import LANGUAGE_TAGS, ContentView
from planapp.ui.row_texts import missing_brush, missing_description, missing_mark, shown_text

# Each table's translated columns, by heading: the entity attribute each one shows.
MILESTONE_TEXTS = {"Description": "description"}
CONTACT_TEXTS = {"Organization": "organization", "Position": "title"}
EXTRA_TEXTS = {"Heading": "heading", "Text": "text"}


class PanelLanguage:
    """The content language the detail panel's tables show, read by their fields when a
    cell is drawn or edited (so a change of language needs no new fields, only headings)."""

    def __init__(self) -> None:
        self.view = ContentView()
        self.brush = missing_brush()
        self._tables: list[tuple[list[Any], list[Any], dict[str, str]]] = []
        self.fits: dict[Any, NarrowFit] = {}  # each list editor's, once it is shown

    def fields(self, base: list[Any], names: dict[str, str]) -> list[Any]:
        """``base`` (a table's fields) with its translated columns in the language shown,
        and their second copies after the others; the list is kept up to date in place."""
        fields = list(base)
        self._tables.append((fields, list(base), names))
        self._rebuild(fields, list(base), names)
        return fields

    def second_columns(self, fields: list[Any], names: dict[str, str]) -> list[tuple[int, int]]:
        """(first copy, second copy) model columns of a table's translated columns."""
        base = len(fields) - len(names)
        firsts = [i for i, f in enumerate(fields[:base]) if f.heading in names]
        return [(first, base + n) for n, first in enumerate(firsts)]

    def set_view(self, view: ContentView) -> bool:
        """Show another language; False when it is the one shown already."""
        if view == self.view:
            return False
        self.view = view
        for fields, base, names in self._tables:
            self._rebuild(fields, base, names)
        return True

    def _rebuild(self, fields: list[Any], base: list[Any], names: dict[str, str]) -> None:
        firsts = [
            self._translated(f, names[f.heading], False) if f.heading in names else f for f in base
        ]
        seconds = [self._translated(f, names[f.heading], True) for f in base if f.heading in names]
        fields[:] = firsts + seconds

    def _translated(self, field: Any, name: str, second: bool) -> Any:
        """``field`` reading and writing attribute ``name`` in its copy's language."""

        def lang() -> str:
            return self.view.other if second else self.view.first

        def get(item: Any) -> str:
            return text_in(item, name, lang(), self.view.primary)

        def put(item: Any, value: str) -> Any:
            clean = " ".join(value.split()) if name == "heading" else normalize(value)
            return with_text(item, name, lang(), self.view.primary, clean)

        def extra(item: Any, role: int) -> Any:
            return self._cell_role(item, name, lang(), role)

        tag = ""
        if self.view.both:  # one language: the plan table's headings say which
            tag = LANGUAGE_TAGS[lang()]
        return dataclasses.replace(
            field, tag=tag, get=get, set=put if field.set is not None else None, extra=extra
        )

    def _cell_role(self, item: Any, name: str, lang: str, role: int) -> Any:
        text, missing = shown_text(item, name, lang, self.view.primary)
        if not missing:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{missing_mark(lang)}\n{text}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.brush
        if role in (Qt.ItemDataRole.AccessibleDescriptionRole, Qt.ItemDataRole.ToolTipRole):
            return missing_description(lang)
        return None


MIN_STRETCH = 110  # below this a long column is not readable: the table scrolls instead


class NarrowFit(QObject):
    """Keeps a list editor's long columns readable when "both" gives it more columns than
    its width holds: they stop stretching and the table scrolls sideways instead."""

    def __init__(self, editor: Any, language: PanelLanguage) -> None:
        super().__init__(editor)
        self.editor, self.language = editor, language
        editor.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        table, fields = self.editor.view, self.editor.model.fields
        header = table.horizontalHeader()
        shown = [i for i in range(len(fields)) if not table.isColumnHidden(i)]
        stretch = [i for i in shown if fields[i].stretch]
        fixed = sum(header.sectionSize(i) for i in shown if i not in stretch)
        narrow = self.language.view.both and (
            table.viewport().width() < fixed + MIN_STRETCH * len(stretch)
        )
        mode = QHeaderView.ResizeMode.Interactive if narrow else QHeaderView.ResizeMode.Stretch
        for i in stretch:
            if header.sectionResizeMode(i) != mode:
                header.setSectionResizeMode(i, mode)
                if narrow:
                    header.resizeSection(i, MIN_STRETCH)


def show_language(
    language: PanelLanguage, editors: list[tuple[Any, dict[str, str]]], view: ContentView
) -> None:
    """Show ``view``'s language in each (list editor, its translated columns): headings
    retitled, cells redrawn, second copies shown beside their first in "both"."""
    changed = language.set_view(view)
    for editor, names in editors:
        model, table = editor.model, editor.view
        header = table.horizontalHeader()
        for first, second in language.second_columns(model.fields, names):
            if table.itemDelegateForColumn(second) is table.itemDelegate():
                delegate = table.itemDelegateForColumn(first)
                if delegate is not table.itemDelegate():
                    table.setItemDelegateForColumn(second, type(delegate)(table))
            if header.visualIndex(second) != header.visualIndex(first) + 1:
                header.moveSection(header.visualIndex(second), header.visualIndex(first) + 1)
            table.setColumnHidden(second, not view.both)
        if view.both and editor not in language.fits:
            language.fits[editor] = NarrowFit(editor, language)
        if editor in language.fits:
            language.fits[editor].fit()
        if changed and model.columnCount():
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            if model.rowCount():
                model.dataChanged.emit(
                    model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1)
                )
