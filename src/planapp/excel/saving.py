"""Saving a workbook atomically: written beside the target, renamed over it when complete."""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import secrets
import shutil
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

from planapp.excel.quiet import quiet


def save_atomically(wb: Workbook, path: Path) -> None:
    """Save next to ``path`` then rename over it; on failure ``path`` is untouched. The new
    file gets the old one's permissions, or the usual ones for a new file (not mkstemp's
    owner-only)."""
    folder = path.parent if str(path.parent) else Path(".")
    for _ in range(100):
        tmp = folder / f".{path.name}.{secrets.token_hex(4)}.tmp"
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            break
        except FileExistsError:
            continue
    else:  # pragma: no cover - 100 random names taken
        raise FileExistsError(tmp)
    try:
        _save(wb, tmp)
        if path.exists():
            shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _save(wb: Workbook, target: Path) -> None:
    """``wb.save(target)``, with the zip archive closed even when writing fails.

    openpyxl leaves its archive open when a write fails (a full disk, a file size limit);
    the archive then tries to finish itself when it is collected, fails again and prints
    "Exception ignored in: ZipFile.__del__" with a traceback. Here the archive is ours, and
    a failed one is closed at once, its error ignored: the file is deleted anyway."""
    archive = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    wb.properties.modified = _dt.datetime.now(tz=_dt.UTC).replace(tzinfo=None)
    try:
        with quiet():
            ExcelWriter(wb, archive).save()  # writes every part, then closes the archive
    except BaseException:
        with contextlib.suppress(OSError, ValueError):
            archive.close()
        if archive.fp is not None:  # close() refused (a part was still being written)
            with contextlib.suppress(OSError):
                archive.fp.close()
            archive.fp = None
        raise
