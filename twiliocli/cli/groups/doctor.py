"""`twiliocli doctor`: one screen a support ticket can quote, a ✔ or ✗ and the fix for each check.

What it checks: the version; the config file's permissions; which credentials a command would use
and why; one request proving they work (and, for an API key, whether it is a main or a standard
key); the API's clock against this machine's; the proxy and CA bundle in effect; the account's
mirror. Exit 1 when anything is wrong. No secret is ever printed: SIDs only.
"""

from __future__ import annotations

import os
import stat
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import typer

from twiliocli.cli.framework.signature import examples
from twiliocli.errors import CliError, ExitStatus

app = typer.Typer(add_completion=False)

CLOCK_TOLERANCE = 60  # seconds: more than this apart, exports' windows and Twilio's signatures suffer


@dataclass
class Check:
    name: str
    ok: bool
    what: str
    fix: str = ""


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)

    def add(self, name: str, ok: bool, what: str, fix: str = "") -> Check:
        check = Check(name, ok, what, fix)
        self.checks.append(check)
        return check


def diagnose(state: Any) -> Report:
    """Every check, for the run's `Runtime`: what `doctor` prints, and what the MCP server's
    `doctor` tool answers."""
    report = Report()
    _version(report)
    _config_file(report)
    creds = _credentials(report, state)
    if creds is not None:
        if _network(report, creds):
            _request(report, state, creds)
        else:
            report.add("request", False, "not sent: the network line above needs fixing first", "see the network line")
    _mirror(report, creds)
    return report


@app.command()
def doctor(ctx: typer.Context) -> None:
    """Check the setup: credentials, a request, the clock, config permissions, proxy, CA bundle, mirror."""
    from twiliocli.cli.framework.runtime import runtime

    state = runtime(ctx)
    report = diagnose(state)
    _print(report, state)
    failed = [c.name for c in report.checks if not c.ok]
    if failed:
        raise CliError(f"{len(failed)} check{'s' if len(failed) > 1 else ''} failed: {', '.join(failed)}; "
                       "each ✗ line says how to fix it", ExitStatus.ERROR)


doctor.__doc__ += examples(
    "twiliocli doctor",
    "twiliocli -p prod doctor",
    "HTTPS_PROXY=http://proxy.example.com:3128 twiliocli doctor",
)


def _version(report: Report) -> None:
    import platform

    import requests

    from twiliocli import __version__

    report.add("version", True, f"twiliocli {__version__} (Python {platform.python_version()}, requests {requests.__version__}, "
                                f"{platform.system()} {platform.machine()})")


def _config_file(report: Report) -> None:
    from twiliocli import config

    path = config.config_path()
    if not path.exists():
        report.add("config file", True, f"none at {path} (login writes one; TWILIO_* variables need none)")
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    folder = stat.S_IMODE(path.parent.stat().st_mode)
    if os.name == "posix" and mode & 0o077:
        report.add("config file", False, f"{path} is readable by other users (mode {mode:04o}); it holds credentials",
                   f"chmod 600 {path}")
        return
    if os.name == "posix" and folder & 0o077:
        report.add("config file", False, f"{path.parent} is open to other users (mode {folder:04o})", f"chmod 700 {path.parent}")
        return
    report.add("config file", True, f"{path} (mode {mode:04o}, folder {folder:04o})")


def _credentials(report: Report, state: Any) -> Any:
    from twiliocli.config import EMBEDDED

    try:
        creds = state.credentials()
    except CliError as exc:
        report.add("credentials", False, exc.message, "twiliocli login, or set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN")
        return None
    why = {
        "environment": "TWILIO_* variables in the environment (no --profile, no TWILIOCLI_PROFILE)",
    }.get(creds.source, creds.source)
    if creds.explicit and creds.profile:
        why += " (--profile or TWILIOCLI_PROFILE; TWILIO_* variables are ignored)"
    elif creds.source.startswith("active profile"):
        why += " (no --profile, no TWILIO_* credentials)"
    kind = f"API key {creds.username}" if creds.username != creds.account_sid else "auth token"
    url = "the built-in emulator" if creds.base_url == EMBEDDED else creds.base_url
    if state.api_url:
        url += " (--api-url)"
    report.add("credentials", True, f"{why}: account {creds.account_sid}, {kind}; API {url}")
    return creds


def _network(report: Report, creds: Any) -> bool:
    from twiliocli.api.client import ca_bundle_in_effect, proxy_in_effect
    from twiliocli.config import EMBEDDED

    if creds.base_url == EMBEDDED:
        report.add("network", True, "none needed: the built-in emulator runs in-process")
        return True
    proxy = proxy_in_effect(creds.base_url)
    route = f"through proxy {proxy[0]} ({proxy[1]})" if proxy else "direct (no HTTPS_PROXY/HTTP_PROXY for this host)"
    bundle, chosen = ca_bundle_in_effect(creds.ca_bundle)
    tls = creds.base_url.startswith("https://")
    if tls and not os.path.exists(bundle):
        report.add("network", False, f"{route}; CA bundle {bundle} ({chosen}) does not exist",
                   f"point {chosen if chosen.isupper() else 'it'} at your CA certificates file, or unset it")
        return False
    report.add("network", True, f"{route}; " + (f"TLS verified with {bundle} ({chosen})" if tls else "plain HTTP"))
    return True


def _request(report: Report, state: Any, creds: Any) -> Any:
    from twiliocli.api.errors import ApiError, NetworkError
    from twiliocli.api.resources import ACCOUNTS
    from twiliocli.timefmt import epoch

    state.retries = min(state.retries, 1)
    try:
        client = state.client()
        started = time.monotonic()
        response = client.send("GET", ACCOUNTS.instance(client.account_sid))
        took = time.monotonic() - started
        account = response.json()
    except ApiError as exc:
        fix = ("check them with 'twiliocli login' (or the TWILIO_* values); a key may have been deleted"
               if exc.http_status in (401, 403) else "see the error's link")
        report.add("request", False, exc.message, fix)
        return None
    except NetworkError as exc:
        network = next((c for c in report.checks if c.name == "network"), None)
        if network is not None and "TLS" in exc.message:
            network.ok = False
            network.fix = "point REQUESTS_CA_BUNDLE or the profile's ca_bundle at the certificate of your proxy or CA"
        elif network is not None and "proxy" in network.what:
            network.ok = False
            network.fix = "check HTTPS_PROXY (or add the API host to NO_PROXY)"
        report.add("request", False, exc.message, "check the network, the proxy and the API URL (the network line)")
        return None
    except CliError as exc:
        report.add("request", False, exc.message, "see the error")
        return None
    name = account.get("friendly_name") or ""
    report.add("request", True, f"GET the account's record in {took:.2f} s: {name!r}, {account.get('status', '?')}, "
                                f"{account.get('type', '?')}")
    _permissions(report, client, creds)
    header = response.headers.get("Date")
    moment = epoch(header) if header else None
    if moment is None:
        report.add("clock", True, "the API sent no Date header; not compared")
    else:
        skew = time.time() - moment
        side = "ahead of" if skew > 0 else "behind"
        if abs(skew) > CLOCK_TOLERANCE:
            report.add("clock", False, f"this machine's clock is {abs(skew):.0f} s {side} the API's ({header})",
                       "sync it (e.g. 'timedatectl set-ntp true', or chrony/ntpd)")
        else:
            report.add("clock", True, f"this machine's clock is within {max(1, round(abs(skew)))} s of the API's")
    return client


def _permissions(report: Report, client: Any, creds: Any) -> None:
    from twiliocli.api import declared
    from twiliocli.api.errors import ApiError

    if creds.username == creds.account_sid:
        report.add("permissions", True, "auth token: everything in the account, subaccounts and keys included")
        return
    try:
        keys = declared.node(("keys",))
        assert keys is not None
        client.get(keys.resource.collection(AccountSid=client.account_sid), {"PageSize": 1})
    except ApiError as exc:
        if exc.http_status in (401, 403):
            report.add("permissions", True, f"standard API key {creds.username}: cannot manage API keys or subaccounts "
                                            "(those need a main key or the auth token)")
            return
        report.add("permissions", False, exc.message, "see the error's link")
        return
    report.add("permissions", True, f"main API key {creds.username}: may manage API keys and subaccounts too")


def _mirror(report: Report, creds: Any) -> None:
    from twiliocli.mirror import store

    if creds is None:
        mirrors = store.default_mirrors()
        report.add("mirror", True, f"{len(mirrors)} in the data folder; which one is this account's needs credentials")
        return
    path = store.default_path(creds.account_sid)
    if not path.is_file():
        others = [p.name for p in store.default_mirrors()]
        report.add("mirror", True, f"none for {creds.account_sid} yet ('twiliocli sync' makes one)"
                                   + (f"; also in the folder: {', '.join(others)}" if others else ""))
        return
    try:
        conn = store.open_read_only(path)
        owner, synced = store.owner_of(conn), store.last_synced(conn, creds.account_sid)
        conn.close()
    except CliError as exc:
        report.add("mirror", False, exc.message, f"move {path} aside and run 'twiliocli sync'")
        return
    if owner and owner != creds.account_sid:
        report.add("mirror", False, f"{path} holds account {owner}, not {creds.account_sid}",
                   f"move {path} aside and run 'twiliocli sync'")
        return
    if not synced:
        report.add("mirror", True, f"{path}: never completed a sync ('twiliocli sync')")
        return
    from twiliocli import timefmt

    try:
        age = f", {timefmt.ago(timefmt.now() - timefmt.parse_iso(synced))}"
    except ValueError:
        age = ""
    report.add("mirror", True, f"mirror of {creds.account_sid} synced {synced}{age} ({path})")


def _print(report: Report, state: Any) -> None:
    from twiliocli.output.cells import escape_terminal

    width = max(len(c.name) for c in report.checks) + 2
    lines = []
    for check in report.checks:
        mark = "✔" if check.ok else "✗"
        lines.append(f"{mark} {check.name.ljust(width)}{escape_terminal(state.redact(check.what))}")
        if check.fix:
            lines.append(f"  {' ' * width}fix: {escape_terminal(state.redact(check.fix))}")
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()
