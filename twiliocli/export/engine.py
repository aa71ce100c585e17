"""Fetch the records of an export window, exactly, in a fixed order, sequentially or in parallel.

- Each slice of the window (`window.plan`) is one list request with day-granular server filters,
  followed page by page; every record is then checked against the slice's exact bounds on its
  own date field (`DayFilter`), so the server's day granularity never leaks into the output.
- Records whose date field is null (a call not yet dialled, a message not yet sent) belong to no
  window: they have not happened yet. They are left out, and exported by the run whose window
  holds the date they get later. (Twilio's date filters leave them out on the server too.)
  Except those that never will get one: a call canceled while queued has no `start_time`, ever.
  The statuses in `Lifecycle.undated` are fetched apart (by status, after the slices) and placed
  on the timeline by `date_updated`, the moment they became final.
- With a `Watermark` (incremental runs), only final records are written; see `watermark`.
- Sequential (`parallel=1`): slices newest first, records streamed straight to the `Sink`.
- Parallel: slices fetched concurrently over the client's one pooled session; each is spooled
  to a temporary file (so memory stays one page per worker) and appended to the `Sink` in the
  sequential order. Same slices, same order: the same bytes as a sequential run. At most
  twice `parallel` slices are out at once (backpressure), and the workers are daemon
  threads: an interrupted export stops at once, without waiting for requests in flight.
  Memory stays that of a sequential run (`PageGate`): the workers wait for their answers
  together, but read, decode and spool one page at a time — which costs little, as decoding
  holds the GIL anyway.

No Typer, no rich: the CLI passes a progress callback.
"""

from __future__ import annotations

import queue
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any, TextIO

from twiliocli.api.client import Client
from twiliocli.api.pagination import MAX_PAGE_SIZE, iter_plain_pages, page_records
from twiliocli.api.resources import Resource
from twiliocli.output.pacing import Page, Pages
from twiliocli.output.sink import Sink

from twiliocli.timefmt import DAY, day_start, day_text, epoch

from . import window
from .watermark import Watermark


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
    """Is a record dated in `[lo, hi)`, and (with a `Watermark`) to be written now? A final
    record on a day wholly inside the window and past the hold needs only a cached day lookup;
    the others read the time of day."""

    def __init__(self, date_field: str, lo: int | None, hi: int, mark: Watermark | None = None) -> None:
        self.field = date_field
        self.lo = lo
        self.hi = hi
        self.mark = mark
        self.quick_until = hi if mark is None else min(hi, mark.hold_from)  # days ending by then need no time of day
        self.undated = 0

    def __call__(self, record: Mapping[str, Any]) -> bool:
        value = record.get(self.field)
        if not isinstance(value, str) or not value:
            self.undated += 1
            return False
        lo, hi, mark = self.lo, self.hi, self.mark
        day = day_start(value)
        if day is not None:
            if day >= hi or (lo is not None and day + DAY <= lo):
                return False
            if day + DAY <= self.quick_until and (lo is None or day >= lo) and (
                    mark is None or (mark.final(record) and record.get("sid") not in mark.seen)):
                return True
        moment = epoch(value)
        if moment is None:
            self.undated += 1
            return False
        if moment >= hi or (lo is not None and moment < lo):
            return False
        return mark is None or mark.admit(record, moment)

    def kept(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The records of a page to keep, `self(record)` for each; without a watermark, a record
        on a day wholly inside the window is kept in this loop (no call per record)."""
        if self.mark is not None:
            return [r for r in records if self(r)]
        field, lo, quick = self.field, self.lo, self.quick_until
        return [r for r in records
                if ((value := r.get(field)).__class__ is str and (day := day_start(value)) is not None
                    and day + DAY <= quick and (lo is None or day >= lo)) or self(r)]


class UndatedFilter:
    """Records of a status that may never get a `date_field` (a call canceled while queued), placed
    on the timeline by `date_updated`: the moment they became final."""

    def __init__(self, date_field: str, status: str, lo: int | None, hi: int, mark: Watermark | None = None) -> None:
        self.field = date_field
        self.status = status
        self.lo = lo
        self.hi = hi
        self.mark = mark
        self.undated = 0

    def __call__(self, record: Mapping[str, Any]) -> bool:
        if record.get(self.field) or record.get("status") != self.status:
            return False  # dated (the slices have it), or a server that ignored the Status filter
        value = record.get("date_updated")
        moment = epoch(value) if isinstance(value, str) else None
        if moment is None or moment >= self.hi or (self.lo is not None and moment < self.lo):
            return False
        return self.mark is None or self.mark.admit(record, moment)

    def kept(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [r for r in records if self(r)]


class PageGate:
    """One page in memory at a time across parallel workers.

    A worker's request goes out and waits for the server like the others' (the latency
    overlaps), but once the answer's head is in, the worker takes the gate before reading the
    body, and gives it back when the page's records are in its spool file. So the client holds
    one decoded page (~9 MB for 1000 calls) whatever `--parallel` is, instead of one per worker.
    Works through the session's response hook, so only requests made inside `metered()` wait.
    """

    def __init__(self, session: Any) -> None:
        self._gate = threading.Semaphore(1)
        self._local = threading.local()
        self._hooks = session.hooks["response"]
        self._hooks.append(self._on_head)

    def _on_head(self, response: Any, *args: Any, **kwargs: Any) -> None:
        local = self._local
        if getattr(local, "metered", False) and not getattr(local, "holding", False):
            self._gate.acquire()
            local.holding = True

    def release(self) -> None:
        """The page read last is written out: let another worker read its own."""
        if getattr(self._local, "holding", False):
            self._local.holding = False
            self._gate.release()

    @contextmanager
    def metered(self) -> Iterator[None]:
        self._local.metered = True
        try:
            yield
        finally:
            self.release()
            self._local.metered = False

    def close(self) -> None:
        self._hooks.remove(self._on_head)


def steady_malloc() -> None:
    """Have glibc serve every thread from one malloc arena (M_ARENA_MAX = 1), and give blocks of
    128 KiB or more their own mapping, always (M_MMAP_THRESHOLD = 128 KiB).

    By default each thread that allocates gets an arena of its own, which keeps what it freed: 8
    workers decoding pages in turn left a `--parallel 8` export ~30 MB bigger than a sequential
    one (bench/README.md). The GIL serialises the workers' allocations anyway, so one arena
    costs no speed. The threshold is glibc's default, but fixed: left to itself glibc raises it
    to the size of the largest block freed (a 2 MB page body), and later bodies then come from
    the heap, between other threads' live records, leaving holes that stay after they are freed.
    """
    _mallopt((-8, 1), (-3, 128 * 1024))  # M_ARENA_MAX, M_MMAP_THRESHOLD, from glibc's malloc.h


def padded_heap() -> None:
    """Have glibc keep 16 MiB at the top of the heap when it grows or shrinks (M_TOP_PAD), for a
    sequential export: each page's records (dict tables, lines) grew the heap and the freed page
    shrank it again, so every page was faulted in afresh (a 100k-call export took 100k minor
    faults, ~0.2 s of its ~2.5 s of CPU; 9.7k with the pad, the same peak memory). Not for
    `--parallel`: there the pad left the peak at 1M records 1.12x that at 10k (1.05x without)."""
    _mallopt((-2, 16 << 20))


def _mallopt(*settings: tuple[int, int]) -> None:
    """glibc's `mallopt` for each (parameter, value); a no-op where the C library has none (musl,
    macOS)."""
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
        for parameter, value in settings:
            mallopt(parameter, value)
    except (OSError, AttributeError):
        pass


class Workers:
    """A few daemon threads running submitted calls, like `ThreadPoolExecutor`. Its threads are
    joined at interpreter exit, so Ctrl-C would wait for every request in flight; daemons are not."""

    def __init__(self, count: int, name: str) -> None:
        steady_malloc()
        self._jobs: queue.SimpleQueue[tuple[Future[Any], Callable[..., Any], tuple[Any, ...]] | None] = queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True) for i in range(count)]
        for thread in self._threads:
            thread.start()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        self._jobs.put((future, fn, args))
        return future

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> list[Any]:
        return [future.result() for future in [self.submit(fn, item) for item in items]]

    def close(self) -> None:
        """Let the threads end once their current job is done (never waits for them)."""
        for _ in self._threads:
            self._jobs.put(None)

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            future, fn, args = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # handed to the waiting thread, which re-raises it
                future.set_exception(exc)


class Exporter:
    """One export of `resource` over `[since, until)` (epoch seconds; `since` None: from the start).

    `filters` are the API's own list filters (e.g. `{"Status": "completed"}`) applied on the
    server besides the window. With a `watermark`, only what it admits is written (incremental
    runs); without, every record in the window (a snapshot). `run(sink)` writes the records and
    returns `Stats`.
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
        watermark: Watermark | None = None,
        max_slices: int = window.MAX_SLICES,
        gate: PageGate | None = None,
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
        self.watermark = watermark
        self.max_slices = max_slices
        self.path = resource.collection(AccountSid=client.account_sid)
        self.stats = Stats()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._gate: PageGate | None = gate  # shared with other exports running at once (export/accounts.py)

    # -- planning ----------------------------------------------------------------------------

    def plan(self, workers: Workers | None = None) -> list[window.Slice]:
        """The slices to fetch, newest first. Without `since`, the oldest record's day is found
        by probing (a handful of one-record requests) so the slices cover only days with data."""
        since = self.since
        if since is None and self.resource.date_param:
            def probe(check: Callable[[int], bool], days: list[int]) -> list[bool]:
                if workers is None or len(days) == 1:
                    return [check(d) for d in days]
                return workers.map(check, days)

            since = window.oldest_day(self._exists_before, self.until, probe, width=self.parallel)
            if since is None:
                return []
        if not self.resource.date_param:
            # No server-side date filter (transcriptions): one pass over the list, exact on the client.
            return [] if since is not None and since >= self.until else [window.Slice(since, self.until)]
        return window.plan(since, self.until, max_slices=self.max_slices)

    def undated_statuses(self) -> list[str]:
        """The final statuses fetched apart because their records may have no date (see module doc)."""
        lifecycle = self.resource.lifecycle
        wanted = self.filters.get("Status")
        return [s for s in (lifecycle.undated if lifecycle else ()) if wanted in (None, s)]

    def _exists_before(self, day: int) -> bool:
        """Any record dated before midnight `day`? (One record asked for.)"""
        params = {**self.filters, f"{self.resource.date_param}<": day_text(day - DAY), "PageSize": 1}
        page = self.client.get(self.path, params)
        self._count(requests=1)
        return bool(page_records(page, self.resource.list_keys))

    # -- fetching ----------------------------------------------------------------------------

    def records(self, part: window.Slice) -> Pages:
        """The records of one slice, in the server's order (newest first), exactly within its bounds."""
        params = dict(self.filters)
        if self.resource.date_param:
            params.update(part.server_filters(self.resource.date_param))
        return Pages(self._kept(params, DayFilter(self.resource.date_field, part.lo, part.hi, self.watermark)))

    def undated_records(self, status: str) -> Pages:
        """The window's records of `status` that have no date (see module doc)."""
        keep = UndatedFilter(self.resource.date_field, status, self.since, self.until, self.watermark)
        return Pages(self._kept({**self.filters, "Status": status}, keep))

    def _kept(self, params: dict[str, Any], keep: DayFilter | UndatedFilter) -> Iterator[Page]:
        list_keys = self.resource.list_keys
        try:
            for page, plain in iter_plain_pages(self.client, self.path, params, self.page_size):
                if self._stop.is_set():
                    raise Stopped
                rows = page_records(page, list_keys)
                kept = keep.kept(rows)
                self._count(requests=1, fetched=len(rows), kept=len(kept))
                del page, rows  # not held while the next page is fetched
                yield kept, plain
                del kept
                if self._gate is not None:
                    self._gate.release()
        finally:
            self._count(undated=keep.undated)
            keep.undated = 0

    # -- running -----------------------------------------------------------------------------

    def run(self, sink: Sink) -> Stats:
        """Write every record of the window to `sink` (closed here); return the stats."""
        if self.parallel == 1 and self._gate is None:  # on its own, not a lane of --all-accounts
            steady_malloc()  # with the pad: 42 MB peak at 100k calls, 44 MB with the pad alone
            padded_heap()
        if self.parallel == 1:
            slices = self.plan()
            self.stats.slices = len(slices)
            for part in slices:
                sink.write(self.records(part))
                self._count(slices_done=1)
        else:
            self._run_parallel(sink)
        for status in self.undated_statuses():
            sink.write(self.undated_records(status))
        self.stats.written = sink.close()
        self._report()
        return self.stats

    def _run_parallel(self, sink: Sink) -> None:
        """Slices fetched by `parallel` workers into spool files, appended in order. At most
        twice `parallel` slices are out at once, being fetched or done and waiting for the
        writer (backpressure), so memory and open files stay bounded while workers that finish
        early go on with the next slices (~6% faster than `parallel` under 50 ms latency)."""
        workers = Workers(self.parallel, "export")
        self._gate = PageGate(self.client.session)
        pending: list[Future[tuple[TextIO, int]]] = []
        try:
            slices = self.plan(workers)
            self.stats.slices = len(slices)
            ahead = iter(slices)
            for part in ahead:
                pending.append(workers.submit(self._spool, part, sink))
                if len(pending) >= 2 * self.parallel:
                    break
            while pending:
                spool, count = pending.pop(0).result()
                with spool:
                    sink.append(spool, count)
                self._count(slices_done=1)
                part = next(ahead, None)
                if part is not None:
                    pending.append(workers.submit(self._spool, part, sink))
        except BaseException:
            self._stop.set()  # workers end their slice at the next page
            for future in pending:
                future.cancel()
                if future.done() and not future.cancelled() and future.exception() is None:
                    future.result()[0].close()
            raise
        finally:
            workers.close()
            self._gate.close()
            self._gate = None

    def _spool(self, part: window.Slice, sink: Sink) -> tuple[TextIO, int]:
        # The default 8 KiB buffer: up to 2 x `parallel` spools are open at once, and 64 KiB
        # buffers made a `--parallel 8` export ~1.5 MB bigger for no measurable speed.
        spool = tempfile.TemporaryFile("w+", encoding="utf-8", newline="", dir=self.spool_dir)
        try:
            with self._gate.metered() if self._gate is not None else nullcontext():
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
