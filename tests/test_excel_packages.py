"""Workbooks Excel opens that are not laid out as openpyxl expects, and workbooks whose styles
openpyxl rejects: read like any other, with planapp's own messages only.

Each workbook is planapp's own export of the sample plan, rewritten in code into the form a
real program writes (Strict Open XML, backslash entry names, a relocated workbook part, a
style outside openpyxl's checks...), so the plan read back can be compared to the original.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from planapp.domain.sample import sample_plan
from planapp.excel import reader
from planapp.excel.errors import WorkbookError
from planapp.excel.reader import read_workbook
from planapp.excel.writer import write_workbook

Rename = Callable[[str], str]
Edit = Callable[[str, bytes], bytes]


def _exported(tmp_path: Path) -> bytes:
    path = tmp_path / "exported.xlsx"
    write_workbook(sample_plan(), path)
    return path.read_bytes()


def _rewrite(data: bytes, rename: Rename | None = None, edit: Edit | None = None) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = source.read(info)
            if edit is not None:
                content = edit(info.filename, content)
            target.writestr(rename(info.filename) if rename else info.filename, content)
    return out.getvalue()


def _save(tmp_path: Path, data: bytes, name: str = "plan.xlsx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _reads_the_sample(path: Path) -> reader.ImportResult:
    result = read_workbook(path)
    assert result.plans == [sample_plan()]
    assert result.from_planapp == [True]
    return result


# Transitional namespace -> Strict (ECMA-376 Strict), as Excel's "Strict Open XML
# Spreadsheet" writes them; the relationship type of the document properties first.
TO_STRICT = [
    (
        "officeDocument/2006/relationships/extended-properties",
        "officeDocument/relationships/extendedProperties",
    ),
    ("officeDocument/2006/relationships", "officeDocument/relationships"),
    ("officeDocument/2006/extended-properties", "officeDocument/extendedProperties"),
    ("officeDocument/2006/docPropsVTypes", "officeDocument/docPropsVTypes"),
    ("spreadsheetml/2006/main", "spreadsheetml/main"),
    ("drawingml/2006/main", "drawingml/main"),
]


def _to_strict(name: str, content: bytes) -> bytes:
    if not name.endswith((".xml", ".rels")):
        return content
    for transitional, strict in TO_STRICT:
        content = content.replace(
            b"http://schemas.openxmlformats.org/" + transitional.encode(),
            b"http://purl.oclc.org/ooxml/" + strict.encode(),
        )
    return content


def test_strict_open_xml_workbook(tmp_path: Path) -> None:
    data = _rewrite(_exported(tmp_path), edit=_to_strict)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert b"purl.oclc.org/ooxml/spreadsheetml/main" in z.read("xl/workbook.xml")
    result = _reads_the_sample(_save(tmp_path, data))
    assert result.warnings == []


def test_backslash_entry_names(tmp_path: Path) -> None:
    data = _rewrite(_exported(tmp_path), rename=lambda n: n.replace("/", "\\"))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "xl\\workbook.xml" in z.namelist()
    _reads_the_sample(_save(tmp_path, data))


def test_lower_case_content_types_and_part_names(tmp_path: Path) -> None:
    def rename(name: str) -> str:
        return name.lower() if name.startswith("[") or "sheet" in name else name

    data = _rewrite(_exported(tmp_path), rename=rename)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "[content_types].xml" in z.namelist()
    _reads_the_sample(_save(tmp_path, data))


def test_workbook_part_found_through_the_package_relationships(tmp_path: Path) -> None:
    """The workbook in "book/" and declared only by the content types' default for .xml:
    Excel finds it through _rels/.rels."""

    def edit(name: str, content: bytes) -> bytes:
        if name == "[Content_Types].xml":
            content = re.sub(rb'<Override PartName="/xl/workbook.xml"[^>]*/>', b"", content)
            return content.replace(b'PartName="/xl/', b'PartName="/book/')
        if name == "_rels/.rels":
            return content.replace(b'Target="xl/workbook.xml"', b'Target="book/workbook.xml"')
        return content.replace(b'Target="/xl/', b'Target="/book/')

    data = _rewrite(_exported(tmp_path), rename=lambda n: re.sub(r"^xl/", "book/", n), edit=edit)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "book/workbook.xml" in z.namelist()
        assert b"/book/workbook.xml" not in z.read("[Content_Types].xml")
    _reads_the_sample(_save(tmp_path, data))


def test_workbook_part_declared_only_in_the_content_types(tmp_path: Path) -> None:
    """No _rels/.rels: the content types' workbook override says where it is."""

    def edit(name: str, content: bytes) -> bytes:
        return content.replace(b'PartName="/xl/', b'PartName="/book/').replace(
            b'Target="/xl/', b'Target="/book/'
        )

    def rename(name: str) -> str:
        return re.sub(r"^xl/", "book/", name)

    data = _rewrite(_exported(tmp_path), rename=rename, edit=edit)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(out, "w") as w:
        for info in z.infolist():
            if info.filename != "_rels/.rels":
                w.writestr(info.filename, z.read(info))
    _reads_the_sample(_save(tmp_path, out.getvalue()))


def test_a_broken_relationships_file_of_a_sheet_does_not_hide_the_workbook(
    tmp_path: Path,
) -> None:
    """Only the package's own relationships are needed to find the workbook; openpyxl gives
    up on a sheet's broken one, and the tolerant reader reads the values."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_exported(tmp_path))) as z, zipfile.ZipFile(out, "w") as w:
        for info in z.infolist():
            w.writestr(info.filename, z.read(info))
        w.writestr("xl/worksheets/_rels/sheet1.xml.rels", b"<Relationships><not closed")
    result = _reads_the_sample(_save(tmp_path, out.getvalue()))
    assert "without formatting" in result.warnings[0]


def test_opendocument_spreadsheet_under_an_excel_name(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsm"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
        z.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
    with pytest.raises(WorkbookError) as err:
        read_workbook(path)
    assert str(err.value).startswith("plan.xlsm is an OpenDocument spreadsheet (.ods)")


def test_word_document_under_an_excel_name(tmp_path: Path) -> None:
    path = tmp_path / "letter.xlsx"
    word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Override PartName="/word/document.xml" ContentType="{word}"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
            "</Relationships>",
        )
        z.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(WorkbookError, match=r"not an Excel workbook \(it is a Word document\)"):
        read_workbook(path)


# --- Styles openpyxl rejects: the values are read by the tolerant reader ----------------------


def _styles(edit: Callable[[bytes], bytes]) -> Edit:
    return lambda name, content: edit(content) if name == "xl/styles.xml" else content


def _empty_fill(styles: bytes) -> bytes:
    """An empty <fill/>, as some generators write (openpyxl: "expected <class Fill>")."""
    edited = re.sub(rb"<fills count=\"(\d+)\">", rb'<fills count="\1"><fill/>', styles, count=1)
    assert edited != styles
    return edited


def test_style_openpyxl_rejects_still_imports_the_values(tmp_path: Path) -> None:
    path = _save(tmp_path, _rewrite(_exported(tmp_path), edit=_styles(_empty_fill)))
    result = _reads_the_sample(path)  # the hidden record still restores every field
    assert result.warnings == [
        "plan.xlsx: parts of its formatting do not follow the Excel file format and were not "
        "read; the cells' values were imported, without formatting."
    ]


def test_sheet_setting_openpyxl_rejects(tmp_path: Path) -> None:
    """A sheet state of "show" and a merge of whole columns: calamine is mended for both."""

    def edit(name: str, content: bytes) -> bytes:
        if name == "xl/workbook.xml":
            return re.sub(rb"<sheet ", b'<sheet state="show" ', content, count=1)
        if name == "xl/worksheets/sheet1.xml":
            return re.sub(rb"<mergeCells[^>]*>", rb'\g<0><mergeCell ref="J:J"/>', content)
        return content

    data = _rewrite(_exported(tmp_path), edit=edit)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert b'<sheet state="show" ' in z.read("xl/workbook.xml")
        assert b'<mergeCell ref="J:J"/>' in z.read("xl/worksheets/sheet1.xml")
    result = _reads_the_sample(_save(tmp_path, data))
    assert "without formatting" in result.warnings[0]


def test_style_lookup_that_openpyxl_prints_about(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """No cell style formats at all: openpyxl prints "0 is out of range" and gives up."""

    def edit(styles: bytes) -> bytes:
        return re.sub(rb"<cellStyleXfs.*?</cellStyleXfs>", b"", styles, flags=re.S)

    path = _save(tmp_path, _rewrite(_exported(tmp_path), edit=_styles(edit)))
    _reads_the_sample(path)
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")


def test_a_huge_grid_is_refused_before_the_tolerant_reader_allocates_it(tmp_path: Path) -> None:
    def edit(name: str, content: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
            return content.replace(b"</sheetData>", far + b"</sheetData>")
        return _styles(_empty_fill)(name, content)

    path = _save(tmp_path, _rewrite(_exported(tmp_path), edit=edit))
    with pytest.raises(WorkbookError, match=r"spans 1,048,576 rows by 16,384 columns"):
        read_workbook(path)


def test_entities_past_the_prescan_are_refused_on_the_tolerant_path(tmp_path: Path) -> None:
    def edit(name: str, content: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            hidden = b"<!--" + b" " * 9000 + b'--><!DOCTYPE w [<!ENTITY e "x">]>'
            return hidden + content
        return _styles(_empty_fill)(name, content)

    path = _save(tmp_path, _rewrite(_exported(tmp_path), edit=edit))
    with pytest.raises(WorkbookError, match="declares XML entities"):
        read_workbook(path)


# --- Damaged files, and bugs that are not ------------------------------------------------------

INTERNALS = re.compile(r"<class|Error\b|expected|\bNone\b|line \d+, column|[{}]")


def test_unreadable_sheet_xml_is_damaged_in_planapp_words(tmp_path: Path) -> None:
    def edit(name: str, content: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            return content.replace(b"</sheetData>", b"<row><c></sheetData>")
        return content

    path = _save(tmp_path, _rewrite(_exported(tmp_path), edit=edit))
    with pytest.raises(WorkbookError) as err:
        read_workbook(path)
    message = str(err.value)
    assert message.startswith("plan.xlsx is damaged"), message
    assert not INTERNALS.search(message), message


def test_a_bug_in_planapp_is_not_reported_as_a_damaged_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _save(tmp_path, _exported(tmp_path))

    def broken(*args: object) -> None:
        raise AttributeError("a bug in planapp's own code")

    monkeypatch.setattr(reader, "_read_sheet", broken)
    with pytest.raises(AttributeError, match="a bug in planapp"):
        read_workbook(path)


def test_header_beyond_the_searched_columns_is_named(tmp_path: Path) -> None:
    import openpyxl

    from planapp.domain.template import headings

    wb = openpyxl.Workbook()
    ws = wb.active
    for i, text in enumerate(headings("en")):
        ws.cell(row=3, column=205 + i, value=text)
    ws.cell(row=4, column=205, value="Rec. 1")
    path = tmp_path / "wide.xlsx"
    wb.save(path)
    with pytest.raises(WorkbookError) as err:
        read_workbook(path)
    message = str(err.value)
    assert "first 200 columns" in message and "column GW" in message, message
    assert "first 30 rows" not in message
