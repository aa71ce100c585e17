"""`twiliocli sync` (and `sync status`), and `twiliocli sql`: the account mirrored into SQLite.

This module parses options and reports; the store and the fetching live in `twiliocli.mirror`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from twiliocli.cli.framework import params as P
from twiliocli.cli.framework.signature import examples
from twiliocli.cli.framework.offline import Db, Verbose, emit, open_mirror
from twiliocli.cli.framework.runtime import runtime
from twiliocli.errors import UsageError

RESOURCES = ("calls,messages,recordings,transcriptions,notifications,conferences,numbers,applications,usage,accounts,"
             "queues,addresses,short-codes,usage-triggers,sip")
OPT_IN = "keys,signing-keys"  # not in the default: a standard API key may not list keys

app = typer.Typer(
    help="Mirror the account into a local SQLite file, for SQL, search and the offline analyses.",
    invoke_without_command=True,
    add_completion=False,
)
sql_app = typer.Typer(add_completion=False)


@app.callback()
def sync(
    ctx: typer.Context,
    db: Db = None,
    resources: Annotated[Optional[str], typer.Option("--resources", metavar="LIST", show_default=False,
                                                     help=f"Comma-separated resources to sync (default: all of {RESOURCES}; also {OPT_IN}, "
                                                          "or one table's name, e.g. sip_domains).")] = None,
    since: Annotated[Optional[str], typer.Option("--since", parser=P.when, metavar="DATE", show_default=False,
                                                 help="How far back the first run goes: YYYY-MM-DD, ISO date-time or 90m/24h/7d (default: everything). Later runs: fetch again from DATE.")] = None,
    parallel: Annotated[int, typer.Option("--parallel", min=1, max=32, metavar="N", help="Fetch N slices of each window at once.")] = 1,
    subaccounts: Annotated[bool, typer.Option("--subaccounts", help="Also mirror every subaccount of the account.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary, even on a terminal.")] = False,
) -> None:
    """Mirror the account into a local SQLite file; the first run backfills, later runs catch up.

    Each resource is a table named after it (calls, messages, numbers …) with the API's fields as
    columns and the SID as primary key. Records that change after they were first seen (a call
    ending, a message delivered, a price set late) are updated in place. Every window is one
    transaction: a failed or killed run leaves the file as its last successful window left it.
    Safe for cron: one sync at a time per file.

    Configuration lists are read whole each run, so what was deleted leaves the mirror: numbers,
    applications, queues, addresses, short_codes, usage_triggers, keys and signing_keys (only with
    --resources keys,signing-keys; never their secrets), and with `sip` the tables sip_domains,
    sip_credential_lists, sip_ip_access_control_lists and each domain's mappings (domain_sid, and
    the list's SID as sid): sip_domain_credential_list_mappings, sip_domain_ip_access_control_list_mappings,
    sip_domain_auth_calls_credential_list_mappings, sip_domain_auth_calls_ip_access_control_list_mappings,
    sip_domain_auth_registrations_credential_list_mappings.
    """
    if ctx.invoked_subcommand is not None:
        return
    from twiliocli.mirror import schema

    names = [n.strip() for n in resources.split(",") if n.strip()] if resources else list(schema.DEFAULT)
    try:
        tables = schema.resolve(names)
    except KeyError as exc:
        raise UsageError(f"Unknown resource '{exc.args[0]}' for --resources. Valid: {RESOURCES},{OPT_IN}") from None
    from twiliocli import interrupt, runlock
    from twiliocli.mirror import store
    from twiliocli.mirror.sync import Syncer
    from twiliocli.timefmt import from_datetime

    lo = None if since is None else from_datetime(since)  # type: ignore[arg-type]
    show = _summary if (not quiet and _is_terminal(sys.stderr)) else None
    from twiliocli.cli.framework import fanout

    if fanout.wanted(ctx):
        _sync_all(ctx, db, tables, lo, parallel, subaccounts, show)
        return
    client = runtime(ctx).client(pool_size=max(10, parallel + 2))
    account = client.account_sid  # the subaccount's with --subaccount: each account has its own file
    path = store.writable_path(db if db is not None else store.default_path(account), default=db is None)
    with runlock.held(path, "sync", "--db"), interrupt.trapped():
        if db is None:
            _adopt_legacy(path, account, quiet)
        writer = store.open_for_sync(path, account)
        try:
            Syncer(client, writer, tables, since=lo, parallel=parallel, subaccounts=subaccounts, progress=show).run()
        finally:
            writer.close()


sync.__doc__ += examples(  # type: ignore[operator]
    "twiliocli sync",
    "twiliocli sync --since 90d --parallel 4",
    "twiliocli sync --resources calls,messages --db ~/twilio.db",
    "twiliocli sync --resources sip,keys",
    "*/10 * * * * twiliocli sync --subaccounts --quiet",
    "twiliocli sync --all-accounts --account-parallel 4 --quiet",
)


def _sync_all(ctx: typer.Context, db: Path | None, tables: Any, lo: int | None, parallel: int, subaccounts: bool,
              show: Any) -> None:
    """`sync --all-accounts`: the parent and each subaccount, each into its own mirror file (its
    default one, or --db with {account}), --account-parallel at a time; an account that fails is
    named on stderr and the others go on; the summary line, exit 1 if any failed."""
    from twiliocli import interrupt, runlock
    from twiliocli.cli.framework import fanout
    from twiliocli.mirror import store
    from twiliocli.mirror.sync import Syncer
    from twiliocli.output import messages

    if subaccounts:
        raise UsageError("--all-accounts already syncs every subaccount, each into its own file; drop --subaccounts")
    if db is not None and "{account}" not in str(db):
        raise UsageError("--all-accounts syncs each account into its own file: give --db a name with {account} "
                         "(e.g. ~/mirrors/{account}.db), or leave --db out for each account's default file")
    run = fanout.Run(ctx, pool=parallel)

    def one(client: Any, account: Any) -> Any:
        if account.status == "closed":  # cannot be asked: its mirror stays as it was
            messages.info(f"Account {account.sid} is closed: skipped.")
            run.tally.skipped += 1
            run.tally.done -= 1  # counted done by the walk when this returns
            return
        path = store.writable_path(Path(str(db).replace("{account}", account.sid)) if db is not None
                                   else store.default_path(account.sid), default=db is None)
        with runlock.held(path, "sync", "--db"):
            writer = store.open_for_sync(path, account.sid)
            try:
                Syncer(client, writer, tables, since=lo, parallel=parallel, progress=show).run()
            finally:
                writer.close()
        yield from ()

    with interrupt.trapped():
        for _ in run.items(one):
            pass
    run.finish()


def _adopt_legacy(path: Path, account: str, quiet: bool) -> None:
    """The one `mirror.db` of earlier versions becomes its account's own file on that account's
    first sync (under its lock too, so an older version's sync is not writing it meanwhile)."""
    from twiliocli import runlock
    from twiliocli.mirror import store

    legacy = store.legacy_path()
    if path.exists() or not legacy.is_file():
        return
    with runlock.held(legacy, "sync", "--db"):
        moved = store.adopt(legacy, path, account)
    if moved and not quiet:
        from twiliocli.output import messages

        messages.info(f"Moved the mirror of {account} from {legacy} to {path} (one file per account now)", sys.stderr)


def _summary(report: Any) -> None:
    from twiliocli.output import messages

    messages.info(f"{report.table}: {report.fetched:,} fetched, {report.rows:,} rows ({report.account_sid})", sys.stderr)


@app.command("status")
def status(
    ctx: typer.Context,
    db: Db = None,
    output: P.Output = None,
    no_header: P.NoHeader = False,
) -> None:
    """Per table and account: rows, the last synced window and how long ago it ended."""
    from twiliocli.mirror import store

    conn = open_mirror(db, ctx, note=False)  # its ages are the point of the table
    sql = """
        SELECT s.table_name AS "table", s.account_sid, s.rows, s.fetched AS last_fetched, s.since, s.until,
               CAST(strftime('%s', 'now') - strftime('%s', s.until) AS INTEGER) AS age_seconds, s.synced_at
        FROM _sync AS s ORDER BY s.account_sid, s.table_name"""
    emit(*store.query(conn, sql), dict(output=output, no_header=no_header))


status.__doc__ += examples("twiliocli sync status", "twiliocli sync status -o json")  # type: ignore[operator]


@sql_app.command("sql")
def sql(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(metavar="QUERY", help="One SELECT statement (read only).")],
    db: Db = None,
    output: P.Output = None,
    no_header: P.NoHeader = False,
    excel_safe: P.ExcelSafe = False,
    verbose: Verbose = False,
) -> None:
    """Run a read-only SQL query over the mirror and print the rows in any output format.

    The file is opened read-only and only reading is allowed: INSERT, UPDATE, DELETE, ATTACH and
    pragmas that set something are refused. Tables: calls, messages, recordings, transcriptions,
    notifications, conferences, numbers, applications, accounts, usage, queues, addresses,
    short_codes, usage_triggers, keys, signing_keys, sip_domains, sip_credential_lists,
    sip_ip_access_control_lists and the sip_domain_*_mappings (`twiliocli sync --help`), and
    messages_fts for full text; dates are ISO 8601 UTC text.
    """
    import sqlite3

    from twiliocli.mirror import store

    conn = open_mirror(db, ctx, verbose=verbose)
    try:
        columns, rows = store.query(conn, query)
        emit(columns, rows, dict(output=output, no_header=no_header, excel_safe=excel_safe))
    except sqlite3.Error as exc:
        reason = "only reading is allowed" if "authoriz" in str(exc) else str(exc)
        raise UsageError(f"SQL: {reason}") from None


sql.__doc__ += examples(  # type: ignore[operator]
    "twiliocli sql \"SELECT status, COUNT(*) FROM calls GROUP BY status\"",
    "twiliocli sql \"SELECT date(date_sent) AS day, ROUND(SUM(-price), 4) AS cost FROM messages GROUP BY day\" -o csv",
    "twiliocli sql \"SELECT d.domain_name FROM sip_domains d JOIN sip_domain_credential_list_mappings m ON m.domain_sid = d.sid WHERE m.sid = 'CL…'\"",
)


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False

