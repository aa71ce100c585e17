"""`GROUP stats`: records summed up by a key as they stream past (memory: one total per key).

No Typer, no rich, no HTTP: the CLI feeds records (from the export engine's slices) and prints
`rows`. Keys: the UTC `day` or `hour` of day (00-23) of the record's date field, or a field's
value (`status`, `error-code`, `direction`, `to`, `from`); failures are the statuses the
resource's `Tally` names; prices are summed exactly (Decimal) as positive amounts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from twiliocli.api.resources import Resource
from twiliocli.timefmt import DAY, day_text, epoch

TIMELINE = ("day", "hour")  # keys whose rows read in time order; the others go by count


@dataclass
class Total:
    count: int = 0
    failed: int = 0
    amount: int = 0
    price: Decimal = Decimal(0)
    price_unit: str = ""

    def add(self, other: Total) -> None:
        self.count += other.count
        self.failed += other.failed
        self.amount += other.amount
        self.price += other.price
        self.price_unit = self.price_unit or other.price_unit


def key_of(resource: Resource, by: str) -> Callable[[Mapping[str, Any]], str]:
    """The function giving a record's key for `--by`."""
    date_field = resource.date_field
    if by == "day":
        return lambda r: "" if (t := epoch(str(r.get(date_field) or ""))) is None else day_text(t)
    if by == "hour":
        return lambda r: "" if (t := epoch(str(r.get(date_field) or ""))) is None else f"{t % DAY // 3600:02d}"
    field = "error_code" if by == "error-code" else by
    return lambda r: "" if r.get(field) is None else str(r.get(field))


def number(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def money(value: Any) -> Decimal:
    try:
        return abs(Decimal(str(value))) if value not in (None, "") else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


def tally(resource: Resource, by: str, records: Iterable[Mapping[str, Any]]) -> dict[str, Total]:
    """Sum `records` up by their `by` key."""
    spec = resource.tally
    assert spec is not None
    key = key_of(resource, by)
    totals: dict[str, Total] = {}
    for record in records:
        total = totals.get(k := key(record))
        if total is None:
            total = totals[k] = Total()
        total.count += 1
        total.failed += record.get("status") in spec.failed
        total.amount += number(record.get(spec.amount))
        total.price += money(record.get("price"))
        total.price_unit = total.price_unit or str(record.get("price_unit") or "")
    return totals


def merge(parts: Iterable[dict[str, Total]]) -> dict[str, Total]:
    out: dict[str, Total] = {}
    for part in parts:
        for k, total in part.items():
            out.setdefault(k, Total()).add(total)
    return out


def rows(resource: Resource, by: str, totals: Mapping[str, Total], window: tuple[int, int] | None = None) -> list[dict[str, Any]]:
    """One row per key: time order for day/hour, else most records first. By day, every day of
    `window` (epoch seconds, end exclusive) has a row, a quiet day with a count of 0: a gap in a
    chart or a series is then a fact, not a missing row."""
    spec = resource.tally
    assert spec is not None
    if by == "day" and window:
        first, end = window
        quiet = {day_text(t) for t in range(first - first % DAY, end, DAY)} - set(totals)
        totals = {**totals, **{d: Total() for d in quiet}}
    if by in TIMELINE:
        keys = sorted(totals)
    else:
        keys = sorted(totals, key=lambda k: (-totals[k].count, k))
    return [{by: k, "count": t.count, "failed": t.failed, "failure_rate": round(t.failed / t.count, 4) if t.count else 0.0,
             spec.amount_name: t.amount, "price": f"{t.price:.5f}", "price_unit": t.price_unit} for k, t in
            ((k, totals[k]) for k in keys)]
