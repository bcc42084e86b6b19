"""Many planapp processes opening one document at the same instant: never two holders.

Each round, every worker waits at a barrier, then opens the document (Document.open, lock
included). A worker that gets it creates a marker file exclusively while it holds the
document: if the marker already exists, another worker holds the document too. Rounds:
``PLANAPP_LOCK_TRIALS`` (default 30), with 16 workers each.

The scheme for file systems without OS locks (some network shares) is raced too: there the
workers switch the OS lock off (``_os_lock`` answering "not supported", as such a file system
does), which leaves the lock file's content and atomic link and rename to decide.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from planapp.store.document import Document

WORKERS = 16
ROUNDS = int(os.environ.get("PLANAPP_LOCK_TRIALS", "30"))


def _contend(document: str, rounds: int, barrier, overlaps, wins, os_locks: bool) -> None:
    from planapp.store import lock
    from planapp.store.connection import DocumentError

    if not os_locks:
        lock._os_lock = lambda fd: None  # as on a file system without OS locks

    marker = Path(document).with_name("holder.marker")
    for round_ in range(rounds):
        barrier.wait()
        try:
            doc = Document.open(document)
        except DocumentError:
            pass  # held by another worker: the expected outcome for all but one
        else:
            try:
                fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                with overlaps.get_lock():
                    overlaps.value += 1
            else:
                time.sleep(0.003)  # hold it a moment, as a window would
                os.close(fd)
                os.unlink(marker)
            with wins.get_lock():
                wins[round_] += 1
            doc.close()
        barrier.wait()


@pytest.mark.parametrize("os_locks", [True, False], ids=["os-locks", "no-os-locks"])
def test_processes_opening_together_never_both_hold_the_document(
    doc_path: Path, os_locks: bool
) -> None:
    Document.open(doc_path, create=True, sample=True).close()
    # Workers forked from a server that has imported planapp once: they start in
    # milliseconds, and from a process without Qt's threads.
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["planapp.store.document", __name__])
    barrier = ctx.Barrier(WORKERS)
    overlaps = ctx.Value("i", 0)
    wins = ctx.Array("i", ROUNDS)
    workers = [
        ctx.Process(
            target=_contend,
            args=(str(doc_path), ROUNDS, barrier, overlaps, wins, os_locks),
        )
        for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
    assert [w.exitcode for w in workers] == [0] * WORKERS
    assert overlaps.value == 0, f"two holders at once {overlaps.value} time(s) in {ROUNDS} rounds"
    assert all(n >= 1 for n in wins), "a round where nobody got the document"
    print(f"{ROUNDS} rounds of {WORKERS} workers: {sum(wins)} opens, no overlap")
    assert [p.name for p in doc_path.parent.iterdir() if ".lock" in p.name] == []
