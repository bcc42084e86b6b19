"""Who holds a document's lock: what the lock file says, whether that process still runs,
and the sentence that names it.

A lock file holds JSON naming its holder (process id, host, user, start time, the process's
start in clock ticks and the boot id). Where the OS lock decides, the content only names the
holder for the message; on a file system without OS locks it also decides whether the holder
is gone (:func:`holder_gone`).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
from pathlib import Path

from planapp.domain.texts import QT_TRANSLATE_NOOP, Text


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""


def _process_start(pid: int) -> str:
    """When process ``pid`` started (clock ticks since boot, Linux), "" if unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except (OSError, ValueError, OverflowError):
        return ""
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else ""


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        if pid > 0xFFFFFFFF:
            return False
        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError, ValueError):
        return False  # OverflowError: no process can have an id that large
    except PermissionError:
        return True
    return True


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown user"


def read_holder(path: Path) -> dict | None:
    """Who the lock file at ``path`` names, or None when there is none or it cannot be read."""
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict):
        return None  # valid JSON but not ours ("42", "[]"): as unreadable as garbage
    return info


def this_process() -> dict:
    """What a lock file taken by this process says about it."""
    pid = os.getpid()
    return {
        "pid": pid,
        "host": socket.gethostname(),
        "user": _user(),
        "since": dt.datetime.now().isoformat(timespec="seconds"),
        "started": _process_start(pid),
        "boot": _boot_id(),
    }


def holder_gone(info: dict | None) -> bool:
    """For a file system without OS locks: True when the process ``info`` names is gone
    (it crashed), judged by process id, its start time and the boot it ran in."""
    if info is None:
        return True  # unreadable: another program's file or a writer that died
    if info.get("host") != socket.gethostname():
        return False  # cannot see processes on another machine (shared drive): respect it
    try:
        pid = int(info.get("pid", 0))
    except (TypeError, ValueError):
        return True  # no usable process id: nobody can be holding it
    boot = _boot_id()
    if info.get("boot") and boot and info["boot"] != boot:
        return True  # written before this computer last started
    if not _pid_alive(pid):
        return True
    started = info.get("started")
    return bool(started) and started != _process_start(pid)  # the id now names another


def describe_holder(name: str, info: dict | None) -> Text:
    """One sentence for the user naming who holds the document ``name``."""
    if not info:
        return QT_TRANSLATE_NOOP(
            "DocumentError", "{name} is open in another planapp window."
        ).format(name=name)
    return QT_TRANSLATE_NOOP(
        "DocumentError",
        "{name} is open in planapp by {user} on {host} (process {pid}, since {since}). "
        "Close it there first.",
    ).format(
        name=name,
        user=info.get("user") or QT_TRANSLATE_NOOP("DocumentError", "someone"),
        host=info.get("host") or QT_TRANSLATE_NOOP("DocumentError", "another computer"),
        pid=str(info.get("pid")),
        since=_local_time(info.get("since")),
    )


def _local_time(stamp: object) -> dt.datetime | str:
    """The lock's ISO timestamp as local time, shown as a reader writes it ("December 1, 2026
    at 14:05", "1er décembre 2026 à 14 h 05"), or the stamp as it is if it is not one."""
    try:
        when = dt.datetime.fromisoformat(str(stamp))
    except ValueError:
        return str(stamp or "?")
    if when.tzinfo is not None:
        when = when.astimezone()
    return when
