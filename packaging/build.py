"""Build the standalone planapp program: ``python packaging/build.py [--onefile]``.

Runs PyInstaller on packaging/planapp.spec with the Python running this script (use the venv's:
``.venv/bin/python packaging/build.py``), then checks that every Qt library a kept library or
plugin links to is in the bundle (the spec leaves parts of Qt out), and prints where the program
is, its size and how long the build took.

    onedir  (default)  dist/planapp/planapp[.exe], dist/planapp/planapp-cli[.exe]
                       and on macOS dist/planapp.app
    onefile            dist/onefile/planapp[.exe], dist/onefile/planapp-cli[.exe]
    --no-trim          keep every Qt part the hooks collect (the size baseline in README.md)
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "planapp.spec"
QT_LIB = re.compile(r"qt6?[a-z0-9]+", re.I)
BINARY = re.compile(r"\.(so(\.\d+)*|dll|pyd|dylib)$", re.I)


def tree_size(path: Path) -> int:
    """Bytes in a file or folder (symlinks not followed, as a zip of the folder would store)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def missing_qt_libraries(folder: Path) -> list[str]:
    """Qt libraries that some binary in ``folder`` links to but the bundle lacks."""
    from PyInstaller.depend.bindepend import get_imports

    files = [p for p in folder.rglob("*") if p.is_file()]
    present = {p.name.lower() for p in files}
    missing: set[str] = set()
    for path in files:
        if not (BINARY.search(path.name) or ".framework/" in path.as_posix()):
            continue
        try:
            imports = get_imports(str(path), search_paths=[str(path.parent)])
        except Exception:
            continue  # not a binary the analyser understands (e.g. a framework's resource)
        for name, _full in imports:
            base = Path(name).name
            if QT_LIB.match(base.removeprefix("lib")) and base.lower() not in present:
                missing.add(f"{base} (needed by {path.relative_to(folder)})")
    return sorted(missing)


def build(
    onefile: bool = False,
    trim: bool = True,
    distpath: Path | None = None,
    workpath: Path | None = None,
    quiet: bool = False,
) -> Path:
    """Run PyInstaller; return the onedir folder or the onefile folder. Raises on failure."""
    distpath = distpath or ROOT / "dist" / ("onefile" if onefile else "")
    workpath = workpath or ROOT / "build" / ("pyinstaller-onefile" if onefile else "pyinstaller")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN" if quiet else "INFO",
        "--distpath",
        str(distpath),
        "--workpath",
        str(workpath),
        str(SPEC),
        "--",
    ]
    if onefile:
        command.append("--onefile")
    if not trim:
        command.append("--no-trim")
    env = dict(os.environ, PYTHONHASHSEED="0")  # reproducible bytecode ordering
    env.pop("QT_QPA_PLATFORM", None)
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    return distpath if onefile else distpath / "planapp"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one file per program")
    parser.add_argument("--no-trim", action="store_true", help="keep all of Qt (size baseline)")
    parser.add_argument("--distpath", type=Path, help="output folder (default: dist/)")
    parser.add_argument("--workpath", type=Path, help="work folder (default: build/)")
    parser.add_argument("--quiet", action="store_true", help="PyInstaller warnings only")
    args = parser.parse_args(argv)
    start = time.monotonic()
    try:
        out = build(args.onefile, not args.no_trim, args.distpath, args.workpath, args.quiet)
    except subprocess.CalledProcessError as exc:
        print(
            f"PyInstaller failed (exit status {exc.returncode}); see its output above.",
            file=sys.stderr,
        )
        return 1
    seconds = time.monotonic() - start
    if not args.onefile:
        missing = missing_qt_libraries(out)
        if missing:
            print(
                "Qt libraries missing from the bundle:\n  " + "\n  ".join(missing), file=sys.stderr
            )
            return 1
    targets = [out] if not args.onefile else sorted(p for p in out.iterdir() if p.is_file())
    for target in targets:
        print(f"{target}: {tree_size(target) / 1e6:.1f} MB")
    print(f"built in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
