"""`sync`: bring the mirror up to the API's present, one committed window per table and account.

Logs (calls, messages, recordings …) are fetched by their date field with the export machinery
(`export.Exporter`: day-aligned slices, exact bounds, optional parallel slices), so a sync reads
the API exactly as `GROUP export` does. The window of a run is `[lo, now)`, "now" being the API's
clock (its `Date` header), and:

- the first run starts at `--since` (default: the oldest record);
- a later run starts where the last one ended, minus `HOLD`, and further back to the oldest row
  that may still change (a call in progress, a message not yet delivered, a price not yet set;
  see `schema.Table.changing`) — but never more than `MAX_HOLD` back: a message a carrier never
  confirms is not waited for forever. Records seen again are updated in place (upsert by SID);
- `--since` on a later run widens that run's window back to it.

Records of a status that never gets a date (a call canceled while queued: no `start_time`) are
fetched apart by status and placed by `date_updated`, as `export` does (`Exporter.undated_records`).

Configuration lists (accounts, applications, numbers, keys, SIP domains …) are small: each run
fetches them whole and replaces the account's rows, so a released number leaves the mirror. A list
under each record of another (a SIP domain's credential list mappings) is fetched per row of that
table as this run left it (`Table.parent`, synced first), all of them one window: a domain deleted
meanwhile (404) has none.

Each window is one transaction (`store.Writer.window`): a run that fails, or is killed, leaves
every table at its last committed window. One sync at a time per file and SIGINT/TERM/HUP as
exceptions are the CLI's (`runlock`, `interrupt`), as for `export`.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from twiliocli.api.client import Client
from twiliocli.api.accounts_walk import for_account
from twiliocli.api.errors import ApiError
from twiliocli.api.pagination import MAX_PAGE_SIZE, iter_records
from twiliocli.export.engine import Workers

from twiliocli.timefmt import iso, parse_iso

from .schema import BY_NAME, FULL, TABLES, Table
from .store import Writer

HOLD = 3600
MAX_HOLD = 7 * 86_400
BATCH = 1000


@dataclass
class Report:
    """What one window did, for the summary: `fetched` records written, `rows` the table holds."""

    table: str
    account_sid: str
    fetched: int
    rows: int
    since: str | None
    until: str


Progress = Callable[[Report], None]


class Syncer:
    """One `sync` run over `tables` (every mirrored table by default)."""

    def __init__(
        self,
        client: Client,
        writer: Writer,
        tables: Iterable[Table] = TABLES,
        *,
        since: int | None = None,
        parallel: int = 1,
        subaccounts: bool = False,
        progress: Progress | None = None,
    ) -> None:
        self.client = client
        self.writer = writer
        names = {t.name for t in tables}
        names.update([t.parent for t in tables if t.parent])  # a sub-list is fetched per parent row
        self.tables = [t for t in TABLES if t.name in names]  # accounts first: subaccounts come from it
        self.since = since
        self.parallel = max(1, parallel)
        self.subaccounts = subaccounts
        self.progress = progress
        self.reports: list[Report] = []

    def run(self) -> list[Report]:
        from twiliocli.api.clock import server_now

        now, _ = server_now(self.client)
        main = self.client.account_sid
        tables = list(self.tables)
        if self.subaccounts and tables[:1] != [BY_NAME["accounts"]]:
            tables.insert(0, BY_NAME["accounts"])
        accounts = [main]
        for table in tables:
            if table.name == "accounts":
                self._full(self.client, table, now)
                if self.subaccounts:
                    accounts += self._subaccounts(main)
        for sid in accounts:
            client = for_account(self.client, sid)
            for table in tables:
                if table.name == "accounts":
                    continue
                if table.how == FULL:
                    self._full(client, table, now)
                else:
                    self._window(client, table, now)
        return self.reports

    def _subaccounts(self, main: str) -> list[str]:
        rows = self.writer.conn.execute(
            "SELECT sid FROM accounts WHERE owner_account_sid = ? AND sid <> ? AND status <> 'closed' ORDER BY sid",
            (main, main),
        )
        return [r[0] for r in rows]

    def _full(self, client: Client, table: Table, now: int) -> None:
        account = client.account_sid
        with self.writer.window(table, account, None, iso(now), replace=True) as window:
            if table.parent:
                records = self._children(client, table)
            else:
                records = iter_records(client, table.collection(account), dict(table.params), table.resource.list_keys,
                                       page_size=MAX_PAGE_SIZE)
            if "account_sid" in table.stamps:
                records = ({**r, "account_sid": r.get("account_sid") or account} for r in records)
            for batch in batches(records):
                window.put(batch)
        self._report(table, account, window.fetched, None, now)

    def _children(self, client: Client, table: Table) -> Iterator[dict[str, Any]]:
        """A sub-list's records under every parent row of the account, each with its parent's SID."""
        account = client.account_sid
        parents = [r[0] for r in self.writer.conn.execute(
            f"SELECT sid FROM {table.parent} WHERE account_sid = ? ORDER BY sid", (account,))]
        for sid in parents:
            path = table.collection(account, **{table.scope: sid})
            try:
                for record in iter_records(client, path, dict(table.params), table.resource.list_keys,
                                           page_size=MAX_PAGE_SIZE):
                    yield {**record, table.scope_column: sid}
            except ApiError as exc:
                if exc.http_status != 404:  # the parent was deleted since its table was synced
                    raise

    def _window(self, client: Client, table: Table, now: int) -> None:
        from twiliocli.export import Exporter

        account = client.account_sid
        lo = self._start(table, account)
        exporter = Exporter(client, table.resource, lo, now, parallel=self.parallel, page_size=MAX_PAGE_SIZE)
        with self.writer.window(table, account, iso(lo), iso(now)) as window:
            if self.parallel == 1:
                for part in exporter.plan():
                    for batch in batches(exporter.records(part)):
                        window.put(batch)
            else:
                # Daemon workers, as export's: a signal ends the run at once, not once the requests
                # in flight are answered (a ThreadPoolExecutor is joined on its way out, and at exit).
                pool = Workers(self.parallel, "sync")
                try:
                    parts = exporter.plan(pool)
                    for batch in merged(pool, [lambda p=p: exporter.records(p) for p in parts], self.parallel):
                        window.put(batch)
                finally:
                    pool.close()
            for status in exporter.undated_statuses():  # never dated (a call canceled while queued)
                for batch in batches(exporter.undated_records(status)):
                    window.put(batch)
        self._report(table, account, window.fetched, lo, now)

    def _start(self, table: Table, account: str) -> int | None:
        """Where this run's window begins (module docstring)."""
        saved = self.writer.saved(table, account)
        if saved is None or saved.until is None:
            return self.since
        until = parse_iso(saved.until)
        lo = until - HOLD
        oldest = self.writer.oldest_changing(table, account)
        if oldest is not None:
            lo = min(lo, max(parse_iso(oldest), until - MAX_HOLD))
        return lo if self.since is None else min(lo, self.since)

    def _report(self, table: Table, account: str, fetched: int, lo: int | None, now: int) -> None:
        report = Report(table.name, account, fetched, self.writer.count(table, account), iso(lo), iso(now) or "")
        self.reports.append(report)
        if self.progress is not None:
            self.progress(report)


# -- helpers ------------------------------------------------------------------------------------


def batches(records: Iterable[dict[str, Any]], size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    it = iter(records)
    while batch := list(islice(it, size)):
        yield batch


class _Stopped(Exception):
    """Raised in a worker once the run is abandoned."""


_DONE = object()


def merged(pool: Workers, sources: list[Callable[[], Iterable[dict[str, Any]]]], width: int) -> Iterator[list[dict[str, Any]]]:
    """The batches of several record streams fetched concurrently, in no particular order.

    Order does not matter to an upsert by SID, so workers hand batches to the one writing thread
    through a small bounded queue: memory stays a few batches however big the window. The first
    failure (or the consumer stopping) stops every worker."""
    handoff: queue.Queue[Any] = queue.Queue(maxsize=2 * width)
    stop = threading.Event()

    def put(item: Any) -> None:
        while not stop.is_set():
            try:
                handoff.put(item, timeout=0.1)
                return
            except queue.Full:
                continue
        raise _Stopped

    def work(source: Callable[[], Iterable[dict[str, Any]]]) -> None:
        try:
            for batch in batches(source()):
                put(batch)
            put(_DONE)
        except _Stopped:
            pass
        except BaseException as exc:  # handed to the consumer, which re-raises it in the main thread
            try:
                put(exc)
            except _Stopped:
                pass

    futures = [pool.submit(work, source) for source in sources]
    try:
        done = 0
        while done < len(sources):
            item = handoff.get()
            if item is _DONE:
                done += 1
            elif isinstance(item, BaseException):
                raise item
            else:
                yield item
    finally:
        stop.set()
        for future in futures:
            future.cancel()
