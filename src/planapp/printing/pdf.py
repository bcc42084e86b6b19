"""Export PDF: the printed plan as a file, written whole or not at all."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from PySide6.QtGui import QPdfWriter

from planapp.domain import output_language
from planapp.domain.plan import Plan
from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.printing.layout import Progress
from planapp.printing.options import PrintOptions
from planapp.printing.pdf_metadata import PdfMetadata, add_metadata
from planapp.printing.render import configure_printer, paint_plan

PDF_DPI = 1200


class PdfError(OSError):
    """The PDF could not be written; the message says which file and why."""


COULD_NOT_WRITE = QT_TRANSLATE_NOOP("PdfError", "could not write “{target}”: {reason}")
DISK_FULL = QT_TRANSLATE_NOOP("PdfError", "the disk is full")


def write_pdf(
    plan: Plan,
    path: str | os.PathLike[str],
    options: PrintOptions,
    progress: Progress | None = None,
) -> int:
    """Write the plan as a PDF at ``path`` and return its page count.

    The PDF is painted into a temporary file beside ``path`` and moved over it only when
    complete, so a failure or a cancel (``progress`` returning False, which returns 0) leaves
    any file already at ``path`` as it was. Raises FileNotFoundError if the folder does not
    exist and PdfError (an OSError) if the file cannot be written.
    """
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise FileNotFoundError(
            QT_TRANSLATE_NOOP("PdfError", "the folder “{folder}” does not exist").format(
                folder=str(folder)
            )
        )
    if target.is_dir():
        raise PdfError(
            QT_TRANSLATE_NOOP(
                "PdfError", "“{target}” is a folder; choose a file name for the PDF"
            ).format(target=str(target))
        )
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".pdf.tmp", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_DPI)
        writer.setCreator("planapp")
        lang = options.lang
        writer.setTitle(output_language.document_title(plan, lang))
        writer.setAuthor(output_language.document_author(plan, lang))
        configure_printer(writer, options)
        try:
            pages = paint_plan(writer, plan, options, progress)
        except OSError as exc:
            # Qt reports only that a page could not be started; say why when we can tell.
            reason = DISK_FULL if _disk_full(folder) else str(exc)
            raise PdfError(COULD_NOT_WRITE.format(target=str(target), reason=reason)) from exc
        del writer  # closes the file
        if pages == 0:
            tmp.unlink(missing_ok=True)
            return 0
        if tmp.stat().st_size == 0:
            if _disk_full(folder):
                raise PdfError(COULD_NOT_WRITE.format(target=str(target), reason=DISK_FULL))
            raise PdfError(
                QT_TRANSLATE_NOOP("PdfError", "could not write “{target}”").format(
                    target=str(target)
                )
            )
        _describe(tmp, target, plan, options)
        tmp.chmod(_mode_for(target))
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise PdfError(
                COULD_NOT_WRITE.format(target=str(target), reason=exc.strerror or str(exc))
            ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return pages


def _describe(tmp: Path, target: Path, plan: Plan, options: PrintOptions) -> None:
    """The document language and subject Qt cannot set (see ``pdf_metadata``)."""
    meta = PdfMetadata(
        # A bilingual PDF's language is its first version's.
        language=output_language.language_tag(
            output_language.version_languages(plan, options.lang)[0]
        ),
        subject=output_language.document_subject(plan, options.lang),
        keywords=output_language.KEYWORDS[options.lang],
    )
    try:
        add_metadata(tmp, meta)
    except OSError as exc:
        reason = "the disk is full" if _disk_full(tmp.parent) else (exc.strerror or str(exc))
        raise PdfError(f"could not write {str(target)!r}: {reason}") from exc


def _mode_for(target: Path) -> int:
    """The permissions the PDF would have had if written in place: the old file's, else the
    usual ones for a new file (mkstemp makes its file private to the owner)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return _new_file_mode(target.parent)


def _new_file_mode(folder: Path) -> int:
    """What the umask gives a new file here, read by making one (os.umask would change it)."""
    probe = folder / f".planapp-mode-{os.getpid()}.tmp"
    try:
        with open(probe, "x"):
            pass
        return probe.stat().st_mode & 0o777
    finally:
        probe.unlink(missing_ok=True)


def _disk_full(folder: Path) -> bool:
    """True if no room is left in ``folder``, found by trying to write a small file there."""
    probe = folder / f".planapp-space-{os.getpid()}.tmp"
    try:
        with open(probe, "wb") as fh:
            fh.write(b"\0" * 65536)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    finally:
        probe.unlink(missing_ok=True)
    return False
