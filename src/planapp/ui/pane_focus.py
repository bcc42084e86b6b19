"""The window's panes and its Tab order, for people who work with the keyboard.

The main window is made of panes: the plan list, the title rows, the find bar and the filter
bar (when open), the plan table, the edit pane and the detail panel (milestones, contacts,
extra columns, history). Tab and Shift+Tab walk every control of the window once, pane by pane
in that order, and come back to the start (WCAG 2.4.3: an order that follows the layout);
Ctrl+Tab / Ctrl+Shift+Tab and F6 / Shift+F6 jump to the next or previous pane, to the control
last left there. A window-wide shortcut takes Ctrl+Tab before the detail tabs would switch
pages with it; those pages switch with the arrow keys on their tab bar.

Which controls exist is read from the window at each key press, so a control added to a pane
later is in the Tab order without being listed here; a control outside every pane goes with
the pane before it in Qt's own focus chain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)
from shiboken6 import isValid

from planapp.ui.plan_view import PlanView
from planapp.ui.translation import Texts

NEXT_PANE_KEYS = ("Ctrl+Tab", "F6")
PREVIOUS_PANE_KEYS = ("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab", "Shift+F6")


@dataclass(frozen=True)
class Pane:
    """A part of the window: the widgets it is made of and where the focus goes in it."""

    name: str
    parts: Sequence[QWidget]
    entry: Callable[[], QWidget | None] | None = None  # else the pane's first control
    arrange: Callable[[list[QWidget]], list[QWidget]] | None = None  # its own Tab order


def reachable(widget: QWidget) -> bool:
    """A control Tab should stop at: shown, enabled, taking focus from the keyboard, and not
    a part of another control (a tab widget's page area gives its focus to its tab bar, a
    date or list box to its own line; a table's cells are the table's). Decided without
    ``focusProxy()``: asking PySide for a table viewport's proxy breaks the table."""
    if not (
        widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(widget, QTabWidget)
    ):
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView | QAbstractSpinBox | QComboBox):
            return False
        parent = parent.parentWidget()
    return True


def focus_chain(window: QWidget) -> list[QWidget]:
    """Qt's focus chain of ``window``: every widget, in the order Tab would visit them."""
    out: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and len(out) < 10_000:
        out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def _inside(part: QWidget, widget: QWidget) -> bool:
    return part is widget or part.isAncestorOf(widget)


def _cell_table(widget: QWidget) -> QAbstractItemView | None:
    """The table whose cell ``widget`` edits (or is inside the editor of), else None."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return parent
        parent = parent.parentWidget()
    return None


def views_last(groups: Sequence[QWidget]) -> Callable[[list[QWidget]], list[QWidget]]:
    """An order for a pane: its tab bars first, then each group's buttons before its table
    (the buttons are drawn above it)."""

    def arrange(stops: list[QWidget]) -> list[QWidget]:
        bars = [w for w in stops if isinstance(w, QTabBar)]
        rest = [w for w in stops if not isinstance(w, QTabBar)]
        for group in groups:
            mine = [w for w in rest if _inside(group, w)]
            if not mine:
                continue
            ordered = [w for w in mine if not isinstance(w, QAbstractItemView)]
            ordered += [w for w in mine if isinstance(w, QAbstractItemView)]
            slots = [i for i, w in enumerate(rest) if _inside(group, w)]
            for slot, widget in zip(slots, ordered, strict=True):
                rest[slot] = widget
        return bars + rest

    return arrange


def focus_visible_label(label: QLabel) -> None:
    """A text row the keyboard can reach (a screen reader reads it there), framed while it
    has the focus (WCAG 2.4.7)."""
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard
        | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    own = label.styleSheet().strip()
    if "{" not in own:
        label.setStyleSheet(
            f"QLabel {{ {own} border: 2px solid transparent; }}"
            " QLabel:focus { border: 2px solid palette(highlight); }"
        )


class PaneFocus(QObject):
    """Tab order and pane keys of one window."""

    def __init__(self, window: QWidget, panes: Sequence[Pane]) -> None:
        super().__init__(window)
        self.window = window
        self.panes = list(panes)
        self._parts = {id(part): number for number, pane in enumerate(panes) for part in pane.parts}
        self._last: dict[str, QWidget] = {}
        self.texts = Texts("PaneFocus", window)
        self.next_action = self._action(
            QT_TRANSLATE_NOOP("PaneFocus", "Ne&xt Pane"),
            NEXT_PANE_KEYS,
            QT_TRANSLATE_NOOP("PaneFocus", "Move to the next part of the window"),
            lambda: self.next_pane(1),
        )
        self.previous_action = self._action(
            QT_TRANSLATE_NOOP("PaneFocus", "Pre&vious Pane"),
            PREVIOUS_PANE_KEYS,
            QT_TRANSLATE_NOOP("PaneFocus", "Move to the previous part of the window"),
            lambda: self.next_pane(-1),
        )

    def _action(
        self, text: str, keys: Sequence[str], tip: str, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(self.window)  # text and tip: PaneFocus source texts, kept current
        self.texts.bind(action.setText, text)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.texts.bind(action.setStatusTip, tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    # -- where things are --------------------------------------------------------------------

    def _pane_of(self, widget: QWidget) -> int | None:
        """The pane ``widget`` is in: the first of its parents that is a pane's part."""
        parts = self._parts
        here: QWidget | None = widget
        while here is not None and here is not self.window:
            if id(here) in parts:
                return parts[id(here)]
            here = here.parentWidget()
        return None

    def stops(self) -> list[tuple[QWidget, int]]:
        """Every control Tab stops at, in order, each with the number of its pane."""
        placed: list[tuple[QWidget, int]] = []
        pane = 0
        for widget in focus_chain(self.window):
            found = self._pane_of(widget)
            pane = found if found is not None else pane
            if reachable(widget):
                placed.append((widget, pane))
        out: list[tuple[QWidget, int]] = []
        for number, spec in enumerate(self.panes):
            mine = [w for w, p in placed if p == number]
            if spec.arrange is not None:
                mine = spec.arrange(mine)
            out.extend((w, number) for w in mine)
        return out

    def _current(self, stops: list[tuple[QWidget, int]], in_cell: bool = False) -> int | None:
        """Where the focus is in ``stops``; in a cell editor, None (Tab is the table's
        business there), or with ``in_cell`` the place of the editor's table."""
        focus = QApplication.focusWidget()
        if focus is None or not self.window.isAncestorOf(focus):
            return None
        table = _cell_table(focus)
        if table is not None:
            if not in_cell:
                return None  # a cell editor: Tab saves the cell and moves to the next one
            focus = table
        for place, (widget, _pane) in enumerate(stops):
            if widget is focus:
                return place
        for place, (widget, _pane) in enumerate(stops):
            if widget.isAncestorOf(focus):
                return place
        return None

    # -- moving ------------------------------------------------------------------------------

    def focus_next(self, forward: bool) -> bool:
        """Tab (or Shift+Tab): the next (previous) control in the window's order; False
        when the focus is on no known control (Qt's own order then applies)."""
        stops = self.stops()
        here = self._current(stops)
        if here is None or not stops:
            return False
        self._remember(stops, here)
        widget = stops[(here + (1 if forward else -1)) % len(stops)][0]
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        widget.setFocus(reason)
        return True

    def next_pane(self, step: int) -> None:
        """Ctrl+Tab / F6 (step 1) or Ctrl+Shift+Tab / Shift+F6 (step -1): the next pane
        that is open, at the control left there last (else its main control)."""
        stops = self.stops()
        if not stops:
            return
        here = self._current(stops, in_cell=True)
        open_panes = sorted({pane for _w, pane in stops})
        if here is None:
            target = open_panes[0] if step > 0 else open_panes[-1]
        else:
            place = open_panes.index(stops[here][1])
            target = open_panes[(place + step) % len(open_panes)]
        self._remember(stops, here)
        mine = [w for w, pane in stops if pane == target]
        spec = self.panes[target]
        entry = spec.entry() if spec.entry is not None else None
        for widget in (self._last.get(spec.name), entry):
            if widget is not None and isValid(widget) and any(w is widget for w in mine):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        mine[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _remember(self, stops: list[tuple[QWidget, int]], here: int | None) -> None:
        """The control the focus leaves, kept as its pane's last one."""
        if here is not None:
            widget, pane = stops[here]
            self._last[self.panes[pane].name] = widget


def install(window: QWidget, view: PlanView, plan_list: QWidget, menu: QMenu) -> PaneFocus:
    """The main window's panes, in the order they are laid out; their keys in ``menu``."""
    details = view.details
    tabs = view.findChild(QTabWidget, "detailTabs")
    for label in (view.title_label, view.audit_label):
        focus_visible_label(label)

    def detail_entry() -> QWidget | None:
        if tabs is not None and tabs.currentWidget() is view.history_panel:
            return view.history_panel.view
        return details.milestones.view

    panes = [
        Pane("plans", [plan_list]),
        Pane("titles", [view.title_label, view.audit_label]),
        Pane("find", [view.find_bar], entry=lambda: view.find_bar.edit),
        Pane("filters", [view.filter_bar]),
        Pane("table", [view.table]),
        Pane("edit", [view.edit_pane], entry=lambda: view.edit_pane.editor),
        Pane(
            "details",
            [tabs or details],
            entry=detail_entry,
            arrange=views_last([details.milestones, details.contacts, details.extra]),
        ),
    ]
    focus = PaneFocus(window, panes)
    menu.addAction(focus.next_action)
    menu.addAction(focus.previous_action)
    return focus
