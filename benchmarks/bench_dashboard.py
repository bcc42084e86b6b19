"""Dashboard open at scale: the dashboard window against one SQL query in a QStandardItemModel.

    python benchmarks/bench_dashboard.py                   # 1,000 plans × 10 recommendations × 4
    python benchmarks/bench_dashboard.py --plans 20 --runs 1   # a quick check that it runs

planapp: ``DashboardView`` on the document, from construction (the store's dashboard rows,
the domain's buckets and groups, the cached model) to the table's first paint.
Floor: the same rows (every bucket's milestones, with the same columns) read by one SQL
statement (a UNION ALL of one select per bucket) into a ``QStandardItemModel`` shown in a
``QTableView``, to its first paint. Both run in fresh processes, interleaved; medians.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
TODAY = dt.date(2022, 1, 15)
RECS_PER_PLAN = 10


def prepare(plans: int, path: Path) -> None:
    """A document of ``plans`` plans of 10 recommendations, with periods, a round, progress."""
    sys.path.insert(0, str(HERE))
    from plangen import make_plan

    from planapp.domain.history import ProgressEntry, ReportingPeriod
    from planapp.domain.status import MilestoneStatus
    from planapp.store.document import Document

    rng = random.Random(14)
    base = make_plan(RECS_PER_PLAN)
    made = []
    for n in range(plans):
        plan = make_plan(RECS_PER_PLAN, seed=n) if n < 20 else _copy(base, n)
        plan.audit_title = f"Audit {n + 1:04d}: {plan.audit_title[:60]}"
        for rec in plan.recommendations:
            for m in rec.milestones:
                m.status = rng.choice(list(MilestoneStatus))
                if rng.random() < 0.3:
                    m.organization = rng.choice(("Finance", "IT Branch", "Legal", "Programs"))
        made.append(plan)
    with Document.open(path, create=True) as doc:
        doc.add_plans(made)
        period = doc.add_period(
            ReportingPeriod("Q4 2021-22", dt.date(2022, 1, 1), dt.date(2022, 3, 31))
        )
        doc.start_update_round(period.id)
        plan_ids = [p.id for p in doc.plans()][:50]
        for plan_id in plan_ids:
            m = doc.load_plan(plan_id).recommendations[0].milestones[0]
            doc.add_progress(
                m.id,
                ProgressEntry(dt.date(2022, 1, 10), MilestoneStatus.ON_TRACK, "Going"),
                today=TODAY,
            )


def _copy(plan: Any, n: int) -> Any:
    import copy

    twin = copy.deepcopy(plan)
    rng = random.Random(n)
    for rec in twin.recommendations:
        for m in rec.milestones:
            if m.due.date is not None:
                from planapp.domain.plan import WrittenDate

                shifted = m.due.date + dt.timedelta(days=rng.randint(-400, 400))
                m.due = WrittenDate(shifted.isoformat(), shifted)
    return twin


def _settle(app: Any, widget: Any) -> float:
    """Process events until ``widget`` has painted once; returns when that paint ended."""
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        count = 0

        def eventFilter(self, _obj: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    watcher = Paints()
    widget.viewport().installEventFilter(watcher)
    deadline = time.perf_counter() + 300
    while Paints.count == 0:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("never painted")
        time.sleep(0.0005)
    return time.perf_counter()


def run_planapp(path: Path) -> tuple[float, int]:
    from PySide6.QtWidgets import QApplication

    from planapp.store.document import Document
    from planapp.ui.dashboard import DashboardView

    app = QApplication.instance() or QApplication(["bench"])
    doc = Document.open(path, lock=False)
    start = time.perf_counter()
    view = DashboardView(doc, TODAY, lambda _item: None)
    view.show()
    end = _settle(app, view.table)
    rows = view.model.rowCount()
    view.close()
    doc.close()
    return end - start, rows


FLOOR_SQL = """
WITH m AS (
  SELECT p.audit_title AS plan, r.ref, ms.number, ms.description,
         CASE WHEN ms.organization <> '' THEN ms.organization ELSE COALESCE((
           SELECT c.organization FROM contact c WHERE c.recommendation_id = r.id
           ORDER BY c.position LIMIT 1), '') END AS org,
         COALESCE(ms.original_due_text, ms.due_text) AS original, ms.due_text, ms.due_date,
         ms.status, ms.completed_date, ms.id AS mid,
         (SELECT max(e.as_of) FROM progress_entry e WHERE e.milestone_id = ms.id) AS latest
  FROM milestone ms JOIN recommendation r ON r.id = ms.recommendation_id
  JOIN plan p ON p.id = r.plan_id
), open_m AS (SELECT * FROM m WHERE status NOT IN ('completed', 'cancelled'))
SELECT 'Overdue', * FROM open_m WHERE due_date < :today
UNION ALL SELECT 'Due within 30 days', * FROM open_m
  WHERE due_date >= :today AND due_date <= date(:today, '+30 days')
UNION ALL SELECT 'Due in 31 to 90 days', * FROM open_m
  WHERE due_date > date(:today, '+30 days') AND due_date <= date(:today, '+90 days')
UNION ALL SELECT 'At risk or delayed', * FROM m WHERE status IN ('at risk', 'delayed')
UNION ALL SELECT 'Awaiting an update', * FROM open_m
  WHERE mid IN (SELECT milestone_id FROM update_request WHERE period_id = :period)
  AND (latest IS NULL OR latest < :start OR latest > :end)
UNION ALL SELECT 'Completed this period', * FROM m
  WHERE status = 'completed' AND completed_date BETWEEN :start AND :end
"""


def run_floor(path: Path) -> tuple[float, int]:
    import sqlite3

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance() or QApplication(["bench"])
    start = time.perf_counter()
    con = sqlite3.connect(path)
    period = con.execute("SELECT id, starts_on, ends_on FROM reporting_period").fetchone()
    rows = con.execute(
        FLOOR_SQL,
        {"today": TODAY.isoformat(), "period": period[0], "start": period[1], "end": period[2]},
    ).fetchall()
    con.close()
    model = QStandardItemModel(0, 11)
    for row in rows:
        bucket, plan, ref, number, desc, org, original, due_text, _d, status, _c, _id, latest = row
        texts = (
            bucket,
            plan,
            plan,
            ref,
            number,
            desc,
            org,
            original,
            due_text,
            status,
            latest or "",
        )
        model.appendRow([QStandardItem(str(t)) for t in texts])
    table = QTableView()
    table.setModel(model)
    table.resize(1200, 700)
    table.show()
    end = _settle(app, table)
    return end - start, model.rowCount()


def _child(side: str, path: Path) -> None:
    seconds, rows = (run_planapp if side == "planapp" else run_floor)(path)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "rows": rows, "peak_mb": peak}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--document", type=Path, help="reuse (or keep) the prepared document")
    parser.add_argument("--child", nargs=2, metavar=("SIDE", "DOC"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], Path(args.child[1]))
        return 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.document or Path(tmp) / "dashboard.planapp"
        if not path.exists():
            began = time.perf_counter()
            prepare(args.plans, path)
            took = time.perf_counter() - began
            print(f"prepared {args.plans} plans in {took:.1f} s", file=sys.stderr)
        found: dict[str, list[dict]] = {"planapp": [], "floor": []}
        for _ in range(args.runs):
            for side in ("planapp", "floor"):
                out = subprocess.run(
                    [sys.executable, __file__, "--child", side, str(path)],
                    capture_output=True, text=True, env=env, check=True,
                )  # fmt: skip
                found[side].append(json.loads(out.stdout.strip().splitlines()[-1]))
    ours = statistics.median(r["seconds"] for r in found["planapp"])
    floor = statistics.median(r["seconds"] for r in found["floor"])
    rows = {side: {r["rows"] for r in runs} for side, runs in found.items()}
    print(
        "| plans | milestones | rows shown | planapp | floor | ratio | peak MB (planapp / floor) |"
    )
    print("|---|---|---|---|---|---|---|")
    peak = {s: statistics.median(r["peak_mb"] for r in runs) for s, runs in found.items()}
    print(
        f"| {args.plans:,} | {args.plans * RECS_PER_PLAN * 4:,} | {sorted(rows['planapp'])} / "
        f"{sorted(rows['floor'])} | {ours:.2f} s | {floor:.2f} s | {ours / floor:.2f}× | "
        f"{peak['planapp']:.0f} / {peak['floor']:.0f} |"
    )
    return 0 if rows["planapp"] == rows["floor"] else 1


if __name__ == "__main__":
    sys.exit(main())
