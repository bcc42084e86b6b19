"""One planapp process per document, and recovery from a crashed one.

A ``<document>.lock`` file is created exclusively and holds who owns it (process id, host, user,
start time). A second process that finds it names the holder in its message. A lock whose
process no longer runs on this host is stale (the holder crashed) and is taken over. This is the
scheme of QLockFile, written without Qt because the store must not depend on it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
from pathlib import Path

from planapp.store.connection import DocumentError


class DocumentLockedError(DocumentError):
    pass


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown user"


class DocumentLock:
    def __init__(self, document: Path) -> None:
        self.path = document.with_name(document.name + ".lock")
        self._held = False

    def holder(self) -> dict | None:
        """Who holds the lock, or None when there is no lock file or it cannot be read."""
        try:
            info = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(info, dict):
            return None  # valid JSON but not ours ("42", "[]"): as unreadable as garbage
        return info

    def acquire(self) -> None:
        me = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": _user(),
            "since": dt.datetime.now().isoformat(timespec="seconds"),
        }
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                info = self.holder()
                if self.is_stale(info):
                    with contextlib.suppress(FileNotFoundError):
                        self.path.unlink()
                    continue
                raise DocumentLockedError(self.describe(info)) from None
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(me, fh)
            self._held = True
            return
        raise DocumentLockedError(self.describe(self.holder()))

    def is_stale(self, info: dict | None) -> bool:
        """True when nobody can be holding the lock ``info`` describes (its holder crashed)."""
        if info is None:
            # Unreadable: a writer died between create and write, or another program's file.
            return True
        if info.get("host") != socket.gethostname():
            return False  # cannot see processes on another machine (shared drive): respect it
        try:
            pid = int(info.get("pid", 0))
        except (TypeError, ValueError):
            return True  # no usable process id: nobody can be holding it
        return not _pid_alive(pid)

    def describe(self, info: dict | None) -> str:
        """One sentence for the user naming who holds the document."""
        name = self.path.name.removesuffix(".lock")
        if not info:
            return f"{name} is open in another planapp window."
        return (
            f"{name} is open in planapp by {info.get('user', 'someone')} on "
            f"{info.get('host', 'another computer')} (process {info.get('pid')}, since "
            f"{info.get('since', '?')}). Close it there first."
        )

    def release(self) -> None:
        if self._held:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            self._held = False
