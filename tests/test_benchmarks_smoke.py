"""The benchmark runs: every job at the smallest size prints its row of the table.

The figures themselves are never checked here (a shared machine makes times meaningless for
pass/fail); benchmarks/RESULTS.md records them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench.py"
JOBS = ("import", "export", "window", "pdf", "startup")


def test_smoke_mode_prints_the_table(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--smoke", "--json", str(tmp_path / "figures.json")],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    header = next(line for line in out.splitlines() if line.startswith("job "))
    for column in ("size", "planapp s", "floor s", "ratio", "planapp MB", "floor MB"):
        assert column in header
    table = out[out.index(header) :]
    rows = [line.split() for line in table.splitlines() if line.strip()]
    for job in JOBS:
        row = next((r for r in rows if r[0] == job), None)
        assert row is not None, f"no {job} row in:\n{table}"
        assert row[1] == "10"
        assert row[4].endswith("×"), row  # a ratio, so both sides ran
    assert "ERROR" not in table
    assert (tmp_path / "figures.json").is_file()
