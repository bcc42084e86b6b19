"""A document after a crash, on a read-only or full disk, damaged: a clear message, nothing lost.

Full and read-only disks are real: a small tmpfs mounted for the test (tests/mounts.py), full
when a filler file takes its space, read-only when remounted so. The kernel refuses the writes,
root included; without the permission to mount, those tests are skipped and say so.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planapp.store.document import Document
from planapp.store.errors import (
    DamagedDocumentError,
    DiskFullError,
    ReadOnlyDocumentError,
)
from tests.mounts import fill, remount_read_only, tmpfs
from tests.workbook_variants import VARIANTS, large_plan

# A planapp that dies (SIGKILL) in the middle of a large change: its rollback journal is left
# "hot" beside the document, and some of the change already written into the document file.
CRASH_MID_CHANGE = """
import os, signal, sys
from planapp.store.document import Document
doc = Document.open(sys.argv[1])
con = doc.engine.raw_connection().driver_connection
con.execute("PRAGMA cache_size=1")  # spill changed pages into the file before the commit
con.execute("BEGIN")
for i in range(3):
    con.execute("UPDATE recommendation SET response = ?", ("half-done " * 30000 + str(i),))
with open(sys.argv[1] + "-journal", "rb") as journal:
    print(journal.read(1) != bytes(1), flush=True)  # a journal SQLite will roll back ("hot")
os.kill(os.getpid(), signal.SIGKILL)
"""


def planapp(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "planapp", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=cwd,
    )


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def _responses(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT response FROM recommendation ORDER BY id")]
    finally:
        con.close()


def _integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def _crash_mid_change(path: Path) -> None:
    child = subprocess.run(
        [sys.executable, "-c", CRASH_MID_CHANGE, str(path)], capture_output=True, text=True
    )
    assert child.returncode == -9, child.stderr
    assert child.stdout.strip() == "True"  # the journal was there when it died


# -- item 1: after a crash -------------------------------------------------------------------


def test_a_crash_mid_change_is_rolled_back_at_the_next_open(doc_path: Path) -> None:
    Document.open(doc_path, create=True, sample=True).close()
    before = _responses(doc_path)
    _crash_mid_change(doc_path)
    assert Path(f"{doc_path}-journal").exists()
    assert doc_path.with_name(doc_path.name + ".lock").exists()  # the dead holder's lock

    with Document.open(doc_path) as doc:  # the crashed holder's lock is taken over too
        assert len(doc.plans()) == 1
        assert not doc.read_only
    assert not Path(f"{doc_path}-journal").exists()
    assert _responses(doc_path) == before  # the half-done change is undone, not kept
    assert _integrity(doc_path) == "ok"


def test_a_crash_mid_change_opens_in_the_command_line(doc_path: Path) -> None:
    Document.open(doc_path, create=True, sample=True).close()
    _crash_mid_change(doc_path)
    result = planapp("export", str(doc_path), "-o", str(doc_path.with_suffix(".xlsx")))
    assert result.returncode == 0, result.stderr
    assert _integrity(doc_path) == "ok"


# -- item 6: damaged documents ---------------------------------------------------------------


def _big_document(path: Path) -> None:
    with Document.open(path, create=True) as doc:
        doc.add_plan(large_plan(60))


def _spoil_page(path: Path, page: int) -> None:
    size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * size + 100)
        fh.write(os.urandom(size - 200))


def _root_page(path: Path, name: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[
            0
        ]
    finally:
        con.close()


def test_damage_queries_do_not_reach_is_found_at_open(doc_path: Path) -> None:
    """A spoilt index page: plans still load, but writing would spread the damage."""
    _big_document(doc_path)
    _spoil_page(doc_path, _root_page(doc_path, "ix_milestone_recommendation_id"))
    with pytest.raises(DamagedDocumentError, match="is damaged") as caught:
        Document.open(doc_path)
    assert caught.value.path == doc_path
    assert not doc_path.with_name(doc_path.name + ".lock").exists()


def test_damaged_document_gives_a_message_and_a_recovered_copy(tmp_path: Path) -> None:
    doc_path = tmp_path / "plans.planapp"
    _big_document(doc_path)
    pages = sqlite3.connect(doc_path).execute("PRAGMA page_count").fetchone()[0]
    _spoil_page(doc_path, pages // 2)  # a page of recommendation text, read by every dump
    spoilt = doc_path.read_bytes()

    message = _one_line_error(planapp("dump", str(doc_path)))
    assert "plans.planapp is damaged" in message
    assert "planapp recover" in message
    assert doc_path.read_bytes() == spoilt  # nothing written into it

    copy = tmp_path / "recovered.planapp"
    result = planapp("recover", str(doc_path), "-o", str(copy))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Recovered ")
    with Document.open(copy) as doc:
        [plan] = doc.plans()
        recs = doc.load_plan(plan.id).recommendations
        assert 0 < len(recs) <= 60  # what could be read, whole
    assert _integrity(copy) == "ok"
    assert doc_path.read_bytes() == spoilt


@pytest.mark.parametrize("spoil", ["DELETE FROM alembic_version", "DROP TABLE alembic_version"])
def test_lost_schema_version_is_a_damaged_document(doc_path: Path, spoil: str) -> None:
    Document.open(doc_path, create=True, sample=True).close()
    con = sqlite3.connect(doc_path)
    con.execute(spoil)
    con.commit()
    con.close()
    message = _one_line_error(planapp("dump", str(doc_path)))
    assert "is damaged" in message and "already exists" not in message
    copy = doc_path.with_name("copy.planapp")
    assert planapp("recover", str(doc_path), "-o", str(copy)).returncode == 0
    with Document.open(copy) as doc:
        assert len(doc.load_plan(doc.plans()[0].id).recommendations) == 3


# -- items 6, 9 and 10: read-only and full disks ---------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path):
    with tmpfs(tmp_path / "disk", 512) as folder:
        yield folder


def _another_plan(path: Path) -> None:
    """A document holding the sample under another audit title: importing the sample's
    workbook adds a plan (a write), rather than being refused as a version of one there."""
    with Document.open(path, create=True, sample=True) as doc:
        doc.update_plan(doc.plans()[0].id, audit_title="Audit of another program")


def test_a_document_on_a_read_only_disk_opens_read_only(small_disk: Path, tmp_path: Path) -> None:
    path = small_disk / "plans.planapp"
    _another_plan(path)
    remount_read_only(small_disk)
    with Document.open(path) as doc:
        assert doc.read_only
        plan = doc.load_plan(doc.plans()[0].id)
        assert len(plan.recommendations) == 3
        with pytest.raises(ReadOnlyDocumentError, match="cannot be changed"):
            doc.update_plan(plan.id, audit_title="new")
        copy = doc.save_copy(tmp_path / "editable.planapp")  # Save As still works
    with Document.open(copy) as editable:
        assert not editable.read_only
    workbook = VARIANTS["french"](tmp_path / "new-plan.xlsx")  # a plan the document lacks
    message = _one_line_error(planapp("import", str(workbook), "--into", str(path)))
    assert "plans.planapp cannot be changed" in message
    assert planapp("dump", str(path)).returncode == 0


def test_import_into_a_read_only_document_file(tmp_path: Path) -> None:
    """The document file alone is read-only (a read-only bind mount of it), its folder not."""
    path = tmp_path / "plans.planapp"
    _another_plan(path)
    done = subprocess.run(["mount", "--bind", str(path), str(path)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {done.stderr.strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(path)], check=True)
        before = path.read_bytes()
        workbook = VARIANTS["french"](tmp_path / "new-plan.xlsx")  # a plan the document lacks
        message = _one_line_error(planapp("import", str(workbook), "--into", str(path)))
        assert "plans.planapp cannot be changed" in message
        assert path.read_bytes() == before
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)
    assert not path.with_name(path.name + ".lock").exists()


def test_full_disk_during_import_is_a_message(small_disk: Path, tmp_path: Path) -> None:
    path = small_disk / "plans.planapp"
    _another_plan(path)
    before = _responses(path)
    workbook = VARIANTS["french"](tmp_path / "new-plan.xlsx")  # a plan the document lacks
    fill(small_disk, leave=8192)
    message = _one_line_error(planapp("import", str(workbook), "--into", str(path)))
    assert "full" in message
    assert _integrity(path) == "ok"
    assert _responses(path) == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin", "plans.planapp"]


def test_full_disk_during_save_as_leaves_nothing(small_disk: Path, tmp_path: Path) -> None:
    source = tmp_path / "plans.planapp"
    _big_document(source)
    with Document.open(source) as doc:
        fill(small_disk, leave=16384)
        with pytest.raises(DiskFullError, match="full"):
            doc.save_copy(small_disk / "copy.planapp")
    assert [p.name for p in small_disk.iterdir()] == ["filler.bin"]


def test_full_disk_while_locking_is_a_message_and_leaves_no_lock(small_disk: Path) -> None:
    path = small_disk / "plans.planapp"
    Document.open(path, create=True, sample=True).close()
    fill(small_disk)
    with pytest.raises(DiskFullError, match="full"):
        Document.open(path)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin", "plans.planapp"]
    message = _one_line_error(planapp("export", str(path), "-o", str(small_disk / "x.xlsx")))
    assert "full" in message


def test_full_disk_during_pdf_says_the_disk_is_full(qapp, small_disk: Path) -> None:
    from planapp.printing.options import PrintOptions
    from planapp.printing.pdf import PdfError, write_pdf

    fill(small_disk, leave=4096)
    with pytest.raises(PdfError, match="the disk is full"):
        write_pdf(large_plan(30), small_disk / "plan.pdf", PrintOptions())
    assert [p.name for p in small_disk.iterdir()] == ["filler.bin"]


def test_a_crash_left_on_a_read_only_disk_is_explained(tmp_path: Path) -> None:
    """The half-done change cannot be rolled back where the document is: say what to do."""
    with tmpfs(tmp_path / "disk", 8192) as disk:
        path = disk / "plans.planapp"
        Document.open(path, create=True, sample=True).close()
        _crash_mid_change(path)
        remount_read_only(disk)
        with pytest.raises(ReadOnlyDocumentError, match="left half-changed by a crash"):
            Document.open(path)
        message = _one_line_error(planapp("dump", str(path)))
        assert "Copy the document together with its “plans.planapp-journal” file" in message
