"""The conditions of a document file we can name, as errors carrying one sentence for the user.

SQLite reports them as result codes (``sqlite3.Error.sqlite_errorcode``); :func:`from_sqlite`
maps the few we can name (read-only, disk full, I/O error, damaged, busy, cannot open) to
these classes. Any other code stays what it is: a bug, for the crash handler and its log.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from planapp.domain.texts import QT_TRANSLATE_NOOP, Text


class DocumentError(Exception):
    """A document cannot be opened or changed; the message is one sentence for the user."""


class NotADocumentError(DocumentError):
    pass


class DocumentTooNewError(DocumentError):
    pass


class ReadOnlyDocumentError(DocumentError):
    """The document (or its folder, or its medium) cannot be written."""


class DiskFullError(DocumentError):
    """No space left where the document or a copy of it is written."""


class DocumentIOError(DocumentError):
    """The operating system failed to read or write the file (a failing disk, a lost share)."""


class DamagedDocumentError(DocumentError):
    """The file is a planapp document with damaged pages or records.

    Nothing is written into it; a recovered copy can be saved
    (:func:`planapp.store.recover.recover_copy`). ``path`` names the damaged file.
    """

    def __init__(self, message: str, path: Path | None = None) -> None:  # message: a Text
        super().__init__(message)
        self.path = path


class DocumentBusyError(DocumentError):
    """Another program kept the file locked for longer than the busy timeout."""


class CannotOpenDocumentError(DocumentError):
    pass


# Primary result codes (the low byte of an extended code), from sqlite3.h.
SQLITE_BUSY = 5
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
SQLITE_READONLY_ROLLBACK = 776  # a hot journal that a read-only connection cannot roll back
SQLITE_IOERR_NOMEM = 3082


def from_sqlite(exc: sqlite3.Error, path: Path) -> DocumentError | None:
    """The user-facing error for SQLite's ``exc`` on the document ``path``, or None if it is
    not one we can name (then it is a bug and must propagate as it is)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    name = path.name
    primary = code & 0xFF
    if code == SQLITE_READONLY_ROLLBACK:
        return ReadOnlyDocumentError(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "{name} was left half-changed by a crash, and its folder cannot be written, so "
                "planapp cannot undo the half-done change. Copy the document together with its "
                "“{name}-journal” file to a folder you can write to, and open it there.",
            ).format(name=name)
        )
    if primary == SQLITE_READONLY:
        return ReadOnlyDocumentError(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "{name} cannot be changed: the file, its folder or its disk is read-only. "
                "Nothing was changed; use Save As to keep an editable copy.",
            ).format(name=name)
        )
    if primary == SQLITE_FULL:
        return DiskFullError(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "The disk holding {name} is full. Nothing was changed; free some space and "
                "try again.",
            ).format(name=name)
        )
    if primary == SQLITE_IOERR and code != SQLITE_IOERR_NOMEM:
        return DocumentIOError(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "The disk or network share holding {name} failed to read or write it "
                "({detail}). Nothing was changed; check the disk or the connection.",
            ).format(name=name, detail=str(exc))
        )
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DamagedDocumentError(damaged(name, str(exc)), path)
    if primary == SQLITE_BUSY:
        return DocumentBusyError(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "{name} is kept busy by another program; nothing was changed. Try again in a "
                "moment.",
            ).format(name=name)
        )
    if primary == SQLITE_CANTOPEN:
        return CannotOpenDocumentError(
            QT_TRANSLATE_NOOP(
                "DocumentError", "{name} cannot be opened: its folder is missing or cannot be read."
            ).format(name=name)
        )
    return None


def damaged(name: str, detail: str) -> Text:
    """The message of a damaged document ``name``; ``detail`` is what SQLite found."""
    return QT_TRANSLATE_NOOP(
        "DocumentError",
        "{name} is damaged ({detail}). planapp will not write into it; save a recovered copy "
        "of what can still be read.",
    ).format(name=name, detail=detail)


COPY_ONTO_ITSELF = QT_TRANSLATE_NOOP("DocumentError", "A document cannot be copied onto itself.")

# What planapp was doing when a file operation failed: "planapp could not open it".
OPEN_IT = QT_TRANSLATE_NOOP("DocumentError", "open it")


def from_os_error(exc: OSError, path: Path, doing: Text) -> DocumentError | None:
    """The user-facing error for a failed file operation ``doing`` on ``path`` (None if the
    condition is not one we can name)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(
            QT_TRANSLATE_NOOP(
                "DocumentError",
                "The disk holding {name} is full, so planapp could not {doing}. Free some "
                "space and try again.",
            ).format(name=path.name, doing=doing)
        )
    if exc.errno == errno.EIO:
        return DocumentIOError(
            QT_TRANSLATE_NOOP(
                "DocumentError", "The disk holding {name} failed while planapp tried to {doing}."
            ).format(name=path.name, doing=doing)
        )
    return None
