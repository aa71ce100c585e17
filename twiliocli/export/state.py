"""The `--state` file: where the last successful export of one resource ended.

A small JSON document, replaced atomically after the output is complete:

    {"version": 2, "resource": "calls", "account_sid": "AC…", "filters": {"Status": "completed"},
     "until": "2024-05-01T12:00:00Z", "since": "2024-05-01T11:00:00Z", "records": 1234,
     "watermark": "2024-05-01T11:52:10Z", "seen": ["CA…", …],
     "append": {"path": "/srv/exports/calls.csv", "size": 1048576},
     "saved_at": "2024-05-01T12:00:03Z"}

`until` is the exclusive end of the last run's window. `watermark` (≤ `until`) is where the
next run starts: the date of the oldest record the last run held back because it was not final
yet; `seen` lists the SIDs written at or after it, which the next run skips (export/watermark.py).
Consecutive runs so cover the timeline without gap or duplicate. `append` is the size of the
`--append` file once the last run's records were in it: a later run first cuts off anything
beyond (the tail of a run that crashed before it could record its size).

`resource`, `account_sid` and `filters` identify what was exported: a state file written for
another resource, account or filter set is refused rather than silently skipping or repeating
records. (`--fields` and `--format` may change between runs: they shape the output, not which
records it holds.) Version 1 files (no watermark) are read as watermark = until.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from twiliocli import atomic
from twiliocli.errors import UsageError
from twiliocli.timefmt import iso, now, parse_iso

VERSION = 2
READS = (1, 2)


class StateError(UsageError):
    """The state file cannot be used for this export (exit 2, before any request)."""


@dataclass(frozen=True)
class State:
    resource: str
    account_sid: str
    filters: Mapping[str, str] = field(default_factory=dict)
    until: int | None = None
    since: int | None = None
    records: int = 0
    watermark: int | None = None  # None: `until`
    seen: tuple[str, ...] = ()
    append: Appended | None = None

    @property
    def next_since(self) -> int | None:
        """Where the next run starts."""
        return self.until if self.watermark is None else self.watermark

    def to_json(self) -> str:
        document: dict[str, Any] = {
            "version": VERSION,
            "resource": self.resource,
            "account_sid": self.account_sid,
            "filters": dict(sorted(self.filters.items())),
            "until": iso(self.until),
            "since": iso(self.since),
            "records": self.records,
            "watermark": iso(self.next_since),
            "seen": list(self.seen),
            "append": None if self.append is None else {"path": self.append.path, "size": self.append.size},
            "saved_at": iso(now()),
        }
        return json.dumps(document, indent=2) + "\n"


@dataclass(frozen=True)
class Appended:
    """The `--append` file (absolute path) and its size once the last run's records were in it."""

    path: str
    size: int


def load(path: str | os.PathLike[str], expect: State) -> State | None:
    """The saved state, checked against the export about to run; None when there is no file yet."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StateError(f"Cannot read state file {os.fspath(path)}: {exc.strerror or exc}") from None
    try:
        document = json.loads(data.decode("utf-8"))  # UnicodeDecodeError is a ValueError
        if not isinstance(document, dict) or document.get("version") not in READS:
            raise ValueError("unknown version")
        appended = document.get("append")
        saved = State(
            resource=str(document["resource"]),
            account_sid=str(document["account_sid"]),
            filters={str(k): str(v) for k, v in (document.get("filters") or {}).items()},
            until=_epoch(document["until"]),
            since=_epoch(document.get("since")),
            records=int(document.get("records") or 0),
            watermark=_epoch(document.get("watermark")),
            seen=tuple(str(sid) for sid in document.get("seen") or ()),
            append=None if appended is None else Appended(str(appended["path"]), int(appended["size"])),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        raise StateError(
            f"State file {os.fspath(path)} is not a twiliocli export state; give another --state file "
            "(or delete this one to start over)"
        ) from None
    mismatch = [
        f"{what} {theirs or 'none'} (this export: {ours or 'none'})"
        for what, theirs, ours in (
            ("resource", saved.resource, expect.resource),
            ("account", saved.account_sid, expect.account_sid),
            ("filters", _show(saved.filters), _show(expect.filters)),
        )
        if theirs != ours
    ]
    if mismatch:
        raise StateError(
            f"State file {os.fspath(path)} belongs to another export: {'; '.join(mismatch)}. "
            "Use one --state file per resource, account and filter set"
        )
    return saved


def save(path: str | os.PathLike[str], state: State) -> None:
    """Replace the state file atomically (temporary file, fsync, rename)."""
    atomic.write_text(path, state.to_json())


def _show(filters: Mapping[str, str]) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(filters.items()))


def _epoch(value: Any) -> int | None:
    return None if value is None else parse_iso(str(value))
