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
from twiliocli.cli import params as P
from twiliocli.cli.runtime import runtime
from twiliocli.cli.signature import api_value, examples, filter_parameter, param, python_name
from twiliocli.errors import UsageError

if TYPE_CHECKING:
    from twiliocli.export import Stats

ExportFormat = Literal["csv", "jsonl", "json", "tsv"]

Format = Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")]
Out = Annotated[
    Optional[Path],
    typer.Option("--out", metavar="FILE", help="Write to FILE, atomically: it appears whole or not at all (default: stdout).", show_default=False),
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
    filters = {python_name(f.option): f for f in resource.filters if f.kind not in (R.DATE, R.DATETIME)}
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
        f"Exports the records whose `{resource.date_field}` lies in [--since, --until) (--until is exclusive "
        "and defaults to now). With --state FILE, each run starts where the last successful one ended: "
        "no gap, no duplicate. With --out FILE, the file appears whole or not at all, and the state "
        "moves only once it has. Records without a date (not yet happened) are left for a later run."
        + examples(
            f"{cmd} --since 2024-05-01 --until 2024-06-01 --out may.csv",
            f"{cmd} --state ~/.{resource.name}-export.state --out {resource.name}-$(date +%F-%H).csv",
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
    parallel: int,
    fields: str | None,
    no_header: bool,
    excel_safe: bool,
    page_size: int,
    quiet: bool,
    verbose: bool,
) -> None:
    from twiliocli import output
    from twiliocli.output.printer import Selection
    from twiliocli.output.sink import Sink

    # Everything that can be refused is refused before any request.
    known = resource.fields or resource.columns
    selection = Selection(known, fields, known)
    to_stdout = out is None or str(out) == "-"
    for path, option in ((None if to_stdout else out, "--out"), (state, "--state")):
        if path is not None and not path.parent.is_dir():
            raise UsageError(f"{option} {path}: folder {path.parent} does not exist")
        if path is not None and path.is_dir():
            raise UsageError(f"{option} {path} is a folder; give a file name")
    from twiliocli import timefmt

    started = timefmt.now()
    lo = None if since is None else timefmt.from_datetime(since)
    hi = min(started if until is None else timefmt.from_datetime(until), started)  # never past now: no gap later

    from twiliocli.export import Exporter, State
    from twiliocli.export import state as state_file

    client = runtime(ctx).client(pool_size=max(10, parallel + 2))
    saved = None
    if state is not None:
        expect = State(resource.name, client.account_sid, filters)
        saved = state_file.load(state, expect)
        if saved is not None and saved.until is not None:
            lo = saved.until
            hi = max(hi, lo)  # an earlier --until than the saved position exports nothing, moves nothing back

    sink_columns = None if (format_ in ("json", "jsonl") and not selection.chosen) else selection.columns
    show = _Progress(resource, quiet=quiet)
    exporter = Exporter(
        client, resource, lo, hi, filters=filters, parallel=parallel, page_size=page_size,
        spool_dir=None if to_stdout else str(out.parent),  # type: ignore[union-attr]
        progress=show.update if show.active else None,
    )

    def run(stream: Any) -> Stats:
        sink = Sink(format_, sink_columns, stream, header=not no_header, excel_safe=excel_safe,
                    full_objects=not selection.chosen, checked=selection.checked)
        with show, output.pipe_end():
            return exporter.run(sink)

    if to_stdout:
        stats = run(sys.stdout)
        sys.stdout.flush()
    else:
        from twiliocli import atomic

        with atomic.writer(out, newline="", encoding="utf-8") as handle:  # type: ignore[arg-type]
            stats = run(handle)
    # The output is complete (renamed into place, or flushed to stdout): only now may the state move.
    if state is not None:
        state_file.save(state, State(resource.name, client.account_sid, filters, until=hi, since=lo, records=stats.written))
    if verbose and not quiet:
        _summary(resource, stats, lo, hi, "stdout" if to_stdout else str(out))


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
