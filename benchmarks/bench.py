"""planapp side by side with its floors, at every scale.

    python benchmarks/bench.py            # sizes 10, 100, 1,000 and 10,000 (several minutes)
    python benchmarks/bench.py --quick    # sizes up to 1,000, for everyday use
    python benchmarks/bench.py --smoke    # size 10, one run: checks the benchmark itself runs

For each plan size it measures five jobs, each against its floor (the least any program would
spend on the same job with the same libraries), and prints their ratio:

    import   planapp's read_workbook of the exported workbook  vs openpyxl.load_workbook of it
    export   planapp's write_workbook                          vs a bare openpyxl script writing
                                                                  the same cells, same styles
    window   MainWindow: plan loaded from the document to the  vs a QStandardItemModel holding
             table painted and settled                            the same strings in a QTableView
    pdf      planapp's write_pdf                               vs the same text as one plain
                                                                  QTextDocument table, printed
    startup  `python -m planapp DOCUMENT` to the window shown  vs a bare PySide6 QMainWindow
             (whole process)                                      process

Every measurement runs from compiled bytecode, as an installed program does, in a fresh process
(``--child``), which times only the job itself and reports its own peak memory (``ru_maxrss``:
imports, the plan and the job); start-up is timed from outside and its memory read with
``wait4``. Times are medians of several runs, planapp and floor runs interleaved so that load on
the shared machine hits both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
JOBS = ("import", "export", "window", "pdf", "startup")
SIZES = (10, 100, 1_000, 10_000)
QUICK_SIZES = (10, 100, 1_000)
# The targets: planapp time / floor time.
TARGETS = {"import": 1.5, "export": 1.3, "window": 2.0, "pdf": None, "startup": 1.5}
# Floors too slow to run at every size: Qt lays one long QTextDocument table out in more than
# linear time (about 90 s and 570 MB for 1,000 recommendations; 10,000 would take hours).
FLOOR_MAX_SIZE = {"pdf": 1_000}
QUICK_FLOOR_MAX_SIZE = {"pdf": 100}  # --quick is for everyday use: minutes, not a quarter hour
SCALING_LIMIT = 11.0  # 10x the plan: at most 11x the time
MEMORY_LIMIT_MB = 500.0
RESULT_MARK = "BENCH-RESULT "
CHILD_TIMEOUT = 1800.0

# ------------------------------------------------------------------------------------------------
# Children: one job, one side, one size; print the time and the peak memory.
# ------------------------------------------------------------------------------------------------


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # kB on Linux


def _cells(work: Path, name: str) -> Any:
    return json.loads((work / f"{name}.json").read_text(encoding="utf-8"))


def prepare(size: int, work: Path) -> None:
    """The files the jobs start from: the plan's workbook, its document and its cell texts."""
    sys.path.insert(0, str(HERE))
    from plangen import make_plan

    from planapp.domain.cells import contacts_text, milestones_text
    from planapp.excel.cleaning import clean_plan, row_texts, title_texts
    from planapp.store.document import Document

    plan = make_plan(size)
    work.mkdir(parents=True, exist_ok=True)
    from planapp.excel.writer import write_workbook

    write_workbook(plan, work / "plan.xlsx")
    with Document.open(work / "plan.planapp", create=True) as doc:
        doc.add_plan(plan)
    cleaned = clean_plan(plan)
    files = {
        # The workbook's and the printout's cells.
        "cells": {
            "titles": title_texts(cleaned, "en"),
            "rows": [row_texts(r) for r in cleaned.recommendations],
        },
        # The window's cells: milestones with their dates set off, as the table shows them.
        "table": [
            [
                r.ref,
                r.recommendation,
                r.response,
                r.outcome,
                r.completion.text,
                milestones_text(r.milestones, " — "),
                contacts_text(r.contacts),
                r.indicator,
            ]
            for r in plan.recommendations
        ],
    }
    for name, value in files.items():
        (work / f"{name}.json").write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")


def _plan(size: int) -> Any:
    sys.path.insert(0, str(HERE))
    from plangen import make_plan

    return make_plan(size)


# -- import ----------------------------------------------------------------------------------


def import_planapp(size: int, work: Path) -> float:
    from planapp.excel.reader import read_workbook
    from planapp.gcpause import paused_gc

    start = time.perf_counter()
    with paused_gc():  # as the window's job runner and the command line run it
        result = read_workbook(work / "plan.xlsx")
    elapsed = time.perf_counter() - start
    found = sum(len(p.recommendations) for p in result.plans)
    if found != size:
        raise RuntimeError(f"read {found} recommendations, expected {size}")
    return elapsed


def import_floor(size: int, work: Path) -> float:
    import openpyxl

    start = time.perf_counter()
    wb = openpyxl.load_workbook(work / "plan.xlsx")
    elapsed = time.perf_counter() - start
    assert wb.active.max_row >= size
    return elapsed


# -- export ----------------------------------------------------------------------------------


def export_planapp(size: int, work: Path) -> float:
    from planapp.excel.writer import write_workbook
    from planapp.gcpause import paused_gc

    plan = _plan(size)
    start = time.perf_counter()
    with paused_gc():  # as the window's job runner and the command line run it
        write_workbook(plan, work / "out-planapp.xlsx")
    return time.perf_counter() - start


def export_floor(size: int, work: Path) -> float:
    """The same title, header and body cells with the same fonts, fills, borders, wrapping,
    column widths, row heights, merges, frozen panes and page setup, written the plain way."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    from planapp.domain.template import headings

    cells = _cells(work, "cells")
    heads = headings("en")
    start = time.perf_counter()
    wb = Workbook()
    ws = wb.active
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    body_font = Font(name="Arial", size=10)
    shade = PatternFill("solid", fgColor="EDEDED")
    for i, width in enumerate((9, 24, 30, 20, 13, 34, 24, 20)):
        ws.column_dimensions["ABCDEFGH"[i]].width = width
    for row, (text, pts) in enumerate(zip(cells["titles"], (14, 12), strict=True), start=1):
        cell = ws.cell(row=row, column=1, value=text)
        cell.font = Font(name="Arial", size=pts, bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
    header_font = Font(name="Arial", size=10, bold=True)
    header_fill = PatternFill("solid", fgColor="D9E1F2")
    header_align = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for column, text in enumerate(heads, start=1):
        cell = ws.cell(row=3, column=column, value=text)
        cell.font, cell.fill, cell.border, cell.alignment = (
            header_font,
            header_fill,
            border,
            header_align,
        )
    for r, texts in enumerate(cells["rows"], start=4):
        for c, text in enumerate(texts, start=1):
            cell = ws.cell(row=r, column=c, value=text or None)
            cell.font, cell.border, cell.alignment = body_font, border, wrap
            if c == 8:
                cell.fill = shade
        ws.row_dimensions[r].height = 400
    ws.freeze_panes = "A4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_LEGAL
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:3"
    ws.oddFooter.center.text = "Page &P of &N"
    wb.save(work / "out-floor.xlsx")
    return time.perf_counter() - start


# -- window ----------------------------------------------------------------------------------

SCROLL_STEPS = 20


class _Paints:
    """Counts paint events of a widget (the table's viewport)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        paints = self

        class Filter(QObject):
            def eventFilter(self, _obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    paints.count += 1
                return False

        self.count = 0
        self.filter = Filter()


def _settle(
    app: Any, paints: _Paints, quiet: float = 0.25, timeout: float = 300.0
) -> tuple[float, float]:
    """Process events until the widget has painted and nothing has been painted for ``quiet``
    seconds; returns when the first and the last paint ended (the end of the event round each
    happened in)."""
    first_end = last_end = None
    deadline = time.perf_counter() + timeout
    while True:
        before = paints.count
        app.processEvents()
        now = time.perf_counter()
        if paints.count != before:
            last_end = now
            first_end = first_end or now
        elif first_end is not None and last_end is not None and now - last_end > quiet:
            return first_end, last_end
        if now > deadline:
            raise RuntimeError("the window never painted")
        time.sleep(0.0005)


def _scroll_worst(app: Any, table: Any, paints: _Paints) -> float:
    """Jump the table through its length in steps; the slowest step to its repaint, in ms."""
    bar = table.verticalScrollBar()
    worst = 0.0
    for step in range(1, SCROLL_STEPS + 1):
        target = bar.maximum() * step // SCROLL_STEPS
        if target == bar.value():
            continue  # nothing to scroll to (a short table): no repaint to wait for
        start = time.perf_counter()
        bar.setValue(target)
        worst = max(worst, _settle(app, paints, quiet=0.05)[1] - start)
    return worst * 1000.0


def _qapp() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["bench"])


def window_planapp(size: int, work: Path) -> tuple[float, dict[str, float]]:
    import datetime as dt

    from PySide6.QtCore import QSettings

    from planapp.store.document import Document
    from planapp.ui.main_window import MainWindow

    app = _qapp()
    doc = Document.open(work / "run.planapp")
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    paints = _Paints()
    start = time.perf_counter()
    window = MainWindow(doc, settings, today=dt.date(2022, 1, 1))
    window.table.viewport().installEventFilter(paints.filter)
    window.show()
    first, last = _settle(app, paints)
    if window.model.rowCount() != size:
        raise RuntimeError(f"window shows {window.model.rowCount()} rows, expected {size}")
    scroll = _scroll_worst(app, window.table, paints)
    window.close()
    return first - start, {"settled_s": last - start, "scroll_ms": scroll}


def window_floor(size: int, work: Path) -> tuple[float, dict[str, float]]:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView

    from planapp.domain.template import DEFAULT_WIDTHS, headings

    app = _qapp()
    rows = _cells(work, "table")
    heads = headings("en")
    paints = _Paints()
    start = time.perf_counter()
    window = QMainWindow()
    window.resize(1500, 900)
    model = QStandardItemModel(0, 8, window)
    model.setHorizontalHeaderLabels(heads)
    for texts in rows:
        model.appendRow([QStandardItem(t) for t in texts])
    table = QTableView(window)
    table.setWordWrap(True)
    table.setModel(model)
    total = sum(DEFAULT_WIDTHS.values())
    for column, weight in enumerate(DEFAULT_WIDTHS.values()):
        table.setColumnWidth(column, int(1400 * weight / total))
    window.setCentralWidget(table)
    table.viewport().installEventFilter(paints.filter)
    window.show()
    first, last = _settle(app, paints)
    scroll = _scroll_worst(app, table, paints)
    return first - start, {"settled_s": last - start, "scroll_ms": scroll}


# -- pdf -------------------------------------------------------------------------------------


def pdf_planapp(size: int, work: Path) -> float:
    from planapp.printing.application import ensure_gui_application
    from planapp.printing.options import PrintOptions
    from planapp.printing.pdf import write_pdf

    ensure_gui_application()
    plan = _plan(size)
    start = time.perf_counter()
    pages = write_pdf(plan, work / "out-planapp.pdf", PrintOptions(page_size="legal", lang="en"))
    elapsed = time.perf_counter() - start
    if pages < 1:
        raise RuntimeError("no pages")
    return elapsed


def pdf_floor(size: int, work: Path) -> float:
    """The same cell texts as one QTextDocument table (header repeated on every page), printed
    by Qt's own pagination on the same page: landscape Legal, half-inch margins, 8.5 pt."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import (
        QFont,
        QPageLayout,
        QPageSize,
        QPdfWriter,
        QTextCursor,
        QTextDocument,
        QTextLength,
        QTextTableFormat,
    )

    from planapp.domain.template import DEFAULT_WIDTHS, headings
    from planapp.printing.application import ensure_gui_application

    ensure_gui_application()
    cells = _cells(work, "cells")
    rows = cells["rows"]
    heads = headings("en")
    start = time.perf_counter()
    writer = QPdfWriter(str(work / "out-floor.pdf"))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Legal),
            QPageLayout.Orientation.Landscape,
            QMarginsF(36, 36, 36, 36),
            QPageLayout.Unit.Point,
        )
    )
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 8))
    cursor = QTextCursor(doc)
    for title in cells["titles"]:
        cursor.insertText(title)
        cursor.insertBlock()
    fmt = QTextTableFormat()
    fmt.setHeaderRowCount(1)
    fmt.setCellPadding(3)
    fmt.setCellSpacing(0)
    total = sum(DEFAULT_WIDTHS.values())
    fmt.setColumnWidthConstraints(
        [
            QTextLength(QTextLength.Type.PercentageLength, 100 * w / total)
            for w in DEFAULT_WIDTHS.values()
        ]
    )
    table = cursor.insertTable(len(rows) + 1, 8, fmt)
    for c, text in enumerate(heads):
        table.cellAt(0, c).firstCursorPosition().insertText(text)
    for r, texts in enumerate(rows, start=1):
        for c, text in enumerate(texts):
            table.cellAt(r, c).firstCursorPosition().insertText(text)
    doc.print_(writer)
    del writer
    return time.perf_counter() - start


CHILDREN: dict[tuple[str, str], Callable[[int, Path], Any]] = {
    ("import", "planapp"): import_planapp,
    ("import", "floor"): import_floor,
    ("export", "planapp"): export_planapp,
    ("export", "floor"): export_floor,
    ("window", "planapp"): window_planapp,
    ("window", "floor"): window_floor,
    ("pdf", "planapp"): pdf_planapp,
    ("pdf", "floor"): pdf_floor,
}


def run_child(job: str, side: str, size: int, work: Path) -> None:
    if job == "prepare":
        prepare(size, work)
        print(RESULT_MARK + json.dumps({"seconds": 0.0, "mb": _peak_mb()}), flush=True)
        return
    result = CHILDREN[job, side](size, work)
    seconds, extra = result if isinstance(result, tuple) else (result, {})
    print(RESULT_MARK + json.dumps({"seconds": seconds, "mb": _peak_mb(), **extra}), flush=True)


# ------------------------------------------------------------------------------------------------
# The parent: spawn, collect, print.
# ------------------------------------------------------------------------------------------------


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PLANAPP_DATA_DIR"] = str(home / "data")  # default document and logs
    env["XDG_CONFIG_HOME"] = str(home / "config")  # QSettings: no saved window state
    env.pop("PLANAPP_EXIT_AFTER_SHOW", None)
    src = str(HERE.parent / "src")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    # An installed program runs from compiled bytecode (pip and PyInstaller compile it), so
    # the runs do too: compiled once into a cache of their own, whatever the shell says.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    subprocess.run([sys.executable, "-m", "compileall", "-q", src], env=env, check=True)
    return env


def _spawn(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str, str, int]:
    """Run ``cmd``; its wall time, its own peak memory (MB), stdout, stderr and exit code."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=HERE.parent)
        try:
            _pid, status, usage = _wait4(proc, CHILD_TIMEOUT)
        except TimeoutError:
            proc.kill()
            proc.wait()
            raise
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (
            wall,
            usage.ru_maxrss / 1024.0,
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
            proc.returncode,
        )


def _wait4(proc: subprocess.Popen, timeout: float) -> tuple[int, int, Any]:
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            return pid, status, usage
        if time.monotonic() > deadline:
            raise TimeoutError(f"{proc.args} took more than {timeout:.0f} s")
        time.sleep(0.002)


def child_measure(job: str, side: str, size: int, work: Path, env: dict[str, str]) -> dict:
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        job,
        side,
        str(size),
        str(work),
    ]
    _wall, _mb, out, err, code = _spawn(cmd, env)
    for line in out.splitlines():
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK) :])
    tail = (err.strip().splitlines() or [f"exit code {code}"])[-1]
    raise RuntimeError(f"{job}/{side} at {size}: {tail}")


BARE_WINDOW = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow()\n"
    "window.resize(1500, 900)\n"
    "window.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "sys.exit(app.exec())\n"
)


def startup_measure(side: str, size: int, work: Path, env: dict[str, str]) -> dict:
    if side == "floor":
        cmd = [sys.executable, "-c", BARE_WINDOW]
    else:
        doc = work / "run.planapp"
        env = env | {"PLANAPP_EXIT_AFTER_SHOW": "1"}
        cmd = [sys.executable, "-m", "planapp", str(doc)]
    wall, mb, _out, err, code = _spawn(cmd, env)
    if code != 0:
        tail = (err.strip().splitlines() or [f"exit code {code}"])[-1]
        raise RuntimeError(f"startup/{side} at {size}: {tail}")
    return {"seconds": wall, "mb": mb}


def measure(job: str, side: str, size: int, work: Path, env: dict[str, str]) -> dict:
    if job in ("window", "startup") and side == "planapp":
        # A fresh copy of the document for each run: no lock or settings left by the last one.
        shutil.copyfile(work / "plan.planapp", work / "run.planapp")
        Path(str(work / "run.planapp") + ".lock").unlink(missing_ok=True)
        (work / "settings.ini").unlink(missing_ok=True)
    if job == "startup":
        return startup_measure(side, size, work, env)
    return child_measure(job, side, size, work, env)


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import openpyxl
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"Qt {qVersion()} (PySide6 {PySide6.__version__})"
        libs = f"openpyxl {openpyxl.__version__}"
    except ImportError:
        qt = libs = "unknown"
    return {
        "cpus": str(os.cpu_count()),
        "cpu": cpu,
        "python": platform.python_version(),
        "qt": qt,
        "libs": libs,
        "os": platform.platform(),
    }


def _fmt_s(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _fmt_ratio(a: float | None, b: float | None) -> str:
    return "—" if a is None or not b else f"{a / b:.2f}×"


def table_lines(
    results: dict, sizes: list[int], jobs: list[str], floor_max: dict[str, int] = FLOOR_MAX_SIZE
) -> list[str]:
    head = (
        f"{'job':<8} {'size':>6}  {'planapp s':>10} {'floor s':>9} {'ratio':>7} "
        f"{'target':>7}  {'planapp MB':>10} {'floor MB':>8}  notes"
    )
    lines = [head, "-" * len(head)]
    for job in jobs:
        for size in sizes:
            entry = results.get((job, size))
            if entry is None:
                continue
            p, f = entry["planapp"], entry["floor"]
            target = TARGETS[job]
            notes = []
            if f["s"] is None and size > floor_max.get(job, size):
                notes.append(f"floor not run above {floor_max[job]:,} (superlinear);")
            if entry.get("errors"):
                notes.append("ERROR: " + "; ".join(entry["errors"]))
            if "settled_s" in entry:
                settled = entry["settled_s"]
                notes.append(
                    f"settled {_fmt_s(settled['planapp'])} s (floor {_fmt_s(settled['floor'])} s);"
                )
            if "scroll_ms" in entry:
                ms = entry["scroll_ms"]
                notes.append(
                    f"worst scroll step {_fmt_ms(ms['planapp'])} (floor {_fmt_ms(ms['floor'])})"
                )
            lines.append(
                f"{job:<8} {size:>6,}  {_fmt_s(p['s']):>10} {_fmt_s(f['s']):>9} "
                f"{_fmt_ratio(p['s'], f['s']):>7} "
                f"{('≤' + format(target, 'g') + '×') if target else '':>7}  "
                f"{_fmt_mb(p['mb']):>10} {_fmt_mb(f['mb']):>8}  {' '.join(notes)}"
            )
    return lines


def _fmt_ms(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} ms"


def _fmt_mb(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def scaling_lines(results: dict, sizes: list[int], jobs: list[str]) -> list[str]:
    if len(sizes) < 2:
        return []
    small, big = sizes[-2], sizes[-1]
    parts, floors = [], []
    for job in jobs:
        a, b = results.get((job, small)), results.get((job, big))
        if not a or not b:
            continue
        parts.append(f"{job} {_fmt_ratio(b['planapp']['s'], a['planapp']['s'])}")
        floors.append(f"{job} {_fmt_ratio(b['floor']['s'], a['floor']['s'])}")
    factor = big // small
    return [
        f"scaling, time at {big:,} / time at {small:,} ({factor}× the plan; linear target "
        f"≤ {SCALING_LIMIT * factor / 10:g}×):",
        "  planapp: " + ", ".join(parts),
        "  floors:  " + ", ".join(floors),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="sizes 10, 100 and 1,000 only")
    mode.add_argument("--smoke", action="store_true", help="size 10, one run (checks it runs)")
    parser.add_argument("--sizes", help="comma-separated plan sizes, e.g. 100,1000")
    parser.add_argument("--jobs", help=f"comma-separated subset of {','.join(JOBS)}")
    parser.add_argument("--runs", type=int, help="runs per measurement (default 5; 3 at 10,000)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument(
        "--child", nargs=4, metavar=("JOB", "SIDE", "SIZE", "WORK"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)

    if args.child:
        job, side, size, work = args.child
        run_child(job, side, int(size), Path(work))
        return 0

    if args.sizes:
        sizes = sorted(int(s.replace("_", "")) for s in args.sizes.split(","))
    elif args.smoke:
        sizes = [10]
    else:
        sizes = list(QUICK_SIZES if args.quick else SIZES)
    jobs = [j.strip() for j in args.jobs.split(",")] if args.jobs else list(JOBS)
    unknown = set(jobs) - set(JOBS)
    if unknown:
        parser.error(f"unknown jobs: {', '.join(sorted(unknown))}")

    def runs_for(size: int, job: str) -> int:
        if args.runs:
            return args.runs
        if args.smoke:
            return 1
        slow = size >= 10_000 or (job == "pdf" and size >= 1_000)
        return 3 if slow or args.quick else 5

    floor_max = QUICK_FLOOR_MAX_SIZE if args.quick else FLOOR_MAX_SIZE
    info = machine()
    print(
        f"planapp benchmark: {info['cpus']} CPUs, {info['cpu']}; Python {info['python']}; "
        f"{info['qt']}; {info['libs']}",
        flush=True,
    )
    results: dict[tuple[str, int], dict] = {}
    failed = False
    with tempfile.TemporaryDirectory(prefix="planapp-bench-") as tmp:
        root = Path(tmp)
        env = _env(root)
        for size in sizes:
            work = root / str(size)
            t0 = time.perf_counter()
            child_measure("prepare", "-", size, work, env)
            print(
                f"[{size:,} recommendations: files made in {time.perf_counter() - t0:.1f} s]",
                flush=True,
            )
            for job in jobs:
                samples: dict[str, dict[str, list[float]]] = {
                    side: {"seconds": [], "mb": []} for side in ("planapp", "floor")
                }
                errors: list[str] = []
                for _run in range(runs_for(size, job)):
                    for side in ("planapp", "floor"):
                        if side == "floor" and size > floor_max.get(job, size):
                            continue
                        if errors and side == "planapp" and not samples["planapp"]["seconds"]:
                            continue  # planapp failed once: do not repeat the failure
                        try:
                            got = measure(job, side, size, work, env)
                        except (RuntimeError, TimeoutError, OSError) as exc:
                            errors.append(str(exc))
                            failed = True
                            continue
                        for key, value in got.items():
                            samples[side].setdefault(key, []).append(value)
                entry: dict[str, Any] = {
                    side: {
                        "s": _median(v["seconds"]),
                        "mb": max(v["mb"], default=None),
                        "runs": v["seconds"],
                    }
                    for side, v in samples.items()
                }
                for key in ("settled_s", "scroll_ms"):
                    if key in samples["planapp"] or key in samples["floor"]:
                        entry[key] = {side: _median(v.get(key, [])) for side, v in samples.items()}
                if errors:
                    entry["errors"] = sorted(set(errors))
                results[job, size] = entry
                print(table_lines({(job, size): entry}, [size], [job], floor_max)[-1], flush=True)

    print()
    for line in [
        *table_lines(results, sizes, jobs, floor_max),
        "",
        *scaling_lines(results, sizes, jobs),
    ]:
        print(line)
    big = sizes[-1]
    if ("window", big) in results and results["window", big]["planapp"]["mb"]:
        mb = results["window", big]["planapp"]["mb"]
        print(f"window at {big:,}: peak {mb:.0f} MB (target < {MEMORY_LIMIT_MB:.0f} MB)")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "machine": info,
                    "results": [{"job": j, "size": s, **e} for (j, s), e in results.items()],
                },
                indent=1,
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
