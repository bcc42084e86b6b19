"""The main window: the document's plans, the selected plan's table, and its details.

The window is given its document and its settings; nothing here is global, so a test builds a
fresh document and a fresh window. Every edit goes through the undo stack as a command that
calls one store operation; the store's change notice (``_on_change``) is the only place views
are refreshed from, whether the edit came from a cell, an undo or an import.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planapp import __version__
from planapp.domain.plan import Plan, Recommendation, without_ids
from planapp.domain.template import DEFAULT_WIDTHS, Column
from planapp.store.connection import DocumentError
from planapp.store.document import Change, Document
from planapp.store.paths import DOCUMENT_SUFFIX
from planapp.ui import commands, dialogs
from planapp.ui.clipboard_actions import add_clipboard_actions
from planapp.ui.delegates import (
    FIND_PROPERTY,
    DateDelegate,
    HighlightingDelegate,
    LongTextDelegate,
    PlainLineDelegate,
    SheetView,
    match_offset,
)
from planapp.ui.detail_panel import DetailPanel
from planapp.ui.plan_clipboard import plan_table_clipboard
from planapp.ui.plan_dialog import PlanDialog
from planapp.ui.plan_model import LONG_TEXT_COLUMNS, PlanTableModel
from planapp.ui.sort_filter import FilterBar, RowView
from planapp.ui.window_layout import fit_to_screen, place_panels

DOCUMENT_FILTER = f"planapp documents (*{DOCUMENT_SUFFIX});;All files (*)"
MAX_RECENT = 8
MIN_COLUMN_WIDTH = 70
FIT_ALL_ROWS_LIMIT = 300  # above this, rows are fitted as they scroll into view
FIT_CHUNK = 25  # rows below the screen fitted per idle round


class FindBar(QWidget):
    """Ctrl+F: type to jump to matching recommendations; optionally show only matches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("Find in plan…")
        self.edit.setAccessibleName("Find")
        self.edit.setClearButtonEnabled(True)
        self.only = QCheckBox("Show only &matching rows", self)
        self.result = QLabel(self)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip("Close (Esc)")
        close.setAccessibleName("Close find bar")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("Find:", self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.only)
        layout.addWidget(self.result)
        layout.addWidget(close)


class MainWindow(QMainWindow):
    documentReplaced = Signal()

    def __init__(
        self, document: Document, settings: QSettings, today: dt.date | None = None
    ) -> None:
        super().__init__()
        self.doc = document
        self.settings = settings
        self.today = today or dt.date.today()
        self.plan: Plan | None = None
        self.undo_stack = QUndoStack(self)
        self._fitted_rows: set[int] = set()
        self._matches: list[int] = []

        self.model = PlanTableModel(self, self.today)
        self.model.editRequested.connect(self._edit_requested)
        self._build_widgets()
        self._build_actions()
        self._restore_state()
        self._attach(document)

    # -- construction ------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)

        self.plan_list = QListWidget(self)
        self.plan_list.setAccessibleName("Plans")
        self.plan_list.setWordWrap(True)
        self.plan_list.currentItemChanged.connect(self._plan_selected)
        self.plan_list.itemDoubleClicked.connect(lambda _item: self.rename_plan())
        self.plan_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("planTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.audit_label = QLabel(self)
        self.audit_label.setObjectName("auditTitle")
        self.audit_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.audit_label.setWordWrap(True)
        self.audit_label.setStyleSheet("font-weight: bold;")

        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.find_bar.edit.textChanged.connect(self._find_changed)
        self.find_bar.edit.returnPressed.connect(self.find_next)
        self.find_bar.only.toggled.connect(lambda _on: self._find_changed())

        self.table = SheetView(self)
        self.row_view = RowView(
            self.table,
            lambda: self.model.plan.recommendations if self.model.plan else [],
            self.today,
        )
        self.filter_bar = FilterBar(self.today, self)
        self.filter_bar.hide()
        self.filter_bar.changed.connect(self._filter_changed)
        self.table.setObjectName("planTable")
        self.table.setAccessibleName("Recommendations")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # No TextWordWrap here: with it QHeaderView.restoreState() refuses every saved state.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setFixedHeight(header.fontMetrics().lineSpacing() * 5 + 8)
        header.sectionResized.connect(self._section_resized)
        self._auto_widths = True  # columns follow the table's width until the user sets one
        self._fitting_columns = False
        self.table.installEventFilter(self)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self._schedule_fit())
        for column in LONG_TEXT_COLUMNS:
            self.table.setItemDelegateForColumn(column, LongTextDelegate(self.table))
        self.table.setItemDelegateForColumn(Column.REF, PlainLineDelegate(self.table))
        self.table.setItemDelegateForColumn(Column.COMPLETION, DateDelegate(self.table))
        for column in (Column.MILESTONES, Column.CONTACTS):
            self.table.setItemDelegateForColumn(column, HighlightingDelegate(self.table))
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.doubleClicked.connect(self._table_double_clicked)
        self.model.planChanged.connect(lambda: self._schedule_fit(reset=True))
        self.model.planChanged.connect(self._rows_reloaded)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.rowsMoved):
            signal.connect(lambda *_: self.row_view.refresh())
        self.model.dataChanged.connect(self._rows_changed)

        self.table_clipboard = plan_table_clipboard(
            self.table, lambda: self.doc, lambda: self.plan, self.push, self._paste_refused
        )

        self.details = DetailPanel(self)
        self.details.milestonesEdited.connect(self._milestones_edited)
        self.details.contactsEdited.connect(self._contacts_edited)
        for editor in (self.details.milestones, self.details.contacts):
            editor.messageRequested.connect(self._paste_refused)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(4, 4, 4, 0)
        top_layout.addWidget(self.title_label)
        top_layout.addWidget(self.audit_label)
        top_layout.addWidget(self.find_bar)
        top_layout.addWidget(self.filter_bar)
        top_layout.addWidget(self.table, 1)

        self.detail_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.detail_splitter.setObjectName("detailSplitter")
        self.detail_splitter.addWidget(top)
        self.detail_splitter.addWidget(self.details)
        self.detail_splitter.setStretchFactor(0, 3)
        self.detail_splitter.setStretchFactor(1, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.plan_list)
        self.splitter.addWidget(self.detail_splitter)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 1300])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)

    def _action(
        self, menu: QMenu, text: str, slot: Any, shortcut: Any = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        bar = self.menuBar()

        file_menu = bar.addMenu("&File")
        self.new_document_action = self._action(
            file_menu, "&New Document…", self.new_document, std.New
        )
        self._action(file_menu, "&Open…", self.open_document, std.Open)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.save_as_action = self._action(file_menu, "Save &As…", self.save_as, std.SaveAs)
        file_menu.addSeparator()
        self.import_action = self._action(
            file_menu, "&Import Excel Workbook…", self.import_excel, "Ctrl+I"
        )
        self.export_action = self._action(
            file_menu, "&Export Excel Workbook…", self.export_excel, "Ctrl+E"
        )
        file_menu.addSeparator()
        self.preview_action = self._action(
            file_menu, "Print Pre&view…", self.print_preview, "Ctrl+Shift+P"
        )
        self.print_action = self._action(file_menu, "&Print…", self.print_plan, std.Print)
        self.pdf_action = self._action(file_menu, "Export P&DF…", self.export_pdf, "Ctrl+Shift+E")
        self._build_print_options(file_menu.addMenu("Print &Options"))
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, std.Quit)

        edit_menu = bar.addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(std.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        redo_keys = QKeySequence.keyBindings(std.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.clipboard_actions = add_clipboard_actions(
            self,
            edit_menu,
            lambda: (
                self.table_clipboard,
                self.details.milestones.clipboard,
                self.details.contacts.clipboard,
            ),
        )
        edit_menu.addSeparator()
        self._action(edit_menu, "&Find…", self.show_find, std.Find)
        self._action(edit_menu, "Find &Next", self.find_next, std.FindNext)
        self._action(edit_menu, "Find Pre&vious", self.find_previous, std.FindPrevious)
        edit_menu.addSeparator()
        self.add_rec_action = self._action(
            edit_menu, "&Add Recommendation", self.add_recommendation, "Ctrl+Shift+N"
        )
        self.delete_rec_action = self._action(
            edit_menu, "&Delete Recommendation", self.delete_recommendation, "Ctrl+Del"
        )
        self.move_up_action = self._action(
            edit_menu, "Move &Up", lambda: self.move_recommendation(-1), "Alt+Up"
        )
        self.move_down_action = self._action(
            edit_menu, "Move Do&wn", lambda: self.move_recommendation(1), "Alt+Down"
        )

        plan_menu = bar.addMenu("&Plan")
        self.new_plan_action = self._action(plan_menu, "&New Plan", self.new_plan, "Ctrl+Alt+N")
        self.duplicate_plan_action = self._action(
            plan_menu, "D&uplicate Plan", self.duplicate_plan, "Ctrl+Alt+D"
        )
        self.rename_plan_action = self._action(plan_menu, "&Rename Plan…", self.rename_plan, "F2")
        self.delete_plan_action = self._action(
            plan_menu, "&Delete Plan…", self.delete_plan, "Shift+Del"
        )
        plan_menu.addSeparator()
        self._action(plan_menu, "Plan &Properties…", self.edit_plan_properties, "Alt+Return")
        for action in (
            self.new_plan_action,
            self.duplicate_plan_action,
            self.rename_plan_action,
            self.delete_plan_action,
        ):
            self.plan_list.addAction(action)
        # F2 and Shift+Del act in the plan list only; in the table F2 edits the current cell.
        for action in (self.rename_plan_action, self.delete_plan_action):
            self.removeAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        # Ctrl+Del deletes the row where the focus is: a recommendation in the table, a
        # milestone or contact in its panel.
        self.removeAction(self.delete_rec_action)
        self.table.addAction(self.delete_rec_action)
        self.delete_rec_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        view_menu = bar.addMenu("&View")
        self._action(view_menu, "Go to &Table", lambda: self.table.setFocus(), "Ctrl+1")
        self._action(
            view_menu,
            "Go to &Milestones",
            lambda: self.details.milestones.view.setFocus(),
            "Ctrl+2",
        )
        self._action(
            view_menu, "Go to &Contacts", lambda: self.details.contacts.view.setFocus(), "Ctrl+3"
        )
        self._action(view_menu, "Go to &Plans", lambda: self.plan_list.setFocus(), "Ctrl+0")
        view_menu.addSeparator()
        self.filter_action = self._action(
            view_menu,
            "&Filter Rows",
            lambda: self.show_filters(self.filter_action.isChecked()),
            "Ctrl+Shift+L",
            "Show only the recommendations with a milestone status, organization or due date",
        )
        self.filter_action.setCheckable(True)
        self.plan_order_action = self._action(
            view_menu,
            "Plan &Order",
            self.row_view.plan_order,
            "Ctrl+Shift+O",
            "Show the rows in the plan's own order again (click a heading to sort)",
        )
        view_menu.addSeparator()
        self.panels_beside_action = self._action(
            view_menu,
            "Panels &Beside the Table",
            lambda: self.set_panels_beside(self.panels_beside_action.isChecked()),
            "Ctrl+Shift+B",
            "Show the milestones and contacts beside the table instead of below it",
        )
        self.panels_beside_action.setCheckable(True)

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&About planapp", self.about)
        self._update_recent_menu()

    # -- edits -------------------------------------------------------------------------------

    def push(self, command: commands.StoreCommand) -> bool:
        """Do an edit as one undo step; a failed edit is reported, not kept as a step."""
        command.on_failure = self._history_failed
        self.undo_stack.push(command)
        if command.error is not None:
            dialogs.show_error(
                self, "Edit Not Saved", f"The change could not be saved: {command.error}"
            )
            self._show_plan(self.plan.id if self.plan else None)
            return False
        return True

    def _paste_refused(self, message: str) -> None:
        dialogs.show_error(self, "Paste", message)

    def _history_failed(self, error: Exception) -> None:
        """An undo or redo could not be saved: the document is as it was before that step,
        but the history no longer matches it, so it is cleared (after the stack is done)."""
        dialogs.show_error(
            self,
            "Undo Not Saved",
            f"The document could not be changed: {error}\n"
            "It is as it was before this step; the undo history was cleared.",
        )
        QTimer.singleShot(0, self.undo_stack.clear)
        QTimer.singleShot(0, lambda: self._show_plan(self.plan.id if self.plan else None))

    def _build_print_options(self, menu: QMenu) -> None:
        """Selection only, headings language and paper: used by Print, Preview and PDF."""
        self.print_selection_action = menu.addAction("&Selected Recommendations Only")
        self.print_selection_action.setCheckable(True)
        for key, title, choices, default in (
            (
                "print/lang",
                "Headings",
                (("English", "en"), ("French", "fr"), ("Bilingual", "both")),
                "en",
            ),
            ("print/pageSize", "Paper", (("Legal", "legal"), ("Letter", "letter")), "legal"),
        ):
            menu.addSection(title)
            group = QActionGroup(self)
            current = str(self.settings.value(key, default))
            for text, value in choices:
                action = menu.addAction(text)
                action.setCheckable(True)
                action.setChecked(value == current)
                action.setData(value)
                action.triggered.connect(
                    lambda _c=False, k=key, v=value: self.settings.setValue(k, v)
                )
                group.addAction(action)
            setattr(self, f"print_{title.lower()}_group", group)

    # -- document ----------------------------------------------------------------------------

    def _attach(self, document: Document) -> None:
        self.doc = document
        document.subscribe(self._on_change)
        self.setWindowFilePath(str(document.path))
        self.setWindowTitle(f"{document.path.name} — planapp")
        self._remember_recent(document.path)
        self._reload_plan_list()
        last = self.settings.value(f"lastPlan/{document.path}", None)
        self.select_plan(int(last) if last is not None else None)

    def set_document(self, document: Document) -> None:
        """Show another document; the one shown until now is closed."""
        self._save_current_plan()
        old = self.doc
        old.unsubscribe(self._on_change)
        self.undo_stack.clear()
        self.plan = None
        self._attach(document)
        if old is not document:
            old.close()
        self.documentReplaced.emit()

    def _open_path(self, path: str | Path, create: bool = False) -> bool:
        """Show the document at ``path``; False (with a message) if it cannot be opened."""
        path = Path(path)
        if path.exists() and path.resolve() == self.doc.path.resolve():
            return True  # already shown here
        try:
            document = Document.open(path, create=create)
        except (DocumentError, OSError) as exc:
            dialogs.show_error(self, "Cannot Open Document", str(exc))
            if not path.exists():
                self._forget_recent(path)
            return False
        self.set_document(document)
        return True

    def new_document(self) -> None:
        path = dialogs.ask_save_path(
            self, "New Document", self._folder("documents"), DOCUMENT_FILTER
        )
        if not path:
            return
        path = _with_suffix(path)
        if Path(path).exists():
            dialogs.show_error(
                self, "New Document", f"{Path(path).name} already exists; choose another name."
            )
            return
        if not self._open_path(path, create=True):
            return
        self.push(commands.AddPlan(self.doc, _empty_plan(), text="New Plan"))
        self.undo_stack.clear()  # a new document starts with nothing to undo

    def open_document(self) -> None:
        path = dialogs.ask_open_path(
            self, "Open Document", self._folder("documents"), DOCUMENT_FILTER
        )
        if path:
            self.settings.setValue("folders/documents", str(Path(path).parent))
            self._open_path(path)

    def save_as(self) -> None:
        path = dialogs.ask_save_path(
            self, "Save Document As", self._folder("documents"), DOCUMENT_FILTER
        )
        if not path:
            return
        path = _with_suffix(path)
        try:
            target = self.doc.save_copy(path)
            copy_doc = Document.open(target)
        except (DocumentError, OSError, ValueError) as exc:
            dialogs.show_error(self, "Save As", f"Could not save a copy: {exc}")
            return
        self.settings.setValue("folders/documents", str(target.parent))
        self.set_document(copy_doc)
        self.statusBar().showMessage(f"Saved as {target}", 5000)

    # -- recent documents --------------------------------------------------------------------

    def recent_documents(self) -> list[str]:
        value = self.settings.value("recentDocuments", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _remember_recent(self, path: Path) -> None:
        recent = [p for p in self.recent_documents() if p != str(path)]
        self.settings.setValue("recentDocuments", [str(path), *recent][:MAX_RECENT])
        self._update_recent_menu()

    def _forget_recent(self, path: Path) -> None:
        self.settings.setValue(
            "recentDocuments", [p for p in self.recent_documents() if p != str(path)]
        )
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        if not hasattr(self, "recent_menu"):
            return
        self.recent_menu.clear()
        for i, path in enumerate(self.recent_documents(), 1):
            action = self.recent_menu.addAction(f"&{i} {path}")
            action.triggered.connect(lambda _c=False, p=path: self._open_path(p))
        self.recent_menu.setEnabled(bool(self.recent_documents()))

    def _folder(self, kind: str) -> str:
        return str(self.settings.value(f"folders/{kind}", str(Path.home())))

    # -- plans -------------------------------------------------------------------------------

    def _reload_plan_list(self) -> None:
        current = self.plan.id if self.plan else None
        self.plan_list.blockSignals(True)
        self.plan_list.clear()
        for plan in self.doc.plans():
            item = QListWidgetItem(plan.short_name)
            item.setData(Qt.ItemDataRole.UserRole, plan.id)
            item.setToolTip(f"{plan.display_title}\n{plan.display_audit_title}")
            self.plan_list.addItem(item)
        self.plan_list.blockSignals(False)
        if current is not None:
            self._select_plan_item(current)

    def _select_plan_item(self, plan_id: int) -> bool:
        for row in range(self.plan_list.count()):
            if self.plan_list.item(row).data(Qt.ItemDataRole.UserRole) == plan_id:
                self.plan_list.blockSignals(True)
                self.plan_list.setCurrentRow(row)
                self.plan_list.blockSignals(False)
                return True
        return False

    def plan_ids(self) -> list[int]:
        return [
            self.plan_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.plan_list.count())
        ]

    def select_plan(self, plan_id: int | None) -> None:
        ids = self.plan_ids()
        if plan_id not in ids:
            plan_id = ids[0] if ids else None
        if plan_id is not None:
            self._select_plan_item(plan_id)
        self._show_plan(plan_id)

    def _plan_selected(self, current: QListWidgetItem | None, _previous: Any = None) -> None:
        self._show_plan(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def _show_plan(self, plan_id: int | None, select_rec: int | None = None) -> None:
        self._save_current_plan()
        self.plan = self.doc.load_plan(plan_id) if plan_id is not None else None
        self.model.set_plan(self.plan)
        self._show_titles()
        enabled = self.plan is not None
        for action in (
            self.add_rec_action,
            self.export_action,
            self.preview_action,
            self.print_action,
            self.pdf_action,
            self.duplicate_plan_action,
            self.rename_plan_action,
            self.delete_plan_action,
        ):
            action.setEnabled(enabled)
        if self.model.rowCount():
            row = self.model.row_of(select_rec) if select_rec is not None else None
            self.select_row(row if row is not None else 0)
        else:
            self.details.show_recommendation(None)
        if self.find_bar.isVisible():
            self._find_changed()
        self._update_counts()
        if plan_id is not None:
            self.settings.setValue(f"lastPlan/{self.doc.path}", plan_id)

    def _show_titles(self) -> None:
        self.title_label.setText(self.plan.display_title if self.plan else "No plan")
        self.audit_label.setText(self.plan.display_audit_title if self.plan else "")
        self.audit_label.setVisible(bool(self.plan and self.plan.display_audit_title))

    def new_plan(self) -> None:
        self.push(commands.AddPlan(self.doc, _empty_plan(), text="New Plan"))

    def duplicate_plan(self) -> None:
        if self.plan is None:
            return
        twin = without_ids(self.plan)
        twin.audit_title = f"{self.plan.audit_title or self.plan.short_name} (copy)"
        index = self.plan_ids().index(self.plan.id) + 1
        self.push(commands.AddPlan(self.doc, twin, index, text="Duplicate Plan"))

    def rename_plan(self) -> None:
        if self.plan is None:
            return
        name = dialogs.ask_text(self, "Rename Plan", "Audit title:", self.plan.audit_title)
        if name is not None and name.strip() and name.strip() != self.plan.audit_title:
            self.push(
                commands.UpdatePlan(
                    self.doc, self.plan, {"audit_title": name.strip()}, text="Rename Plan"
                )
            )

    def delete_plan(self) -> None:
        if self.plan is None:
            return
        n = len(self.plan.recommendations)
        if not dialogs.confirm(
            self,
            "Delete Plan",
            f"Delete the plan “{self.plan.short_name}” and its {n} recommendation(s)?\n"
            "You can undo this with Edit ▸ Undo.",
            "Delete",
        ):
            return
        self.push(commands.DeletePlan(self.doc, self.plan.id, self.plan.short_name))

    def edit_plan_properties(self) -> None:
        if self.plan is None:
            return
        dialog = PlanDialog(self.plan, self)
        if dialogs.run(dialog) and (changes := dialog.changes()):
            self.push(commands.UpdatePlan(self.doc, self.plan, changes))

    # -- recommendations ---------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def current_recommendation(self) -> Recommendation | None:
        row = self.current_row()
        return self.model.recommendation(row) if row >= 0 else None

    def select_row(self, row: int, column: int | None = None) -> None:
        """Make ``row`` the only selected row, keeping the current column."""
        if not self.model.rowCount():
            return
        if column is None:
            current = self.table.currentIndex()
            column = current.column() if current.isValid() else 0
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.table.scrollTo(index)
        self._current_row_changed(index)

    def _current_row_changed(self, current: QModelIndex, _previous: Any = None) -> None:
        if current.isValid():
            self.details.show_recommendation(
                self.model.recommendation(current.row()), current.row()
            )
        else:
            self.details.show_recommendation(None)
        row = current.row() if current.isValid() else -1
        self.delete_rec_action.setEnabled(row >= 0)
        self.move_up_action.setEnabled(row > 0)
        self.move_down_action.setEnabled(0 <= row < self.model.rowCount() - 1)

    def _table_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.MILESTONES:
            self.details.milestones.view.setFocus()
        elif index.column() == Column.CONTACTS:
            self.details.contacts.view.setFocus()

    def _edit_requested(self, rec_id: int, field: str, value: Any) -> None:
        row = self.model.row_of(rec_id)
        if row is None:
            return
        rec = self.model.recommendation(row)
        self.push(commands.EditRecommendation(self.doc, rec, field, value))

    def add_recommendation(self) -> None:
        if self.plan is None:
            return
        row = self.current_row()
        index = row + 1 if row >= 0 else self.model.rowCount()
        rec = Recommendation(ref=f"Rec. {self.model.rowCount() + 1}")
        self.push(commands.InsertRecommendation(self.doc, self.plan.id, index, rec))

    def delete_recommendation(self) -> None:
        rows = sorted(
            {i.row() for i in self.table.selectionModel().selectedIndexes()}
            or ({self.current_row()} - {-1})
        )
        if self.plan is None or not rows:
            return
        recs = [self.model.recommendation(r) for r in rows]
        if len(recs) == 1:
            self.push(commands.DeleteRecommendation(self.doc, self.plan.id, recs[0]))
            return
        self.undo_stack.beginMacro(f"Delete {len(recs)} Recommendations")
        for rec in recs:
            self.push(commands.DeleteRecommendation(self.doc, self.plan.id, rec))
        self.undo_stack.endMacro()

    def move_recommendation(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        rec = self.model.recommendation(row)
        self.push(commands.MoveRecommendation(self.doc, rec.id, row, target))

    def _milestones_edited(self, rec_id: int, old: list, new: list, text: str) -> None:
        self.push(commands.SetList(self.doc, rec_id, "milestones", old, new, text))

    def _contacts_edited(self, rec_id: int, old: list, new: list, text: str) -> None:
        self.push(commands.SetList(self.doc, rec_id, "contacts", old, new, text))

    # -- refreshing from the store -----------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.kind == "plans":
            self._reload_plan_list()
            if self.plan is None or self.plan.id not in self.plan_ids():
                self.select_plan(change.plan_id)
            elif change.plan_id == self.plan.id:
                self.plan = self.doc.load_plan(self.plan.id)
                self.model.plan = self.plan
                self._show_titles()
            elif change.plan_id in self.plan_ids():
                self.select_plan(change.plan_id)  # a plan added or restored: show it
            return
        if self.plan is None or change.plan_id != self.plan.id:
            # An undo or import touched another plan: show it, then the change.
            self._select_plan_item(change.plan_id)
            self._show_plan(change.plan_id, change.recommendation_id)
            return
        if change.kind == "recommendation":
            rec = self.doc.load_recommendation(change.recommendation_id)
            self.model.update_recommendation(rec)
            current = self.current_recommendation()
            if current is not None and current.id == rec.id:
                self.details.show_recommendation(rec, self.current_row())
        elif change.row_op:
            self._apply_row_change(change)
        else:
            row = self.current_row()
            self._show_plan(self.plan.id, change.recommendation_id)
            if (
                change.recommendation_id is None
                or self.model.row_of(change.recommendation_id) is None
            ):
                self.select_row(row)
        self._update_counts()

    def _apply_row_change(self, change: Change) -> None:
        """One row inserted, removed or moved: update just it (a 10,000-row plan stays fast)."""
        assert change.index is not None
        if change.row_op == "inserted":
            rec = self.doc.load_recommendation(change.recommendation_id)
            self.model.insert_row(change.index, rec)
            target = change.index
        elif change.row_op == "removed":
            self.model.remove_row(change.index)
            target = change.index
        else:
            assert change.to_index is not None
            self.model.move_row(change.index, change.to_index)
            target = change.to_index
        self._schedule_fit(reset=True)
        if self.find_bar.isVisible():
            self._find_changed()
        if self.model.rowCount():
            self.select_row(target)
        else:
            self.details.show_recommendation(None)

    def _update_counts(self) -> None:
        recs, milestones, overdue = self.model.counts()
        self.count_label.setText(
            f"{recs} recommendation{'s' * (recs != 1)} · {milestones} milestone"
            f"{'s' * (milestones != 1)} · {overdue} overdue"
        )

    # -- fitting rows to their text ----------------------------------------------------------

    def _schedule_fit(self, reset: bool = False) -> None:
        if reset:
            self._fitted_rows.clear()
        self._fit_timer.start()

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex, *_: Any) -> None:
        for row in range(top.row(), bottom.row() + 1):
            self._fitted_rows.discard(row)
        self._schedule_fit()

    def _fit_rows(self) -> None:
        """Grow rows to their text: the rows on screen first, so the first paint shows them
        whole; then every other row of a normal plan (those above the screen at once, those
        below a few per idle round); a huge plan's rows as they scroll into view."""
        table = self.table
        count = self.model.rowCount()
        if not count:
            return
        # From the first visible row down, until fitted rows fill the screen and half again
        # (rows are far taller once fitted than before, so a count of rows would overshoot).
        # Walked in the order shown: a sorted view's rows are not in model order.
        rows = table.verticalHeader().logicalIndex
        first = table.verticalHeader().visualIndex(max(0, table.rowAt(0)))
        bottom = table.viewport().height() * 1.5
        y = table.rowViewportPosition(rows(first))
        visual = first
        while visual < count and y < bottom:
            row = rows(visual)
            self._fit_row(row)
            if not table.isRowHidden(row):
                y += table.rowHeight(row)
            visual += 1
        if count > FIT_ALL_ROWS_LIMIT or len(self._fitted_rows) >= count:
            return
        for above in range(first):
            self._fit_row(rows(above))
        below = [rows(v) for v in range(visual, count) if rows(v) not in self._fitted_rows][
            :FIT_CHUNK
        ]
        for r in below:
            self._fit_row(r)
        if len(self._fitted_rows) < count:
            self._fit_timer.start()  # the next few once pending events are handled

    def _fit_row(self, row: int) -> None:
        if row not in self._fitted_rows:
            self.table.resizeRowToContents(row)
            self._fitted_rows.add(row)

    # -- find --------------------------------------------------------------------------------

    def show_find(self) -> None:
        self.find_bar.show()
        self.find_bar.edit.setFocus()
        self.find_bar.edit.selectAll()

    def hide_find(self) -> None:
        self.find_bar.hide()
        self.table.setProperty(FIND_PROPERTY, "")
        self.table.viewport().update()
        self.row_view.set_find_rows(None)
        self.table.setFocus()

    # -- sort and filter ---------------------------------------------------------------------

    def show_filters(self, shown: bool) -> None:
        self.filter_bar.setVisible(shown)
        self.filter_action.setChecked(shown)
        if not shown:
            self.filter_bar.clear()

    def _rows_reloaded(self) -> None:
        self.filter_bar.set_organizations(
            self.model.plan.recommendations if self.model.plan else []
        )
        self.row_view.refresh()

    def _filter_changed(self) -> None:
        self.row_view.set_filter(self.filter_bar.row_filter())
        shown = [r for r in range(self.model.rowCount()) if not self.table.isRowHidden(r)]
        active = self.row_view.row_filter.active
        self.filter_bar.result.setText(
            f"{len(shown)} of {self.model.rowCount()} shown" if active else ""
        )
        if shown and self.current_row() not in shown:
            self.select_row(self.row_view.visual_order(shown)[0])

    def _find_changed(self, *_: Any) -> None:
        needle = self.find_bar.edit.text().strip()
        count = self.model.rowCount()
        self._matches = self.row_view.visual_order(
            [r for r in range(count) if needle and self.model.matches(r, needle)]
        )
        only = self.find_bar.only.isChecked() and bool(needle)
        matching = set(self._matches)
        self.table.setProperty(FIND_PROPERTY, needle)
        self.table.viewport().update()
        self.row_view.set_find_rows(matching if only else None)
        self._matches = [r for r in self._matches if not self.table.isRowHidden(r)]
        matching = set(self._matches)
        if not needle:
            self.find_bar.result.setText("")
        elif not self._matches:
            self.find_bar.result.setText("No matches")
        else:
            self.find_bar.result.setText(f"{len(self._matches)} matching row(s)")
            if self.current_row() not in matching:
                self._show_match(self._matches[0])

    def find_next(self, step: int = 1) -> None:
        if not self.find_bar.isVisible():
            self.show_find()
            return
        if not self._matches:
            return
        # In the order shown (a sorted view is walked top to bottom too).
        place = self.table.verticalHeader().visualIndex
        here = place(self.current_row()) if self.current_row() >= 0 else -1
        later = [r for r in self._matches if (place(r) > here if step > 0 else place(r) < here)]
        target = (
            (later[0] if step > 0 else later[-1])
            if later
            else (self._matches[0] if step > 0 else self._matches[-1])
        )
        self._show_match(target)
        position = self._matches.index(target) + 1
        self.find_bar.result.setText(f"{position} of {len(self._matches)} matching row(s)")

    def _show_match(self, row: int) -> None:
        """Select the first cell of ``row`` where the find text occurs and scroll so that the
        occurrence itself is on screen, even deep inside a tall cell."""
        needle = self.find_bar.edit.text().strip()
        header = self.table.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count())]
        column = next(
            (
                c
                for c in columns
                if needle.casefold() in (_cell_text(self.model, row, c)).casefold()
            ),
            None,
        )
        self.select_row(row, column)
        if column is None:
            return
        self.table.scrollTo(self.model.index(row, column))
        self._fit_row(row)
        offset = match_offset(
            _cell_text(self.model, row, column),
            needle,
            self.table.font(),
            self.table.columnWidth(column) - 8,
        )
        top = self.table.rowViewportPosition(row)
        line = self.table.fontMetrics().lineSpacing()
        viewport = self.table.viewport().height()
        if not 0 <= top + offset <= viewport - 2 * line:
            bar = self.table.verticalScrollBar()
            bar.setValue(int(bar.value() + top + offset - viewport / 3))

    def find_previous(self) -> None:
        self.find_next(-1)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.find_bar.isVisible():
            self.hide_find()
            return
        super().keyPressEvent(event)

    # -- Excel and printing (their dialogs live in their own modules) ------------------------

    def import_excel(self) -> None:
        from planapp.ui.excel_actions import import_workbook

        import_workbook(self)

    def export_excel(self) -> None:
        from planapp.ui.excel_actions import export_workbook

        export_workbook(self)

    def print_preview(self) -> None:
        from planapp.ui.print_actions import print_preview

        print_preview(self)

    def print_plan(self) -> None:
        from planapp.ui.print_actions import print_plan

        print_plan(self)

    def export_pdf(self) -> None:
        from planapp.ui.print_actions import export_pdf

        export_pdf(self)

    def selected_recommendation_ids(self) -> set[int] | None:
        """What to print: the selected rows when "Selection Only" is ticked, else all (None)."""
        if not self.print_selection_action.isChecked():
            return None
        rows = {i.row() for i in self.table.selectionModel().selectedIndexes()}
        rows |= {self.current_row()} - {-1}
        return {self.model.recommendation(r).id for r in rows} or None

    # -- state between runs ------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self)
        for key, widget in (
            ("window/state", self),
            ("window/splitter", self.splitter),
            ("window/detailSplitter", self.detail_splitter),
            ("table/header", self.table.horizontalHeader()),
        ):
            value = self.settings.value(key)
            if isinstance(value, QByteArray):
                restored = widget.restoreState(value)
                if widget is self.table.horizontalHeader() and restored:
                    auto = str(self.settings.value("table/autoWidths", "true")).lower()
                    self._auto_widths = auto != "false"
        beside = str(self.settings.value("view/panelsBeside", "false")).lower() == "true"
        self.set_panels_beside(beside)

    def set_panels_beside(self, beside: bool) -> None:
        """Milestones and contacts beside the table (stacked) or below it; remembered."""
        place_panels(self.detail_splitter, self.details, beside)
        self.panels_beside_action.setChecked(beside)
        self.settings.setValue("view/panelsBeside", "true" if beside else "false")

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._auto_widths:
            # The layout has its size by now; fitting the columns before the first paint
            # spares fitting every row twice (once to the old widths, once to the new).
            self.fit_columns_to_width()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.table and event.type() == event.Type.Resize and self._auto_widths:
            self.fit_columns_to_width()  # the window was resized or the panels moved
        return super().eventFilter(watched, event)

    def _section_resized(self, *_: Any) -> None:
        if not self._fitting_columns:
            self._auto_widths = False  # the user set a width: keep theirs from now on
        self._schedule_fit(reset=True)

    def fit_columns_to_width(self) -> None:
        """Template proportions, scaled so all eight columns fit the table's width."""
        table = self.table
        available = (
            table.width()
            - table.verticalHeader().width()
            - table.verticalScrollBar().sizeHint().width()
            - 2 * table.frameWidth()
            - 2
        )
        total = sum(DEFAULT_WIDTHS.values())
        header = self.table.horizontalHeader()
        available = max(available, 8 * MIN_COLUMN_WIDTH)
        widths = [max(MIN_COLUMN_WIDTH, int(available * DEFAULT_WIDTHS[c] / total)) for c in Column]
        excess = sum(widths) - available
        if excess > 0:  # minimums pushed past the width: take it from the wide columns
            spare = sum(w - MIN_COLUMN_WIDTH for w in widths)
            widths = [w - math.ceil(excess * (w - MIN_COLUMN_WIDTH) / spare) for w in widths]
        self._fitting_columns = True
        try:
            for column, width in zip(Column, widths, strict=True):
                header.resizeSection(column, width)
        finally:
            self._fitting_columns = False

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/detailSplitter", self.detail_splitter.saveState())
        self.settings.setValue("table/header", self.table.horizontalHeader().saveState())
        self.settings.setValue("table/autoWidths", "true" if self._auto_widths else "false")
        self._save_current_plan()
        self.settings.sync()

    def _save_current_plan(self) -> None:
        if self.plan is not None and getattr(self, "doc", None) is not None:
            self.settings.setValue(f"lastPlan/{self.doc.path}", self.plan.id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.doc.unsubscribe(self._on_change)
        self.undo_stack.clear()
        self.doc.close()
        event.accept()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            "About planapp",
            f"<b>planapp {__version__}</b><p>Keeps a Detailed Action Plan for the Office of the "
            "Auditor General and the Public Accounts Committee as data: edit it, exchange "
            "workbooks in the departmental template, print it.</p>"
            f"<p>Document: {html.escape(str(self.doc.path))}</p>",
        )


def _cell_text(model: PlanTableModel, row: int, column: int) -> str:
    return model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or ""


def _with_suffix(path: str) -> str:
    return path if Path(path).suffix else path + DOCUMENT_SUFFIX


def _empty_plan() -> Plan:
    return Plan(audit_title="New plan", recommendations=[Recommendation(ref="Rec. 1")])
