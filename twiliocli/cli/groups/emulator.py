"""`twiliocli emulator serve`: run the local Twilio-compatible API server."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Annotated, Optional

import typer

from twiliocli.cli.framework import params as P
from twiliocli.cli.framework.signature import examples
from twiliocli.cli.groups import inbound
from twiliocli.errors import UsageError

app = typer.Typer(help="The local Twilio-compatible API server, for trying the tool and testing scripts.", no_args_is_help=True, add_completion=False)


@app.callback()
def _group() -> None:
    """The local Twilio-compatible API server, for trying the tool and testing scripts."""


app.add_typer(inbound.app, name="inbound")


def _parse_codes(value: str) -> tuple[int, ...]:
    try:
        codes = tuple(int(c) for c in value.split(",") if c.strip())
    except ValueError:
        raise ValueError(f"{value!r} is not a list of HTTP status codes; use e.g. 429,500,503") from None
    if not codes or any(not 400 <= c <= 599 for c in codes):
        raise ValueError(f"{value!r}: fault codes must be HTTP error statuses (400-599), e.g. 429,500,503")
    return codes


_codes = P.checked(_parse_codes, "codes")


def _parse_seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not 0 <= seconds < math.inf:
        raise ValueError(f"{value!r} is not a number of seconds; use e.g. 0, 1.5 or 30")
    return seconds


_seconds = P.checked(_parse_seconds, "seconds")


def _refuse_conflicts(ctx: typer.Context, db: Optional[Path]) -> None:
    """Options that would be silently ignored are refused instead (exit 2)."""
    given = {name for name in ctx.params if getattr(ctx.get_parameter_source(name), "name", "") == "COMMANDLINE"}
    seeding = sorted(f"--{name}" for name in given & {"empty", "calls", "messages", "subaccounts", "subaccount_records"})
    if db is not None and seeding and db.exists() and db.stat().st_size > 0:
        raise UsageError(f"{db} already holds an emulator's state; {', '.join(seeding)} only seed a new "
                         "database: remove the file or leave the option out")
    if "fail_codes" in given and not ctx.params["fail_rate"]:
        raise UsageError("--fail-codes only matters with --fail-rate: add e.g. --fail-rate 0.1")
    if "fault_seed" in given and not (ctx.params["fail_rate"] or ctx.params["drop_rate"]):
        raise UsageError("--fault-seed only matters with --fail-rate or --drop-rate: add one of them")


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on (0: any free port).")] = 8080,
    db: Annotated[Optional[Path], typer.Option(help="SQLite file to keep state in (default: in memory).", show_default=False)] = None,
    account_sid: Annotated[Optional[str], typer.Option("--account-sid", parser=P.sid_parser("AC"), metavar=P.sid_metavar("AC"), help="Account SID to accept (default: the fixed demo SID).", show_default=False)] = None,
    auth_token: Annotated[Optional[str], typer.Option("--auth-token", help="Auth Token to accept (default: the fixed demo token; not a secret).", show_default=False)] = None,
    empty: Annotated[bool, typer.Option(help="Start with only the account, no demo data (and only the calls and messages --calls/--messages ask for).")] = False,
    calls: Annotated[Optional[int], typer.Option(min=0, help="Generate this many calls (with recordings, notifications, transcriptions).", show_default=False)] = None,
    messages: Annotated[Optional[int], typer.Option(min=0, help="Generate this many messages.", show_default=False)] = None,
    subaccounts: Annotated[int, typer.Option(min=0, max=10000, metavar="N", help="Seed N customer subaccounts, each with its own number, calls and messages, plus one suspended and one closed (try --all-accounts).")] = 0,
    subaccount_records: Annotated[int, typer.Option(min=0, metavar="N", help="Calls and messages each --subaccounts subaccount gets.")] = 20,
    ring_seconds: Annotated[float, typer.Option(parser=_seconds, metavar="S", help="How long a created call rings before it is answered (0: at once).")] = 3,
    call_seconds: Annotated[float, typer.Option(parser=_seconds, metavar="S", help="How long an answered call talks before it completes, unless its TwiML says otherwise (0: at once).")] = 20,
    delivery_seconds: Annotated[float, typer.Option(parser=_seconds, metavar="S", help="How long a sent message takes to be delivered; it is sending after a third, sent after two (0: at once).")] = 2,
    latency: Annotated[float, typer.Option(min=0, metavar="MS", help="Delay every response by this many milliseconds.")] = 0,
    fail_rate: Annotated[float, typer.Option(min=0, max=1, help="Fraction of requests answered with an error from --fail-codes.")] = 0,
    fail_codes: Annotated[str, typer.Option(parser=_codes, help="Statuses for --fail-rate (429 carries Retry-After).")] = "429,500,503",
    drop_rate: Annotated[float, typer.Option(min=0, max=1, help="Fraction of requests whose connection is cut mid-answer.")] = 0,
    fault_seed: Annotated[Optional[int], typer.Option(help="Seed that makes injected faults repeatable.", show_default=False)] = None,
) -> None:
    """Serve the emulator until Ctrl-C; prints its URL and credentials."""
    _refuse_conflicts(ctx, db)
    from twiliocli.emulator.config import DEMO_ACCOUNT_SID, DEMO_AUTH_TOKEN, EmulatorConfig
    from twiliocli.emulator.server import serve as run

    config = EmulatorConfig(
        db=str(db) if db else ":memory:",
        account_sid=account_sid or DEMO_ACCOUNT_SID,
        auth_token=auth_token or DEMO_AUTH_TOKEN,
        empty=empty,
        calls=calls,
        messages=messages,
        subaccounts=subaccounts,
        subaccount_records=subaccount_records,
        latency_ms=latency,
        fail_rate=fail_rate,
        fail_codes=fail_codes if isinstance(fail_codes, tuple) else _parse_codes(fail_codes),
        drop_rate=drop_rate,
        fault_seed=fault_seed,
        ring_seconds=ring_seconds,
        call_seconds=call_seconds,
        delivery_seconds=delivery_seconds,
    )
    run(config, host, port, on_ready=lambda url: print(login_line(url, config.account_sid, config.auth_token), flush=True))


def login_line(url: str, account_sid: str, auth_token: str, profile: str | None = None) -> str:
    """The command that saves a served emulator as a profile (its token is no secret): `local`,
    or the first name no profile uses yet for another server (`local-8080`, `local-2` …)."""
    import shlex
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.hostname in ("0.0.0.0", "::"):  # listening everywhere: log in over loopback
        url = f"http://127.0.0.1:{parts.port}"
    profile = profile or free_profile(url, account_sid, auth_token)
    return (
        f"Log in with: printf '%s\\n' {shlex.quote(auth_token)} | twiliocli login --profile {shlex.quote(profile)} "
        f"--api-url {url} --account-sid {account_sid} --token-stdin"
    )


def free_profile(url: str, account_sid: str, auth_token: str) -> str:
    """`local` unless a profile of that name points elsewhere; then `local-PORT`, then `local-2`, `local-3` …
    A profile that already holds exactly this server's URL and credentials is named again."""
    from urllib.parse import urlsplit

    from twiliocli import config
    from twiliocli.errors import CliError

    try:
        profiles = config.load().profiles
    except CliError:  # an unreadable config file: login will say so
        return "local"
    port = urlsplit(url).port
    names = ["local", *([f"local-{port}"] if port else []), *(f"local-{n}" for n in range(2, 100))]
    for name in names:
        saved = profiles.get(name)
        if saved is None or (saved.get("api_url") == url and saved.get("account_sid") == account_sid
                             and saved.get("auth_token") == auth_token and not saved.get("api_key")):
            return name
    return f"local-{len(profiles) + 1}"


serve.__doc__ += (
    "\n\nCalls and messages created through the API live on: they ring, connect and complete, or are sent and "
    "delivered, as the timing options say; status callbacks and TwiML fetches go out as Twilio sends them. "
    "README.md lists the To numbers that end busy, no-answer, failed or undelivered. It prints the "
    "'twiliocli login' line that saves it as a profile."
) + examples(
    "twiliocli emulator serve --port 8080",
    "twiliocli emulator serve --calls 100000 --latency 50",
    "twiliocli emulator serve --empty --calls 10 --messages 10 --ring-seconds 0 --call-seconds 5",
    "twiliocli emulator serve --fail-rate 0.1 --drop-rate 0.05 --fault-seed 7",
    "twiliocli emulator serve --subaccounts 200 --subaccount-records 500 --latency 50",
)
