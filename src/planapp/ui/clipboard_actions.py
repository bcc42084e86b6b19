"""Edit ▸ Cut, Copy, Paste, Paste as New Rows and Clear Cells, acting where the focus is.

The actions have the platform's shortcuts. In a text field (the find bar, an open cell
editor, the edit pane) they act on its text; in the plan, milestone or contact table, on the
selected cells of that table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from planapp.ui.clipboard import TableClipboard
from planapp.ui.translation import Texts


def _target(clipboards: Sequence[TableClipboard]) -> TableClipboard | QWidget | None:
    focus = QApplication.focusWidget()
    if isinstance(focus, QLineEdit | QPlainTextEdit | QTextEdit):
        return focus
    for clipboard in clipboards:
        view = clipboard.view
        if focus is not None and (focus is view or view.isAncestorOf(focus)):
            return clipboard
    return clipboards[0] if clipboards else None


def add_clipboard_actions(
    owner: QWidget,
    menu: QMenu,
    clipboards: Callable[[], Sequence[TableClipboard]],
    before: QAction | None = None,
) -> dict[str, QAction]:
    """The actions, added to ``menu`` and to ``owner`` (so their shortcuts work anywhere in
    it); ``clipboards`` lists the tables, the plan table first (the one used by default)."""
    std = QKeySequence.StandardKey

    def run(name: str) -> None:
        target = _target(clipboards())
        if isinstance(target, TableClipboard):
            {
                "cut": target.cut,
                "copy": target.copy,
                "paste": target.paste,
                "paste_rows": target.paste_as_new_rows,
                "clear": target.clear,
            }[name]()
        elif target is not None:
            if name == "clear" and isinstance(target, QLineEdit):
                target.del_()
            elif name == "clear":
                target.textCursor().removeSelectedText()
            elif name == "paste_rows":
                target.paste()
            else:
                getattr(target, name)()

    actions: dict[str, QAction] = {}
    texts = Texts("clipboard_actions", owner)
    for name, text, keys, tip in (
        (
            "cut",
            QT_TRANSLATE_NOOP("clipboard_actions", "Cu&t"),
            std.Cut,
            QT_TRANSLATE_NOOP("clipboard_actions", "Copy the selected cells and clear them"),
        ),
        (
            "copy",
            QT_TRANSLATE_NOOP("clipboard_actions", "&Copy"),
            std.Copy,
            QT_TRANSLATE_NOOP("clipboard_actions", "Copy the selected cells (for Excel and Word)"),
        ),
        (
            "paste",
            QT_TRANSLATE_NOOP("clipboard_actions", "&Paste"),
            std.Paste,
            QT_TRANSLATE_NOOP(
                "clipboard_actions", "Paste cells copied from Excel into the selected cells"
            ),
        ),
        (
            "paste_rows",
            QT_TRANSLATE_NOOP("clipboard_actions", "Paste a&s New Rows"),
            QKeySequence("Ctrl+Shift+V"),
            QT_TRANSLATE_NOOP(
                "clipboard_actions", "Paste copied rows as new rows after the current one"
            ),
        ),
        (
            "clear",
            QT_TRANSLATE_NOOP("clipboard_actions", "C&lear Cells"),
            QKeySequence("Del"),
            QT_TRANSLATE_NOOP("clipboard_actions", "Empty the selected cells"),
        ),
    ):
        action = QAction(owner)
        texts.bind(action.setText, text)
        if isinstance(keys, QKeySequence.StandardKey):
            # Not Shift+Del (one of Cut's bindings): it deletes the plan in the plan list.
            bindings = [k for k in QKeySequence.keyBindings(keys) if k != QKeySequence("Shift+Del")]
            action.setShortcuts(bindings)
        elif name == "clear":
            # Delete is the tables' own key (a text field keeps it for itself); the menu
            # shows it, the action does not take it from them.
            shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
            texts.bind(lambda t, a=action, k=shown: a.setText(f"{t}\t{k}"), text)
        else:
            action.setShortcut(keys)
        texts.bind(action.setStatusTip, tip)
        action.triggered.connect(lambda _c=False, n=name: run(n))
        menu.insertAction(before, action) if before is not None else menu.addAction(action)
        owner.addAction(action)
        actions[name] = action
    return actions
