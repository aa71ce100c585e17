"""Where an export's records go, so that a re-run never destroys what an earlier one wrote.

- `--out` may name the window (`calls-{until:%F}.csv`): `expand` fills `{since:…}` and
  `{until:…}` with `strftime` patterns of the window's bounds (UTC), so each run names its own file.
  With `--all-accounts`, `{account}` names the account (a file per account, `--append` too).
- `holds_records`: an existing `--out` file with records in it is never replaced without
  `--force` (a header-only CSV or `[]` may be: it holds nothing).
- `appending`: `--append FILE` grows one file. The state records the file's size once a run's
  records are in it; the next run first cuts off anything beyond that size (what a run that
  crashed before saving its state left), and a run that fails or is interrupted cuts its own
  records off again. With the state moving only after the records are on disk (fsync), each
  record is in the file exactly once.
"""

from __future__ import annotations

import os
import string
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

from twiliocli.errors import CliError, UsageError

PLACEHOLDERS = ("since", "until")
ACCOUNT = "account"  # with --all-accounts: the account's SID


class _Unbounded:
    """`{since:%F}` of a window with no start (a first run without --since)."""

    def __format__(self, spec: str) -> str:
        return "start"


def _moment(epoch: int | None) -> datetime | _Unbounded:
    return _Unbounded() if epoch is None else datetime.fromtimestamp(epoch, timezone.utc)


def check_template(template: str, *, accounts: bool = False, option: str = "--out") -> bool:
    """Refuse (exit 2) a `--out` whose placeholders are not `{since:…}`/`{until:…}` (and `{account}`
    with `accounts`); True when it has any."""
    known = (*PLACEHOLDERS, ACCOUNT) if accounts else PLACEHOLDERS
    named = "{since:%F} and {until:%F}" + (" and {account}" if accounts else "")
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
        unknown = sorted(set(fields) - set(known))
        if not unknown:
            expand(template, 0, 0, "AC")
    except (ValueError, IndexError) as exc:
        raise UsageError(f"{option} {template!r}: {exc}; placeholders are {named} "
                         "(any strftime pattern), and a literal brace is written {{ or }}") from None
    if unknown:
        also = "" if accounts or unknown[0] != ACCOUNT else " ({account} only with --all-accounts)"
        raise UsageError(f"{option} {template!r}: unknown placeholder {{{unknown[0]}}}{also}; use {named.replace(' and ', ' or ', 1)} "
                         "(any strftime pattern), or {{ and }} for literal braces")
    return bool(fields)


def per_account(template: str | None) -> bool:
    """Does `template` name the account (a file per account)?"""
    return template is not None and any(name == ACCOUNT for _, name, _, _ in string.Formatter().parse(template))


def expand(template: str, since: int | None, until: int, account: str | None = None) -> str:
    if account is None:
        return template.format(since=_moment(since), until=_moment(until))
    return template.format(since=_moment(since), until=_moment(until), account=account)


def holds_records(path: Path, fmt: str, header: bool) -> bool:
    """Does the existing file at `path` hold any record (not just a header line, or `[]`)?"""
    try:
        with open(path, "rb") as handle:
            head = handle.read(1 << 16)
    except (FileNotFoundError, IsADirectoryError):
        return False
    text = head.strip()
    if fmt == "json":
        return text not in (b"", b"[]")
    if fmt in ("csv", "tsv") and header:
        return b"\n" in text  # something after the header line
    return bool(text)


class Appending:
    """An open `--append` file: `stream` to write records to, `start` its size before this run."""

    def __init__(self, stream: IO[Any], start: int) -> None:
        self.stream = stream
        self.start = start
        self.committed = False

    def sync(self) -> int:
        """Flush the records to disk; return the file's size, for the state."""
        self.stream.flush()
        os.fsync(self.stream.fileno())
        return os.fstat(self.stream.fileno()).st_size


@contextmanager
def appending(path: Path, committed: int | None) -> Iterator[Appending]:
    """Open `path` to add records after its first `committed` bytes (None: a file this state has
    not appended to, kept whole). Unless the caller sets `.committed` (once its state is saved),
    the file is cut back to its start size when the block ends, however it ends. A caller that
    commits in steps (one account after another) moves `.start` to the size it has saved."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
    stream = os.fdopen(fd, "r+", encoding="utf-8", newline="", buffering=1 << 20)
    try:
        size = os.fstat(fd).st_size
        start = size if committed is None else committed
        if size < start:
            raise CliError(f"--append {path} holds {size:,} bytes, fewer than the {start:,} the last run left in it: "
                           "something else changed it. Move it away to start a new file")
        if size > start:  # the tail of a run that crashed before saving its state
            os.ftruncate(fd, start)
        stream.seek(start)
        target = Appending(stream, start)
        try:
            yield target
        finally:
            if not target.committed:
                try:
                    stream.flush()
                finally:
                    os.ftruncate(fd, target.start)
    finally:
        stream.close()
