"""Following a list as it grows (`GROUP list --watch`) or one record until it settles (`calls watch`).

A list is polled newest first, page after page, until a page reaches records older than the
watermark (the newest creation date seen) less `GRACE`; a record is new when its SID was not seen.
SIDs are remembered only for the grace period, so memory stays bounded, and a record created a
little out of order (same second, clocks apart) is still caught: no duplicate, none missed.

`Stop` is set from a signal handler (Ctrl-C): polling ends between requests, never mid-record,
so every format is closed properly (a JSON array gets its `]`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from twiliocli.api.client import Client
from twiliocli.api.pagination import iter_pages, page_records
from twiliocli.timefmt import epoch

GRACE = 120  # seconds a record may be created before the newest one seen and still be caught
Stop = threading.Event


def new_records(
    client: Client, path: str, query: Mapping[str, Any], list_keys: tuple[str, ...], *, interval: float, stop: Stop,
    backlog: int, date_field: str = "date_created", flush: Callable[[], None] = lambda: None,
) -> Iterator[list[dict[str, Any]]]:
    """Batches of records, oldest first: the newest `backlog` records there already are, then
    every poll's new ones (often an empty batch), until `stop` is set."""
    seen: dict[str, int] = {}  # SID -> creation time, for records within the grace period
    watermark: int | None = None
    first = True
    while not stop.is_set():
        fresh: list[dict[str, Any]] = []
        floor = None if watermark is None else watermark - GRACE
        for page in iter_pages(client, path, dict(query), 1000 if not first else max(1, min(backlog, 1000))):
            rows = page_records(page, list_keys)
            older = False
            for record in rows:
                created = epoch(str(record.get(date_field) or "")) or 0
                if floor is not None and created < floor:
                    older = True
                    break
                if record.get("sid") not in seen:
                    fresh.append(record)
                    seen[record.get("sid")] = created
            if older or first or stop.is_set():
                break  # the first poll only takes the backlog page: the newest records there are
        if first:
            fresh = fresh[:backlog]
        if fresh:
            watermark = max([watermark or 0, *(seen[r.get("sid")] for r in fresh)])
        elif watermark is None:
            watermark = 0  # an empty list: everything that comes is new
        if watermark:
            seen = {sid: t for sid, t in seen.items() if t >= watermark - GRACE}
        first = False
        yield fresh[::-1]
        flush()
        stop.wait(interval)


FINAL_CALL_STATUSES = frozenset({"completed", "busy", "failed", "no-answer", "canceled"})


def changes(get: Callable[[], dict[str, Any]], *, interval: float, stop: Stop,
            final: frozenset[str] = FINAL_CALL_STATUSES, flush: Callable[[], None] = lambda: None) -> Iterator[dict[str, Any]]:
    """The record each time its status changes (the first look included), until it is final."""
    last = None
    while not stop.is_set():
        record = get()
        if record.get("status") != last:
            last = record.get("status")
            yield record
            flush()
        if last in final:
            return
        stop.wait(interval)
