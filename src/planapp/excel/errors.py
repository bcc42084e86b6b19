"""What can go wrong with a workbook, as exceptions whose message a user can act on."""

from __future__ import annotations


class WorkbookError(Exception):
    """A workbook that cannot be read: the message names the file and the problem."""


class ImportCancelled(Exception):
    """The user pressed Cancel during an import; nothing was read."""


class ExportError(Exception):
    """A plan that cannot be written; the target file was left as it was."""
