"""Find the workbook in a zip package as the Office Open XML format defines it.

Excel opens more than the layout openpyxl expects (``[Content_Types].xml`` and
``xl/workbook.xml`` spelled exactly so): the workbook is the part that ``_rels/.rels`` names
as the office document, wherever it is; part names are case-insensitive; some generators write
zip entry names with backslashes (``xl\\workbook.xml``); and Excel's "Strict Open XML
Spreadsheet" format uses other namespaces for the same elements, which openpyxl does not know
(it sees no sheets). ``open_package`` recognises all of these and, only when one applies,
rewrites the package in memory into the form openpyxl reads: entry names spelled as the
package refers to them, the workbook declared in the content types, Strict namespaces mapped
to the transitional ones (they name the same elements and attributes). A package that needs
none of this is passed on as it is, so planapp's own files cost nothing more.

It also names what a zip is when it is not a workbook: an OpenDocument spreadsheet saved
under an .xlsx name, a binary .xlsb workbook, a Word or PowerPoint file.

It runs after ``safety`` has checked sizes, encryption and entity declarations of every entry,
and parses only the small package files (content types, relationships) with defusedxml.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from planapp.domain.texts import QT_TRANSLATE_NOOP
from planapp.excel.errors import WorkbookError

__all__ = ["Package", "open_package"]

CONTENT_TYPES = "[Content_Types].xml"
ROOT_RELS = "_rels/.rels"
_DEFAULT_WORKBOOK = "xl/workbook.xml"
_OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
)
_WORKBOOK_TYPES = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
}
_XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_BINARY_WORKBOOK = "application/vnd.ms-excel.sheet.binary.macroEnabled.main"
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"

# Strict Open XML namespaces and relationship types -> their transitional equivalents
# (ECMA-376 Part 1, Strict; the two relationship types whose names differ come first).
_STRICT = b"http://purl.oclc.org/ooxml/"
_STRICT_TO_TRANSITIONAL = tuple(
    (s.encode(), t.encode())
    for s, t in (
        (
            "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
        ),
        (
            "http://purl.oclc.org/ooxml/officeDocument/relationships/customProperties",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
        ),
        (
            "http://purl.oclc.org/ooxml/officeDocument/relationships",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        ),
        (
            "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        ),
        (
            "http://purl.oclc.org/ooxml/officeDocument/customProperties",
            "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
        ),
        (
            "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
            "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
        ),
        (
            "http://purl.oclc.org/ooxml/officeDocument/sharedTypes",
            "http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes",
        ),
        (
            "http://purl.oclc.org/ooxml/officeDocument/customXml",
            "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
        ),
        (
            "http://purl.oclc.org/ooxml/officeDocument/math",
            "http://schemas.openxmlformats.org/officeDocument/2006/math",
        ),
        (
            "http://purl.oclc.org/ooxml/officeDocument/bibliography",
            "http://schemas.openxmlformats.org/officeDocument/2006/bibliography",
        ),
        (
            "http://purl.oclc.org/ooxml/spreadsheetml/main",
            "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        ),
        (
            "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
            "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
        ),
        (
            "http://purl.oclc.org/ooxml/drawingml/chart",
            "http://schemas.openxmlformats.org/drawingml/2006/chart",
        ),
        (
            "http://purl.oclc.org/ooxml/drawingml/main",
            "http://schemas.openxmlformats.org/drawingml/2006/main",
        ),
        (
            "http://purl.oclc.org/ooxml/drawingml/picture",
            "http://schemas.openxmlformats.org/drawingml/2006/picture",
        ),
    )
)
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_SMALL_PART = 4 * 1024 * 1024  # content types and relationships are a few KB
_ODF = b"application/vnd.oasis.opendocument"
_ODF_SPREADSHEET = _ODF + b".spreadsheet"


@dataclass(frozen=True)
class Package:
    """A workbook package in the form openpyxl reads."""

    data: bytes  # the original bytes when nothing needed changing
    members: tuple[str, ...]  # entry names as openpyxl will see them
    workbook: str  # the workbook part's name
    strict: bool  # written in Strict Open XML (namespaces mapped)
    rewritten: bool


def _entry_name(raw: str) -> str:
    return raw.replace("\\", "/").lstrip("/")


NO_WORKSHEET = QT_TRANSLATE_NOOP("WorkbookError", "it holds no worksheet")


def _not_a_workbook(name: str, what: str = NO_WORKSHEET) -> WorkbookError:
    return WorkbookError(
        QT_TRANSLATE_NOOP(
            "WorkbookError", "{name} is a zip archive but not an Excel workbook ({what})."
        ).format(name=name, what=what)
    )


def _parse(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> Element:
    if info.file_size > _SMALL_PART:
        raise WorkbookError(
            QT_TRANSLATE_NOOP(
                "WorkbookError", "{name} was refused: its part {part} is implausibly large."
            ).format(name=name, part=info.filename)
        )
    try:
        return SafeET.fromstring(archive.read(info))
    except DefusedXmlException:
        raise WorkbookError(
            QT_TRANSLATE_NOOP(
                "WorkbookError",
                "{name} was refused: its part {part} declares XML entities, which "
                "hostile files use to attack the computer.",
            ).format(name=name, part=info.filename)
        ) from None
    except ParseError:
        raise WorkbookError(
            QT_TRANSLATE_NOOP(
                "WorkbookError", "{name} is damaged: its part {part} is not readable XML."
            ).format(name=name, part=_entry_name(info.filename))
        ) from None


def _resolve(source: str, target: str) -> str:
    """A relationship target as a part name (relative to the source part's folder)."""
    target = target.replace("\\", "/")
    if target.startswith("/"):
        return posixpath.normpath(target[1:])
    folder = posixpath.dirname(posixpath.dirname(source))  # "xl/_rels/x.rels" -> "xl"
    return posixpath.normpath(posixpath.join(folder, target)).lstrip("/")


def _rels_source(rels: str) -> str | None:
    """The part a relationships file is for ("xl/_rels/workbook.xml.rels": "xl/workbook.xml")."""
    folder, file = posixpath.split(rels)
    if posixpath.basename(folder) != "_rels" or not file.endswith(".rels"):
        return None
    return posixpath.join(posixpath.dirname(folder), file[: -len(".rels")]).lstrip("/")


def _odf_kind(archive: zipfile.ZipFile, by_key: dict[str, zipfile.ZipInfo]) -> bytes | None:
    info = by_key.get("mimetype")
    if info is not None and info.file_size < 200:
        kind = archive.read(info).strip()
        if kind.startswith(_ODF):
            return kind
    if "content.xml" in by_key and "meta-inf/manifest.xml" in by_key:
        return _ODF
    return None


def _kind_of(content_type: str | None, part: str) -> str:
    ct = content_type or ""
    if "wordprocessingml" in ct or part.lower().startswith("word/"):
        return QT_TRANSLATE_NOOP("WorkbookError", "it is a Word document")
    if "presentationml" in ct or part.lower().startswith("ppt/"):
        return QT_TRANSLATE_NOOP("WorkbookError", "it is a PowerPoint presentation")
    return NO_WORKSHEET


def _binary_workbook(name: str) -> WorkbookError:
    return WorkbookError(
        QT_TRANSLATE_NOOP(
            "WorkbookError",
            "{name} is a binary workbook (.xlsb), which planapp cannot read; save "
            "it as .xlsx in Excel.",
        ).format(name=name)
    )


def open_package(archive: zipfile.ZipFile, data: bytes, name: str) -> Package:
    """The workbook package in ``archive`` (whose bytes are ``data``), ready for openpyxl;
    raises WorkbookError naming what the file is when it is not an Excel workbook."""
    infos = [i for i in archive.infolist() if not i.is_dir()]
    by_key: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        key = _entry_name(info.filename).lower()
        if key in by_key:
            raise WorkbookError(
                QT_TRANSLATE_NOOP(
                    "WorkbookError",
                    "{name} is damaged: its zip archive holds two parts named {part}.",
                ).format(name=name, part=_entry_name(info.filename))
            )
        by_key[key] = info

    odf = _odf_kind(archive, by_key)
    if odf is not None:
        if odf.startswith(_ODF_SPREADSHEET):
            raise WorkbookError(
                QT_TRANSLATE_NOOP(
                    "WorkbookError",
                    "{name} is an OpenDocument spreadsheet (.ods), not an Excel workbook; "
                    "open it in LibreOffice or Excel and save it as .xlsx.",
                ).format(name=name)
            )
        raise WorkbookError(
            QT_TRANSLATE_NOOP(
                "WorkbookError", "{name} is an OpenDocument file, not an Excel workbook."
            ).format(name=name)
        )
    if "xl/workbook.bin" in by_key:
        raise _binary_workbook(name)
    types_info = by_key.get(CONTENT_TYPES.lower())
    if types_info is None:
        raise _not_a_workbook(name)

    types = _parse(archive, types_info, name)
    overrides: dict[str, tuple[str, str]] = {}  # key -> (part name as written, content type)
    defaults: dict[str, str] = {}
    for element in types:
        if element.tag == f"{_CT_NS}Override":
            part = _entry_name(element.get("PartName", ""))
            overrides[part.lower()] = (part, element.get("ContentType", ""))
        elif element.tag == f"{_CT_NS}Default":
            defaults[element.get("Extension", "").lower()] = element.get("ContentType", "")

    # The workbook: the office document of the root relationships, else the usual place.
    referenced: dict[str, str] = {key: part for key, (part, _) in overrides.items()}
    strict = False
    declared = [part for part, ct in overrides.values() if ct in _WORKBOOK_TYPES]
    workbook = declared[0] if declared else _DEFAULT_WORKBOOK
    relationship_parts = [(k, i) for k, i in by_key.items() if k.endswith(".rels")]
    for key, info in relationship_parts:
        source = _entry_name(info.filename)
        try:
            rels = _parse(archive, info, name)
        except WorkbookError:
            if key == ROOT_RELS:
                raise
            continue  # a drawing's or a sheet's: the workbook is found without it
        for rel in rels:
            target = rel.get("Target")
            if rel.tag != f"{_REL_NS}Relationship" or not target:
                continue
            if rel.get("TargetMode") == "External":
                continue
            part = _resolve(source, target)
            referenced.setdefault(part.lower(), part)
            if key == ROOT_RELS and rel.get("Type") in _OFFICE_DOCUMENT:
                workbook = part
                strict = strict or rel.get("Type") == _OFFICE_DOCUMENT[1]
    workbook = referenced.get(workbook.lower(), workbook)
    if not strict and workbook.lower() in by_key:
        with archive.open(by_key[workbook.lower()]) as part:
            strict = _STRICT in part.read(4096)
    content_type = overrides.get(workbook.lower(), ("", None))[1] or defaults.get(
        posixpath.splitext(workbook)[1].lstrip(".").lower()
    )
    if content_type == _BINARY_WORKBOOK or workbook.lower().endswith(".bin"):
        raise _binary_workbook(name)
    if workbook.lower() not in by_key:
        raise _not_a_workbook(name, _kind_of(content_type, workbook))
    if content_type not in _WORKBOOK_TYPES and content_type and "+xml" in content_type:
        raise _not_a_workbook(name, _kind_of(content_type, workbook))

    # Entry names as the package spells them: relationships files after their part.
    names: dict[str, str] = {}
    for key, info in by_key.items():
        names[key] = referenced.get(key, _entry_name(info.filename))
    names[CONTENT_TYPES.lower()] = CONTENT_TYPES
    for key in list(names):
        source = _rels_source(names[key])
        if source is not None and source.lower() in names:
            folder, file = posixpath.split(names[source.lower()])
            names[key] = posixpath.join(folder, "_rels", f"{file}.rels")
    declare = workbook.lower() not in overrides and content_type not in _WORKBOOK_TYPES
    renamed = any(names[k] != i.filename for k, i in by_key.items())
    members = tuple(names[_entry_name(i.filename).lower()] for i in infos)
    if not (renamed or declare or strict):
        return Package(data, members, workbook, strict=False, rewritten=False)

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for key, info in by_key.items():
            content = archive.read(info)
            if strict and key.endswith(_XML_SUFFIXES) and _STRICT in content:
                for old, new in _STRICT_TO_TRANSITIONAL:
                    content = content.replace(old, new)
            if declare and key == CONTENT_TYPES.lower():
                content = _declare_workbook(content, workbook)
            target.writestr(names[key], content)
    return Package(out.getvalue(), members, workbook, strict=strict, rewritten=True)


def _declare_workbook(types: bytes, workbook: str) -> bytes:
    """Content types with an Override naming ``workbook`` as the workbook's main part."""
    override = f'<Override PartName="/{workbook}" ContentType="{_XLSX_MAIN}"/>'.encode()
    end = types.rfind(b"</")
    if end < 0:  # "<Types .../>"
        end = types.rfind(b"/>")
        return types[:end] + b">" + override + b"</Types>" + types[end + 2 :]
    return types[:end] + override + types[end:]
