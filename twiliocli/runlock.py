"""One run at a time per state file: an exclusive lock on `STATE.lock`, beside the state.

Two cron runs with the same `--state` would both export the same records and could move the
state backwards. The first run holds an advisory `flock` on the lock file for as long as it runs;
a second one fails at once (never waits: cron would pile runs up) with a message naming the first
(pid, host, start time, command line, which the holder writes into the lock file). The kernel
drops the lock when the holder exits however it exits, kill -9 included, so a stale lock file is
harmless. The holder removes the file when it is done, while still holding the lock; a run that
locked a file someone removed meanwhile sees that its inode is no longer the path's, and locks
the new file instead.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from twiliocli.errors import CliError
from twiliocli.timefmt import iso, now


class BusyError(CliError):
    """Another run holds the lock (exit 1); nothing was touched."""


def lock_path(state: Path) -> Path:
    return state.with_name(state.name + ".lock")


@contextmanager
def held(state: Path, what: str = "run", option: str = "--state") -> Iterator[Path]:
    """Hold the lock of `state` (the file of `option`) for the block, or raise `BusyError` at once."""
    path = lock_path(state)
    fd = _lock(path, state, what, option)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, (json.dumps(_me()) + "\n").encode(), 0)
        yield path
    finally:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        os.close(fd)  # releases the lock


def _lock(path: Path, state: Path, what: str, option: str) -> int:
    import fcntl

    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            os.close(fd)
            raise BusyError(f"Another {what} is using {option} {state}: {holder}. "
                            f"Wait for it to finish (its lock is {path})") from None
        try:
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                return fd
        except FileNotFoundError:
            pass
        os.close(fd)  # the holder we waited on removed this file: lock the new one


def _me() -> dict[str, object]:
    return {"pid": os.getpid(), "host": socket.gethostname(), "started": iso(now()),
            "command": " ".join(["twiliocli", *sys.argv[1:]])[:300]}


def _holder(fd: int) -> str:
    try:
        info = json.loads(os.pread(fd, 4096, 0).decode("utf-8", "replace"))
        return f"pid {int(info['pid'])} on {info['host']}, started {info['started']} ({info['command']})"
    except (ValueError, KeyError, TypeError, OSError):
        return "a run that has not said who it is yet"
