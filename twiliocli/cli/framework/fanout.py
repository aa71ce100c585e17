"""`--all-accounts`: a list, a count, stats or usage for the parent and each of its subaccounts.

The accounts are listed first (so credentials that cannot list subaccounts fail before any
output), then asked `--account-parallel` at a time through `api/accounts_walk.walk`, which hands
their records back in the accounts' order: output streams account after account and memory stays a
few pages per running account, whatever their number. Every row gains `account_sid`, first, in
every format (json and jsonl move the record's own `account_sid` key to the front).

An account that fails (suspended or closed in the middle of the run, 401/20003, 20005, the network
after retries) is reported on stderr as `Error: account AC…: …` and the others go on; what was
printed stays printed. A subaccount listed as closed that answers "not active" is skipped, not
failed. The run ends with one line on stderr, `Accounts: N done, N skipped, N failed.`, and exits 1
when any failed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import typer

from twiliocli.api.accounts_walk import ACCOUNT_COLUMN, annotate
from twiliocli.cli.framework.runtime import runtime
from twiliocli.errors import CliError, UsageError

if TYPE_CHECKING:
    from twiliocli.api.accounts_walk import Account, Tally
    from twiliocli.api.client import Client
    from twiliocli.api.resources import Resource
    from twiliocli.output import Printer

BATCH = 100  # records handed from a lane to the printer at a time
INACTIVE = (20005, 20003)  # "account not active", "authenticate": how a closed or suspended account answers


def wanted(ctx: typer.Context) -> bool:
    """True when the run is `--all-accounts` (refused together with `--subaccount`)."""
    state = runtime(ctx)
    if not state.all_accounts:
        return False
    if state.subaccount:
        raise UsageError("--all-accounts and --subaccount exclude each other: the first visits every account, "
                         "the second one of them")
    return True


def refuse(ctx: typer.Context, what: str) -> None:
    """Stop a command that cannot run across accounts, before any request."""
    if wanted(ctx):
        raise UsageError(f"--all-accounts does not apply to {what}; use --subaccount AC… for one account")


def with_account_fields(fields: str | Sequence[str] | None) -> list[str] | None:
    """`--fields` with `account_sid` first (kept where the user put it if named)."""
    from twiliocli.output.printer import split_fields

    chosen = split_fields(fields)
    if not chosen:
        return None
    return chosen if ACCOUNT_COLUMN in chosen else [ACCOUNT_COLUMN, *chosen]


def printer(columns: Mapping[str, int] | Sequence[str], known: Sequence[str], opts: Mapping[str, Any], ctx: typer.Context,
            *, shorten: Sequence[str] = ()) -> Printer:
    """A printer like `Printer.for_resource`, with `account_sid` the first column."""
    from twiliocli.output import Printer

    if isinstance(columns, Mapping):
        cols: Any = {ACCOUNT_COLUMN: 1, **{k: v for k, v in columns.items() if k != ACCOUNT_COLUMN}}
    else:
        cols = [ACCOUNT_COLUMN, *(c for c in columns if c != ACCOUNT_COLUMN)]
    return Printer(cols, known=(ACCOUNT_COLUMN, *known), fmt=opts.get("output"), fields=with_account_fields(opts.get("fields")),
                   header=not opts.get("no_header"), excel_safe=bool(opts.get("excel_safe")), shorten=shorten,
                   pager=runtime(ctx).pager(), tz=opts.get("tz"))


class Run:
    """One fan-out: the accounts, the walk, the failures on stderr and the closing summary."""

    def __init__(self, ctx: typer.Context, *, pool: int = 0) -> None:
        from twiliocli.api.accounts_walk import Tally

        state = runtime(ctx)
        state.fanning_out = True
        self.parallel = state.account_parallel
        self.status = state.account_status
        self.client: Client = state.client(pool_size=max(10, self.parallel * max(pool, 1) + 2))
        self.tally: Tally = Tally()
        self.cut = False

    def accounts(self) -> Iterator[Account]:
        """The accounts to visit; the first request is made now (a key that cannot list them fails here)."""
        from twiliocli.api.accounts_walk import accounts

        return accounts(self.client, self.status, self.tally)

    def items(self, work: Callable[[Client, Account], Iterator[Any]]) -> Iterator[tuple[Account, Any]]:
        """`(account, item)` for what `work(client_for_that_account, account)` yields, in account order;
        failures reported as they come, the tally kept."""
        listed = self.accounts()  # now, before any output
        return self._walk(listed, work)

    def _walk(self, listed: Iterator[Account], work: Callable[[Client, Account], Iterator[Any]]) -> Iterator[tuple[Account, Any]]:
        from twiliocli.api.accounts_walk import DONE, ITEM, for_account, walk

        for account, kind, value in walk(listed, lambda a: work(for_account(self.client, a.sid), a), self.parallel):
            if kind == ITEM:
                yield account, value
            elif kind == DONE:
                self.tally.done += 1
            else:
                self.failed(account, value)

    def failed(self, account: Account, exc: BaseException) -> None:
        from twiliocli.api.errors import ApiError
        from twiliocli.output import messages

        if not isinstance(exc, CliError):
            raise exc
        if account.status == "closed" and isinstance(exc, ApiError) and exc.code in INACTIVE:
            self.tally.skipped += 1
            messages.info(f"Account {account.sid} is closed: skipped.")
            return
        self.tally.failed += 1
        messages.error(runtime_redact(f"account {account.sid}: {exc.message}"))

    def finish(self) -> None:
        """The summary line; exit 1 when an account failed."""
        from twiliocli.output import messages

        if self.cut and sys.stderr.isatty():
            messages.info("Some accounts have more records: --all for every record, or --limit N (per account).")
        messages.info(self.tally.line())
        if self.tally.failed:
            raise typer.Exit(1)


def runtime_redact(text: str) -> str:
    from twiliocli.cli.framework.compat import get_current_context

    ctx = get_current_context(silent=True)
    return runtime(ctx).redact(text) if ctx is not None else text


# -- lists ----------------------------------------------------------------------------------------


def pages(client: Client, resource: Resource, path: str, query: Mapping[str, Any], opts: Mapping[str, Any],
          keep: Callable[[Mapping[str, Any]], bool] | None, cut: Callable[[], None]) -> Iterator[list[dict[str, Any]]]:
    """One account's records, a page at a time, at most `--limit` of them (kept ones, with `keep`)."""
    from twiliocli.api import pagination
    from twiliocli.config import setting

    limit = None if opts.get("all_") else opts.get("limit", 50)
    page_size = opts.get("page_size") or setting("page_size") or pagination.MAX_PAGE_SIZE
    if limit is not None and keep is None:
        page_size = min(page_size, limit)
    left = limit
    for page in pagination.iter_pages(client, path, query, page_size):
        records = pagination.page_records(page, resource.list_keys)
        if keep is not None:
            records = [r for r in records if keep(r)]
        if left is not None:
            if len(records) >= left:
                if len(records) > left or page.get("next_page_uri"):
                    cut()
                records = records[:left]
                left = 0
            else:
                left -= len(records)
        for start in range(0, len(records), BATCH):  # small items: what waits in a lane's queue stays small
            yield records[start:start + BATCH]
        del records, page
        if left == 0:
            return


def list_all(
    ctx: typer.Context, resource: Resource, path: Callable[[Client], str], query: Mapping[str, Any], opts: Mapping[str, Any],
    *, keep: Callable[[Mapping[str, Any]], bool] | None = None,
) -> None:
    """`GROUP list --all-accounts`: each account's records (at most --limit each), or with --count
    one row per account: account_sid, count."""
    from twiliocli.api import pagination
    from twiliocli.cli.framework.explain import explain_errors

    if opts.get("count"):
        def count(client: Client, account: Account) -> Iterator[list[dict[str, Any]]]:
            if keep is None:
                n = pagination.count(client, path(client), query, resource.list_keys)
            else:
                n = sum(1 for _ in filter(keep, pagination.iter_records(client, path(client), query, resource.list_keys,
                                                                        page_size=pagination.MAX_PAGE_SIZE)))
            yield [{"count": n}]

        rows_per_account(ctx, ["count"], ["count"], opts, count)
        return
    out = printer(resource.columns, resource.fields, opts, ctx, shorten=resource.shorten)
    run = Run(ctx)

    def cut() -> None:
        run.cut = True

    def work(client: Client, account: Account) -> Iterator[list[dict[str, Any]]]:
        return pages(client, resource, path(client), query, opts, keep, cut)

    rows = (annotate(account.sid, r) for account, batch in run.items(work) for r in batch)
    out.records(explain_errors(resource, out, rows))
    run.finish()


def rows_per_account(
    ctx: typer.Context, columns: Sequence[str], known: Sequence[str], opts: Mapping[str, Any],
    work: Callable[[Client, Account], Iterator[list[dict[str, Any]]]], *, pool: int = 1,
) -> None:
    """Rows that `work(client, account)` makes for each account (a count, stats, a usage summary),
    each with `account_sid` first, streamed in the accounts' order; then the summary line."""
    out = printer(columns, known, opts, ctx)
    run = Run(ctx, pool=pool)
    out.records(annotate(account.sid, r) for account, batch in run.items(work) for r in batch)
    run.finish()
