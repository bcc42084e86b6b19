"""Document language, subject and title display for a PDF Qt wrote, as an incremental update.

Qt's QPdfWriter sets the title, author and creator, but has no way to set the document
language (the catalog's ``/Lang``, which screen readers use to pick a voice and PDF/UA
requires) nor a subject, nor to ask viewers to show the title rather than the file name
(``/ViewerPreferences /DisplayDocTitle``). Rather than rewriting the file with a PDF library,
this appends an *incremental update* (PDF 1.7, 7.5.6): new versions of the catalog and the
information dictionary, a cross-reference section for them and a trailer pointing back at
Qt's. Every reader applies it; the bytes Qt wrote stay as they were.

Only the shape QPdfWriter writes is handled (a classic cross-reference table, uncompressed
catalog and information objects); anything else raises ``ValueError``, a bug to fix here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_REF = rb"(\d+)\s+(\d+)\s+R"


@dataclass(frozen=True)
class PdfMetadata:
    """What the update adds: every text is written as UTF-16 so accents survive."""

    language: str  # BCP 47, e.g. "fr-CA"
    subject: str = ""
    keywords: str = ""


def pdf_text(text: str) -> bytes:
    """A PDF text string as UTF-16BE with its byte-order mark, in hex (no escaping needed)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _trailer(data: bytes, startxref: int) -> bytes:
    at = data.rfind(b"trailer", 0, len(data))
    if at < startxref:
        raise ValueError("the PDF has no classic trailer after its cross-reference table")
    return _dictionary(data, data.index(b"<<", at))


def _dictionary(data: bytes, start: int) -> bytes:
    """The dictionary starting at ``start`` (``<<`` … ``>>``, nested ones included)."""
    depth = 0
    i = start
    while i < len(data) - 1:
        pair = data[i : i + 2]
        if pair == b"<<":
            depth += 1
            i += 2
            continue
        if pair == b">>":
            depth -= 1
            i += 2
            if depth == 0:
                return data[start:i]
            continue
        i += 1
    raise ValueError("unterminated dictionary in the PDF")


def _reference(trailer: bytes, key: bytes) -> tuple[int, int]:
    found = re.search(rb"/" + key + rb"\s+" + _REF, trailer)
    if found is None:
        raise ValueError(f"the PDF trailer has no /{key.decode()}")
    return int(found.group(1)), int(found.group(2))


def _offset(data: bytes, xref: int, number: int) -> int:
    """Where object ``number`` starts, from the classic cross-reference table at ``xref``."""
    if not data.startswith(b"xref", xref):
        raise ValueError("the PDF's cross-reference is not a classic table")
    at = data.index(b"\n", xref) + 1
    while True:
        header = re.match(rb"\s*(\d+)\s+(\d+)[ \t]*\r?\n", data[at : at + 40])
        if header is None:
            raise ValueError(f"object {number} is not in the PDF's cross-reference table")
        first, count = int(header.group(1)), int(header.group(2))
        at += header.end()
        if first <= number < first + count:
            entry = data[at + 20 * (number - first) : at + 20 * (number - first) + 20]
            return int(entry[:10])
        at += 20 * count  # each entry is 20 bytes


def _object_body(data: bytes, xref: int, number: int, generation: int) -> bytes:
    """The dictionary of object ``number`` (as the table at ``xref`` places it)."""
    at = _offset(data, xref, number)
    head = re.match(rb"%d\s+%d\s+obj\b" % (number, generation), data[at : at + 40])
    if head is None:
        raise ValueError(f"object {number} is not where the PDF's cross-reference says")
    return _dictionary(data, data.index(b"<<", at + head.end()))


def _without(body: bytes, *keys: bytes) -> bytes:
    """``body`` (a dictionary's inside) without the simple entries named ``keys``."""
    for key in keys:
        body = re.sub(
            rb"/" + key + rb"\s*(\([^)]*\)|<[^<>]*>|/[^\s/<>\[\]()]+|true|false)", b"", body
        )
    return body


def add_metadata(path: str | Path, meta: PdfMetadata) -> None:
    """Append the update to the PDF at ``path`` (which Qt has closed)."""
    path = Path(path)
    data = path.read_bytes()
    found = _STARTXREF.search(data[-64:])
    if found is None:
        raise ValueError("the PDF does not end with startxref and %%EOF")
    previous = int(found.group(1))
    trailer = _trailer(data, previous)
    size = int(re.search(rb"/Size\s+(\d+)", trailer).group(1))  # type: ignore[union-attr]
    root = _reference(trailer, b"Root")
    info = _reference(trailer, b"Info")
    catalog = _without(_object_body(data, previous, *root)[2:-2], b"Lang")
    if b"/ViewerPreferences" not in catalog:
        catalog += b"\n/ViewerPreferences << /DisplayDocTitle true >>"
    # A language tag is ASCII: a literal string, as validators expect it.
    catalog += b"\n/Lang (" + re.sub(rb"[^A-Za-z0-9-]", b"", meta.language.encode()) + b")\n"
    information = _without(_object_body(data, previous, *info)[2:-2], b"Subject", b"Keywords")
    if meta.subject:
        information += b"\n/Subject " + pdf_text(meta.subject)
    if meta.keywords:
        information += b"\n/Keywords " + pdf_text(meta.keywords)
    information += b"\n"
    out = bytearray(b"" if data.endswith(b"\n") else b"\n")
    offsets: list[tuple[tuple[int, int], int]] = []
    for ref, body in sorted(((root, catalog), (info, information))):
        offsets.append((ref, len(data) + len(out)))
        out += b"%d %d obj\n<<%s>>\nendobj\n" % (ref[0], ref[1], body)
    xref = len(data) + len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for (number, generation), offset in offsets:
        out += b"%d 1\n%010d %05d n \n" % (number, offset, generation)
    ids = re.search(rb"/ID\s*(\[[^\]]*\])", trailer)
    out += b"trailer\n<< /Size %d /Root %d %d R /Info %d %d R /Prev %d" % (
        size,
        *root,
        *info,
        previous,
    )
    if ids is not None:
        out += b" /ID " + ids.group(1)
    out += b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    with path.open("ab") as fh:
        fh.write(out)
