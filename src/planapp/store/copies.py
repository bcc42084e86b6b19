"""Saving a consistent copy of the whole document (Save As), mixed into the Document."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from planapp.store.errors import COPY_ONTO_ITSELF, from_sqlite
from planapp.store.lock import DocumentLock, DocumentLockedError
from planapp.store.outputs import same_file
from planapp.store.server import ServerAddress


class CopyMethods:
    """Mixed into Document: ``path`` is its file, or a ServerAddress."""

    path: Any

    def save_copy(self, target: str | Path) -> Path:
        """A consistent copy of the whole document at ``target``, written atomically.

        SQLite's backup API copies a snapshot even while this document stays open; the copy is
        made beside the target and renamed over it only when complete. Refuses this document's
        own file (ValueError) and a file another planapp has open (DocumentLockedError).
        """
        if isinstance(self.path, ServerAddress):
            from planapp.store.transfer import copy_to_file

            copy_to = Path(target).expanduser().absolute()
            copy_to_file(self, copy_to)
            return copy_to
        target = Path(target).expanduser().absolute()
        if same_file(target, self.path):
            raise ValueError(COPY_ONTO_ITSELF)
        lock = DocumentLock(target)
        holder = lock.held_elsewhere()
        if holder is not None:
            # Replacing a file another planapp has open would lose that window's edits.
            raise DocumentLockedError(lock.describe(holder))
        fd, tmp = tempfile.mkstemp(prefix=".planapp-", suffix=".tmp", dir=target.parent)
        os.close(fd)
        try:
            src = sqlite3.connect(self.path)
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            except sqlite3.Error as exc:
                named = from_sqlite(exc, target)
                if named is None:
                    raise
                raise named from exc
            finally:
                dst.close()
                src.close()
            shutil.copymode(self.path, tmp)  # mkstemp makes it private (0600); keep the source's
            os.replace(tmp, target)
        except BaseException:
            for leftover in (tmp, f"{tmp}-journal"):  # a full disk leaves the copy's journal
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
            raise
        return target
