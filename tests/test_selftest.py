"""``planapp --self-test``: one line per check, a clear failure line, never a traceback."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planapp import selftest
from planapp.domain.sample import sample_plan

CHECK_NAMES = [name for name, _check in selftest.CHECKS]


def test_every_check_passes_in_this_installation(qapp) -> None:
    out = io.StringIO()
    status = selftest.run_self_test(out)
    lines = out.getvalue().splitlines()
    assert lines == [f"ok   {name}" for name in CHECK_NAMES], out.getvalue()
    assert status == 0


def test_the_command_prints_one_line_per_check_and_exits_0(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # it goes offscreen
    done = subprocess.run(
        [sys.executable, "-m", "planapp", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.stdout.splitlines() == [f"ok   {name}" for name in CHECK_NAMES]
    assert done.returncode == 0
    assert done.stderr == ""


def test_missing_migrations_fail_with_a_reason_not_a_traceback(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a build that forgot the Alembic scripts would print."""
    from alembic.config import Config

    from planapp.store import connection

    def no_scripts() -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(tmp_path / "missing"))
        return cfg

    monkeypatch.setattr(connection, "alembic_config", no_scripts)
    out = io.StringIO()
    status = selftest.run_self_test(out)
    lines = out.getvalue().splitlines()
    assert status == 1
    assert len(lines) == len(CHECK_NAMES)
    assert lines[0].startswith("FAIL migrations found: ")
    assert "missing" in lines[0]
    assert "Traceback" not in out.getvalue()
    assert "ok   defusedxml protection" in lines  # the other checks still ran


def test_a_failing_check_does_not_stop_the_others(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_tmp: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(selftest, "CHECKS", (("writing", broken), *selftest.CHECKS[-1:]))
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    assert out.getvalue().splitlines() == ["FAIL writing: OSError: disk full", "ok   resources"]


def test_a_plan_that_differs_is_named_down_to_the_field() -> None:
    original, changed = sample_plan(), sample_plan()
    changed.recommendations[1].milestones[0].description = "Something else"
    diff = selftest.first_difference(original, changed)
    assert diff is not None
    assert diff.startswith("plan.recommendations[1].milestones[0].description: ")
    assert selftest.first_difference(original, sample_plan()) is None


def test_ids_do_not_count_as_differences() -> None:
    a, b = sample_plan(), sample_plan()
    a.id, b.id = 1, 7
    a.recommendations[0].id = 3
    assert selftest.first_difference(a, b) is None


def test_the_entity_bomb_is_refused() -> None:
    selftest.check_defusedxml(Path("."))  # raises CheckFailed if protection were off
