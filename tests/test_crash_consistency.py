"""planapp killed (SIGKILL) at random moments while editing and importing: nothing committed is
lost, nothing half-done is kept, and the document opens at once.

Each trial starts a child process on one document. It makes edits (a recommendation's text),
imports (a workbook's plans added in one transaction, as the window's import does) and
removals of imported plans, and appends one line to a report file after each operation has
committed (``os.write``: already in the kernel when the child dies). The child is killed at a
random moment; then the document must open in planapp (its lock taken over, any rollback
journal recovered), pass ``PRAGMA integrity_check``, hold every reported edit, import and
removal, and hold every imported plan whole or not at all.

The workbooks are real files (tests/workbook_variants.py's paginated layout and a 60-row
planapp export), read once by the importer in the test process; the child process is forked
from a server that has imported planapp, so a trial costs a fraction of a second.
``PLANAPP_CRASH_TRIALS`` sets the number of trials (default 24).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from planapp.domain.plan import Plan
from planapp.store.document import Document
from tests.workbook_variants import VARIANTS, large_plan

TRIALS = int(os.environ.get("PLANAPP_CRASH_TRIALS", "24"))
MARK = "crash-import "


def _work(document: str, report: str, trial: int, plans: list[Plan], seed: int) -> None:
    """The child: edits, imports and removals until it is killed, each reported as "try …"
    before it starts and "done …" once committed."""
    import copy

    rng = random.Random(seed)
    out = os.open(report, os.O_WRONLY | os.O_APPEND | os.O_CREAT)

    def say(line: str) -> None:
        os.write(out, f"{line}\n".encode())

    doc = Document.open(document)
    base = doc.plans()[0].id
    recs = [r.id for r in doc.load_plan(base).recommendations]
    imported = [(p.id, p.audit_title) for p in doc.plans() if p.audit_title.startswith(MARK)]
    say("open")
    for n in range(1_000_000):
        op = rng.random()
        if op < 0.5:
            rec = rng.choice(recs)
            line = f"edit {rec} {trial}:{n}"
            say(f"try {line}")
            doc.set_recommendation(rec, response=f"{trial}:{n}")
        elif op < 0.75 or not imported:
            plan = copy.deepcopy(rng.choice(plans))
            plan.audit_title = f"{MARK}{trial}:{n}"
            line = f"import {plan.audit_title}"
            say(f"try {line}")
            [added] = doc.apply_plans(add=[plan])
            imported.append((added.id, plan.audit_title))
        else:
            plan_id, title = imported.pop(rng.randrange(len(imported)))
            line = f"remove {title}"
            say(f"try {line}")
            doc.delete_plan(plan_id)
        say(f"done {line}")


def _workbook_plans(tmp_path: Path) -> list[Plan]:
    from planapp.excel.reader import read_workbook
    from planapp.excel.writer import write_workbook

    paginated = VARIANTS["paginated"](tmp_path / "paginated.xlsx")
    exported = tmp_path / "large.xlsx"
    write_workbook(large_plan(60), exported)
    plans = [*read_workbook(paginated).plans, *read_workbook(exported).plans]
    assert [len(p.recommendations) for p in plans] == [3, 60]
    return plans


def _check(path: Path, report: list[str], present: set[str], known: dict[int, str]) -> None:
    """The document after a kill holds what the child reported, and no half import.

    ``present`` (the imported plans that must be in the document) and ``known`` (each
    recommendation's text) are carried from trial to trial.
    """
    with Document.open(path) as doc:  # opens: lock taken over, journal rolled back
        plans = {p.audit_title: doc.load_plan(p.id) for p in doc.plans()}
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        responses = dict(con.execute("SELECT id, response FROM recommendation"))
    finally:
        con.close()
    edits = {rec: {value} for rec, value in known.items()}  # the values each may hold now
    pending = None
    for line in report:
        state, _, op = line.partition(" ")
        kind, _, rest = op.partition(" ")
        if state == "try":
            pending = (kind, rest)
            if kind == "edit":
                rec, value = rest.split(" ")
                edits[int(rec)].add(value)
            continue
        pending = None
        if kind == "edit":
            rec, value = rest.split(" ")
            edits[int(rec)] = {value}
        elif kind == "import":
            present.add(rest)
        else:
            present.discard(rest)
    for rec, values in edits.items():
        assert responses[rec] in values, f"recommendation {rec}: {responses[rec]!r}, not {values}"
        known[rec] = responses[rec]
    if pending is not None:
        kind, title = pending  # cut off by the kill: done or not done, but whole
        if kind == "import" and title in plans:
            present.add(title)
        if kind == "remove" and title not in plans:
            present.discard(title)
    for title in present:
        assert title in plans, f"reported import {title} is missing"
    for title in set(plans) - present:
        assert not title.startswith(MARK) or (pending and title == pending[1]), title
    for title, plan in plans.items():
        if title.startswith(MARK):
            shape = (len(plan.recommendations), plan.milestone_count())
            assert shape in SHAPES, f"import {title} half-applied: {shape}"


SHAPES: set[tuple[int, int]] = set()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killed_at_random_moments_loses_nothing_committed(tmp_path: Path) -> None:
    plans = _workbook_plans(tmp_path)
    SHAPES.clear()
    SHAPES.update((len(p.recommendations), p.milestone_count()) for p in plans)
    path = tmp_path / "plans.planapp"
    Document.open(path, create=True, sample=True).close()
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["planapp.store.document", __name__])
    rng = random.Random(int(os.environ.get("PLANAPP_CRASH_SEED", "20261201")))
    present: set[str] = set()
    with Document.open(path) as doc:
        base = doc.load_plan(doc.plans()[0].id)
        known = {rec.id: rec.response for rec in base.recommendations}
    started = time.monotonic()
    mid_change = 0  # kills that left a rollback journal: the document was being written
    for trial in range(TRIALS):
        report = tmp_path / f"report-{trial}.txt"
        child = ctx.Process(target=_work, args=(str(path), str(report), trial, plans, trial))
        child.start()
        deadline = time.monotonic() + 30
        while not (report.exists() and report.read_bytes().startswith(b"open")):
            assert child.is_alive() and time.monotonic() < deadline, "child did not start"
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        child.join(timeout=30)
        assert child.exitcode == -signal.SIGKILL
        mid_change += Path(f"{path}-journal").exists()
        lines = report.read_text(encoding="utf-8").splitlines()[1:]
        _check(path, lines, present, known)
    elapsed = time.monotonic() - started
    print(f"{TRIALS} kill trials ({mid_change} mid-change), 0 failures, {elapsed:.1f} s")
