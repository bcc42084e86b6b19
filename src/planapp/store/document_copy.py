"""``planapp copy``: a document moved to another engine (a file to a server, or back).

A server target must be an empty database (nothing there is ever replaced), and the whole copy
is one transaction there; a file target is made new beside its final name.
"""

from __future__ import annotations

from pathlib import Path

from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.store.document import Document
from planapp.store.errors import COPY_ONTO_ITSELF
from planapp.store.server import is_server_url, reset_sequences
from planapp.store.transfer import CopyTargetError, copy_rows, copy_to_file, tables


def copy_document(source: str | Path, target: str | Path) -> int:
    """Copy the document at ``source`` (a file or a server URL) to ``target``; returns the
    number of rows copied. The source is only read (opened read-only)."""
    if str(source) == str(target):
        raise CopyTargetError(COPY_ONTO_ITSELF)
    with Document.open(source, lock=False, read_only=True) as src:
        if is_server_url(str(target)):
            dest = Document.open(str(target), create=True)
            try:
                if dest.plans():
                    raise CopyTargetError(
                        QT_TRANSLATE_NOOP(
                            "DocumentError",
                            "{name} already holds plans; copy into an empty database.",
                        ).format(name=dest.path.name)
                    )
                with src.engine.connect() as read, dest.engine.begin() as write:
                    count = copy_rows(read, write)
                    reset_sequences(write, [t.name for t in tables() if "id" in t.c])
            finally:
                dest.close()
            return count
        return copy_to_file(src, Path(target).expanduser().absolute())
