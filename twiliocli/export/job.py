"""One unattended export run, end to end: check, lock, ask the server's clock, fetch, commit.

The order is what makes a cron job safe to leave alone for years:

1. everything that can be refused is refused before any request (exit 2): `--out` equal to
   `--state`, unknown placeholders, `--append` without `--state`, an unreadable state file;
2. the state's lock is taken (`runlock`): a second run exits at once, touching nothing;
3. signals become `errors.Interrupted` for the rest of the run (temp files removed, output
   and state as they were, exit 130/143/129);
4. "now" is the server's `Date` (`api.clock`), less `lag`; the window is `[since or the state's
   watermark, now - lag)`;
5. records go to a temporary file renamed into place (`--out`), to the end of a file cut back
   to its committed size (`--append`), or to stdout; `--out` never replaces a file holding
   records without `--force`;
6. the commit — rename (or fsync), then the state — runs with signals deferred, so a run is
   interrupted wholly before it or not at all.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from twiliocli import interrupt, runlock
from twiliocli.api.resources import Resource
from twiliocli.errors import UsageError

from . import files
from . import state as state_file
from .engine import Exporter, Stats
from .watermark import Watermark

DEFAULT_HOLD = 6 * 3600  # a call may last 4 h by default on Twilio; SMS delivery receipts come within hours
DEFAULT_LAG = 120  # records may show up in lists a little after their date


@dataclass
class Job:
    """What one `GROUP export` run was asked to do (paths as given; times in epoch seconds)."""

    resource: Resource
    filters: Mapping[str, str]
    format: str
    sink: Callable[[TextIO, bool], Any]  # (stream, write the header?) -> an output.sink.Sink
    out: str | None = None  # None or "-": stdout; may hold {since:…}/{until:…}
    append: Path | None = None
    state: Path | None = None
    since: int | None = None
    until: int | None = None
    hold: int = DEFAULT_HOLD
    lag: int = DEFAULT_LAG
    force: bool = False
    parallel: int = 1
    page_size: int = 1000
    header: bool = True
    accounts: bool = False  # --all-accounts: the parent and its subaccounts (export/accounts.py)

    def check(self) -> None:
        """Refuse what can be refused before any request (UsageError, exit 2)."""
        if self.out == "-":
            self.out = None
        if self.append is not None and self.out is not None:
            raise UsageError("--append and --out both name the output; give one")
        if self.append is not None and self.state is None:
            raise UsageError("--append needs --state FILE: the state records how much of the file is committed")
        if self.append is not None and self.format == "json":
            raise UsageError("--append cannot grow a JSON array; use --format jsonl, csv or tsv")
        paths = [(Path(self.out), "--out")] if self.out is not None else []
        if self.out is not None and not files.check_template(self.out, accounts=self.accounts):
            self.may_replace(Path(self.out))
        if self.append is not None and self.accounts:
            files.check_template(str(self.append), accounts=True, option="--append")
        paths += [(p, o) for p, o in ((self.append, "--append"), (self.state, "--state")) if p is not None]
        for path, option in paths:
            if "{" in str(path.parent):
                continue  # a placeholder in the folder: checked once expanded
            if not path.parent.is_dir():
                raise UsageError(f"{option} {path}: folder {path.parent} does not exist")
            if path.is_dir():
                raise UsageError(f"{option} {path} is a folder; give a file name")
        if self.state is not None:
            for path, option in paths:
                if option != "--state":
                    _not_the_state(path, option, self.state)

    def may_replace(self, target: Path, since: int | None = None, until: int | None = None) -> None:
        """Refuse to replace a file that holds records without --force; the hint names what this run
        would write and the options that fit (a same-day second run of `{until:%F}` lands here)."""
        if self.force or not files.holds_records(target, self.format, self.header):
            return
        template = self.out or str(target)
        what = f"--out {target}"
        if template != str(target):
            what += f" (from {template!r})"
        window = ""
        if until is not None:
            span = files.expand("{since:%F %H:%M} to {until:%F %H:%M} UTC", since, until) if since is not None \
                else files.expand("up to {until:%F %H:%M} UTC", since, until)
            window = f" the records {span}"
        finer = "a finer name such as '" + (template.replace("{until:%F}", "{until:%F-%H%M}") if "{until:%F}" in template
                                            else f"{Path(template).stem}-{{until:%F-%H%M}}{Path(template).suffix}") + "'"
        raise UsageError(f"{what} already holds records (an earlier run wrote it); this run would write{window} "
                         f"to it. Give --force to replace it, {finer} so each run writes its own file, "
                         f"or --append FILE with --state to grow one file")


def _not_the_state(path: Path, option: str, state: Path) -> None:
    for taken, what in ((state, "--state"), (runlock.lock_path(state), "the state's lock")):
        if _same_file(path, taken):
            raise UsageError(f"{option} {path} is {what} file; give the records a file of their own")


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


@dataclass
class Outcome:
    stats: Stats
    since: int | None
    until: int
    where: str
    watermark: Watermark | None
    local_clock: bool


def run(job: Job, client: Any, exporter_options: Mapping[str, Any]) -> Outcome:
    """Run `job` (checked) with `client`; see the module docstring for the order of things."""
    if job.state is None:
        with interrupt.trapped():
            return _run(job, client, None, exporter_options)
    with runlock.held(job.state, f"{job.resource.name} export"):
        with interrupt.trapped():
            expect = state_file.State(job.resource.name, client.account_sid, dict(job.filters))
            saved = state_file.load(job.state, expect)
            return _run(job, client, saved, exporter_options)


def _run(job: Job, client: Any, saved: state_file.State | None, options: Mapping[str, Any]) -> Outcome:
    from twiliocli.api.clock import server_now

    now, from_server = server_now(client)
    hi = now - job.lag if job.until is None else min(job.until, now - job.lag)
    lo = job.since
    if saved is not None and saved.until is not None:
        lo = saved.next_since
        hi = max(hi, saved.until)  # never back: `seen` covers up to the saved `until`
    mark = None
    if job.state is not None:
        mark = Watermark(job.resource.lifecycle, until=hi, hold_from=now - job.hold, seen=saved.seen if saved else ())
    exporter = Exporter(client, job.resource, lo, hi, filters=job.filters, watermark=mark, **options)
    if job.append is not None:
        stats = _append(job, exporter, saved, lo, hi, mark)
        where = str(job.append)
    elif job.out is not None:
        target = Path(files.expand(job.out, lo, hi))
        stats = _replace(job, exporter, saved, target, lo, hi, mark)
        where = str(target)
    else:
        stats = exporter.run(job.sink(sys.stdout, job.header))
        sys.stdout.flush()
        with interrupt.deferred():
            _save(job, saved, client, lo, hi, mark, stats)
        where = "stdout"
    return Outcome(stats, lo, hi, where, mark, not from_server)


def _replace(job: Job, exporter: Exporter, saved: state_file.State | None, target: Path, lo: int | None, hi: int,
             mark: Watermark | None) -> Stats:
    from twiliocli import atomic

    if not target.parent.is_dir():
        raise UsageError(f"--out {target}: folder {target.parent} does not exist")
    if job.state is not None:
        _not_the_state(target, "--out", job.state)
    job.may_replace(target, lo, hi)
    exporter.spool_dir = str(target.parent)
    try:
        with atomic.writer(target, newline="", encoding="utf-8") as handle:
            stats = exporter.run(job.sink(handle, job.header))
            interrupt.hold()  # the rename (on leaving `writer`) and the state go together
        _save(job, saved, exporter.client, lo, hi, mark, stats)
    finally:
        interrupt.release()
    return stats


def _append(job: Job, exporter: Exporter, saved: state_file.State | None, lo: int | None, hi: int,
            mark: Watermark | None) -> Stats:
    assert job.append is not None
    path = str(job.append.resolve())
    known = saved.append if saved is not None and saved.append is not None and saved.append.path == path else None
    committed = known.size if known is not None and job.append.exists() else None
    exporter.spool_dir = str(job.append.resolve().parent)
    with files.appending(job.append, committed) as target:
        stats = exporter.run(job.sink(target.stream, job.header and target.start == 0))
        with interrupt.deferred():
            size = target.sync()
            _save(job, saved, exporter.client, lo, hi, mark, stats, state_file.Appended(path, size))
            target.committed = True
    return stats


def _save(job: Job, saved: state_file.State | None, client: Any, lo: int | None, hi: int, mark: Watermark | None,
          stats: Stats, appended: state_file.Appended | None = None) -> None:
    if job.state is None:
        return
    if appended is None and saved is not None:
        appended = saved.append
    state_file.save(job.state, state_file.State(
        job.resource.name, client.account_sid, dict(job.filters), until=hi, since=lo, records=stats.written,
        watermark=mark.pending_from if mark else hi, seen=tuple(mark.next_seen()) if mark else (), append=appended))
