"""What can go wrong with a workbook, as exceptions whose message a user can act on."""

from __future__ import annotations

from planapp.domain.texts import QT_TRANSLATE_NOOP


class WorkbookError(Exception):
    """A workbook that cannot be read: the message names the file and the problem."""


class ImportCancelled(Exception):
    """The user pressed Cancel during an import; nothing was read."""


class ExportError(Exception):
    """A plan that cannot be written; the target file was left as it was."""


def cell_too_long(ref: str, number: int, heading: str, count: int) -> ExportError:
    """The error for recommendation ``ref`` (the ``number``th) whose ``heading`` cell would
    hold ``count`` characters, more than Excel's 32,767."""
    who = QT_TRANSLATE_NOOP("ExportError", "Recommendation {ref}").format(ref=ref or str(number))
    return ExportError(
        QT_TRANSLATE_NOOP(
            "ExportError",
            "{who}: the “{heading}” cell would hold {count} characters, more than the "
            "32,767 an Excel cell can hold; shorten it before exporting.",
        ).format(who=who, heading=heading, count=count)
    )
