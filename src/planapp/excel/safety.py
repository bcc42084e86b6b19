"""Hostile and broken files: refuse them before openpyxl reads a byte of XML.

A workbook is a zip of XML parts, so a file that only pretends to be one can hurt in several
ways: a legacy or encrypted workbook (an OLE compound file) or a CSV renamed ``.xlsx``, a
truncated download, a zip bomb that expands to gigabytes, XML with entity declarations
(billion laughs, external entities). Each is recognised here from the raw bytes and the zip's
central directory, which are cheap to read, and refused with one sentence that names the file
and the problem. XML parsing itself goes through defusedxml (openpyxl picks it up when it is
installed); ``ensure_defused_xml`` refuses to go on if that protection is not active.

Only a regular file is read (a named pipe would block forever, a link to /dev/zero would
never end), opened without waiting and checked on the open descriptor, and read with a bound.
The source file is only ever read, once, into memory: nothing here or later writes to it.
Once the checks pass, ``package`` finds the workbook in the zip as the format defines it (and
hands openpyxl a normalized copy of a Strict, relocated or backslash-named package).
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.excel.errors import WorkbookError
from planapp.excel.package import open_package

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_RATIO",
    "MAX_UNCOMPRESSED_BYTES",
    "CheckedWorkbook",
    "check_workbook",
    "ensure_defused_xml",
    "read_checked",
]

# A 10,000-recommendation plan is ~30 MB of XML; these limits leave a wide margin for honest
# workbooks and stop a bomb long before it can exhaust memory.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
MAX_MEMBERS = 10_000
# Real parts compress up to ~100:1 (runs of identical empty cells); bombs reach 1000:1.
MAX_RATIO = 250
RATIO_APPLIES_ABOVE = 8 * 1024 * 1024
_PROLOG_BYTES = 8192

# What reading a damaged zip entry raises (bad CRC, truncated or invalid compressed data).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    RuntimeError,
    NotImplementedError,
)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_XML_SUFFIXES = (".xml", ".rels", ".vml")


@dataclass(frozen=True)
class CheckedWorkbook:
    """A workbook's bytes that passed the checks, with what the checks learned."""

    data: bytes  # the package as openpyxl reads it (see ``package``)
    has_macros: bool
    members: tuple[str, ...]
    strict: bool = False  # saved as Strict Open XML


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):,.0f} MB"


def ensure_defused_xml(name: str = "The workbook") -> None:
    """Refuse to parse workbooks if openpyxl is not using defusedxml."""
    import openpyxl.xml
    import openpyxl.xml.functions as xml_functions

    active = bool(openpyxl.xml.DEFUSEDXML) and xml_functions.iterparse.__module__.startswith(
        "defusedxml"
    )
    if not active:
        raise WorkbookError(
            QT_TRANSLATE_NOOP(
                "WorkbookError",
                "{name} was not opened: the protection against hostile XML "
                "(defusedxml) is not active in this installation.",
            ).format(name=name)
        )


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    for encoding in ("utf-8", "cp1252"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
        return printable >= 0.95 * max(1, len(text))
    return False


def _not_a_zip(name: str, data: bytes) -> WorkbookError:
    head = data[:4096]
    if name.startswith("~$") and len(data) <= 4096:
        return WorkbookError(
            QT_TRANSLATE_NOOP(
                "WorkbookError",
                "{name} is the small file Excel keeps beside a workbook while it is "
                "open (it records who has it open), not a workbook; import the "
                "workbook itself.",
            ).format(name=name)
        )
    if head.startswith(_OLE_MAGIC):
        # An encrypted .xlsx is an OLE file holding an "EncryptedPackage" stream.
        if "EncryptedPackage".encode("utf-16-le") in data[:1_000_000]:
            return WorkbookError(
                QT_TRANSLATE_NOOP(
                    "WorkbookError",
                    "{name} is password-protected (encrypted); remove the password in "
                    "Excel and save it again as .xlsx.",
                ).format(name=name)
            )
        return WorkbookError(
            QT_TRANSLATE_NOOP(
                "WorkbookError",
                "{name} is not an Excel workbook (it is a legacy .xls file); open it "
                "in Excel and save it as .xlsx.",
            ).format(name=name)
        )
    if head.startswith(b"PK"):
        return WorkbookError(
            QT_TRANSLATE_NOOP(
                "WorkbookError", "{name} is damaged: its zip archive is corrupt or truncated."
            ).format(name=name)
        )
    if _looks_like_text(head):
        csv = b"," in head or b";" in head or b"\t" in head
        what = QT_TRANSLATE_NOOP("WorkbookError", "a CSV text file" if csv else "text")
        return WorkbookError(
            QT_TRANSLATE_NOOP(
                "WorkbookError", "{name} is not an Excel workbook (it is {what})."
            ).format(name=name, what=what)
        )
    return WorkbookError(
        QT_TRANSLATE_NOOP(
            "WorkbookError", "{name} is not an Excel workbook (its content is not recognised)."
        ).format(name=name)
    )


def _corrupt(name: str) -> WorkbookError:
    return WorkbookError(
        QT_TRANSLATE_NOOP(
            "WorkbookError", "{name} is damaged: its zip archive is corrupt or truncated."
        ).format(name=name)
    )


def _looks_like_xml(prolog: bytes) -> bool:
    """A part that is XML whatever its name says (a relationship may point anywhere)."""
    return prolog.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") or prolog.startswith(
        (b"\xff\xfe", b"\xfe\xff")
    )


def _declares_entities(prolog: bytes) -> bool:
    if prolog.startswith((b"\xff\xfe", b"\xfe\xff")):
        prolog = prolog.decode("utf-16", errors="ignore").encode("utf-8")
    upper = prolog.upper()
    return b"<!DOCTYPE" in upper or b"<!ENTITY" in upper


def check_workbook(data: bytes, name: str) -> CheckedWorkbook:
    """Raise WorkbookError unless ``data`` is a plausible, safe .xlsx/.xlsm workbook."""
    if not data:
        raise WorkbookError(
            QT_TRANSLATE_NOOP(
                "WorkbookError", "{name} is empty (0 bytes), not an Excel workbook."
            ).format(name=name)
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise _not_a_zip(name, data) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise WorkbookError(
                QT_TRANSLATE_NOOP(
                    "WorkbookError", "{name} was refused: it holds {count} parts."
                ).format(name=name, count=len(infos))
            )
        if any(i.flag_bits & 0x1 for i in infos):
            raise WorkbookError(
                QT_TRANSLATE_NOOP(
                    "WorkbookError", "{name} is password-protected (its parts are encrypted)."
                ).format(name=name)
            )
        total = sum(i.file_size for i in infos)
        if total > MAX_UNCOMPRESSED_BYTES:
            raise WorkbookError(
                QT_TRANSLATE_NOOP(
                    "WorkbookError",
                    "{name} was refused: it would expand to {size} (limit {limit}), the sign "
                    "of a zip bomb.",
                ).format(name=name, size=_mb(total), limit=_mb(MAX_UNCOMPRESSED_BYTES))
            )
        for i in infos:
            ratio = i.file_size / max(1, i.compress_size)
            if i.file_size > RATIO_APPLIES_ABOVE and ratio > MAX_RATIO:
                raise WorkbookError(
                    QT_TRANSLATE_NOOP(
                        "WorkbookError",
                        "{name} was refused: its part {part} expands {ratio} times (a zip bomb).",
                    ).format(name=name, part=i.filename, ratio=format(ratio, ",.0f"))
                )
        try:
            for i in infos:
                if i.is_dir():
                    continue
                with archive.open(i) as part:
                    prolog = part.read(_PROLOG_BYTES)
                xml = i.filename.lower().endswith(_XML_SUFFIXES) or _looks_like_xml(prolog)
                if xml and _declares_entities(prolog):
                    raise WorkbookError(
                        QT_TRANSLATE_NOOP(
                            "WorkbookError",
                            "{name} was refused: its part {part} declares XML entities, which "
                            "hostile files use to attack the computer.",
                        ).format(name=name, part=i.filename)
                    )
        except _ZIP_ERRORS:
            raise _corrupt(name) from None
        try:
            package = open_package(archive, data, name)
        except _ZIP_ERRORS:
            raise _corrupt(name) from None
    has_macros = any(m.lower().endswith("vbaproject.bin") for m in package.members)
    return CheckedWorkbook(package.data, has_macros, package.members, package.strict)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return QT_TRANSLATE_NOOP("WorkbookError", "a folder")
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP("WorkbookError", "a pipe")
    if stat.S_ISSOCK(mode):
        return QT_TRANSLATE_NOOP("WorkbookError", "a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return QT_TRANSLATE_NOOP("WorkbookError", "a device")
    return QT_TRANSLATE_NOOP("WorkbookError", "not a regular file")


def _read_regular(path: Path, name: str) -> bytes:
    """The bytes of the regular file at ``path``, at most MAX_FILE_BYTES of them.

    The file is opened without waiting (a pipe would block until a writer came) and checked
    on the open descriptor, so it cannot be swapped for something else in between; the read
    stops one byte past the limit (a link to /dev/zero never ends)."""
    mode = path.stat().st_mode  # follows links: what the name finally points at
    if not stat.S_ISREG(mode):
        raise WorkbookError(
            QT_TRANSLATE_NOOP("WorkbookError", "{name} is {kind}, not a workbook file.").format(
                name=name, kind=_kind(mode)
            )
        )
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise WorkbookError(
                QT_TRANSLATE_NOOP("WorkbookError", "{name} is {kind}, not a workbook file.").format(
                    name=name, kind=_kind(info.st_mode)
                )
            )
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(name, info.st_size)
        data = file.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(name, len(data))
    return data


def _too_large(name: str, size: int) -> WorkbookError:
    return WorkbookError(
        QT_TRANSLATE_NOOP(
            "WorkbookError",
            "{name} was refused: at {size} it is larger than any plan workbook (limit {limit}).",
        ).format(name=name, size=_mb(size), limit=_mb(MAX_FILE_BYTES))
    )


def read_checked(path: str | os.PathLike[str]) -> CheckedWorkbook:
    """The file's bytes, read once and never written, after every check has passed."""
    path = Path(path)
    name = path.name
    try:
        data = _read_regular(path, name)
    except FileNotFoundError:
        raise WorkbookError(
            QT_TRANSLATE_NOOP("WorkbookError", "{name} was not found.").format(name=name)
        ) from None
    except IsADirectoryError:
        raise WorkbookError(
            QT_TRANSLATE_NOOP("WorkbookError", "{name} is a folder, not a workbook.").format(
                name=name
            )
        ) from None
    except PermissionError:
        raise WorkbookError(
            QT_TRANSLATE_NOOP(
                "WorkbookError", "{name} could not be read: permission denied."
            ).format(name=name)
        ) from None
    except OSError as exc:
        raise WorkbookError(
            QT_TRANSLATE_NOOP("WorkbookError", "{name} could not be read: {reason}.").format(
                name=name, reason=exc.strerror or exc
            )
        ) from None
    ensure_defused_xml(name)
    return check_workbook(data, name)
