"""`twiliocli usage`: what the account used and spent, by category, and its balance."""

from __future__ import annotations

import inspect
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal, Mapping, Optional

import typer

from twiliocli.api.resources import BALANCE, USAGE_PERIODS, USAGE_RECORDS
from twiliocli.cli.framework.commands import ResourceGroup, context_parameter, record_printer
from twiliocli.cli.framework.runtime import runtime
from twiliocli.cli.framework.signature import api_value, examples, filter_parameter, output_parameters, param

group = ResourceGroup(USAGE_RECORDS, "Usage and spend by category, and the account balance.")
app = group.app
Period = Literal[tuple(USAGE_PERIODS)]  # type: ignore[valid-type]
SUMMARY_PERIODS = ("today", "yesterday", "this-month", "last-month", "all-time")


def collection(client: Any, period: str | None) -> str:
    """`Usage/Records` for a window of dates, or one of its period lists."""
    resource = USAGE_RECORDS.view(period) if period else USAGE_RECORDS
    return resource.collection(AccountSid=client.account_sid)


def period_option(choices: tuple[str, ...], default: str | None, help: str) -> inspect.Parameter:
    kind = Literal[choices]  # type: ignore[valid-type]
    return param("period", Annotated[Optional[kind], typer.Option("--period", help=help, show_default=default is not None)],
                 default)


group.list(
    "List usage records: one per category for the window (default: all time), or per day, month or year."
    + examples("twiliocli usage list --period last-month", "twiliocli usage list --period daily --category calls --since 7d",
               "twiliocli usage list --since 2024-05-01 --until 2024-05-31 -o csv"),
    extra=[period_option(tuple(USAGE_PERIODS), None,
                         "Period list: today, yesterday, this-month, last-month, all-time, or daily/monthly/yearly rows.")],
    path=lambda client, ids, options: collection(client, options.pop("period", None)),
)


def _balance(ctx: typer.Context, **kw: Any) -> None:
    from twiliocli.cli.framework import fanout

    if fanout.wanted(ctx):  # --all-accounts: a row per account
        def per_account(client: Any, account: Any) -> Any:
            yield [client.get(BALANCE.collection(AccountSid=client.account_sid))]

        fanout.rows_per_account(ctx, list(BALANCE.columns), BALANCE.fields or list(BALANCE.columns), kw, per_account)
        return
    printer = record_printer(BALANCE, kw, ctx, changes=False)
    client = runtime(ctx).client()
    printer.record(client.get(BALANCE.collection(AccountSid=client.account_sid)))


group.command("balance", _balance, [context_parameter(), *output_parameters()],
              "Show the account's balance." + examples("twiliocli usage balance", "twiliocli usage balance -o json",
                                                        "twiliocli usage balance --all-accounts -o csv"))


def amount(value: Any) -> Decimal:
    try:
        return Decimal(str(value)) if value not in (None, "") else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


def summary_rows(records: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Top-level categories with any use or spend, most expensive first, the total last. Twilio's
    categories nest (`calls` holds `calls-inbound`, which holds `calls-inbound-local`): only the
    outermost one present is kept, so the rows add up to the total; `usage list` has the rest."""
    names = {str(r.get("category")) for r in records}
    nested = {n for n in names if any(n.startswith(other + "-") for other in names)}
    used = [r for r in records if r.get("category") not in nested | {"totalprice"}
            and (amount(r.get("count")) or amount(r.get("price")))]
    used.sort(key=lambda r: (-amount(r.get("price")), -amount(r.get("count")), str(r.get("category"))))
    return used + [r for r in records if r.get("category") == "totalprice"]


SUMMARY_COLUMNS = ("category", "count", "count_unit", "usage", "usage_unit", "price", "price_unit")


def _summary(ctx: typer.Context, period: str = "this-month", since: Any = None, until: Any = None, **kw: Any) -> None:
    from twiliocli.api import pagination
    from twiliocli.output import Printer, default_format

    printer = Printer(SUMMARY_COLUMNS, known=USAGE_RECORDS.fields, fmt=kw.get("output"), fields=kw.get("fields"),
                      header=not kw.get("no_header"), excel_safe=bool(kw.get("excel_safe")), tz=kw.get("tz"))
    dates = {f.param: api_value(f, v) for f, v in zip(USAGE_RECORDS.filters[1:], (since, until)) if v is not None}
    from twiliocli.cli.framework import fanout

    if fanout.wanted(ctx):  # --all-accounts: each account's summary, account_sid first
        def per_account(client: Any, account: Any) -> Any:
            yield summary_rows(list(pagination.iter_records(client, collection(client, None if dates else period), dates,
                                                            USAGE_RECORDS.list_keys, page_size=pagination.MAX_PAGE_SIZE)))

        fanout.rows_per_account(ctx, SUMMARY_COLUMNS, USAGE_RECORDS.fields, kw, per_account)
        return
    client = runtime(ctx).client()
    path = collection(client, None if dates else period)
    rows = summary_rows(list(pagination.iter_records(client, path, dates, USAGE_RECORDS.list_keys, limit=None,
                                                     page_size=pagination.MAX_PAGE_SIZE)))
    if kw.get("output") is None and default_format() == "table":
        chart(rows, "since " + " until ".join(dates.values()) if dates else period)
    else:
        printer.records(rows)


def chart(rows: list[Mapping[str, Any]], window: str) -> None:
    import sys

    from twiliocli.output import info
    from twiliocli.output.chart import Bar, write_bars

    spend = [r for r in rows if r.get("category") != "totalprice"]
    if not spend:
        info(f"No usage {window}.")
        return
    total = next((r for r in rows if r.get("category") == "totalprice"), None)
    unit = str(spend[0].get("price_unit") or "").upper()
    bars = [Bar(str(r.get("category")), float(amount(r.get("price"))),
                (f"{amount(r.get('price')):.2f} {unit}", f"{r.get('count')} {r.get('count_unit') or ''}".rstrip(),
                 f"{r.get('usage')} {r.get('usage_unit') or ''}".rstrip())) for r in spend]
    footer = f"Total {amount(total.get('price')):.2f} {unit}" if total else ""
    write_bars(bars, sys.stdout, title=f"Spend by category, {window}", footer=footer)


group.command(
    "summary", _summary,
    [context_parameter(), period_option(SUMMARY_PERIODS, "this-month", "The window to sum up."),
     filter_parameter(USAGE_RECORDS.filters[1]), filter_parameter(USAGE_RECORDS.filters[2]), *output_parameters()],
    "Spend and counts by category: a bar chart on a terminal, rows with -o or in a pipe."
    + examples("twiliocli usage summary", "twiliocli usage summary --period last-month -o csv",
               "twiliocli usage summary --since 2024-01-01 --until 2024-03-31"),
)
