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

`--all-accounts` keeps one file for the parent and every subaccount: the same fields, once per
account, under `accounts` (`load_accounts`/`save_accounts`), plus the one `--append` file's size
when every account goes to one file:

    {"version": 2, "resource": "calls", "account_sid": "AC…(the parent)", "all_accounts": true,
     "filters": {}, "accounts": {"AC…": {"until": …, "watermark": …, "seen": […], …}, …},
     "append": {"path": …, "size": …}, "saved_at": …}

An account absent from `accounts` has never been exported (a new subaccount); a failed one keeps
its entry as it was, so the next run catches it up.
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
            **self.position(),
            "saved_at": iso(now()),
        }
        return json.dumps(document, indent=2) + "\n"

    def position(self) -> dict[str, Any]:
        """Where this export stands: the fields one account has in a state file."""
        return {
            "until": iso(self.until),
            "since": iso(self.since),
            "records": self.records,
            "watermark": iso(self.next_since),
            "seen": list(self.seen),
            "append": None if self.append is None else {"path": self.append.path, "size": self.append.size},
        }


@dataclass(frozen=True)
class Appended:
    """The `--append` file (absolute path) and its size once the last run's records were in it."""

    path: str
    size: int


def load(path: str | os.PathLike[str], expect: State) -> State | None:
    """The saved state, checked against the export about to run; None when there is no file yet."""
    document = _document(path)
    if document is None:
        return None
    try:
        if document.get("all_accounts"):
            raise StateError(f"State file {os.fspath(path)} belongs to an --all-accounts export (every account of "
                             f"{document.get('account_sid')}): run it with --all-accounts, or give another --state file")
        saved = _state(document, str(document["account_sid"]), document)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise _not_a_state(path) from None
    _check(path, saved, expect)
    return saved


def _document(path: str | os.PathLike[str]) -> dict[str, Any] | None:
    """The state file's JSON object, of a version this reads; None when there is no file yet."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StateError(f"Cannot read state file {os.fspath(path)}: {exc.strerror or exc}") from None
    try:
        document = json.loads(data.decode("utf-8"))  # UnicodeDecodeError is a ValueError
    except ValueError:
        raise _not_a_state(path) from None
    if not isinstance(document, dict) or document.get("version") not in READS:
        raise _not_a_state(path)
    return document


def _not_a_state(path: str | os.PathLike[str]) -> StateError:
    return StateError(f"State file {os.fspath(path)} is not a twiliocli export state; give another --state file "
                      "(or delete this one to start over)")


def _state(document: Mapping[str, Any], account: str, position: Mapping[str, Any]) -> State:
    appended = position.get("append")
    return State(
        resource=str(document["resource"]),
        account_sid=account,
        filters={str(k): str(v) for k, v in (document.get("filters") or {}).items()},
        until=_epoch(position["until"]),
        since=_epoch(position.get("since")),
        records=int(position.get("records") or 0),
        watermark=_epoch(position.get("watermark")),
        seen=tuple(str(sid) for sid in position.get("seen") or ()),
        append=None if appended is None else Appended(str(appended["path"]), int(appended["size"])),
    )


def _check(path: str | os.PathLike[str], saved: State, expect: State) -> None:
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


@dataclass
class AllAccounts:
    """An `--all-accounts` state: `accounts` maps each account exported so far to where it stands;
    `append` is the size of the one `--append` file every account goes to (None otherwise)."""

    resource: str
    parent: str
    filters: Mapping[str, str]
    accounts: dict[str, State] = field(default_factory=dict)
    append: Appended | None = None

    def expect(self, account: str) -> State:
        return State(self.resource, account, dict(self.filters))

    def to_json(self) -> str:
        document: dict[str, Any] = {
            "version": VERSION,
            "resource": self.resource,
            "account_sid": self.parent,
            "all_accounts": True,
            "filters": dict(sorted(self.filters.items())),
            "accounts": {sid: one.position() for sid, one in self.accounts.items()},
            "append": None if self.append is None else {"path": self.append.path, "size": self.append.size},
            "saved_at": iso(now()),
        }
        return json.dumps(document, indent=2) + "\n"


def load_accounts(path: str | os.PathLike[str], expect: AllAccounts) -> AllAccounts:
    """The saved `--all-accounts` state, checked against `expect` (the export about to run); `expect`
    itself when there is no file yet."""
    document = _document(path)
    if document is None:
        return expect
    try:
        if not document.get("all_accounts"):
            raise StateError(f"State file {os.fspath(path)} belongs to an export of one account "
                             f"({document.get('account_sid')}); --all-accounts keeps a state file of its own: "
                             "give another --state file")
        parent = str(document["account_sid"])
        head = _state(document, parent, {"until": None})
        accounts = {str(sid): _state(document, str(sid), position) for sid, position in (document["accounts"] or {}).items()}
        appended = document.get("append")
        saved = AllAccounts(head.resource, parent, head.filters, accounts,
                            None if appended is None else Appended(str(appended["path"]), int(appended["size"])))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise _not_a_state(path) from None
    _check(path, head, State(expect.resource, expect.parent, dict(expect.filters)))
    return saved


def save_accounts(path: str | os.PathLike[str], state: AllAccounts) -> None:
    """Replace the `--all-accounts` state file atomically."""
    atomic.write_text(path, state.to_json())


def save(path: str | os.PathLike[str], state: State) -> None:
    """Replace the state file atomically (temporary file, fsync, rename)."""
    atomic.write_text(path, state.to_json())


def _show(filters: Mapping[str, str]) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(filters.items()))


def _epoch(value: Any) -> int | None:
    return None if value is None else parse_iso(str(value))
