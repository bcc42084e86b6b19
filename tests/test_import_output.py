"""``planapp import`` says only planapp's own lines: a result line per plan on stdout, planapp's
warnings or one refusal on stderr, whatever the spreadsheet libraries say underneath."""

from __future__ import annotations

import importlib.util
import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from planapp.domain.sample import sample_plan
from planapp.excel.writer import write_workbook

ROOT = Path(__file__).resolve().parent.parent
# What ``planapp import`` prints for the new plan: its id, name and counts, one line.
RESULT_LINE = re.compile(r"added plan 1: [^\n]+ \(\d+ recommendations?, [^\n]+\)\n")

# An Excel 2010 drop-down list (data validation as a worksheet extension): openpyxl warns
# "Data Validation extension is not supported and will be removed".
X14_VALIDATION = (
    b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
    b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    b'<x14:dataValidations count="1" '
    b'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
    b'<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>"Open,Closed"</xm:f>'
    b"</x14:formula1><xm:sqref>E4:E6</xm:sqref></x14:dataValidation></x14:dataValidations>"
    b"</ext></extLst>"
)


def _planapp(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        PLANAPP_DATA_DIR=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONWARNINGS="default",  # as a user's terminal shows them
    )
    return subprocess.run(
        [sys.executable, "-m", "planapp", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


def _edited(tmp_path: Path, part: str, edit: object) -> Path:
    source = tmp_path / "source.xlsx"
    write_workbook(sample_plan(), source)
    out = io.BytesIO()
    with zipfile.ZipFile(source) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for info in z.infolist():
            content = z.read(info)
            w.writestr(info.filename, edit(content) if info.filename == part else content)  # type: ignore[operator]
    path = tmp_path / "plan.xlsx"
    path.write_bytes(out.getvalue())
    return path


def test_import_prints_only_the_new_plan_ids(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    write_workbook(sample_plan(), path)
    done = _planapp("import", str(path), "--into", str(tmp_path / "d.planapp"), tmp_path=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert RESULT_LINE.fullmatch(done.stdout), done.stdout


def test_a_library_warning_during_a_successful_import_is_said_in_planapp_words(
    tmp_path: Path,
) -> None:
    path = _edited(
        tmp_path,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b"</worksheet>", X14_VALIDATION + b"</worksheet>"),
    )
    done = _planapp("import", str(path), "--into", str(tmp_path / "d.planapp"), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert RESULT_LINE.fullmatch(done.stdout), done.stdout
    assert done.stderr.splitlines() == [
        "warning: Sheet “Action Plan”: its drop-down lists (data validation) are not kept."
    ]


def test_what_openpyxl_prints_never_reaches_stdout(tmp_path: Path) -> None:
    """Styles without cell style formats make openpyxl print "0 is out of range"."""
    path = _edited(
        tmp_path,
        "xl/styles.xml",
        lambda xml: re.sub(rb"<cellStyleXfs.*?</cellStyleXfs>", b"", xml, flags=re.S),
    )
    done = _planapp("import", str(path), "--into", str(tmp_path / "d.planapp"), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert RESULT_LINE.fullmatch(done.stdout), done.stdout
    assert [line.split(":")[0] for line in done.stderr.splitlines()] == ["warning"]


def _peer_check():  # benchmarks/peer_check.py, which is not a package
    spec = importlib.util.spec_from_file_location("peer_check", ROOT / "benchmarks/peer_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["peer_check"] = module
    spec.loader.exec_module(module)
    return module


def test_peer_workbooks_end_with_one_planapp_line(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Real workbooks from other spreadsheet projects' test suites (kept outside the project:
    see benchmarks/peer_check.py), each run through ``planapp import`` in this process."""
    from planapp.cli import main

    peer = _peer_check()
    folder = peer.find_peer_dir()
    if folder is None:
        pytest.skip("no peer-xlsx folder beside the checkout (set PLANAPP_PEER_DIR)")

    def run(args: list[str]) -> object:
        capfd.readouterr()
        code = main(args)
        out, err = capfd.readouterr()
        return peer.Completed(code, out, err)

    peers, derived = peer.run(folder, runner=run)
    failures = [f"{o.file}: {o.why}" for o in peers + derived if not o.ok]
    assert failures == []
    assert len(peers) == 35 and len(derived) == 2


def test_compiled_code_writing_to_the_terminal_is_captured(
    capfd: pytest.CaptureFixture[str],
) -> None:
    """A panic in calamine's Rust code prints to the process's stderr, past Python's
    sys.stderr: the tolerant reader's calls capture the descriptors themselves."""
    from planapp.excel.quiet import quiet

    with quiet(native=True) as said:
        os.write(1, b"native out\n")
        os.write(2, b"thread '<unnamed>' panicked\n")
        print("python out")
    assert capfd.readouterr() == ("", "")
    assert "panicked" in said.printed and "native out" in said.printed
    assert "python out" in said.printed
    print("after")
    assert capfd.readouterr().out == "after\n"
