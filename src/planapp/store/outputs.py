"""Output files (workbooks, PDFs) must never replace a planapp document.

Export and PDF write a whole new file over their target, so pointing one at a document, the
open one or any other, would destroy it. Every output path goes through
:func:`refuse_document_target` first, whatever the spelling of the path (relative, "..",
case on a case-insensitive disk, a symbolic or hard link).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.store.connection import SQLITE_MAGIC
from planapp.store.errors import DocumentError


class OutputIsDocumentError(DocumentError):
    """An export or PDF was aimed at a planapp document."""


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """True if ``a`` and ``b`` name one file (through links and other spellings), or would."""
    pa, pb = Path(a).expanduser(), Path(b).expanduser()
    try:
        return os.path.samefile(pa, pb)
    except OSError:  # one of them does not exist (yet): compare where they lead
        return os.path.normcase(pa.resolve()) == os.path.normcase(pb.resolve())


def _is_document(path: Path) -> bool:
    """A planapp document (or any SQLite database: what else it might be, export must not
    overwrite it either), or the lock or journal of one."""
    if path.name.endswith((".lock", "-journal")):
        stem = path.name.removesuffix(".lock").removesuffix("-journal")
        if path.with_name(stem).is_file():
            return True
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def refuse_document_target(
    path: str | os.PathLike[str], open_documents: Iterable[str | os.PathLike[str]] = ()
) -> None:
    """Raise OutputIsDocumentError if writing an output at ``path`` would replace a planapp
    document: one of ``open_documents`` (even not yet on disk) or any existing one."""
    target = Path(path).expanduser()
    for document in open_documents:
        if same_file(target, document):
            raise OutputIsDocumentError(
                QT_TRANSLATE_NOOP(
                    "DocumentError",
                    "{name} is the open planapp document; choose another file name for "
                    "the output, or the document would be replaced by it.",
                ).format(name=target.name)
            )
    if target.is_file() and _is_document(target.resolve()):
        raise OutputIsDocumentError(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "{name} is a planapp document; choose another file name for the output, "
                "or the document would be replaced by it.",
            ).format(name=target.name)
        )
