"""Usage Records and Balance, computed from the account's own records whenever they are asked for.

Only what was billed counts: calls, messages, recordings and transcriptions that carry a price,
dated by when they happened (a call's `start_time`, a message's `date_sent`, else the creation
date). For each category: `count` is the number of those records, `usage` their billed minutes
(each call or recording rounded up to a whole minute, as priced) or message segments, `price`
the sum of their prices. `totalprice` adds up every price. So the numbers always equal what the
account's own lists add up to, and they move as calls complete and messages are sent.

The spec no longer enumerates categories; the emulator serves the classic categories Twilio
documents for what it simulates (voice, SMS/MMS, recordings, transcriptions, total price). An
account's usage includes its subaccounts' unless `IncludeSubaccounts=false`, as on Twilio.
Windows: `Records`, `AllTime`, `Daily`, `Monthly` and `Yearly` span the account's life, narrowed
by `StartDate`..`EndDate`; `Today`, `Yesterday`, `ThisMonth`, `LastMonth` are fixed (narrowed by
the dates too). `Daily`, `Monthly` and `Yearly` cut the window into periods, newest first, with a
record per category each; the others give one record per category.
Balance is a fixed starting credit less all the account's (and its subaccounts') spend.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from twiliocli.api import resources
from twiliocli.api.resources import API_VERSION

from .. import catalog, envelope, errors, validate
from ..context import Context
from ..dates import DAY
from ..store import Store

STARTING_CREDIT = Decimal("20.00")  # USD, like a new trial account's
PRICE_SCALE = 100_000  # prices are kept to five decimals: sums are exact in these units
PATH = resources.USAGE_RECORDS.path
BALANCE_PATH = resources.BALANCE.path
LINK_NAMES = {"all-time": "all_time", "today": "today", "yesterday": "yesterday", "this-month": "this_month",
              "last-month": "last_month", "daily": "daily", "monthly": "monthly", "yearly": "yearly"}


@dataclass(frozen=True)
class Category:
    """A usage category: which billed records it counts (`source`, narrowed by `match` on their
    group key) and the units of `count` and `usage`."""

    name: str
    description: str
    source: str
    count_unit: str
    usage_unit: str
    match: Callable[[tuple], bool] = lambda key: True


def _inbound(key: tuple) -> bool:
    return bool(key[0])


CATEGORIES = (
    Category("calls", "Voice Minutes", "calls", "calls", "minutes"),
    Category("calls-inbound", "Inbound Voice Minutes", "calls", "calls", "minutes", _inbound),
    Category("calls-inbound-local", "Inbound Local Calls", "calls", "calls", "minutes",
             lambda key: key[0] and key[1] == "local"),
    Category("calls-inbound-tollfree", "Inbound Toll Free Calls", "calls", "calls", "minutes",
             lambda key: key[0] and key[1] == "tollfree"),
    Category("calls-outbound", "Outbound Voice Minutes", "calls", "calls", "minutes", lambda key: not key[0]),
    Category("calls-client", "Client Calls", "calls", "calls", "minutes", lambda key: key[1] == "client"),
    Category("calls-sip", "SIP Calls", "calls", "calls", "minutes", lambda key: key[1] == "sip"),
    Category("sms", "SMS Messages", "messages", "messages", "segments", lambda key: not key[1]),
    Category("sms-inbound", "Inbound SMS Messages", "messages", "messages", "segments",
             lambda key: key[0] and not key[1]),
    Category("sms-outbound", "Outbound SMS Messages", "messages", "messages", "segments",
             lambda key: not key[0] and not key[1]),
    Category("mms", "MMS Messages", "messages", "messages", "segments", lambda key: bool(key[1])),
    Category("mms-inbound", "Inbound MMS Messages", "messages", "messages", "segments",
             lambda key: key[0] and key[1]),
    Category("mms-outbound", "Outbound MMS Messages", "messages", "messages", "segments",
             lambda key: not key[0] and key[1]),
    Category("recordings", "Recording Minutes", "recordings", "recordings", "minutes"),
    Category("transcriptions", "Transcription Minutes", "transcriptions", "transcriptions", "minutes"),
    Category("totalprice", "Total Price", "", "", "usd"),
)
BY_NAME = {c.name: c for c in CATEGORIES}

MINUTES = "MAX(1, (CAST(duration AS INTEGER) + 59) / 60)"
# Per source: (table, date column, group key columns, usage expression).
SOURCES = {
    "calls": ("calls", "start_time",
              "direction = 'inbound', CASE WHEN \"to\" LIKE 'client:%' OR \"from\" LIKE 'client:%' THEN 'client' "
              "WHEN \"to\" LIKE 'sip:%' OR \"from\" LIKE 'sip:%' THEN 'sip' WHEN \"to\" IN (SELECT phone_number "
              "FROM numbers WHERE type = 'toll-free') THEN 'tollfree' ELSE 'local' END", MINUTES),
    "messages": ("messages", "COALESCE(date_sent, date_created)",
                 "direction = 'inbound', CAST(num_media AS INTEGER) > 0", "CAST(num_segments AS INTEGER)"),
    "recordings": ("recordings", "date_created", "0, 0", MINUTES),
    "transcriptions": ("transcriptions", "date_created", "0, 0", MINUTES),
}
BUCKETS = {None: "0", "day": "date({}, 'unixepoch')", "month": "strftime('%Y-%m', {}, 'unixepoch')",
           "year": "strftime('%Y', {}, 'unixepoch')"}


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    bucket: str  # the SQL bucket expression's value for this period


@dataclass
class Totals:
    count: int = 0
    usage: int = 0
    price: int = 0  # in 1/PRICE_SCALE USD


def money(units: int) -> str:
    return f"{Decimal(units) / PRICE_SCALE:.5f}"


def epoch(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp())


def today(ctx: Context) -> date:
    """The emulator's day (its clock moves with `POST /_emulator/clock`), UTC as Twilio's usage is."""
    return datetime.fromtimestamp(ctx.now(), timezone.utc).date()


def parse_day(param: str, raw: str | None, base: date) -> date | None:
    """`YYYY-MM-DD`, or an offset from today such as `-30days` (as Twilio accepts)."""
    if raw is None or raw == "":
        return None
    offset = re.fullmatch(r"([+-][0-9]{1,5})days?", raw.strip())
    if offset:
        return base + timedelta(days=int(offset.group(1)))
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise errors.invalid(param, raw) from None


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def window(ctx: Context, period: str | None) -> tuple[date, date]:
    """The days a request covers: the period's own, narrowed by `StartDate`/`EndDate`, and never
    before the account existed or after today (no usage there; this bounds `Daily`'s list)."""
    now_day = today(ctx)
    born = datetime.fromtimestamp(ctx.account["date_created"], timezone.utc).date()
    start = parse_day("StartDate", ctx.args.get("StartDate"), now_day)
    end = parse_day("EndDate", ctx.args.get("EndDate"), now_day)
    fixed = {"today": (now_day, now_day), "yesterday": (now_day - timedelta(days=1),) * 2,
             "this-month": (month_start(now_day), now_day),
             "last-month": (month_start(month_start(now_day) - timedelta(days=1)),
                            month_start(now_day) - timedelta(days=1))}
    low, high = fixed.get(period or "", (born, now_day))
    return max(low, start or low, born), min(high, end or high)


def periods(period: str | None, start: date, end: date) -> list[Period]:
    """The window's periods, newest first: one, or its days, months or years."""
    if period == "daily":
        return [Period(d, d, d.isoformat()) for d in (end - timedelta(days=n) for n in range((end - start).days + 1))]
    if period in ("monthly", "yearly"):
        out, cursor = [], start
        while cursor <= end:
            upto = next_month(cursor) if period == "monthly" else date(cursor.year + 1, 1, 1)
            key = cursor.strftime("%Y-%m" if period == "monthly" else "%Y")
            out.append(Period(cursor, min(end, upto - timedelta(days=1)), key))
            cursor = upto
        return out[::-1]
    return [Period(start, end, "0")] if start <= end else []


def granularity(period: str | None) -> str | None:
    return {"daily": "day", "monthly": "month", "yearly": "year"}.get(period or "")


def accounts(ctx: Context) -> list[str]:
    """The addressed account, and its subaccounts unless `IncludeSubaccounts=false`."""
    if not validate.boolean(ctx.args, "IncludeSubaccounts", True):
        return [ctx.account_sid]
    return family(ctx.store, ctx.account_sid)


def family(store: Store, account_sid: str) -> list[str]:
    """The account and its subaccounts."""
    rows = store.query(f"SELECT sid FROM {catalog.ACCOUNTS.table} WHERE owner_account_sid = ? AND sid <> ?",
                       (account_sid, account_sid))
    return [account_sid] + [r["sid"] for r in rows]


def totals(store: Store, sids: list[str], grain: str | None, start: date, end: date,
           wanted: tuple[Category, ...]) -> dict[tuple[str, str], Totals]:
    """(bucket, category) -> totals of the billed records in [start, end], one query per source."""
    out: dict[tuple[str, str], Totals] = {}
    marks = ", ".join("?" for _ in sids)
    sources = {c.source for c in wanted} if all(c.source for c in wanted) else set(SOURCES)
    for source in sorted(sources):
        table, when, key, usage = SOURCES[source]
        bucket = BUCKETS[grain].format(when)
        rows = store.rows(
            f"SELECT {bucket}, {key}, COUNT(*), SUM({usage}), "
            f"SUM(CAST(ROUND(ABS(CAST(price AS REAL)) * {PRICE_SCALE}) AS INTEGER)) FROM {table} "
            f"WHERE account_sid IN ({marks}) AND price IS NOT NULL AND {when} >= ? AND {when} < ? "
            f"GROUP BY 1, 2, 3", [*sids, epoch(start), epoch(end) + DAY])
        for bucket_value, first, second, count, used, price in rows:
            for category in CATEGORIES:
                if category.source in (source, "") and category.match((first, second)):
                    total = out.setdefault((str(bucket_value), category.name), Totals())
                    total.price += price or 0
                    if category.source:
                        total.count += count
                        total.usage += used or 0
    return out


def record(ctx: Context, category: Category, period: Period, total: Totals, path: str, as_of: str) -> dict:
    base = f"/{API_VERSION}{PATH.format(AccountSid=ctx.account_sid)}"
    usage = money(total.price) if not category.source else str(total.usage)
    return {
        "account_sid": ctx.account_sid, "api_version": API_VERSION, "as_of": as_of, "category": category.name,
        "count": str(total.count), "count_unit": category.count_unit, "description": category.description,
        "end_date": period.end.isoformat(), "price": money(total.price), "price_unit": "usd",
        "start_date": period.start.isoformat(),
        "subresource_uris": {LINK_NAMES[p]: f"{base}/{name}.json?Category={category.name}"
                             for p, name in resources.USAGE_PERIODS.items()},
        "uri": f"{path}?Category={category.name}&StartDate={period.start}&EndDate={period.end}",
        "usage": usage, "usage_unit": category.usage_unit,
    }


def usage_records(ctx: Context, period: str | None) -> dict:
    wanted = CATEGORIES
    name = ctx.args.get("Category")
    if name:
        if name not in BY_NAME:
            raise errors.invalid("Category", name)
        wanted = (BY_NAME[name],)
    start, end = window(ctx, period)
    all_periods = periods(period, start, end)
    size = envelope.page_size(ctx.args)
    page = envelope.page_number(ctx.args, size)
    first = page * size
    shown = all_periods[first // len(wanted):(first + size - 1) // len(wanted) + 1]
    records: list[dict] = []
    if shown:
        sums = totals(ctx.store, accounts(ctx), granularity(period), shown[-1].start, shown[0].end, wanted)
        as_of = datetime.fromtimestamp(ctx.now(), timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        records = [record(ctx, c, p, sums.get((p.bucket, c.name), Totals()), ctx.path, as_of)
                   for p in shown for c in wanted]
        skip = first - (first // len(wanted)) * len(wanted)
        records = records[skip:skip + size]
    has_next = first + len(records) < len(all_periods) * len(wanted)
    return {
        "first_page_uri": envelope.link(ctx.path, ctx.args, size, 0),
        "end": first + max(len(records) - 1, 0),
        "previous_page_uri": envelope.link(ctx.path, ctx.args, size, page - 1) if page > 0 else None,
        "uri": envelope.link(ctx.path, ctx.args, size, page),
        "page_size": size,
        "start": first,
        "next_page_uri": envelope.link(ctx.path, ctx.args, size, page + 1) if has_next else None,
        "page": page,
        "usage_records": records,
    }


def spend(ctx: Context, billing: str) -> int:
    """All-time spend of `billing` and its subaccounts, in 1/PRICE_SCALE USD."""
    sids = [billing] + [r["sid"] for r in ctx.store.query(
        f"SELECT sid FROM {catalog.ACCOUNTS.table} WHERE owner_account_sid = ? AND sid <> ?", (billing, billing))]
    marks = ", ".join("?" for _ in sids)
    return sum(ctx.store.scalar(
        f"SELECT COALESCE(SUM(CAST(ROUND(ABS(CAST(price AS REAL)) * {PRICE_SCALE}) AS INTEGER)), 0) FROM {table} "
        f"WHERE account_sid IN ({marks}) AND price IS NOT NULL", sids) for table, *_ in SOURCES.values())


def fetch_balance(ctx: Context) -> dict:
    """A subaccount shares its parent's balance, as on Twilio."""
    billing = ctx.account["owner_account_sid"] or ctx.account_sid
    units = int(STARTING_CREDIT * PRICE_SCALE) - spend(ctx, billing)
    return {"account_sid": ctx.account_sid, "balance": money(units), "currency": "USD"}


def usage_route(period: str | None) -> Callable[[Context], dict]:
    def handler(ctx: Context) -> dict:
        return usage_records(ctx, period)
    return handler


def _routes() -> Iterator[tuple[str, str, Any]]:
    yield "GET", PATH, usage_route(None)
    for period, template in resources.USAGE_RECORDS.extra.items():
        yield "GET", template, usage_route(period)
    yield "GET", BALANCE_PATH, fetch_balance


ROUTES = tuple(_routes())
