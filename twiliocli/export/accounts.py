"""`GROUP export --all-accounts`: one export run over the parent and each of its subaccounts.

Each account is exported as `job.run` would export it alone (its own window, watermark and
`seen`), `--account-parallel` accounts at a time (`api/accounts_walk.walk`), into a spool file
of its own: a worker never writes the output. The main thread takes the accounts' spools in the
accounts' order and commits each one — copies it to where it goes, then records the account's new
position in the one state file — so:

- an account that fails (its spool is dropped) writes nothing and keeps its old position: the
  next run catches it up, and no other account waits for it or loses anything;
- memory is a few pages per running account, whatever their number (the spools are on disk);
- the state file's lock is held for the whole run, signals are trapped as in `job.run`, and each
  commit runs with signals deferred.

Where the records go:

- `--out` naming `{account}`: a file per account, each atomic, the account's records as a
  one-account export writes them; the state moves per account once its file is in place;
- `--out` without it: one file, atomic, every account's records with `account_sid` first; the
  state moves for every account that succeeded once the file is in place;
- `--append` (with or without `{account}`) and stdout: each account's records added in turn, then
  (fsync for `--append`) its position saved, one account after another.

A new subaccount (not in the state yet) starts at `--since`, or at its creation date if later.
Closed accounts are never asked (the caller leaves them out of `listed`).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, TextIO

from twiliocli import interrupt, runlock
from twiliocli.api.accounts_walk import DONE, ITEM, Account, annotate, for_account, walk
from twiliocli.timefmt import epoch

from . import files
from . import state as state_file
from .engine import Exporter, PageGate, Stats, steady_malloc
from .job import Job, _not_the_state
from .watermark import Watermark



@dataclass
class Part:
    """One account's export, done: its records in `spool` (a body of `count` records) and where
    its window ended, waiting for the main thread to commit it."""

    account: Account
    spool: TextIO
    count: int
    stats: Stats
    since: int | None
    until: int
    mark: Watermark | None
    target: Path | None  # its own --out/--append file, when they name {account}


@dataclass
class Outcome:
    written: int
    local_clock: bool
    where: str


class _Spooled:
    """What an account's `Exporter.run` writes to: the records as one body in `spool`, formatted by
    `sink` (the output's own, never written to here), `account_sid` first when `account` is set."""

    def __init__(self, sink: Any, spool: TextIO, account: str | None) -> None:
        self.sink = sink
        self.spool = spool
        self.account = account
        self.json = sink.format == "json"
        self.count = 0

    def _marked(self, records: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
        return records if self.account is None else (annotate(self.account, r) for r in records)

    def body(self, records: Iterable[dict[str, Any]], stream: TextIO, *, header: bool = False) -> int:
        return int(self.sink.body(self._marked(records), stream))

    def write(self, records: Iterable[dict[str, Any]]) -> int:
        rest = iter(records)
        first = next(rest, None)
        if first is None:
            return 0
        if self.json and self.count:
            self.spool.write(",\n")
        n = self.body(chain([first], rest), self.spool)
        self.count += n
        return n

    def append(self, spool: TextIO, count: int) -> None:
        if count == 0:
            return
        if self.json and self.count:
            self.spool.write(",\n")
        spool.seek(0)
        shutil.copyfileobj(spool, self.spool, 1 << 16)
        self.count += count

    def close(self) -> int:
        self.spool.flush()
        return self.count


def run(
    job: Job,
    client: Any,
    list_accounts: Callable[[], Iterator[Account]],
    parallel: int,
    options: Mapping[str, Any],
    *,
    failed: Callable[[Account, BaseException], None],
    done: Callable[[Account, Part], None],
) -> Outcome:
    """Export every account `list_accounts()` yields (called once the state is read), `parallel` at
    a time; `failed(account, error)` and `done(account, part)` are told of each in order."""
    stack = ExitStack()
    with stack:
        if job.state is not None:
            stack.enter_context(runlock.held(job.state, f"{job.resource.name} export --all-accounts"))
        stack.enter_context(interrupt.trapped())
        parent = client.account_sid
        expect = state_file.AllAccounts(job.resource.name, parent, dict(job.filters))
        saved = state_file.load_accounts(job.state, expect) if job.state is not None else expect
        listed = list_accounts()
        return _Run(job, client, saved, options).go(listed, parallel, failed, done)


class _Run:
    def __init__(self, job: Job, client: Any, saved: state_file.AllAccounts, options: Mapping[str, Any]) -> None:
        from twiliocli.api.clock import server_now

        self.job = job
        self.client = client
        self.saved = saved
        self.options = dict(options)
        # A sequential account asks its whole window at once: one request for a quiet account, not
        # one per day-slice (200 accounts x 32 slices made the export 30 times the requests).
        # And the accounts running at once read one page at a time between them (`PageGate`), as
        # the slices of a parallel export do: memory is one decoded page, however many accounts.
        self.gate: PageGate | None = None
        if self.options.get("parallel", 1) == 1:
            self.options.setdefault("max_slices", 1)
            self.gate = PageGate(client.session)
        self.per_file = files.per_account(job.out) or files.per_account(None if job.append is None else str(job.append))
        steady_malloc()  # the account lanes decode pages in turn: one malloc arena, as for --parallel
        now, self.from_server = server_now(client)
        self.now = now
        self.hi = now - job.lag if job.until is None else min(job.until, now - job.lag)
        self.written = 0
        self.spool_dir = self._spool_dir()

    def _spool_dir(self) -> str | None:
        where = self.job.append if self.job.append is not None else (Path(self.job.out) if self.job.out else None)
        if where is None or "{" in str(where.parent):
            return None
        return str(where.resolve().parent)

    # -- one account, in a worker ------------------------------------------------------------

    def start(self, account: Account) -> int | None:
        """Where a subaccount the state has not seen starts: --since, or its creation if later."""
        created = epoch(account.date_created) if isinstance(account.date_created, str) else None
        since = self.job.since
        if created is None:
            return since
        return created if since is None or created > since else since

    def window(self, account: Account) -> tuple[int | None, int]:
        """The account's window: from where its last run stopped, or where a new account starts."""
        entry = self.saved.accounts.get(account.sid)
        if entry is not None and entry.until is not None:
            return entry.next_since, max(self.hi, entry.until)  # never back: `seen` covers up to `until`
        return self.start(account), self.hi

    def target(self, account: Account, lo: int | None, hi: int) -> Path | None:
        """The account's own file (`{account}` in --out or --append), checked; None for one output."""
        job = self.job
        if not self.per_file:
            return None
        option = "--out" if job.out is not None else "--append"
        target = Path(files.expand(job.out if job.out is not None else str(job.append), lo, hi, account.sid))
        if not target.parent.is_dir():
            from twiliocli.errors import UsageError

            raise UsageError(f"{option} {target}: folder {target.parent} does not exist")
        if job.state is not None:
            _not_the_state(target, option, job.state)
        if job.out is not None:
            job.may_replace(target, lo, hi)
        return target

    def export(self, account: Account) -> Iterator[Part]:
        job = self.job
        client = for_account(self.client, account.sid)
        entry = self.saved.accounts.get(account.sid)
        lo, hi = self.window(account)
        target = self.target(account, lo, hi)
        mark = None
        if job.state is not None:
            mark = Watermark(job.resource.lifecycle, until=hi, hold_from=self.now - job.hold,
                             seen=entry.seen if entry is not None else ())
        spool = tempfile.TemporaryFile("w+", encoding="utf-8", newline="", dir=self.spool_dir)
        try:
            exporter = Exporter(client, job.resource, lo, hi, filters=job.filters, watermark=mark,
                                spool_dir=self.spool_dir, gate=self.gate, **self.options)
            shape = job.sink(spool, False)
            with self.gate.metered() if self.gate is not None else nullcontext():
                stats = exporter.run(_Spooled(shape, spool, None if self.per_file else account.sid))
        except BaseException:
            spool.close()
            raise
        yield Part(account, spool, stats.written, stats, lo, hi, mark, target)

    # -- the main thread: commits in the accounts' order -------------------------------------

    def go(self, listed: Iterator[Account], parallel: int, failed: Callable[[Account, BaseException], None],
           done: Callable[[Account, Part], None]) -> Outcome:
        job = self.job
        parts: list[Part] = []  # one --out file: committed together once the file is in place
        together = not self.per_file and job.append is None and job.out is not None
        held = False
        if self.per_file and job.out is not None:
            # Every account's file is checked before any is fetched: a second run the same day
            # (`{until:%F}`) is refused (exit 2) and changes nothing, as for one account.
            every = list(listed)  # a few hundred small records
            for account in every:
                self.target(account, *self.window(account))
            listed = iter(every)
        try:
            with ExitStack() as stack:
                sink, appending, where = self._open(stack)
                for account, kind, value in walk(listed, self.export, parallel):
                    if kind == ITEM:
                        with value.spool:
                            self._commit(value, sink, appending)
                        if together:
                            parts.append(value)
                        else:
                            done(account, value)
                        self.written += value.count
                    elif kind != DONE:
                        failed(account, value)
                if sink is not None:
                    self._close(sink, appending, parts)
                    held = together
            if held:  # the file is in place (renamed on leaving the block): now the state
                self._save()
        finally:
            if held:
                interrupt.release()
            if self.gate is not None:
                self.gate.close()
        for part in parts:
            done(part.account, part)
        return Outcome(self.written, not self.from_server, where)

    def _open(self, stack: ExitStack) -> tuple[Any, files.Appending | None, str]:
        """The one output every account goes to (None, None with a file per account)."""
        job = self.job
        if self.per_file:
            return None, None, job.out or str(job.append)
        if job.append is not None:
            path = str(job.append.resolve())
            known = self.saved.append if self.saved.append is not None and self.saved.append.path == path else None
            committed = known.size if known is not None and job.append.exists() else None
            target = stack.enter_context(files.appending(job.append, committed))
            return job.sink(target.stream, job.header and target.start == 0), target, str(job.append)
        if job.out is not None:
            lo = self._earliest()
            path = Path(files.expand(job.out, lo, self.hi))
            if not path.parent.is_dir():
                from twiliocli.errors import UsageError

                raise UsageError(f"--out {path}: folder {path.parent} does not exist")
            if job.state is not None:
                _not_the_state(path, "--out", job.state)
            job.may_replace(path, lo, self.hi)
            from twiliocli import atomic

            handle = stack.enter_context(atomic.writer(path, newline="", encoding="utf-8"))
            return job.sink(handle, job.header), None, str(path)
        return job.sink(sys.stdout, job.header), None, "stdout"

    def _earliest(self) -> int | None:
        """`{since}` of one file for every account: the earliest start the state knows, or --since."""
        starts = [one.next_since for one in self.saved.accounts.values() if one.next_since is not None]
        return min(starts) if starts else self.job.since

    def _commit(self, part: Part, sink: Any, appending: files.Appending | None) -> None:
        job = self.job
        if sink is None:  # a file of its own
            self._commit_own(part)
            return
        sink.append(part.spool, part.count)
        if job.out is not None:
            return  # saved with the others once the file is in place
        with interrupt.deferred():
            if appending is not None:
                size = appending.sync()
                self.saved.append = state_file.Appended(str(job.append.resolve()), size)  # type: ignore[union-attr]
                self._position(part)
                self._save()
                appending.start = size
            else:
                sink.stream.flush()
                self._position(part)
                self._save()

    def _commit_own(self, part: Part) -> None:
        job = self.job
        assert part.target is not None
        if job.out is not None:
            from twiliocli import atomic

            try:
                with atomic.writer(part.target, newline="", encoding="utf-8") as handle:
                    sink = job.sink(handle, job.header)
                    sink.append(part.spool, part.count)
                    sink.close()
                    interrupt.hold()  # the rename and the state go together
                self._position(part)
                self._save()
            finally:
                interrupt.release()
            return
        entry = self.saved.accounts.get(part.account.sid)
        path = str(part.target.resolve())
        known = entry.append if entry is not None and entry.append is not None and entry.append.path == path else None
        committed = known.size if known is not None and part.target.exists() else None
        with files.appending(part.target, committed) as target:
            sink = job.sink(target.stream, job.header and target.start == 0)
            sink.append(part.spool, part.count)
            sink.close()
            with interrupt.deferred():
                size = target.sync()
                self._position(part, state_file.Appended(path, size))
                self._save()
                target.committed = True

    def _close(self, sink: Any, appending: files.Appending | None, parts: list[Part]) -> None:
        """End the one output: JSON's bracket, the rename of --out, and the state."""
        job = self.job
        if appending is not None:
            sink.close()
            with interrupt.deferred():
                size = appending.sync()
                self.saved.append = state_file.Appended(str(job.append.resolve()), size)  # type: ignore[union-attr]
                self._save()
                appending.committed = True
            return
        if job.out is not None:
            sink.close()
            interrupt.hold()  # the rename and the state go together; released once the state is saved
            for part in parts:
                self._position(part)
            return
        sink.close()

    def _position(self, part: Part, appended: state_file.Appended | None = None) -> None:
        if self.job.state is None:
            return
        before = self.saved.accounts.get(part.account.sid)
        if appended is None and before is not None:
            appended = before.append
        mark = part.mark
        self.saved.accounts[part.account.sid] = state_file.State(
            self.job.resource.name, part.account.sid, dict(self.job.filters), until=part.until, since=part.since,
            records=part.count, watermark=mark.pending_from if mark else part.until,
            seen=tuple(mark.next_seen()) if mark else (), append=appended)

    def _save(self) -> None:
        if self.job.state is not None:
            state_file.save_accounts(self.job.state, self.saved)

