"""One planapp process per document, and recovery from a crashed one.

The lock is an operating-system lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) held
on an open ``<document>.lock`` file for as long as the document is open. The kernel releases
it when the holder exits, however it exits, so a crashed holder never keeps the document:
there is no guess about whether a process id still means the same process, and no window
between "this lock is stale" and "delete it" for a second process to slip through. Taking the
lock and testing it are one system call, so two processes starting at the same instant cannot
both win.

The file's content says who holds it (process id, host, user, start time), for the message a
second process shows. A lock naming another computer is respected even when the OS lock is
free: on a shared drive the holder's OS lock may not reach this computer. On a file system
without OS locks (rare; some network shares), the content alone decides, with the process's
start time and the boot id so that a reused process id is not taken for the holder.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import time
from pathlib import Path

from planapp.domain.texts import QT_TRANSLATE_NOOP, Text
from planapp.store.errors import OPEN_IT, DocumentError, ReadOnlyDocumentError, from_os_error
from planapp.store.lock_holder import describe_holder, holder_gone, read_holder, this_process


class DocumentLockedError(DocumentError):
    pass


class LockUnavailableError(ReadOnlyDocumentError):
    """No lock file can be made beside the document (read-only folder or medium): the
    document can still be opened read-only."""


_HELD: set[tuple[int, int]] = set()  # (device, inode) of the lock files this process holds
_WINDOWS_LOCK_OFFSET = 1 << 30  # a byte far past the content, so readers can still read it
# Seconds after which a breaker file is taken to be left by a process that crashed.
_BREAKER_ABANDONED = 10.0
_NO_OS_LOCKS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS, errno.EINVAL}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def _os_lock(fd: int) -> bool | None:
    """Take the exclusive OS lock on ``fd`` without waiting: True if taken, False if another
    open file holds it, None if this file system has no OS locks."""
    try:
        if os.name == "nt":  # pragma: no cover - exercised on Windows only
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK):
            return False
        if exc.errno in _NO_OS_LOCKS:
            return None
        raise
    return True


def _write_all(fd: int, data: bytes) -> None:
    """Replace the file's content with ``data`` (a short write is a full disk)."""
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    if os.write(fd, data) != len(data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _same_file(fd: int, path: Path) -> bool:
    """True if ``path`` still names the file open on ``fd`` (a releasing holder may have
    removed it between our open and our lock)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)


class DocumentLock:
    def __init__(self, document: Path) -> None:
        self.path = document.with_name(document.name + ".lock")
        self._fd: int | None = None
        self._key: tuple[int, int] | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def holder(self) -> dict | None:
        """Who holds the lock, or None when there is no lock file or it cannot be read."""
        return read_holder(self.path)

    def acquire(self) -> None:
        """Hold the document, or raise DocumentLockedError naming who does.

        LockUnavailableError (a ReadOnlyDocumentError) when no lock file can be made here;
        DiskFullError when the disk is full (no empty lock file is left behind).
        """
        for _attempt in range(20):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
            except OSError as exc:
                raise self._cannot_create(exc) from exc
            try:
                if self._take(fd):
                    return
            except BaseException:
                os.close(fd)
                raise
            os.close(fd)  # the file we locked was removed by a releasing holder: again
        raise DocumentLockedError(self.describe(self.holder()))

    def _take(self, fd: int) -> bool:
        """Lock the file open on ``fd``; True when held, False to retry, else raise."""
        locked = _os_lock(fd)
        if locked is None:
            return self._take_without_os_locks(fd)
        if locked is False:
            raise DocumentLockedError(self.describe(self._written_holder()))
        if not _same_file(fd, self.path):
            return False
        st = os.fstat(fd)
        key = (st.st_dev, st.st_ino)
        info = self.holder()
        # The OS lock is free, so whoever wrote ``info`` has exited; but on a shared drive
        # another computer's OS lock may not reach here, so its lock is respected.
        if key in _HELD or (info is not None and info.get("host") != socket.gethostname()):
            raise DocumentLockedError(self.describe(info))
        try:
            _write_all(fd, json.dumps(this_process()).encode("utf-8"))
        except OSError as exc:
            # We hold it, so removing it is safe: no empty or partial lock is left behind.
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            named = self._named(exc)
            if named is None:
                raise
            raise named from exc
        self._fd, self._key = fd, key
        _HELD.add(key)
        return True

    def _take_without_os_locks(self, probe: int) -> bool:
        """For a file system without OS locks: the lock file's content decides.

        A lock file is made with its content in one step (written beside it, then linked to
        the lock's name, which fails if the name exists), so nobody sees it half-written. A
        stale one is removed only while holding the breaker (``<lock>.break``, created
        exclusively), after checking that the name still is the very file judged stale: a
        live lock is never moved, so there is no moment where a second process finds the
        name free while the holder still holds it. ``probe`` is the lock file as opened by
        :meth:`acquire` (it may have just created it, empty).
        """
        judged = os.fstat(probe)
        info = self.holder()
        if info is not None and not self.is_stale(info):
            raise DocumentLockedError(self.describe(info))
        if not self._break_stale((judged.st_dev, judged.st_ino)):
            return False  # someone else is breaking it, or it changed: look again
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}-{time.monotonic_ns()}.new")
        try:
            fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
            try:
                _write_all(fd, json.dumps(this_process()).encode("utf-8"))
                os.link(tmp, self.path)
            except BaseException:
                os.close(fd)
                raise
        except FileExistsError:
            return False  # another process linked its lock first: look again
        except OSError as exc:
            named = self._named(exc)
            if named is None:
                raise
            raise named from exc
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        os.close(probe)
        st = os.fstat(fd)
        self._fd, self._key = fd, (st.st_dev, st.st_ino)
        _HELD.add(self._key)
        return True

    def _break_stale(self, judged: tuple[int, int]) -> bool:
        """Remove the stale lock file ``judged`` (device, inode) under the breaker; True when
        the name is free for a new lock."""
        breaker = self.path.with_name(self.path.name + ".break")
        try:
            os.close(os.open(breaker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        except FileExistsError:
            with contextlib.suppress(OSError):
                if time.time() - os.stat(breaker).st_mtime > _BREAKER_ABANDONED:
                    os.unlink(breaker)  # left by a process that crashed while breaking
            time.sleep(0.005)
            return False
        try:
            try:
                st = os.stat(self.path)
            except FileNotFoundError:
                return True
            if (st.st_dev, st.st_ino) != judged:
                return False
            info = self.holder()
            if info is not None and not self.is_stale(info):
                raise DocumentLockedError(self.describe(info))
            os.unlink(self.path)
            return True
        finally:
            with contextlib.suppress(OSError):
                os.unlink(breaker)

    def _named(self, exc: OSError) -> DocumentError | None:
        return from_os_error(exc, self.path.with_name(self.path.name[:-5]), OPEN_IT)

    def _written_holder(self) -> dict | None:
        """The holder's content, giving it a moment to be written by a holder just starting."""
        for _ in range(10):
            info = self.holder()
            if info is not None or not self.path.exists():
                return info
            time.sleep(0.005)
        return None

    def _cannot_create(self, exc: OSError) -> DocumentError | OSError:
        name = self.path.name.removesuffix(".lock")
        if exc.errno in _READ_ONLY:
            return LockUnavailableError(
                QT_TRANSLATE_NOOP(
                    "DocumentError",
                    "{name} is in a folder planapp cannot write to, so it is open read-only.",
                ).format(name=name)
            )
        return from_os_error(exc, self.path.with_name(name), OPEN_IT) or exc

    def is_stale(self, info: dict | None) -> bool:
        """For a file system without OS locks: True when the holder ``info`` names is gone."""
        return holder_gone(info)

    def held_elsewhere(self) -> dict | None:
        """The holder if another planapp holds this lock now (for refusing to replace its
        document), else None. Leaves the lock file as it is."""
        info = self.holder()
        if self.held:
            return None
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return None  # no lock file: nobody holds it
        try:
            if os.name == "nt":  # pragma: no cover - exercised on Windows only
                import msvcrt

                os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
                try:
                    msvcrt.locking(fd, msvcrt.LK_NBRLCK, 1)
                except OSError:
                    return info or {}
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                try:
                    fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                except OSError as exc:
                    if exc.errno in _NO_OS_LOCKS:
                        return None if self.is_stale(info) else info
                    return info or {}
        finally:
            os.close(fd)  # also drops the shared lock just taken
        if info is not None and info.get("host") != socket.gethostname():
            return info
        return None

    def describe(self, info: dict | None) -> Text:
        """One sentence for the user naming who holds the document."""
        return describe_holder(self.path.name.removesuffix(".lock"), info)

    def release(self) -> None:
        """Give the document up; the lock file is removed only if it is still ours."""
        fd, key = self._fd, self._key
        if fd is None:
            return
        self._fd = self._key = None
        _HELD.discard(key)  # type: ignore[arg-type]
        if os.name == "nt":  # pragma: no cover - exercised on Windows only
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            with contextlib.suppress(OSError):
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            ours = _same_file(fd, self.path)
            os.close(fd)
            if ours:
                with contextlib.suppress(OSError):  # another process opened it meanwhile
                    os.unlink(self.path)
            return
        try:
            # Removed while still locked: a process that opened it meanwhile finds, once it
            # gets the lock, that the file is no longer the lock file, and starts again.
            if _same_file(fd, self.path):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.path)
        finally:
            os.close(fd)
