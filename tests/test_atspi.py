"""The screen reader's view on a real X screen (tests/atspi/walk.py), as a test.

It needs Debian's xvfb, dbus-x11, at-spi2-core and python3-pyatspi (see walk.py's first
lines) and takes about a minute, so it runs in CI (CI=true) and locally only with
PLANAPP_TEST_ATSPI=1; without those packages it is skipped, saying which is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

WALK = Path(__file__).parent / "atspi" / "walk.py"

pytestmark = pytest.mark.skipif(
    os.environ.get("CI") != "true" and os.environ.get("PLANAPP_TEST_ATSPI") != "1",
    reason="starts planapp under Xvfb with AT-SPI: set PLANAPP_TEST_ATSPI=1 (CI=true does)",
)


def _missing() -> str | None:
    for tool in ("xvfb-run", "dbus-run-session"):
        if shutil.which(tool) is None:
            return tool
    probe = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True)
    return None if probe.returncode == 0 else "python3-pyatspi"


def test_a_screen_reader_names_everything_and_tab_goes_round(tmp_path: Path) -> None:
    missing = _missing()
    if missing:
        pytest.skip(f"{missing} is not installed")
    report = tmp_path / "atspi.json"
    env = os.environ | {"PLANAPP_DATA_DIR": str(tmp_path / "data")}
    env.pop("QT_QPA_PLATFORM", None)  # a real X screen, not offscreen
    done = subprocess.run(
        ["/usr/bin/python3", str(WALK), "--python", sys.executable, "--json", str(report)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert report.is_file(), done.stderr[-2000:]
    facts = json.loads(report.read_text(encoding="utf-8"))
    assert facts["objects"] > 200
    assert facts["unnamed"] == []
    assert facts["back_to"] == 0, facts["stops"]  # round the window: no keyboard trap
    assert any(stop.startswith("table: Recommendations") for stop in facts["stops"])
    assert facts["editor"]["name"].startswith("Report Ref. No., ")
    assert any("Not a date planapp can read" in said for said in facts["announced"])
    assert done.returncode == 0
