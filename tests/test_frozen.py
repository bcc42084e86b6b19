"""The frozen program: built with packaging/build.py, it runs its self-test, window and CLI.

Builds the onedir program once (about half a minute on two cores) into a temporary folder, so
it runs in CI (CI=true) and locally only with PLANAPP_TEST_FROZEN=1.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from planapp import __version__
from planapp.selftest import CHECKS

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.skipif(
        os.environ.get("CI") != "true" and os.environ.get("PLANAPP_TEST_FROZEN") != "1",
        reason="builds the PyInstaller program: set PLANAPP_TEST_FROZEN=1 (CI=true does)",
    ),
]

# Lines Qt may print on stderr that say nothing about planapp's health.
HARMLESS_STDERR = re.compile(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture(scope="module")
def program_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/planapp/ of a fresh onedir build, made with the documented command."""
    out = tmp_path_factory.mktemp("frozen")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--quiet",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    folder = out / "dist" / "planapp"
    assert (folder / f"planapp{EXE}").is_file()
    assert (folder / f"planapp-cli{EXE}").is_file()
    return folder


def _run(program: Path, *args: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    environ.update(XDG_CONFIG_HOME=str(tmp_path / "config"), **env)  # QSettings on Linux
    return subprocess.run(
        [str(program), *args],
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )


def _unexpected(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line and not HARMLESS_STDERR.match(line)]


@pytest.mark.parametrize("name", ["planapp-cli", "planapp"])
def test_frozen_self_test_passes(program_dir: Path, tmp_path: Path, name: str) -> None:
    done = _run(program_dir / f"{name}{EXE}", "--self-test", tmp_path=tmp_path)
    assert done.stdout.splitlines() == [f"ok   {check}" for check, _ in CHECKS], done.stdout
    assert done.returncode == 0
    assert _unexpected(done.stderr) == []


def test_frozen_window_opens_on_the_default_document(
    program_dir: Path, tmp_path: Path, data_dir: Path
) -> None:
    done = _run(
        program_dir / f"planapp{EXE}",
        tmp_path=tmp_path,
        QT_QPA_PLATFORM="offscreen",
        PLANAPP_EXIT_AFTER_SHOW="1",
    )
    assert done.returncode == 0, done.stderr
    assert _unexpected(done.stderr) == []
    assert (data_dir / "plans.planapp").is_file()  # made with the sample plan
    assert "planapp starting" not in done.stdout  # the log goes to the file, not the console
    assert f"planapp {__version__} starting" in (data_dir / "logs" / "planapp.log").read_text()


def test_frozen_command_line_prints(program_dir: Path, tmp_path: Path) -> None:
    cli = program_dir / f"planapp-cli{EXE}"
    version = _run(cli, "--version", tmp_path=tmp_path)
    assert version.stdout.strip() == f"planapp {__version__}"
    dump = _run(cli, "dump", tmp_path=tmp_path)
    assert dump.returncode == 0, dump.stderr
    plans = json.loads(dump.stdout)["plans"]
    assert [r["ref"] for r in plans[0]["recommendations"]] == ["Rec. 1", "Rec. 2", "Rec. 3"]


def test_frozen_errors_are_one_line(program_dir: Path, tmp_path: Path) -> None:
    done = _run(
        program_dir / f"planapp-cli{EXE}", "dump", str(tmp_path / "nope.planapp"), tmp_path=tmp_path
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert "nope.planapp" in done.stderr
    assert "Traceback" not in done.stderr
