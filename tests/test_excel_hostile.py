"""Hostile and broken files: one clear sentence naming the file and the problem, no hang,
and the file left exactly as it was."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from planapp.domain.sample import sample_plan
from planapp.excel import safety
from planapp.excel.errors import WorkbookError
from planapp.excel.reader import read_workbook
from planapp.excel.writer import write_workbook

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _good_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "good.xlsx"
    write_workbook(sample_plan(), path)
    return path.read_bytes()


def _rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as z,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w,
    ):
        for item in z.infolist():
            w.writestr(item.filename, replace.get(item.filename, z.read(item)))
    return out.getvalue()


def _refused(path: Path, *fragments: str) -> str:
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(WorkbookError) as err:
        read_workbook(path)
    message = str(err.value)
    assert message.startswith(path.name), message
    assert message.count(". ") == 0 or message.endswith("."), message  # one sentence
    for fragment in fragments:
        assert fragment in message, message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    return message


def test_legacy_xls_renamed(tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    path.write_bytes(OLE_MAGIC + b"\x00" * 4000)
    _refused(path, "legacy .xls")


def test_encrypted_workbook(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    stream = "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(OLE_MAGIC + b"\x00" * 1000 + stream + b"\x00" * 1000)
    _refused(path, "password-protected")


def test_xlsb_renamed(tmp_path: Path) -> None:
    path = tmp_path / "binary.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.bin", b"\x83\x01\x00")
    _refused(path, ".xlsb")


def test_csv_renamed(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    path.write_text("Report Ref. No.,OAG Recommendation\nRec. 1,Do it\n", encoding="utf-8")
    _refused(path, "CSV")


def test_other_zip_renamed(tmp_path: Path) -> None:
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")
    _refused(path, "not an Excel workbook")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    _refused(path, "empty")


def test_truncated_download(tmp_path: Path) -> None:
    data = _good_bytes(tmp_path)
    path = tmp_path / "half.xlsx"
    path.write_bytes(data[: len(data) // 2])
    _refused(path, "damaged")


def test_corrupt_part(tmp_path: Path) -> None:
    data = bytearray(_good_bytes(tmp_path))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    # Overwrite the middle of the sheet's compressed data; the directory stays intact.
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 20, start + min(info.compress_size, 400)):
        data[i] ^= 0x5A
    path = tmp_path / "corrupt.xlsx"
    path.write_bytes(bytes(data))
    _refused(path, "damaged")


def test_zip_bomb(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\x00" * (safety.RATIO_APPLIES_ABOVE + 1))
    assert path.stat().st_size < 100_000
    _refused(path, "zip bomb")


def test_zip_bomb_by_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_UNCOMPRESSED_BYTES", 1_000_000)
    path = tmp_path / "big.xlsx"
    path.write_bytes(_good_bytes(tmp_path))
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("xl/media/filler.bin", b"A" * 1_200_000)
    _refused(path, "would expand to", "zip bomb")


BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol4;</t></is></c></row></sheetData></worksheet>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"""


def _with_sheet(tmp_path: Path, xml: bytes) -> Path:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Report Ref. No."
    source = io.BytesIO()
    wb.save(source)
    path = tmp_path / "entities.xlsx"
    path.write_bytes(_rezip(source.getvalue(), {"xl/worksheets/sheet1.xml": xml}))
    return path


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["laughs", "external"])
def test_xml_entities_are_refused_before_parsing(tmp_path: Path, xml: bytes) -> None:
    _refused(_with_sheet(tmp_path, xml), "entities")


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["laughs", "external"])
def test_xml_entities_past_the_prescan_meet_defusedxml(tmp_path: Path, xml: bytes) -> None:
    # A long comment hides the DOCTYPE from the cheap prolog scan; defusedxml still refuses.
    declaration, rest = xml.split(b"\n", 1)
    padded = declaration + b"\n<!--" + b" " * (2 * 8192) + b"-->\n" + rest
    _refused(_with_sheet(tmp_path, padded), "entities")


def test_defusedxml_must_be_active(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True  # installed and picked up by openpyxl
    path = tmp_path / "plan.xlsx"
    path.write_bytes(_good_bytes(tmp_path))
    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    _refused(path, "defusedxml")


def test_no_hang_on_a_huge_declared_sheet(tmp_path: Path) -> None:
    """A sheet whose only far-away row would make the reader walk a million empty rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for i, text in enumerate(
        ["Report Ref. No.", "OAG Recommendation", "Departmental Response", "Key Interim Milestones"]
    ):
        ws.cell(row=1, column=1 + i, value=text)
    ws["A2"] = "Rec. 1"
    ws.cell(row=1_048_576, column=1, value="far away")
    path = tmp_path / "far.xlsx"
    wb.save(path)
    result = read_workbook(path)
    assert [r.ref for r in result.plans[0].recommendations] == ["Rec. 1"]


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p,  # missing
        lambda p: (p.mkdir(), p)[1],  # a folder
    ],
    ids=["missing", "folder"],
)
def test_not_a_file(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    path = make(tmp_path / "plan.xlsx")
    with pytest.raises(WorkbookError, match=r"^plan\.xlsx "):
        read_workbook(path)


def _read_in_child(path: Path, memory_mb: int = 400) -> subprocess.CompletedProcess[str]:
    """read_workbook(path) in a child process with a time and memory limit, so that a reader
    that hangs or reads forever fails the test instead of taking the machine with it."""
    code = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_AS, ({memory_mb << 20}, {memory_mb << 20}))\n"
        "from planapp.excel.reader import read_workbook, WorkbookError\n"
        "try:\n"
        "    read_workbook(sys.argv[1])\n"
        "except WorkbookError as exc:\n"
        "    print(exc)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=30
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    os.mkfifo(path)
    done = _read_in_child(path)
    assert done.stdout.strip() == "plan.xlsx is a pipe, not a workbook file.", done.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_link_to_an_endless_device_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    path.symlink_to("/dev/zero")
    done = _read_in_child(path)
    assert done.stdout.strip() == "plan.xlsx is a device, not a workbook file.", done.stderr


def test_reading_stops_at_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "plan.xlsx"
    path.write_bytes(_good_bytes(tmp_path))
    _refused(path, "larger than any plan workbook")


def test_excel_lock_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "~$plan.xlsx"
    path.write_bytes(b"\x05Alice" + b" " * 49 + b"\x05\x00A\x00l\x00i\x00c\x00e\x00" + b"\x20" * 50)
    _refused(path, "Excel keeps beside a workbook while it is open")
