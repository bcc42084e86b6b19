"""Real read-only and full disks for tests: a small tmpfs mounted for the test (needs root and
the permission to mount, as in CI's container; a test is skipped, saying why, without them)."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def tmpfs(folder: Path, size_kb: int = 512) -> Iterator[Path]:
    """``folder`` as a tmpfs of ``size_kb`` KiB for the block."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def remount_read_only(folder: Path, read_only: bool = True) -> None:
    """The kernel refuses every write under ``folder`` (root included) from now on."""
    mode = "ro" if read_only else "rw"
    subprocess.run(["mount", "-o", f"remount,{mode}", str(folder)], check=True)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk of ``folder`` until it is full, then give back ``leave`` bytes."""
    filler = folder / "filler.bin"
    with open(filler, "wb", buffering=0) as fh:
        chunk = b"\0" * 4096
        try:
            while fh.write(chunk):
                pass
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - leave))
    return filler
