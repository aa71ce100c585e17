"""`GROUP export`: the cron verb, added to every resource declared `exportable` (see
`ResourceGroup.__init__`), so no group module has to declare it. Built from the declaration with
`signature`, as the group's other commands are; this module knows nothing of the group builder.

This module only parses options, shows progress and reports; the window, the slices, the state
file and the fetching live in `twiliocli.export`, the formatting in `twiliocli.output`.
"""

from __future__ import annotations

import inspect
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, Optional

import typer

from twiliocli.api import resources as R
from twiliocli.cli.framework import params as P
from twiliocli.cli.framework.runtime import runtime
from twiliocli.cli.framework.signature import api_value, examples, filter_parameter, param, python_name

if TYPE_CHECKING:
    from twiliocli.export import Stats

ExportFormat = Literal["csv", "jsonl", "json", "tsv"]

Format = Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")]
Out = Annotated[
    Optional[Path],
    typer.Option("--out", metavar="FILE", show_default=False,
                 help="Write to FILE, atomically: it appears whole or not at all (default: stdout). May name the window: "
                      "calls-{until:%F}.csv; with --all-accounts, {account} makes a file per account. A file that holds records "
                      "is replaced only with --force."),
]
Append = Annotated[
    Optional[Path],
    typer.Option("--append", metavar="FILE", show_default=False,
                 help="Add the records to the end of FILE, each exactly once across runs (needs --state); with "
                      "--all-accounts, {account} makes a file per account."),
]
Force = Annotated[bool, typer.Option("--force", help="Let --out replace a file that holds records.")]
Hold = Annotated[
    str,
    typer.Option("--hold", parser=P.duration, metavar="SPAN",
                 help="With --state: how long to wait for a record to become final (a call to end, an SMS to be "
                      "confirmed) before writing it as it is; those are named on stderr."),
]
Lag = Annotated[
    str,
    typer.Option("--lag", parser=P.duration, metavar="SPAN",
                 help="End the window this long before the server's now, for records that show up late."),
]
Since = Annotated[
    Optional[str],
    typer.Option("--since", parser=P.when, metavar="DATE", show_default=False,
                 help="Start of the window (inclusive): YYYY-MM-DD, ISO date-time, or 90m/24h/7d back. With --state, only for the first run."),
]
Until = Annotated[
    Optional[str],
    typer.Option("--until", parser=P.when, metavar="DATE", show_default=False,
                 help="End of the window (exclusive; default: now). E.g. --until 10m leaves the last ten minutes for the next run."),
]
StateOpt = Annotated[
    Optional[Path],
    typer.Option("--state", metavar="FILE", show_default=False,
                 help="Incremental: start where the last successful run with this file ended, and record where this one ends."),
]
Parallel = Annotated[int, typer.Option("--parallel", min=1, max=32, metavar="N", help="Fetch N slices of the window at once (same output as a sequential run).")]
PageSize = Annotated[int, typer.Option("--page-size", min=1, max=1000, help="Records per API request.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary, even on a terminal.")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Print a one-line summary on stderr when done.")]


def command_for(resource: R.Resource) -> tuple[Callable[..., None], list[inspect.Parameter], str]:
    """`export` for `resource`: (function, signature, help), with the resource's non-date filters as options."""
    filters = {python_name(f.option): f for f in resource.filters if f.kind not in (R.DATE, R.DATETIME) and not f.local}
    title = resource.title or resource.name
    what = title if title[:2].isupper() else title[0].lower() + title[1:]  # "voice calls", "SMS and MMS messages"

    def command(ctx: typer.Context, **kw: Any) -> None:
        query = {f.param: api_value(f, kw.pop(name)) for name, f in filters.items() if kw.get(name) is not None}
        for name in filters:
            kw.pop(name, None)
        export(ctx, resource, query, **kw)

    signature = [param("ctx", typer.Context)]
    signature += [filter_parameter(f) for f in filters.values()]
    signature += [
        param("format_", Format, "csv"),
        param("out", Out, None),
        param("since", Since, None),
        param("until", Until, None),
        param("state", StateOpt, None),
        param("append", Append, None),
        param("force", Force, False),
        param("hold", Hold, "6h"),
        param("lag", Lag, "2m"),
        param("parallel", Parallel, 1),
        param("fields", P.Fields, None),
        param("no_header", P.NoHeader, False),
        param("excel_safe", P.ExcelSafe, False),
        param("page_size", PageSize, 1000),
        param("quiet", Quiet, False),
        param("verbose", Verbose, False),
    ]
    cmd = f"twiliocli {resource.name} export"
    help = (
        f"Export {what} to a file, for cron: incremental, atomic, parallel.\n\n"
        f"Exports the records whose `{resource.date_field}` lies in [--since, --until) (--until is exclusive; "
        "both are capped at the server's now, from its Date header, less --lag). With --state FILE, each run "
        "starts where the last successful one ended and writes each record once, when it is final (a call that "
        "ended, a delivered SMS): no gap, no duplicate. One run at a time per state file. With --out FILE, the "
        "file appears whole or not at all, and the state moves only once it has; --append FILE grows one file "
        "instead. Ctrl-C, SIGTERM and SIGHUP leave output and state as they were."
        + examples(
            f"{cmd} --since 2024-05-01 --until 2024-06-01 --out may.csv",
            f"{cmd} --state ~/.{resource.name}-export.state --out '{resource.name}-{{until:%F-%H%M}}.csv'",
            f"{cmd} --state ~/.{resource.name}-export.state --append {resource.name}.csv",
            f"{cmd} --since 7d --format jsonl --parallel 8 | gzip > week.jsonl.gz",
        )
    )
    return command, signature, help


def export(
    ctx: typer.Context,
    resource: R.Resource,
    filters: dict[str, str],
    *,
    format_: str,
    out: Path | None,
    since: date | datetime | None,
    until: date | datetime | None,
    state: Path | None,
    append: Path | None,
    force: bool,
    hold: int,
    lag: int,
    parallel: int,
    fields: str | None,
    no_header: bool,
    excel_safe: bool,
    page_size: int,
    quiet: bool,
    verbose: bool,
) -> None:
    from twiliocli import output, timefmt
    from twiliocli.export import files as export_files
    from twiliocli.export import job as export_job
    from twiliocli.output.printer import Selection
    from twiliocli.output.sink import Sink

    # Everything that can be refused is refused before any request.
    known = resource.fields or resource.columns
    selection = Selection(known, fields, known)
    sink_columns = None if (format_ in ("json", "jsonl") and not selection.chosen) else selection.columns

    def sink(stream: Any, header: bool) -> Sink:
        return Sink(format_, sink_columns, stream, header=header, excel_safe=excel_safe,
                    full_objects=not selection.chosen, checked=selection.checked)

    from twiliocli.cli.framework import fanout

    accounts = fanout.wanted(ctx)
    if accounts and not (out is not None and export_files.per_account(str(out))) and \
            not (append is not None and export_files.per_account(str(append))):
        sink_columns = None if sink_columns is None else [fanout.ACCOUNT_COLUMN, *(c for c in sink_columns if c != fanout.ACCOUNT_COLUMN)]
    job = export_job.Job(
        resource, filters, format_, sink, out=None if out is None else str(out), append=append, state=state,
        since=None if since is None else timefmt.from_datetime(since),
        until=None if until is None else timefmt.from_datetime(until),
        hold=hold, lag=lag, force=force, parallel=parallel, page_size=page_size, header=not no_header,
        accounts=accounts,
    )
    job.check()
    if accounts:
        _export_all(ctx, job, quiet=quiet, verbose=verbose)
        return
    client = runtime(ctx).client(pool_size=max(10, parallel + 2))
    show = _Progress(resource, quiet=quiet)
    options = {"parallel": parallel, "page_size": page_size, "progress": show.update if show.active else None}
    with show, output.pipe_end():
        outcome = export_job.run(job, client, options)
    from twiliocli.output import messages

    if outcome.local_clock:
        messages.warn("The API sent no Date header: the window ended at this machine's clock", sys.stderr)
    forced = outcome.watermark.forced_summary(resource.name, _span(hold)) if outcome.watermark else None
    if forced:
        messages.warn(forced, sys.stderr)
    if verbose and not quiet:
        _summary(resource, outcome.stats, outcome.since, outcome.until, outcome.where)


def _export_all(ctx: typer.Context, job: Any, *, quiet: bool, verbose: bool) -> None:
    """`--all-accounts`: every account's export into one state file (export/accounts.py); failures
    reported per account, the summary line, exit 1 if any failed."""
    from twiliocli import output, timefmt
    from twiliocli.cli.framework import fanout
    from twiliocli.export import accounts as export_accounts
    from twiliocli.output import messages

    run = fanout.Run(ctx, pool=job.parallel)
    noun = job.resource.name

    def listed() -> Any:
        every = run.accounts()  # the first request now: a key that cannot list subaccounts fails here

        def open_ones() -> Any:
            for account in every:
                if account.status == "closed":  # cannot be asked (20005): its position stays as it was
                    run.tally.skipped += 1
                    messages.info(f"Account {account.sid} is closed: skipped.")
                    continue
                yield account

        return open_ones()

    def done(account: Any, part: Any) -> None:
        run.tally.done += 1
        forced = part.mark.forced_summary(noun, _span(job.hold)) if part.mark else None
        if forced:
            messages.warn(f"Account {account.sid}: {forced}", sys.stderr)
        if verbose and not quiet:
            messages.info(f"Account {account.sid}: exported {part.count:,} {noun} with {job.resource.date_field} in "
                          f"[{timefmt.iso(part.since) or 'the beginning'}, {timefmt.iso(part.until)})", sys.stderr)

    options = {"parallel": job.parallel, "page_size": job.page_size}
    with output.pipe_end():
        outcome = export_accounts.run(job, run.client, listed, run.parallel, options, failed=run.failed, done=done)
    if outcome.local_clock:
        messages.warn("The API sent no Date header: the window ended at this machine's clock", sys.stderr)
    if verbose and not quiet:
        messages.info(f"Exported {outcome.written:,} {noun} to {outcome.where}.", sys.stderr)
    run.finish()


def _span(seconds: int) -> str:
    for unit, size in (("d", 86_400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _summary(resource: R.Resource, stats: Stats, lo: int | None, hi: int, where: str) -> None:
    from twiliocli.timefmt import iso
    from twiliocli.output import messages

    seconds = max(stats.seconds, 1e-6)
    left_out = f", {stats.undated:,} without {resource.date_field} left out" if stats.undated else ""
    messages.info(
        f"Exported {stats.written:,} {resource.name} with {resource.date_field} in "
        f"[{iso(lo) or 'the beginning'}, {iso(hi)}) to {where} in {seconds:.1f} s "
        f"({stats.written / seconds:,.0f} records/s, {stats.requests:,} requests, {stats.slices} slices{left_out})",
        sys.stderr,
    )


class _Progress:
    """A rich progress line on stderr while exporting, only when stderr is a terminal."""

    def __init__(self, resource: R.Resource, *, quiet: bool) -> None:
        self.resource = resource
        self.active = not quiet and _is_terminal(sys.stderr)
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> _Progress:
        if self.active:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn(f"Exporting {self.resource.name}"),
                TextColumn("{task.fields[records]:>12,} records"),
                TextColumn("{task.fields[rate]:>9,.0f}/s"),
                TextColumn("{task.fields[done]}/{task.fields[slices]} slices done"),
                TimeElapsedColumn(),
                console=Console(file=sys.stderr),
                transient=True,
            )
            self._task = self._progress.add_task("export", total=None, records=0, rate=0.0, done=0, slices=0)
            self._progress.start()
        return self

    def update(self, stats: Stats) -> None:
        if self._progress is not None:
            rate = stats.kept / max(stats.seconds, 1e-3)
            self._progress.update(self._task, records=stats.kept, rate=rate, done=stats.slices_done, slices=stats.slices)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty()) and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False
