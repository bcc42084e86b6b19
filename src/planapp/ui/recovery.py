"""A damaged document: say so, and offer to save what can still be read as a new document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planapp.store.document import Document
from planapp.store.errors import DamagedDocumentError, DocumentError
from planapp.store.outputs import refuse_document_target
from planapp.store.paths import DOCUMENT_SUFFIX
from planapp.ui import dialogs


def offer_recovered_copy(parent: QWidget | None, error: DamagedDocumentError) -> Document | None:
    """Ask whether to save a recovered copy of the damaged document; the copy, opened, if
    one was saved (the damaged file itself is never written)."""
    source = error.path
    if source is None or not dialogs.confirm(
        parent,
        QCoreApplication.translate("recovery", "Damaged Document"),
        QCoreApplication.translate(
            "recovery",
            "{error}\n\nSave a recovered copy of what can still be read? "
            "{name} itself is left as it is.",
        ).format(error=error, name=source.name),
        QCoreApplication.translate("recovery", "Save Recovered Copy…"),
    ):
        return None
    stem = QCoreApplication.translate("recovery", "{name} (recovered)").format(name=source.stem)
    start = source.with_name(f"{stem}{DOCUMENT_SUFFIX}")
    target = dialogs.ask_save_path(
        parent,
        QCoreApplication.translate("recovery", "Save Recovered Copy"),
        str(start),
        QCoreApplication.translate("recovery", "planapp documents (*{suffix})").format(
            suffix=DOCUMENT_SUFFIX
        ),
    )
    if not target:
        return None
    from planapp.store.recover import recover_copy

    try:
        refuse_document_target(target, [source])
        recovery = recover_copy(source, target)
        document = Document.open(target)
    except (DocumentError, OSError) as exc:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("recovery", "Save Recovered Copy"),
            QCoreApplication.translate("recovery", "Could not save the copy: {reason}").format(
                reason=exc
            ),
        )
        return None
    dialogs.show_error(
        parent,
        QCoreApplication.translate("recovery", "Recovered Copy Saved"),
        f"{Path(target).name}: {recovery.summary()}",
    )
    return document
