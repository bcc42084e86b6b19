"""The status bar's lasting labels for the open document: the shown plan's counts, and
"Read-only" (with a message saying why) when nothing can be changed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from planapp.store.document import Document
from planapp.store.server import is_server_url
from planapp.ui.translation import Texts


class DocumentStatus:
    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.count_label = QLabel(bar)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        bar.addPermanentWidget(self.count_label)
        self.read_only_label = QLabel(bar)
        self.read_only_label.setObjectName("readOnly")
        texts = Texts("DocumentStatus", bar)
        texts.bind(self.read_only_label.setText, QT_TRANSLATE_NOOP("DocumentStatus", "Read-only"))
        texts.bind(
            self.read_only_label.setToolTip,
            QT_TRANSLATE_NOOP(
                "DocumentStatus",
                "This document cannot be changed here: its folder or disk is read-only.",
            ),
        )
        self.read_only_label.hide()
        bar.addPermanentWidget(self.read_only_label)

    def show_document(self, document: Document) -> None:
        self.read_only_label.setVisible(document.read_only)
        if document.read_only:
            why = (
                QCoreApplication.translate("DocumentStatus", "your database role may only read it")
                if is_server_url(document.path)
                else QCoreApplication.translate(
                    "DocumentStatus", "its folder or disk cannot be written"
                )
            )
            self.bar.showMessage(
                QCoreApplication.translate(
                    "DocumentStatus", "{name} is open read-only: {why}."
                ).format(name=document.path.name, why=why),
                10000,
            )
