"""Run ``planapp import`` over the peer-suite workbooks and check the one-clear-line contract.

The folder (``peer-xlsx``: real workbooks from other spreadsheet projects' test suites, with
``manifest.tsv`` giving the outcome each should have) lives outside the project and is never
copied into it. It is looked for in ``$PLANAPP_PEER_DIR``, then in ``shared/peer-xlsx`` beside
the checkout or one level up.

For a file expected to be refused: exit status 1, nothing on stdout, and exactly one line on
stderr, starting with "planapp: ", naming the file, with no Python internals in it (and not
matching the manifest's forbidden pattern). For a file expected to import: exit status 0, the
result lines ("added plan N: ...") as the only stdout, and on stderr nothing but planapp's own
"warning: " lines. ``control_good_strict.xlsx`` must give one plan of two recommendations.

    python benchmarks/peer_check.py [PEER_DIR]

prints one line per failure, then ``peer files handled cleanly: N/M`` and ``derived plan
variants imported cleanly: K/L``; exits 1 unless every file passes.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120

# What a message must never show: Python's class reprs, exception names, library paths,
# tracebacks, or a sentence cut mid-word.
INTERNALS = re.compile(
    r"<class |Error\b|Exception\b|Traceback|File \"|\.py\b|site-packages|openpyxl|calamine|"
    r"__init__|keyword argument|expected <|from None|\bNone\b|warn\(|[{}]|Value must|Unable to",
)


@dataclass
class Outcome:
    file: str
    ok: bool
    why: str = ""


# What ``planapp import`` prints on stdout: one line per plan added or merged.
RESULT_LINES = re.compile(r"(?:(?:added plan|merged into plan) \d+: [^\n]*\n)+")


def find_peer_dir(given: str | None = None) -> Path | None:
    """The peer folder, or None when this machine has none."""
    candidates = [given, os.environ.get("PLANAPP_PEER_DIR")]
    candidates += [str(p / "shared" / "peer-xlsx") for p in (ROOT.parent, ROOT.parent.parent)]
    for candidate in candidates:
        if candidate and (Path(candidate) / "manifest.tsv").is_file():
            return Path(candidate)
    return None


def manifest(folder: Path) -> list[tuple[str, str, str]]:
    """(file, expect, forbidden pattern) for each row of ``manifest.tsv``."""
    rows = []
    for line in (folder / "manifest.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        rows.append((parts[1], parts[2], parts[3] if len(parts) > 3 else ""))
    return rows


@dataclass
class Completed:
    """What a ``planapp`` command did: exit status and its two output streams."""

    returncode: int
    stdout: str
    stderr: str


Runner = Callable[[list[str]], Completed]


def in_a_process(args: list[str]) -> Completed:
    """``planapp ARGS`` in a process of its own, as a user runs it."""
    command = [sys.executable, "-m", "planapp", *args]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONWARNINGS="default")
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=TIMEOUT, env=env, cwd=str(ROOT)
    )
    return Completed(done.returncode, done.stdout, done.stderr)


def _plans(document: Path, run: Runner) -> list[dict]:
    return json.loads(run(["dump", str(document)]).stdout)["plans"]


def check_refusal(path: Path, forbidden: str, tmp: Path, run: Runner = in_a_process) -> Outcome:
    name = str(path)
    proc = run(["import", str(path), "--into", str(tmp / "refused.planapp")])
    lines = proc.stderr.splitlines()
    if proc.returncode != 1:
        return Outcome(name, False, f"exit {proc.returncode}: {proc.stderr.strip()[-300:]}")
    if proc.stdout:
        return Outcome(name, False, f"stdout: {proc.stdout!r}")
    if len(lines) != 1 or not lines[0].startswith("planapp: "):
        return Outcome(name, False, f"stderr is {len(lines)} lines: {proc.stderr!r}")
    message = lines[0]
    if not message.startswith(f"planapp: {path.name} "):
        return Outcome(name, False, f"does not name the file: {message}")
    if INTERNALS.search(message.removeprefix(f"planapp: {path.name} ")):
        return Outcome(name, False, f"internals: {message}")
    if forbidden and re.search(forbidden, message):
        return Outcome(name, False, f"wrong reason: {message}")
    if not message.endswith("."):
        return Outcome(name, False, f"not a sentence: {message}")
    return Outcome(name, True, message)


def check_import(path: Path, tmp: Path, run: Runner = in_a_process) -> Outcome:
    name = str(path)
    document = tmp / f"{path.stem}.planapp"
    proc = run(["import", str(path), "--into", str(document)])
    if proc.returncode != 0:
        return Outcome(name, False, f"exit {proc.returncode}: {proc.stderr.strip()[-300:]}")
    if not RESULT_LINES.fullmatch(proc.stdout):
        return Outcome(name, False, f"stdout: {proc.stdout!r}")
    others = [line for line in proc.stderr.splitlines() if not line.startswith("warning: ")]
    if others:
        return Outcome(name, False, f"stderr: {proc.stderr!r}")
    plans = _plans(document, run)
    if path.name == "control_good_strict.xlsx":
        shape = [len(p["recommendations"]) for p in plans]
        if shape != [2]:
            return Outcome(name, False, f"plans × recommendations: {shape}")
    return Outcome(name, True, proc.stderr.strip())


def run(
    folder: Path, verbose: bool = False, runner: Runner = in_a_process
) -> tuple[list[Outcome], list[Outcome]]:
    """(peer file outcomes, derived variant outcomes)."""
    peers: list[Outcome] = []
    derived: list[Outcome] = []
    with tempfile.TemporaryDirectory() as tmp:
        for file, expect, forbidden in manifest(folder):
            path = folder / file
            if expect == "import":
                derived.append(check_import(path, Path(tmp), runner))
            else:
                peers.append(check_refusal(path, forbidden, Path(tmp), runner))
            if verbose:
                o = (derived if expect == "import" else peers)[-1]
                print(f"{'ok  ' if o.ok else 'FAIL'} {file}: {o.why[-400:]}")
    return peers, derived


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    argv = [a for a in argv if a != "-v"]
    folder = find_peer_dir(argv[0] if argv else None)
    if folder is None:
        print("no peer-xlsx folder found (set PLANAPP_PEER_DIR)", file=sys.stderr)
        return 2
    peers, derived = run(folder, verbose)
    if not verbose:
        for o in peers + derived:
            if not o.ok:
                print(f"FAIL {o.file}: {o.why[-400:]}")
    print(f"peer files handled cleanly: {sum(o.ok for o in peers)}/{len(peers)}")
    print(f"derived plan variants imported cleanly: {sum(o.ok for o in derived)}/{len(derived)}")
    return 0 if all(o.ok for o in peers + derived) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
