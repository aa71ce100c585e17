"""Files that appear whole or not at all: write a temporary file beside the target, fsync, rename.

A reader (or the next cron run) sees either the previous file or the complete new one, never a
half-written one, even if the process is killed or the machine loses power mid-write:

1. the temporary file is created in the target's own folder (a rename across file systems
   would be a copy, not atomic), named `.NAME.XXXXXX.tmp` so it is hidden and easy to recognise;
2. on success its data is flushed and fsynced, then it is renamed over the target, and the folder
   is fsynced so the rename itself is durable;
3. on any failure (an exception, Ctrl-C) the temporary file is removed and the target untouched.

    with atomic.writer("calls.csv", newline="") as out:
        out.write(...)

Used by `GROUP export --out` and its state file; `recordings download` can use it too.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from twiliocli.errors import CliError

BUFFER = 1 << 20  # 1 MiB writes: a million-record export is a few hundred system calls, not millions


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def writer(
    path: str | os.PathLike[str],
    mode: str = "w",
    *,
    encoding: str | None = "utf-8",
    newline: str | None = None,
    permissions: int | None = None,
) -> Iterator[IO[Any]]:
    """Open a temporary file next to `path` for writing; it replaces `path` when the block succeeds.

    `mode` is "w" (text, with `encoding` and `newline`) or "wb". The new file gets `permissions`,
    by default what `open()` would give a new file (0666 less the umask); the temporary file is
    private (0600) until then.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"mode must be 'w' or 'wb', not {mode!r}")
    target = Path(path)
    folder = target.parent
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    try:
        if mode == "wb":
            handle: IO[Any] = os.fdopen(fd, "wb", buffering=BUFFER)
        else:
            handle = os.fdopen(fd, "w", buffering=BUFFER, encoding=encoding, newline=newline)
    except BaseException:
        os.close(fd)
        os.unlink(temp)
        raise
    try:
        with handle:
            yield handle
            handle.flush()
            os.fchmod(handle.fileno(), 0o666 & ~_umask() if permissions is None else permissions)
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException as exc:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError) and exc.errno in _STORAGE_ERRORS:
            raise _cannot_write(target, exc) from None
        raise
    sync_folder(folder)


# What a file system says when it cannot take the data: full, over quota or size limit, read-only, failing.
_STORAGE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO, errno.EACCES, errno.EPERM})


def _cannot_write(target: Path, exc: OSError) -> CliError:
    """The failure in words, naming the file the user asked for (not our temporary one)."""
    return CliError(f"Could not write {target}: {exc.strerror or exc}; nothing was written there")


def write_bytes(path: str | os.PathLike[str], data: bytes, *, permissions: int | None = None) -> None:
    """Replace `path` with `data`, atomically and durably."""
    with writer(path, "wb", permissions=permissions) as handle:
        handle.write(data)


def write_text(path: str | os.PathLike[str], text: str, *, permissions: int | None = None) -> None:
    """Replace `path` with `text` (UTF-8), atomically and durably."""
    write_bytes(path, text.encode("utf-8"), permissions=permissions)


def sync_folder(folder: str | os.PathLike[str]) -> None:
    """fsync a directory so a rename in it survives a crash (a no-op where that is unsupported)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
