"""Time planapp's start-up to its shown main window, offscreen, against a bare PySide6 window.

    python packaging/measure_startup.py [--runs 10] [--frozen dist/planapp/planapp ...]

Each program runs ``--runs`` times with PLANAPP_EXIT_AFTER_SHOW=1 (run_window quits as soon as
the shown window has been painted) on a document made by one run beforehand, so the figure is a
warm start of an existing document; the median wall time of the whole process is printed. The
bare comparison is a QApplication showing an empty QMainWindow the same way, run by this Python
and, with ``--bare-frozen PATH``, as a frozen program built from BARE below.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def time_runs(command: list[str], env: dict[str, str], runs: int) -> list[float]:
    """Wall times of ``runs`` runs (after one untimed run that creates the document)."""
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument(
        "--frozen",
        action="append",
        default=[],
        metavar="PROGRAM",
        help="a frozen planapp program to time (repeatable)",
    )
    parser.add_argument("--bare-frozen", metavar="PROGRAM", help="the frozen BARE program")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="planapp-startup-") as tmp:
        bare = Path(tmp) / "bare.py"
        bare.write_text(BARE, encoding="utf-8")
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            PLANAPP_EXIT_AFTER_SHOW="1",
            PLANAPP_DATA_DIR=str(Path(tmp) / "data"),
            XDG_CONFIG_HOME=str(Path(tmp)),
        )
        programs = [
            ("bare PySide6 QMainWindow (python)", [sys.executable, str(bare)]),
            ("planapp (python -m planapp)", [sys.executable, "-m", "planapp"]),
        ]
        if args.bare_frozen:
            programs.append(("bare PySide6 QMainWindow (frozen)", [args.bare_frozen]))
        programs += [(f"frozen {p}", [p]) for p in args.frozen]
        for name, command in programs:
            times = time_runs(command, env, args.runs)
            print(
                f"{statistics.median(times):6.2f} s  (min {min(times):.2f}, "
                f"max {max(times):.2f})  {name}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
