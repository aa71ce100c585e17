"""Commands that answer from the local mirror (`twiliocli sync`) instead of the API.

`attach(resource, app)` adds a resource group's offline commands (`sms search`, `numbers idle`,
`calls trace` …), with the shared output options; `ResourceGroup` calls it, so no group module has to. `conversation` is a top-level
command. The SQL lives in `twiliocli.mirror.analyses`; this module parses options and prints
through the output engine, in every format.
"""

from __future__ import annotations

import inspect
import sys
from contextvars import ContextVar
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from twiliocli.api.resources import Resource
from twiliocli.cli.framework import params as P
from twiliocli.cli.framework.signature import add_command, examples, output_parameters, param
from twiliocli.errors import CliError, ExitStatus, UsageError

if TYPE_CHECKING:
    import sqlite3

Db = Annotated[
    Optional[Path],
    typer.Option("--db", metavar="FILE", show_default=False,
                 help="The mirror's SQLite file (default: the account's own file in the user data folder)."),
]
Since = Annotated[str, typer.Option("--since", metavar="DATE", help="Start of the window: YYYY-MM-DD, ISO date-time or a span back (90m, 24h, 7d).")]


Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Say on stderr whose mirror is read and when it was last synced, however recently.")]

STALE_AFTER = 3600  # seconds: a report on an older mirror says so on stderr


@dataclass(frozen=True)
class RunAccount:
    """The account this run acts as, and why (for the messages): `ACx (profile 'work')`."""

    sid: str
    how: str

    def __str__(self) -> str:
        return f"{self.sid} ({self.how})"


def run_account(ctx: typer.Context | None) -> RunAccount | None:
    """The account of this run's credentials, read from the config alone (no request): the
    `--subaccount`, else the account of the profile or variables `config.resolve` picks. None when
    there are no credentials at all and none were asked for; a missing `-p NAME` is an error."""
    import os

    from twiliocli.cli.framework.runtime import runtime
    from twiliocli.config import ConfigError

    if ctx is None:
        return None
    state = runtime(ctx)
    if state.subaccount:
        return RunAccount(state.subaccount, "--subaccount")
    try:
        creds = state.credentials()
    except ConfigError:
        if state.profile or os.environ.get("TWILIOCLI_PROFILE"):
            raise
        return None
    return RunAccount(creds.account_sid, creds.source)


def mirror_path(db: Path | None, account: RunAccount | None = None) -> Path:
    """The mirror a reading command opens: `--db`, else the run's account's own file in the data
    folder (or the one `mirror.db` of earlier versions, until `sync` moves it). Exit 2 naming the
    accounts when this one has no mirror, or when no credentials say which of several to read."""
    from twiliocli.mirror import store

    if db is not None:
        return db
    if account is not None:
        path = store.default_path(account.sid)
        if path.is_file():
            return path
        if store.legacy_path().is_file():
            return store.legacy_path()  # its owner is checked like any other's
        others = ", ".join(filter(None, (store.owner(p) for p in store.default_mirrors())))
        if not others:
            return path  # open_read_only: "no mirror at …, run sync first"
        raise UsageError(f"No mirror of account {account} in {path.parent}, only of {others}: "
                         "its answers would be another account's. Run `twiliocli sync` as this account first (or give --db FILE)")
    found = store.default_mirrors()
    if len(found) == 1:
        return found[0]
    if not found:
        raise UsageError(f"No mirror in {store.legacy_path().parent}; run `twiliocli sync` first (or give --db FILE)")
    owners = ", ".join(filter(None, (store.owner(p) for p in found)))
    raise UsageError(f"{found[0].parent} holds mirrors of several accounts ({owners}) and no credentials say which: "
                     "give -p PROFILE, --subaccount AC… or --db FILE")


def open_mirror(db: Path | None, ctx: typer.Context | None, *, verbose: bool = False, note: bool = True) -> sqlite3.Connection:
    """The mirror, read-only, once it is known to be this run's account's (exit 2 naming both
    accounts if not); with `note`, a line on stderr when it was last synced over `STALE_AFTER` ago
    (or always, `verbose`)."""
    from twiliocli.mirror import store

    if ctx is not None:
        from twiliocli.cli.framework import fanout

        fanout.refuse(ctx, "the offline analyses, which read one account's mirror (`sync --all-accounts` makes one "
                           "per account)")
    account = run_account(ctx)
    path = mirror_path(db, account)
    conn = store.open_read_only(path)
    owner = store.owner_of(conn)
    if account is not None and owner is not None and owner != account.sid:
        conn.close()
        raise UsageError(f"{path} mirrors account {owner}, not {account}: its answers would be another account's. "
                         f"Run `twiliocli sync` as {account.sid} for its own mirror, or give --db with one of it")
    if note:
        _freshness(conn, owner, path, verbose)
    return conn


def _freshness(conn: sqlite3.Connection, owner: str | None, path: Path, verbose: bool) -> None:
    from twiliocli import timefmt
    from twiliocli.mirror import store
    from twiliocli.output import messages

    synced = store.last_synced(conn, owner)
    age = None if synced is None else max(0, timefmt.now() - timefmt.parse_iso(synced))
    if age is not None and age <= STALE_AFTER and not verbose:
        return
    when = "never synced completely" if age is None else f"synced {timefmt.ago(age)}"
    text = f"mirror of {owner or 'an unknown account'} {when} ({path})"
    if age is None or age > STALE_AFTER:
        messages.warn(f"{text}; run `twiliocli sync` to catch up", sys.stderr)
    else:
        messages.info(text, sys.stderr)


_RUNNING: ContextVar[tuple[typer.Context, bool] | None] = ContextVar("offline_command", default=None)


def reader(db: Path | None) -> sqlite3.Connection:
    """The mirror an offline report reads (`open_mirror`), for the command running (its context
    and `--verbose`, which `Offline` keeps for the call)."""
    ctx, verbose = _RUNNING.get() or (None, False)
    return open_mirror(db, ctx, verbose=verbose)


def _running(func: Callable[..., None], ctx: typer.Context, **kwargs: Any) -> None:
    token = _RUNNING.set((ctx, bool(kwargs.get("verbose"))))
    try:
        func(**kwargs)
    finally:
        _RUNNING.reset(token)


def since_text(value: str) -> str:
    """`--since` as the mirror's ISO 8601 UTC text (exit 2 for what is no date)."""
    from twiliocli import validate
    from twiliocli.timefmt import from_datetime, iso

    try:
        return iso(from_datetime(validate.when(value))) or ""
    except ValueError as exc:
        raise UsageError(f"--since: {exc}") from None


def emit(columns: list[str], rows: Iterable[Mapping[str, Any]], options: Mapping[str, Any], *,
         points: Iterable[str] = ()) -> int:
    """Print rows through the output engine (`--output`, `--fields`, `--no-header`, `--excel-safe`).

    `points` are the report's point columns: a narrow table keeps them longest (the others leave
    from the right). Free text is shortened rather than left out; a command without `--fields`
    (`sql`, whose columns the query names) keeps every column."""
    from twiliocli.output import Printer
    from twiliocli.output.table import AUTO

    fields = "fields" in options
    printer = Printer(columns, known=columns, fmt=options.get("output"), fields=options.get("fields"),
                      header=not options.get("no_header"), excel_safe=bool(options.get("excel_safe")), defer=False,
                      tz=options.get("tz"), priority={c: 1 for c in points if c in columns}, shorten=(AUTO,),
                      keep_all=not fields, fields_option=fields)
    return printer.records(dict(r) for r in rows)


def chart(options: Mapping[str, Any], bars: list[tuple[str, int]], unit: str, title: str) -> None:
    """Under a table on a terminal: horizontal bars, which read faster than a column of counts."""
    from twiliocli import output

    if (options.get("output") or output.default_format(sys.stdout)) != "table" or not bars or not sys.stdout.isatty():
        return
    from twiliocli.output.chart import Bar, write_bars

    sys.stdout.write("\n")
    write_bars([Bar(name, count, (f"{count:,} {unit}",)) for name, count in bars], sys.stdout, title=title)


# -- the commands -------------------------------------------------------------------------------


def search(text: str, db: Path | None, limit: int, all_: bool, **out: Any) -> None:
    """Full-text search over the bodies of mirrored messages, newest first."""
    from twiliocli.mirror import analyses

    words = text.split()
    if not words:
        raise UsageError("Give at least one word to search for")
    emit(*analyses.sms_search(reader(db), words, None if all_ else limit), out)


def failures(since: str, db: Path | None, **out: Any) -> None:
    """Failed and undelivered messages by error code (with its meaning) and destination country, with cost."""
    from twiliocli.mirror import analyses

    columns, rows = analyses.sms_failures(reader(db), since_text(since))
    rows = list(rows)
    emit(columns, rows, out)
    chart(out, [(f"{r['error_code']} {r['country']}", r["messages"]) for r in rows], "failed messages",
          "By error code and destination country")


def funnel(since: str, db: Path | None, **out: Any) -> None:
    """Where sent messages ended: per status, how many, their share and the median seconds it took.

    The `delivered` row's share is the delivery rate, and its median the median time to delivery."""
    from twiliocli.mirror import analyses

    columns, rows = analyses.sms_funnel(reader(db), since_text(since))
    rows = list(rows)
    emit(columns, rows, out)
    chart(out, [(r["status"], r["messages"]) for r in rows], "messages", "By final status")


def opt_outs(since: str, db: Path | None, **out: Any) -> None:
    """Numbers that texted STOP (UNSUBSCRIBE, END, QUIT, CANCEL …), and what was sent to them afterwards.

    `sent_after` counts the messages sent to the number after its latest opt-out and before it
    opted back in (START, YES, UNSTOP), if it did: none of them should have been sent."""
    from twiliocli.mirror import analyses

    emit(*analyses.sms_opt_outs(reader(db), since_text(since)), out)


def idle(since: str, db: Path | None, **out: Any) -> None:
    """Numbers with no call and no message in the window, with their monthly cost.

    The API gives no per-number price, so `monthly_cost` is Twilio's US list price for the
    number's type: an estimate for numbers abroad."""
    from twiliocli.mirror import analyses

    emit(*analyses.idle_numbers(reader(db), since_text(since)), out, points=("last_activity", "monthly_cost"))


def webhooks(probe: bool, probe_timeout: float, db: Path | None, **out: Any) -> None:
    """Numbers and applications grouped by webhook URL: the URLs the account depends on, and who uses each."""
    from twiliocli.mirror import analyses

    rows = analyses.webhooks(reader(db))
    columns = ["url", "uses", "used_by"]
    if probe:
        from twiliocli.mirror.probe import probe_all

        answers = probe_all((r["url"] for r in rows), probe_timeout)
        for row in rows:
            row["reachable"], row["probe"] = answers[row["url"]]
        columns += ["reachable", "probe"]
    emit(columns, rows, out, points=("reachable", "probe"))
    if probe and rows and not any(row["reachable"] for row in rows):
        raise CliError(f"None of the {len(rows)} webhook URLs answered the probe (see its column); "
                       "check the servers, or --probe-timeout if they are slow")


def disposition(since: str, db: Path | None, **out: Any) -> None:
    """Calls started in the window by status and answered_by, with minutes and cost."""
    from twiliocli.mirror import analyses

    columns, rows = analyses.calls_disposition(reader(db), since_text(since))
    rows = list(rows)
    emit(columns, rows, out)
    chart(out, [(f"{r['status']} {r['answered_by'] or ''}".strip(), r["calls"]) for r in rows], "calls", "By status and answered_by")


def trace(sid: str, db: Path | None, **out: Any) -> None:
    """Everything about one call, as one timeline.

    The call, its parent and child legs, recordings and their transcriptions, notifications and
    conferences, oldest first. JSON keeps each item's whole record under `record`."""
    from twiliocli.mirror import analyses

    items = analyses.call_trace(reader(db), sid)
    if items is None:
        raise CliError(f"Call {sid} is not in the mirror; run `twiliocli sync` (or check the SID)", ExitStatus.NOT_FOUND)
    emit(analyses.TRACE_COLUMNS, items, out, points=("detail",))


def by_subaccount(period: str, db: Path | None, **out: Any) -> None:
    """Spend per account (the parent and each subaccount) and category in one month, as one pivot.

    A column per category with spend, the total last: `-o csv` is ready for billing. Needs
    `twiliocli sync --subaccounts` (usage is mirrored per account and month)."""
    from twiliocli.mirror import analyses

    emit(*analyses.usage_by_account(reader(db), month_of(period)), out)


def month_of(period: str) -> str:
    """`this-month`, `last-month` or `YYYY-MM` as `YYYY-MM` (UTC)."""
    from datetime import datetime, timedelta, timezone

    from twiliocli import timefmt

    first = datetime.fromtimestamp(timefmt.now(), timezone.utc).date().replace(day=1)
    if period == "this-month":
        return f"{first:%Y-%m}"
    if period == "last-month":
        return f"{first - timedelta(days=1):%Y-%m}"
    try:
        return f"{datetime.strptime(period, '%Y-%m'):%Y-%m}"
    except ValueError:
        raise UsageError(f"--period {period!r}: use this-month, last-month or YYYY-MM") from None


def conversation(number: str, db: Path | None, **out: Any) -> None:
    """Every message and call with one number, as one timeline (oldest first)."""
    from twiliocli.mirror import analyses

    emit(*analyses.conversation(reader(db), number), out, points=("to", "status", "detail", "cost"))


# -- declaring and attaching --------------------------------------------------------------------


@dataclass(frozen=True)
class Offline:
    """One offline command: its function, its own parameters (output options are added), an example."""

    name: str
    func: Callable[..., None]
    params: tuple[inspect.Parameter, ...]
    example: str

    def add_to(self, app: typer.Typer) -> None:
        paragraphs = [" ".join(p.split()) for p in inspect.cleandoc(self.func.__doc__ or "").split("\n\n")]
        help = "\n\n".join([*paragraphs, "Reads the local mirror that `twiliocli sync` keeps."]) + examples(self.example)
        parameters = [param("ctx", typer.Context), *self.params, param("db", Db, None), param("verbose", Verbose, False),
                      *output_parameters()]
        add_command(app, self.name, partial(_running, self.func), parameters, help)


def _since(default: str) -> inspect.Parameter:
    return param("since", Since, default)


WORDS = param("text", Annotated[str, typer.Argument(metavar="TEXT", help="Words that must all appear in the body (any order, any case).")])
CALL = param("sid", Annotated[str, typer.Argument(metavar="CALL", parser=P.sid_parser("CA"), help="The CA… SID.")])
NUMBER = param("number", Annotated[str, typer.Argument(metavar="E164", parser=P.phone, help="The other party's number (E.164).")])
PERIOD = param("period", Annotated[str, typer.Option("--period", metavar="MONTH", help="this-month, last-month or YYYY-MM.")], "last-month")
PROBE = param("probe", Annotated[bool, typer.Option("--probe", help="Send one HEAD request to each URL (short timeout, no credentials) and flag those that do not answer.")], False)
PROBE_TIMEOUT = param("probe_timeout", Annotated[float, typer.Option("--probe-timeout", min=0.1, max=60, metavar="S", help="Seconds to wait for each URL.")], 5.0)

OFFLINE: dict[str, tuple[Offline, ...]] = {
    "sms": (
        Offline("search", search, (WORDS, param("limit", P.Limit, 50), param("all_", P.All, False)), 'twiliocli sms search "refund order"'),
        Offline("failures", failures, (_since("7d"),), "twiliocli sms failures --since 7d -o csv"),
        Offline("funnel", funnel, (_since("24h"),), "twiliocli sms funnel --since 24h"),
        Offline("opt-outs", opt_outs, (_since("90d"),), "twiliocli sms opt-outs --since 90d"),
    ),
    "numbers": (
        Offline("idle", idle, (_since("30d"),), "twiliocli numbers idle --since 30d"),
        Offline("webhooks", webhooks, (PROBE, PROBE_TIMEOUT), "twiliocli numbers webhooks --probe"),
    ),
    "calls": (
        Offline("disposition", disposition, (_since("7d"),), "twiliocli calls disposition --since 7d"),
        Offline("trace", trace, (CALL,), "twiliocli calls trace CA0123456789abcdef0123456789abcdef -o json"),
    ),
    "usage": (
        Offline("by-subaccount", by_subaccount, (PERIOD,), "twiliocli usage by-subaccount --period last-month -o csv"),
    ),
}


def attach(resource: Resource, app: typer.Typer) -> None:
    """Add the resource's offline commands to its group's `app`, if it has any."""
    for command in OFFLINE.get(resource.name, ()):
        command.add_to(app)


conversation_app = typer.Typer(add_completion=False)
Offline("conversation", conversation, (NUMBER,), "twiliocli conversation +14155550123 -o jsonl").add_to(conversation_app)
