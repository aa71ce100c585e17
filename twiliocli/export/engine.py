"""Fetch the records of an export window, exactly, in a fixed order, sequentially or in parallel.

- Each slice of the window (`window.plan`) is one list request with day-granular server filters,
  followed page by page; every record is then checked against the slice's exact bounds on its
  own date field (`DayFilter`), so the server's day granularity never leaks into the output.
- Records whose date field is null (a call not yet dialled, a message not yet sent) belong to no
  window: they have not happened yet. They are left out, and exported by the run whose window
  holds the date they get later. (Twilio's date filters leave them out on the server too.)
- Sequential (`parallel=1`): slices newest first, records streamed straight to the `Sink`.
- Parallel: slices fetched concurrently over the client's one pooled session; each is spooled
  to a temporary file (so memory stays one page per worker) and appended to the `Sink` in the
  sequential order. Same slices, same order: the same bytes as a sequential run.

No Typer, no rich: the CLI passes a progress callback.
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TextIO

from twiliocli.api.client import Client
from twiliocli.api.pagination import MAX_PAGE_SIZE, iter_pages, page_records
from twiliocli.api.resources import Resource
from twiliocli.output.sink import Sink

from twiliocli.timefmt import DAY, day_start, day_text, epoch

from . import window


class Stopped(Exception):
    """Raised inside a worker when another slice failed and the export is abandoned."""


@dataclass
class Stats:
    """What one export did: `kept` records passed the window so far, `written` is what the
    finished output holds, `undated` records had no (readable) date and were left out."""

    written: int = 0
    kept: int = 0
    fetched: int = 0
    undated: int = 0
    requests: int = 0
    slices: int = 0
    slices_done: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started


Progress = Callable[[Stats], None]


class DayFilter:
    """Is a record dated in `[lo, hi)`? A record on a day wholly inside needs only a cached
    day lookup; only the first and last day of a slice read the time of day."""

    def __init__(self, date_field: str, lo: int | None, hi: int) -> None:
        self.field = date_field
        self.lo = lo
        self.hi = hi
        self.undated = 0

    def __call__(self, record: Mapping[str, Any]) -> bool:
        value = record.get(self.field)
        if not isinstance(value, str) or not value:
            self.undated += 1
            return False
        lo, hi = self.lo, self.hi
        day = day_start(value)
        if day is not None:
            if day + DAY <= hi and (lo is None or day >= lo):
                return True
            if day >= hi or (lo is not None and day + DAY <= lo):
                return False
        moment = epoch(value)
        if moment is None:
            self.undated += 1
            return False
        return moment < hi and (lo is None or moment >= lo)


class Exporter:
    """One export of `resource` over `[since, until)` (epoch seconds; `since` None: from the start).

    `filters` are the API's own list filters (e.g. `{"Status": "completed"}`) applied on the
    server besides the window. `run(sink)` writes the records and returns `Stats`.
    """

    def __init__(
        self,
        client: Client,
        resource: Resource,
        since: int | None,
        until: int,
        *,
        filters: Mapping[str, str] | None = None,
        parallel: int = 1,
        page_size: int = MAX_PAGE_SIZE,
        spool_dir: str | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.client = client
        self.resource = resource
        self.since = since
        self.until = until
        self.filters = dict(filters or {})
        self.parallel = max(1, parallel)
        self.page_size = page_size
        self.spool_dir = spool_dir
        self.progress = progress
        self.path = resource.collection(AccountSid=client.account_sid)
        self.stats = Stats()
        self._lock = threading.Lock()
        self._stop = threading.Event()

    # -- planning ----------------------------------------------------------------------------

    def plan(self, pool: ThreadPoolExecutor | None = None) -> list[window.Slice]:
        """The slices to fetch, newest first. Without `since`, the oldest record's day is found
        by probing (a handful of one-record requests) so the slices cover only days with data."""
        since = self.since
        if since is None and self.resource.date_param:
            def probe(check: Callable[[int], bool], days: list[int]) -> list[bool]:
                if pool is None or len(days) == 1:
                    return [check(d) for d in days]
                return list(pool.map(check, days))

            since = window.oldest_day(self._exists_before, self.until, probe, width=self.parallel)
            if since is None:
                return []
        if not self.resource.date_param:
            # No server-side date filter (transcriptions): one pass over the list, exact on the client.
            return [] if since is not None and since >= self.until else [window.Slice(since, self.until)]
        return window.plan(since, self.until)

    def _exists_before(self, day: int) -> bool:
        """Any record dated before midnight `day`? (One record asked for.)"""
        params = {**self.filters, f"{self.resource.date_param}<": day_text(day - DAY), "PageSize": 1}
        page = self.client.get(self.path, params)
        self._count(requests=1)
        return bool(page_records(page, self.resource.list_keys))

    # -- fetching ----------------------------------------------------------------------------

    def records(self, part: window.Slice) -> Iterator[dict[str, Any]]:
        """The records of one slice, in the server's order (newest first), exactly within its bounds."""
        params = dict(self.filters)
        if self.resource.date_param:
            params.update(part.server_filters(self.resource.date_param))
        keep = DayFilter(self.resource.date_field, part.lo, part.hi)
        list_keys = self.resource.list_keys
        try:
            for page in iter_pages(self.client, self.path, params, self.page_size):
                if self._stop.is_set():
                    raise Stopped
                rows = page_records(page, list_keys)
                kept = [r for r in rows if keep(r)]
                self._count(requests=1, fetched=len(rows), kept=len(kept))
                yield from kept
        finally:
            self._count(undated=keep.undated)
            keep.undated = 0

    # -- running -----------------------------------------------------------------------------

    def run(self, sink: Sink) -> Stats:
        """Write every record of the window to `sink` (closed here); return the stats."""
        if self.parallel == 1:
            slices = self.plan()
            self.stats.slices = len(slices)
            for part in slices:
                sink.write(self.records(part))
                self._count(slices_done=1)
        else:
            self._run_parallel(sink)
        self.stats.written = sink.close()
        self._report()
        return self.stats

    def _run_parallel(self, sink: Sink) -> None:
        pool = ThreadPoolExecutor(self.parallel, thread_name_prefix="export")
        futures: list[Future[tuple[TextIO, int]]] = []
        try:
            slices = self.plan(pool)
            self.stats.slices = len(slices)
            futures = [pool.submit(self._spool, part, sink) for part in slices]
            for future in futures:
                spool, count = future.result()
                with spool:
                    sink.append(spool, count)
                self._count(slices_done=1)
        except BaseException:
            self._stop.set()
            for future in futures:
                future.cancel()
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            for future in futures:  # spools of slices finished after a failure
                if future.done() and not future.cancelled() and future.exception() is None:
                    future.result()[0].close()

    def _spool(self, part: window.Slice, sink: Sink) -> tuple[TextIO, int]:
        spool = tempfile.TemporaryFile("w+", encoding="utf-8", newline="", dir=self.spool_dir, buffering=1 << 20)
        try:
            count = sink.body(self.records(part), spool)
            spool.flush()
        except BaseException:
            spool.close()
            raise
        return spool, count

    def _count(self, **amounts: int) -> None:
        with self._lock:
            for name, amount in amounts.items():
                setattr(self.stats, name, getattr(self.stats, name) + amount)
        self._report()

    def _report(self) -> None:
        if self.progress is not None:
            self.progress(self.stats)
