"""`GROUP stats`: counts, failures, amounts and prices of calls or messages by day, hour, status,
error code, direction or number — read like an export (same window, same slices, `--parallel`),
summed as the records stream past, printed as a chart on a terminal or as rows for scripts."""

from __future__ import annotations

import inspect
import sys
from typing import Annotated, Any, Callable, Literal, Optional

import typer

from twiliocli.api import resources as R
from twiliocli.cli.framework import params as P
from twiliocli.cli.framework.runtime import runtime
from twiliocli.cli.framework.signature import api_value, examples, filter_parameter, output_parameters, param, python_name

DEFAULT_SPAN = "7d"


def command_for(resource: R.Resource) -> tuple[Callable[..., None], list[inspect.Parameter], str]:
    """`stats` for `resource`: (function, signature, help)."""
    from twiliocli.cli.framework.export import Parallel

    spec = resource.tally
    assert spec is not None
    filters = {python_name(f.option): f for f in resource.filters if f.kind not in (R.DATE, R.DATETIME)}
    By = Annotated[Literal[spec.keys], typer.Option("--by", help="What to group by (hour: of the day, UTC).")]  # type: ignore[valid-type]
    Since = Annotated[Optional[str], typer.Option("--since", parser=P.when, metavar="DATE", show_default=False,
                                                  help=f"Start of the window (default: {DEFAULT_SPAN} back).")]
    Until = Annotated[Optional[str], typer.Option("--until", parser=P.when, metavar="DATE", show_default=False,
                                                  help="End of the window, exclusive (default: now).")]

    def command(ctx: typer.Context, by: str = "day", since: Any = None, until: Any = None, parallel: int = 1,
                **kw: Any) -> None:
        given = {f: kw.pop(name) for name, f in filters.items() if kw.get(name) is not None}
        for name in filters:
            kw.pop(name, None)
        run(ctx, resource, by, since, until, parallel, given, kw)

    signature = [param("ctx", typer.Context), param("by", By, "day"), param("since", Since, None),
                 param("until", Until, None), *(filter_parameter(f) for f in filters.values()),
                 param("parallel", Parallel, 1), *output_parameters()]
    cmd = f"twiliocli {resource.name} stats"
    help = (
        f"Counts, failures, {spec.amount_name} and prices by {spec.keys[0]}, {spec.keys[2]}, … (a chart on a terminal).\n\n"
        f"Groups by {', '.join(spec.keys)} (hour: of the day, UTC) the records whose `{resource.date_field}` lies in "
        f"the window; failures are {', '.join(spec.failed)}. A chart on a terminal; rows with -o or in a pipe. "
        "Memory stays flat however many records pass."
        + examples(f"{cmd}", f"{cmd} --by status --since 30d", f"{cmd} --by hour --since 2024-05-01 --until 2024-06-01 -o csv",
                   f"{cmd} --by to --since 90d --parallel 8 -o json")
    )
    return command, signature, help


def run(ctx: typer.Context, resource: R.Resource, by: str, since: Any, until: Any, parallel: int,
        given: dict[R.Filter, Any], opts: dict[str, Any]) -> None:
    from twiliocli import tally, timefmt, validate
    from twiliocli.cli.framework.listing import local_match
    from twiliocli.output import Printer, default_format

    spec = resource.tally
    assert spec is not None
    columns = (by, "count", "failed", "failure_rate", spec.amount_name, "price", "price_unit")
    printer = Printer(columns, fmt=opts.get("output"), fields=opts.get("fields"), header=not opts.get("no_header"),
                      excel_safe=bool(opts.get("excel_safe")), whole_records=True)
    started = timefmt.now()
    lo = timefmt.from_datetime(since if since is not None else validate.when(DEFAULT_SPAN))
    hi = min(started if until is None else timefmt.from_datetime(until), started)
    query = {f.param: api_value(f, value) for f, value in given.items() if not f.local}
    keep = local_match(given)
    from twiliocli.cli.framework import fanout

    if fanout.wanted(ctx):  # --all-accounts: one set of rows per account, account_sid first
        def per_account(client: Any, account: Any) -> Any:
            yield tally.rows(resource, by, totals_of(client, resource, by, lo, hi, query, keep, parallel), (lo, hi))

        fanout.rows_per_account(ctx, columns, columns, opts, per_account, pool=parallel)
        return
    client = runtime(ctx).client(pool_size=max(10, parallel + 2))
    rows = tally.rows(resource, by, totals_of(client, resource, by, lo, hi, query, keep, parallel), (lo, hi))
    if opts.get("output") is None and default_format() == "table":
        chart(resource, by, rows, since is not None or until is not None)
    else:
        printer.records(rows)


def totals_of(client: Any, resource: R.Resource, by: str, lo: Any, hi: Any, query: dict[str, Any],
              keep: Any, parallel: int) -> Any:
    """One account's totals over the window, read in `parallel` slices."""
    from concurrent.futures import ThreadPoolExecutor

    from twiliocli import tally
    from twiliocli.export import Exporter

    exporter = Exporter(client, resource, lo, hi, filters=query, parallel=parallel)

    def part_totals(part: Any) -> dict[str, tally.Total]:
        records = exporter.records(part)
        return tally.tally(resource, by, filter(keep, records) if keep else records)

    if parallel > 1:
        with ThreadPoolExecutor(parallel, thread_name_prefix="stats") as pool:
            return tally.merge(pool.map(part_totals, exporter.plan(pool)))
    return tally.merge(part_totals(part) for part in exporter.plan())


def chart(resource: R.Resource, by: str, rows: list[dict[str, Any]], dated: bool) -> None:
    from twiliocli.output import info
    from twiliocli.output.chart import Bar, write_bars

    if not any(row["count"] for row in rows):
        info("No records in the window.")
        return
    spec = resource.tally
    assert spec is not None
    bars = [Bar(row[by] or "(none)", row["count"],
                (f"{row['count']:,}", f"{row['failure_rate']:.0%} failed", f"{row[spec.amount_name]:,} {spec.amount_name}",
                 f"{row['price']} {row['price_unit']}".rstrip())) for row in rows]
    total = sum(row["count"] for row in rows)
    window = "" if dated else f", last {DEFAULT_SPAN}"
    write_bars(bars, sys.stdout, title=f"{resource.title or resource.name} by {by}{window}", footer=f"{total:,} in all")
