"""One planapp per document: a second process learns who holds it; a crashed holder is recovered."""

from __future__ import annotations

import getpass
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from planapp.store.document import Document
from planapp.store.lock import DocumentLock, DocumentLockedError

# A second planapp process opening the document, reporting as the window does: one line.
OPEN_ELSEWHERE = """
import sys
from planapp.store.connection import DocumentError
from planapp.store.document import Document
try:
    doc = Document.open(sys.argv[1])
except DocumentError as exc:
    sys.exit(f"planapp: {exc}")
print(len(doc.plans()))
doc.close()
"""


def _run(*args: str, env_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PLANAPP_DATA_DIR=str(env_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=60
    )


def _lock_file(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown user"


def test_second_process_is_told_who_holds_the_document(
    document: Document, doc_path: Path, data_dir: Path
) -> None:
    result = _run("-c", OPEN_ELSEWHERE, str(doc_path), env_dir=data_dir)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    message = lines[0]
    assert message.startswith(f"planapp: {doc_path.name} is open in planapp by ")
    assert _user() in message
    assert socket.gethostname() in message
    assert f"process {os.getpid()}" in message
    assert document.plans()  # the holder is not disturbed

    document.close()
    assert not _lock_file(doc_path).exists()
    result = _run("-c", OPEN_ELSEWHERE, str(doc_path), env_dir=data_dir)
    assert (result.returncode, result.stdout.strip(), result.stderr) == (0, "1", "")
    assert not _lock_file(doc_path).exists()


def test_same_process_second_open_is_refused(document: Document, doc_path: Path) -> None:
    with pytest.raises(DocumentLockedError, match=f"process {os.getpid()}"):
        Document.open(doc_path)


def test_stale_lock_of_a_dead_process_is_recovered(doc_path: Path) -> None:
    Document.open(doc_path, create=True, sample=True).close()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait(timeout=60)
    _lock_file(doc_path).write_text(
        json.dumps(
            {
                "pid": dead.pid,
                "host": socket.gethostname(),
                "user": "crashed",
                "since": "2020-11-01T09:00:00",
            }
        ),
        encoding="utf-8",
    )
    with Document.open(doc_path) as doc:
        assert len(doc.plans()) == 1
        holder = json.loads(_lock_file(doc_path).read_text(encoding="utf-8"))
        assert holder["pid"] == os.getpid()
    assert not _lock_file(doc_path).exists()


@pytest.mark.parametrize(
    "garbage",
    [b"", b"\x00\xff\xfe not json", b"42", b"[1, 2]", b'{"pid": "abc", "host": "%s"}'],
    ids=["empty", "binary", "number", "list", "bad-pid"],
)
def test_unreadable_lock_is_recovered(doc_path: Path, garbage: bytes) -> None:
    Document.open(doc_path, create=True, sample=True).close()
    _lock_file(doc_path).write_bytes(garbage.replace(b"%s", socket.gethostname().encode()))
    with Document.open(doc_path) as doc:
        assert len(doc.plans()) == 1
    assert not _lock_file(doc_path).exists()


def test_lock_from_another_computer_is_respected(doc_path: Path) -> None:
    """On a shared drive the holder's process cannot be checked, so its lock is kept."""
    Document.open(doc_path, create=True).close()
    info = {"pid": 1, "host": "other-pc.example", "user": "colleague", "since": "x"}
    _lock_file(doc_path).write_text(json.dumps(info), encoding="utf-8")
    with pytest.raises(DocumentLockedError, match=r"colleague on other-pc\.example"):
        Document.open(doc_path)
    assert json.loads(_lock_file(doc_path).read_text(encoding="utf-8")) == info


def test_failed_open_leaves_no_lock(doc_path: Path) -> None:
    doc_path.write_text("not a document", encoding="utf-8")
    lock = DocumentLock(doc_path)
    with pytest.raises(Exception, match="not a planapp document"):
        Document.open(doc_path)
    assert lock.holder() is None
    assert not _lock_file(doc_path).exists()


def test_dump_reads_a_document_open_elsewhere(
    document: Document, doc_path: Path, data_dir: Path
) -> None:
    """dump is for automation: it must work while a coordinator has the window open."""
    lock_before = _lock_file(doc_path).read_bytes()
    result = _run("-m", "planapp", "dump", str(doc_path), env_dir=data_dir)
    assert result.returncode == 0, result.stderr
    dumped = json.loads(result.stdout)
    assert [r["ref"] for r in dumped["plans"][0]["recommendations"]] == [
        "Rec. 1",
        "Rec. 2",
        "Rec. 3",
    ]
    assert _lock_file(doc_path).read_bytes() == lock_before  # the holder keeps its lock


def _write_lock(path: Path, **info: object) -> None:
    base = {"host": socket.gethostname(), "user": "crashed", "since": "2020-11-01T09:00:00"}
    _lock_file(path).write_text(json.dumps(base | info), encoding="utf-8")


def test_stale_lock_whose_pid_now_names_another_live_process_is_recovered(doc_path: Path) -> None:
    """The holder crashed and its process id was given to an unrelated program since."""
    Document.open(doc_path, create=True, sample=True).close()
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _write_lock(doc_path, pid=other.pid, started="1", boot="an earlier boot")
        with Document.open(doc_path) as doc:
            assert len(doc.plans()) == 1
            assert (
                json.loads(_lock_file(doc_path).read_text(encoding="utf-8"))["pid"] == os.getpid()
            )
    finally:
        other.kill()
        other.wait(timeout=60)


@pytest.mark.parametrize("pid", [2**40, -5, 0], ids=["huge", "negative", "zero"])
def test_impossible_pid_in_a_lock_is_recovered(doc_path: Path, pid: int) -> None:
    Document.open(doc_path, create=True, sample=True).close()
    _write_lock(doc_path, pid=pid)
    with Document.open(doc_path) as doc:
        assert len(doc.plans()) == 1


def test_release_removes_only_our_own_lock(doc_path: Path) -> None:
    """A lock file replaced under a holder (removed by hand, taken by another) stays."""
    Document.open(doc_path, create=True, sample=True).close()
    first = DocumentLock(doc_path)
    first.acquire()
    _lock_file(doc_path).unlink()
    second = DocumentLock(doc_path)
    second.acquire()
    theirs = _lock_file(doc_path).read_bytes()
    first.release()
    assert _lock_file(doc_path).read_bytes() == theirs
    with pytest.raises(DocumentLockedError):
        DocumentLock(doc_path).acquire()
    second.release()
    assert not _lock_file(doc_path).exists()


def test_a_killed_holder_releases_the_document_at_once(doc_path: Path, data_dir: Path) -> None:
    Document.open(doc_path, create=True, sample=True).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom planapp.store.document import Document\n"
            "doc = Document.open(sys.argv[1])\nprint('open', flush=True)\ntime.sleep(60)",
            str(doc_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(DocumentLockedError, match=f"process {holder.pid}"):
            Document.open(doc_path)
    finally:
        holder.kill()
        holder.wait(timeout=60)
        holder.stdout.close()
    with Document.open(doc_path) as doc:
        assert len(doc.plans()) == 1


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="process start times: Linux")
def test_without_os_locks_a_reused_pid_is_told_from_its_holder(doc_path: Path) -> None:
    """Where a file system has no OS locks, the lock's content decides: a live process is
    the holder only if it started when the holder did, in this boot."""
    from planapp.store.lock_holder import _boot_id, _process_start

    lock = DocumentLock(doc_path)
    me = {"pid": os.getpid(), "host": socket.gethostname()}
    started, boot = _process_start(os.getpid()), _boot_id()
    assert not lock.is_stale(me | {"started": started, "boot": boot})
    assert lock.is_stale(me | {"started": str(int(started) + 1), "boot": boot})
    assert lock.is_stale(me | {"started": started, "boot": "another boot"})
    assert lock.is_stale(me | {"pid": 2**40})
    assert not lock.is_stale(me | {"host": "other-pc.example"})


def test_without_os_locks_a_holder_is_respected_and_a_crashed_one_replaced(
    doc_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scheme for file systems without OS locks, switched on as such a file system does
    (the OS lock answering "not supported")."""
    from planapp.store import lock as lock_module

    monkeypatch.setattr(lock_module, "_os_lock", lambda fd: None)
    Document.open(doc_path, create=True, sample=True).close()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait(timeout=60)
    _write_lock(doc_path, pid=dead.pid)
    with Document.open(doc_path) as doc:
        assert len(doc.plans()) == 1
        assert json.loads(_lock_file(doc_path).read_text(encoding="utf-8"))["pid"] == os.getpid()
        with pytest.raises(DocumentLockedError, match=f"process {os.getpid()}"):
            Document.open(doc_path)
    assert [p.name for p in doc_path.parent.iterdir() if ".lock" in p.name] == []
