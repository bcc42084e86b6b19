"""Team documents on PostgreSQL: what the server costs, measured against floors.

1. one edit round trip (Document.set_recommendation: lock, version check, UPDATE, history,
   notice, COMMIT) against the same UPDATE + COMMIT in bare psycopg;
2. opening a 1,000-recommendation plan (Document.open + load_plan) on PostgreSQL against the
   same document in an SQLite file;
3. the time from a commit in one process to the repaint of the changed row in another
   process's window (LISTEN/NOTIFY into the Qt loop).

    .venv/bin/python benchmarks/bench_server.py [--size 1000] [--edits 50] [--repaints 20]

Uses the cluster in PLANAPP_TEST_PG_URL if set (as .ci/run does), else starts a throwaway one
like the tests. Medians; on a shared machine compare the ratios, not the seconds.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "src")]

from plangen import make_plan  # noqa: E402
from tests import pg_cluster  # noqa: E402

from planapp.store.document import Document  # noqa: E402

CHILD = r"""
import sys, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from planapp.store.document import Document
from planapp.ui import live_refresh
from planapp.ui.main_window import MainWindow

app = QApplication([])
original = live_refresh.LiveRefresh.deliver
def deliver(self, changes):
    original(self, changes)
    win.table.viewport().repaint()  # the changed row painted now, not later
    print(f"{time.time():.6f}", flush=True)
live_refresh.LiveRefresh.deliver = deliver
win = MainWindow(Document.open(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat))
win.show()
print("ready", flush=True)
app.exec()
"""


def median_time(run, times: int) -> float:
    out = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        out.append(time.perf_counter() - start)
    return statistics.median(out)


def edit_round_trip(url: str, edits: int) -> tuple[float, float]:
    import psycopg

    with Document.open(url) as doc:
        plan = doc.load_plan(doc.plans()[0].id)
        rec = plan.recommendations[0]
        counter = iter(range(10**9))
        planapp = median_time(
            lambda: doc.set_recommendation(rec.id, indicator=f"edit {next(counter)}"), edits
        )
        conninfo = doc.path.conninfo()
    with psycopg.connect(conninfo) as conn:

        def bare() -> None:
            conn.execute(
                "UPDATE recommendation SET indicator = %s WHERE id = %s",
                (f"bare {next(counter)}", rec.id),
            )
            conn.commit()

        floor = median_time(bare, edits)
    return planapp, floor


def open_plan(url: str, path: Path) -> tuple[float, float]:
    def load(location: str | Path) -> None:
        with Document.open(location) as doc:
            doc.load_plan(doc.plans()[0].id)

    return median_time(lambda: load(url), 5), median_time(lambda: load(path), 5)


def commit_to_repaint(url: str, repaints: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PLANAPP_DATA_DIR=folder)
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, url, str(Path(folder) / "settings.ini")],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(1.0)  # the window's first paint and fitting done
            delays = []
            with Document.open(url) as doc:
                rec = doc.load_plan(doc.plans()[0].id).recommendations[0]
                for i in range(repaints):
                    doc.set_recommendation(rec.id, force=True, indicator=f"live {i}")
                    committed = time.time()
                    painted = float(child.stdout.readline())
                    delays.append(painted - committed)
                    time.sleep(0.05)
            return statistics.median(delays)
        finally:
            child.terminate()
            child.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=50)
    parser.add_argument("--repaints", type=int, default=20)
    args = parser.parse_args()
    cluster, reason = pg_cluster.start()
    if cluster is None:
        print(f"no PostgreSQL: {reason}")
        return 1
    name = cluster.new_database()
    url = cluster.url(name)
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bench.planapp"
            plan = make_plan(args.size)
            for location in (url, path):
                with Document.open(location, create=True) as doc:
                    doc.add_plan(plan)
            edit, bare = edit_round_trip(url, args.edits)
            on_pg, on_sqlite = open_plan(url, path)
            repaint = commit_to_repaint(url, args.repaints)
    finally:
        cluster.drop_database(name)
        cluster.stop()
    print(f"{'measure':44} {'planapp':>10} {'floor':>10} {'ratio':>7}")
    print(
        f"{'edit round trip, PostgreSQL (vs bare psycopg)':44} {edit * 1e3:8.2f}ms "
        f"{bare * 1e3:8.2f}ms {edit / bare:6.1f}×"
    )
    print(
        f"{f'open {args.size}-rec plan, PostgreSQL (vs SQLite)':44} {on_pg:9.3f}s "
        f"{on_sqlite:9.3f}s {on_pg / on_sqlite:6.1f}×"
    )
    print(f"{'commit → repaint in another process':44} {repaint * 1e3:8.1f}ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
