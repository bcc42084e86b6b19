"""The installed PySide6 survives many void-returning calls.

PySide6 6.12.0 on Python 3.11 aborts the interpreter ("Fatal Python error: none_dealloc") after
a few thousand calls of a Qt method that returns nothing; pyproject.toml pins <6.12 for that.
The calls run in a child process so that a crash fails this test instead of killing pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 10_000

SCRIPT = f"""
from PySide6.QtCore import QObject
for _ in range({CALLS}):
    QObject().setObjectName("x")
print("ok")
"""


def test_ten_thousand_void_calls_do_not_crash() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    assert result.stdout.strip() == "ok"
