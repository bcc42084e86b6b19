"""The Help menu's own items: Keyboard Shortcuts (read from the window's menus and panels)
and About planapp."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from planapp import __version__
from planapp.ui import dialogs
from planapp.ui.shortcuts import ShortcutsDialog
from planapp.ui.translation import Texts, Translatable


class HelpItems(Translatable):
    """Adds Keyboard Shortcuts at the top of ``help_menu``; ``doc_path`` names the open
    document in the About box."""

    def __init__(
        self, window: QMainWindow, help_menu: QMenu, doc_path: Callable[[], object]
    ) -> None:
        self.window = window
        self._doc_path = doc_path
        texts = Texts("HelpItems", window)
        shortcuts = QAction(window)
        texts.bind(shortcuts.setText, QT_TRANSLATE_NOOP("HelpItems", "&Keyboard Shortcuts"))
        shortcuts.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents))
        texts.bind(
            shortcuts.setStatusTip,
            QT_TRANSLATE_NOOP(
                "HelpItems", "Every shortcut of planapp, read from its menus and panels"
            ),
        )
        shortcuts.triggered.connect(lambda _checked=False: self.show_shortcuts())
        help_menu.insertAction(help_menu.actions()[0] if help_menu.actions() else None, shortcuts)
        window.addAction(shortcuts)
        self.shortcuts_action = shortcuts

    def show_shortcuts(self) -> None:
        dialogs.run(ShortcutsDialog(self.window))

    def about(self) -> None:
        QMessageBox.about(
            self.window,
            self.tr("About planapp"),
            self.tr(
                "<b>planapp {version}</b><p>Keeps a Detailed Action Plan for the Office of the "
                "Auditor General and the Public Accounts Committee as data: edit it, exchange "
                "workbooks in the departmental template, print it.</p>"
                "<p>Document: {path}</p>"
            ).format(version=__version__, path=html.escape(str(self._doc_path()))),
        )
